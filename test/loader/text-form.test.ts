import { expect } from '@open-wc/testing';
import { parseTextForm } from '../../src/loader/text-form.js';

describe('the text form', () => {
  it('reads a tag and its attributes as typed', () => {
    expect(
      parseTextForm('[civic-unit-leaderboard src="/api/rank" path="data.list" refresh="60"]'),
    ).to.deep.equal({
      tag: 'civic-unit-leaderboard',
      attributes: [
        ['src', '/api/rank'],
        ['path', 'data.list'],
        ['refresh', '60'],
      ],
    });
  });

  it('takes bare names as on, unquoted and single-quoted values, any case', () => {
    expect(
      parseTextForm("[Civic-Event-Timeline AUTO-SCROLL limit=8 label='工作动态']"),
    ).to.deep.equal({
      tag: 'civic-event-timeline',
      attributes: [
        ['auto-scroll', ''],
        ['limit', '8'],
        ['label', '工作动态'],
      ],
    });
  });

  it('forgives what a Chinese IME types: curly and full-width quotes, brackets, equals, spaces', () => {
    const typed =
      '【civic-unit-leaderboard\u3000src＝“/api/rank”\u00a0path=＂data.list＂ metric=‘参与人次’ fields="unit:deptName, score:joinCount"】';
    expect(parseTextForm(typed)).to.deep.equal({
      tag: 'civic-unit-leaderboard',
      attributes: [
        ['src', '/api/rank'],
        ['path', 'data.list'],
        ['metric', '参与人次'],
        ['fields', 'unit:deptName, score:joinCount'],
      ],
    });
    expect(parseTextForm('［civic-progress-gauge mode="ring"］')?.tag).to.equal(
      'civic-progress-gauge',
    );
  });

  it('decodes entities left as text, once escaped or twice, and drops zero-width spaces', () => {
    const form = parseTextForm(
      '\u200b[civic-unit-leaderboard&nbsp;src=&quot;/api/rank?a=1&amp;b=2&quot; path=&amp;quot;data&amp;quot;\ufeff]',
    );
    expect(form?.attributes).to.deep.equal([
      ['src', '/api/rank?a=1&b=2'],
      ['path', 'data'],
    ]);
  });

  it('keeps a value with markup in it as text', () => {
    const form = parseTextForm('[civic-unit-leaderboard metric="<img src=x onerror=alert(1)>"]');
    expect(form?.attributes).to.deep.equal([['metric', '<img src=x onerror=alert(1)>']]);
  });

  it('is nothing unless the whole text is one form of a known tag', () => {
    for (const text of [
      '请看 [civic-unit-leaderboard src="/api/rank"]',
      '[civic-unit-leaderboard src="/api/rank"] 如上',
      '[civic-unknown src="/api/rank"]',
      '[unit-leaderboard src="/api/rank"]',
      '[civic-unit-leaderboard src="/api/rank]',
      '[civic-unit-leaderboard"x"]',
      '[civic-unit-leaderboard src=="x"]',
      'civic-unit-leaderboard src="/api/rank"',
      '',
    ]) {
      expect(parseTextForm(text), text).to.equal(undefined);
    }
  });
});
