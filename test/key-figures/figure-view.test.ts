import { expect } from '@open-wc/testing';
import { decimalsOf, toFigureViews } from '../../src/key-figures/figure-view.js';
import { adaptKeyFigures } from '../../src/key-figures/figures-adapt.js';

describe('key figures: adapt and view model', () => {
  it('keeps up to two decimals of a figure', () => {
    expect([3900, 82.1, 0.25, 1 / 3].map(decimalsOf)).to.deep.equal([0, 1, 2, 2]);
  });

  it('counts only exact figures; at-least figures keep their text', () => {
    const views = toFigureViews(
      [
        { label: '今日参与', value: 3900 },
        { label: '清理小广告', value: 3000, approx: true, valueText: '3000余' },
        { label: '志愿服务', value: 5000, approx: true },
      ],
      'zh-CN',
    );
    expect(views.map((v) => [v.text, v.countTo])).to.deep.equal([
      ['3900', 3900],
      ['3000余', undefined],
      ['5000余', undefined],
    ]);
  });

  it('reads a float difference as the change it is, and equal values as flat', () => {
    const [up, flat] = toFigureViews(
      [
        { label: '达标率', value: 82.1, previous: 81.8 },
        { label: '劳动点位', value: 128, previous: 128 },
      ],
      'zh-CN',
    );
    expect(up.trend).to.include({ kind: 'up', shown: '▲ 0.3' });
    expect(flat.trend).to.include({ kind: 'flat', sentence: '与上期持平' });
  });

  it('makes keys unique when two figures share a label', () => {
    const views = toFigureViews(
      [
        { label: '参与', value: 1 },
        { label: '参与', value: 2 },
      ],
      'en',
    );
    expect(views.map((v) => v.key)).to.deep.equal(['参与', '参与#2']);
  });

  it('maps value and its text through one fields entry', () => {
    const body = { code: 0, data: { rows: [{ name: '清理小广告', stats: { n: '3000余' } }] } };
    const { model } = adaptKeyFigures(body, { fields: 'label:name, value:stats.n' });
    expect(model).to.deep.equal([
      { label: '清理小广告', value: 3000, approx: true, valueText: '3000余' },
    ]);
  });

  it('names what is wrong with an answer that holds no figures', () => {
    expect(() => adaptKeyFigures({ code: 0, data: { message: 'no list here' } }, {})).to.throw(
      /No usable row/,
    );
    expect(() => adaptKeyFigures({ code: 5001, msg: '数据库连接失败' }, {})).to.throw(
      /数据库连接失败/,
    );
  });
});
