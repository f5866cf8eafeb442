import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/key-figures/define.js';
import type { CivicKeyFigures } from '../../src/key-figures/key-figures.js';
import type { KeyFigure } from '../../src/key-figures/figures.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/core/events.js';
import { echoUrl, newScope, nextFrame, setFault, until } from '../helpers/api.js';
import { KeyFiguresHarness } from '../helpers/key-figures-harness.js';

/** Haikou's volunteer day (seed 000) and the standard's 330 items (seed 002). */
const seed: KeyFigure[] = [
  { id: 'participants', label: '今日参与', value: 3900, unit: '人次', previous: 3500 },
  { id: 'points', label: '劳动点位', value: 128, unit: '个', previous: 128 },
  { id: 'units', label: '参与单位', value: 120, approx: true, valueText: '120余', unit: '个' },
  { id: 'items', label: '测评达标项目', value: 262, unit: '项', previous: 265 },
];

async function mount(template: TemplateResult): Promise<KeyFiguresHarness> {
  return settle(await fixture<CivicKeyFigures>(template));
}

async function settle(element: CivicKeyFigures): Promise<KeyFiguresHarness> {
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new KeyFiguresHarness(element);
}

/** Every text the number of `key` shows until it rests (no longer counting). */
async function watchCount(h: KeyFiguresHarness, key: string): Promise<string[]> {
  const seen: string[] = [];
  await until(() => {
    seen.push(h.number(key));
    return !h.element.shadowRoot!.querySelector('.counting');
  }, 'the count to end');
  await h.element.updateComplete;
  seen.push(h.number(key));
  return seen;
}

describe('<civic-key-figures>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('passes an axe check in the light and the dark theme, counting and at rest', async () => {
    for (const theme of ['light', 'dark']) {
      const h = await mount(
        html`<civic-key-figures theme=${theme} label="今日概况" .data=${seed}></civic-key-figures>`,
      );
      await expect(h.element).to.be.accessible();
      await watchCount(h, 'participants');
      await expect(h.element).to.be.accessible();
    }
  });

  it('shows the figures of /api/overview as a description list of text', async () => {
    const h = await mount(html`<civic-key-figures src="/api/overview"></civic-key-figures>`);
    expect(h.element.getAttribute('state')).to.equal('ready');
    expect(h.labels()).to.deep.equal([
      '今日参与',
      '劳动点位',
      '参与单位',
      '测评达标项目',
      '距实地考察',
    ]);
    const list = h.part('figures')!;
    expect(list.localName).to.equal('dl');
    expect(list.querySelectorAll('dt').length).to.equal(5);
    await watchCount(h, 'participants');
    expect(Number(h.number('participants'))).to.be.at.least(3900);
    expect(h.text(h.figure('participants')!, 'unit')).to.equal('人次');
    expect(h.number('units')).to.equal('120余');
    expect(h.number('countdown')).to.equal('149');
  });

  for (const shape of ['plain', 'status-result', 'success-data', 'errcode']) {
    it(`reads the figures from the ${shape} shape`, async () => {
      const h = await mount(
        html`<civic-key-figures src="/api/overview?shape=${shape}"></civic-key-figures>`,
      );
      expect(h.element.getAttribute('state')).to.equal('ready');
      expect(h.labels()[0]).to.equal('今日参与');
    });
  }

  it('maps other field names with path and fields', async () => {
    const body = {
      status: 200,
      result: { stats: [{ name: '志愿服务', num: '5,000', dw: '人次' }] },
    };
    const h = await mount(
      html`<civic-key-figures
        duration="0"
        src=${echoUrl(body)}
        path="result.stats"
        fields="label:name, value:num, unit:dw"
      ></civic-key-figures>`,
    );
    expect(h.labels()).to.deep.equal(['志愿服务']);
    expect(h.number('志愿服务')).to.equal('5000');
    expect(h.text(h.figure('志愿服务')!, 'unit')).to.equal('人次');
  });

  it('reads an object keyed by figure, and a single figure object', async () => {
    const keyed = {
      code: 0,
      msg: 'ok',
      data: { 今日参与: 3900, 劳动点位: 128, 参与单位: '120余' },
    };
    let h = await mount(
      html`<civic-key-figures duration="0" src=${echoUrl(keyed)}></civic-key-figures>`,
    );
    expect(h.labels()).to.deep.equal(['今日参与', '劳动点位', '参与单位']);
    expect(h.number('参与单位')).to.equal('120余');
    const objects = {
      success: true,
      data: { today: { title: '今日参与', count: 3900, unit: '人次' }, points: { value: 128 } },
    };
    h = await mount(
      html`<civic-key-figures duration="0" src=${echoUrl(objects)}></civic-key-figures>`,
    );
    expect(h.labels()).to.deep.equal(['今日参与', 'points']);
    expect(h.figures()[0].dataset.key).to.equal('today');
    const one = { errcode: 0, errmsg: 'ok', data: { label: '劳动点位', value: 128, unit: '个' } };
    h = await mount(html`<civic-key-figures duration="0" src=${echoUrl(one)}></civic-key-figures>`);
    expect(h.labels()).to.deep.equal(['劳动点位']);
  });

  it('keeps "3000余"-style figures as written and never counts them', async () => {
    const data = [
      { label: '清理小广告', value: '3000余', unit: '张' },
      { label: '劝导不文明行为', value: '100多', unit: '次' },
      { label: '发放倡议书', value: '11000+', unit: '份' },
    ];
    const h = await mount(html`<civic-key-figures .data=${data}></civic-key-figures>`);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      seen.add(
        h
          .figures()
          .map((f) => h.text(f, 'number'))
          .join('|'),
      );
      expect(h.element.shadowRoot!.querySelector('.counting')).to.equal(null);
      await nextFrame();
    }
    expect([...seen]).to.deep.equal(['3000余|100多|11000+']);
  });

  it('counts up to a new figure, ends on the exact value, and reads the final one aloud', async () => {
    const h = await mount(
      html`<civic-key-figures duration="0.6" .data=${[seed[0]]}></civic-key-figures>`,
    );
    const first = h.figure('participants')!;
    expect(h.spoken(first)).to.equal('3900 人次');
    const rising = await watchCount(h, 'participants');
    const numbers = rising.map(Number);
    expect(
      numbers.some((n) => n > 0 && n < 3900),
      rising.join(','),
    ).to.equal(true);
    expect(rising.at(-1)).to.equal('3900');
    h.element.data = [{ ...seed[0], value: 4321 }];
    await h.element.updateComplete;
    expect(h.spoken(h.figure('participants')!)).to.equal('4321 人次');
    const next = (await watchCount(h, 'participants')).map(Number);
    expect(
      next.some((n) => n > 3900 && n < 4321),
      next.join(','),
    ).to.equal(true);
    expect(next.every((n) => n >= 3900 && n <= 4321)).to.equal(true);
    expect(h.number('participants')).to.equal('4321');
    expect(h.spoken(h.figure('participants')!)).to.equal('4321 人次');
  });

  it('changes its number a dozen times on the way, not once a frame', async () => {
    const h = await mount(
      html`<civic-key-figures
        duration="0.6"
        .data=${[{ ...seed[0], value: 100000 }]}
      ></civic-key-figures>`,
    );
    const seen = await watchCount(h, 'participants');
    // Polled every 25 ms: a count drawn in every frame would show about 24 numbers in 0.6 s.
    const distinct = seen.filter((text, i) => text !== seen[i - 1]);
    expect(distinct.length, distinct.join(',')).to.be.within(4, 13);
    expect(seen.at(-1)).to.equal('100000');
  });

  it('keeps the decimals of a figure while it counts', async () => {
    const h = await mount(
      html`<civic-key-figures
        duration="0.4"
        .data=${[{ label: '达标率', value: '82.1%' }]}
      ></civic-key-figures>`,
    );
    const seen = await watchCount(h, '达标率');
    expect(
      seen.every((text) => /^\d+(\.\d)?$/.test(text)),
      seen.join(','),
    ).to.equal(true);
    expect(h.number('达标率')).to.equal('82.1');
    expect(h.text(h.figure('达标率')!, 'unit')).to.equal('%');
  });

  it('does not count under reduced motion: the exact value at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const h = await mount(html`<civic-key-figures duration="2" .data=${seed}></civic-key-figures>`);
    expect(h.element.shadowRoot!.querySelector('.counting')).to.equal(null);
    expect(h.number('participants')).to.equal('3900');
    h.element.data = [{ ...seed[0], value: 4000 }];
    await h.element.updateComplete;
    expect(h.element.shadowRoot!.querySelector('.counting')).to.equal(null);
    expect(h.number('participants')).to.equal('4000');
  });

  it('shows the trend as a shape and a sentence, not colour alone', async () => {
    const h = await mount(html`<civic-key-figures duration="0" .data=${seed}></civic-key-figures>`);
    const trend = (key: string) => h.figure(key)!.querySelector<HTMLElement>('[part~="trend"]');
    expect(trend('participants')!.classList.contains('up')).to.equal(true);
    expect(h.text(h.figure('participants')!, 'trend')).to.equal('▲ 400 较上期增加 400 人次');
    expect(h.spoken(h.figure('participants')!, 'trend')).to.equal('较上期增加 400 人次');
    expect(h.text(h.figure('items')!, 'trend')).to.equal('▼ 3 较上期减少 3 项');
    expect(h.spoken(h.figure('points')!, 'trend')).to.equal('与上期持平');
    expect(trend('units')).to.equal(null);
    h.element.data = [{ label: '达标率', value: 82.1, previous: 81.8, unit: '%' }];
    await h.element.updateComplete;
    expect(h.spoken(h.figures()[0], 'trend')).to.equal('较上期增加 0.3 %');
  });

  it('reads a change sent instead of the previous value', async () => {
    const data = [{ label: '今日参与', value: 3900, change: -12, unit: '人次' }];
    const h = await mount(html`<civic-key-figures duration="0" .data=${data}></civic-key-figures>`);
    expect(h.spoken(h.figures()[0], 'trend')).to.equal('较上期减少 12 人次');
  });

  it('speaks English with lang="en"', async () => {
    const h = await mount(
      html`<civic-key-figures lang="en" duration="0" .data=${seed}></civic-key-figures>`,
    );
    expect(h.number('participants')).to.equal('3,900');
    expect(h.spoken(h.figure('participants')!, 'trend')).to.equal(
      'up 400 人次 on the previous period',
    );
    expect(h.spoken(h.figure('points')!, 'trend')).to.equal('same as the previous period');
    expect(h.number('units')).to.equal('120余');
  });

  it('makes key figures at least 48px on a screen base of 18px, smaller on a portal', async () => {
    const size = (h: KeyFiguresHarness) =>
      parseFloat(getComputedStyle(h.figures()[0].querySelector('[part~="number"]')!).fontSize);
    // A portal's 14px text (the widgets follow the page's text size).
    const page = await fixture<HTMLDivElement>(
      html`<div style="font-size: 14px">
        <civic-key-figures .data=${seed}></civic-key-figures>
      </div>`,
    );
    const portal = await settle(page.firstElementChild as CivicKeyFigures);
    expect(size(portal)).to.be.below(48);
    const screen = await mount(
      html`<civic-key-figures style="--civic-font-size: 18px" .data=${seed}></civic-key-figures>`,
    );
    expect(size(screen)).to.be.at.least(48);
    const token = await mount(
      html`<civic-key-figures style="--civic-figure-size: 72px" .data=${seed}></civic-key-figures>`,
    );
    expect(size(token)).to.equal(72);
  });

  it('leaves no stray nodes behind when figures come and go', async () => {
    const many = (seed: number) =>
      Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, label: `指标${i}`, value: i + seed }));
    const h = await mount(
      html`<civic-key-figures duration="0" .data=${many(0)}></civic-key-figures>`,
    );
    const count = () => {
      const walker = document.createTreeWalker(h.element.shadowRoot!, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return nodes;
    };
    const start = count();
    for (let i = 1; i <= 10; i++) {
      h.element.data = many(i).slice(0, 3);
      await h.element.updateComplete;
      h.element.data = many(i);
      await h.element.updateComplete;
    }
    expect(count()).to.equal(start);
  });

  it('renders backend text as text', async () => {
    const data = [{ label: '<img src=x onerror=alert(1)>', value: '<b>1</b>', unit: '<i>人</i>' }];
    const bad = await mount(html`<civic-key-figures .data=${data}></civic-key-figures>`);
    expect(bad.element.getAttribute('state')).to.equal('error');
    const ok = [{ label: '<img src=x onerror=alert(1)>', value: 1, unit: '<i>人</i>' }];
    const h = await mount(html`<civic-key-figures duration="0" .data=${ok}></civic-key-figures>`);
    expect(h.element.shadowRoot!.querySelector('img, i')).to.equal(null);
    expect(h.labels()).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });

  it('shows the loading skeleton, then the empty state for an empty list', async () => {
    const element = await fixture<CivicKeyFigures>(
      html`<civic-key-figures src=${'/api/overview?fault=slow&delay=800'}></civic-key-figures>`,
    );
    expect(element.getAttribute('state')).to.equal('loading');
    expect(element.shadowRoot!.querySelector('[part~="skeleton"]')).to.exist;
    const h = await mount(
      html`<civic-key-figures src=${echoUrl({ code: 0, data: { list: [] } })}></civic-key-figures>`,
    );
    expect(h.element.getAttribute('state')).to.equal('empty');
    expect(h.part('empty')!.textContent).to.contain('暂无数据');
  });

  it('shows an HTTP error with a retry button and fires civic-error', async () => {
    const element = document.createElement('civic-key-figures');
    element.src = '/api/overview?fault=500';
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(element);
    const { detail } = await event;
    expect(detail).to.include({ source: 'data', kind: 'http', status: 500 });
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('error');
    expect(new KeyFiguresHarness(element).part('retry-button')).to.exist;
    element.remove();
  });

  it('skips unusable figures with a notice and names them in civic-error', async () => {
    const data = [seed[0], { label: '劳动点位', value: 'abc' }, { value: 12 }];
    const element = document.createElement('civic-key-figures');
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    element.data = data;
    document.body.append(element);
    const { detail } = await event;
    expect(detail.kind).to.equal('shape');
    expect(detail.issues!.map((issue) => issue.field)).to.include.members(['value', 'label']);
    await element.updateComplete;
    const h = new KeyFiguresHarness(element);
    expect(h.labels()).to.deep.equal(['今日参与']);
    expect(h.part('notice')!.textContent).to.contain('2');
    element.remove();
  });

  it('keeps the last good figures, marked stale, when the backend sends bad data', async () => {
    const scope = newScope();
    const h = await mount(
      html`<civic-key-figures
        refresh="1"
        duration="0"
        src="/api/overview?scope=${scope}"
      ></civic-key-figures>`,
    );
    const labels = h.labels();
    const errors: CivicErrorEvent[] = [];
    h.element.addEventListener('civic-error', (e) => errors.push(e as CivicErrorEvent));
    await setFault(scope, 'wrong-shape');
    await until(() => h.element.hasAttribute('stale'), 'stale marker');
    await h.element.updateComplete;
    expect(errors[0].detail).to.include({ source: 'data', kind: 'shape' });
    expect(h.labels()).to.deep.equal(labels);
    expect(h.part('stale')!.textContent).to.contain('数据未能刷新');
    const loaded = oneEvent(h.element, 'civic-load') as Promise<CivicLoadEvent<KeyFigure[]>>;
    await setFault(scope, null);
    await until(() => !h.element.hasAttribute('stale'), 'recovery', 10_000);
    expect((await loaded).detail.length).to.equal(5);
  });
});
