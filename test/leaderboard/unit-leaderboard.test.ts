import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/leaderboard/define.js';
import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';
import type { UnitRanking } from '../../src/leaderboard/ranking.js';
import type { CivicErrorEvent, CivicSelectEvent } from '../../src/core/events.js';
import { echoUrl, newScope, setFault, until } from '../helpers/api.js';
import { barBox, LeaderboardHarness } from '../helpers/leaderboard-harness.js';

const units: UnitRanking[] = [
  { unit: '省委办公厅', score: 50, group: '省直机关' },
  { unit: '省委组织部', score: 95, group: '省直机关' },
  { unit: '省政府办公厅', score: 30, approx: true, group: '省直机关' },
  { unit: '省贸促会', score: 50, group: '省直机关' },
  { unit: '唐山镇', score: 120, group: '谢家集区' },
];

async function mount(template: TemplateResult): Promise<LeaderboardHarness> {
  const element = await fixture<CivicUnitLeaderboard>(template);
  await until(() => element.getAttribute('state') !== 'loading', 'first answer');
  await element.updateComplete;
  return new LeaderboardHarness(element);
}

describe('<civic-unit-leaderboard>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('passes an axe check in the light and the dark theme', async () => {
    for (const theme of ['light', 'dark']) {
      const { element } = await mount(
        html`<civic-unit-leaderboard theme=${theme} .data=${units}></civic-unit-leaderboard>`,
      );
      await expect(element).to.be.accessible();
    }
  });

  it('shows a ranking from a {code,msg,data} backend through path and fields', async () => {
    const h = await mount(
      html`<civic-unit-leaderboard
        src="/api/rank"
        path="data.list"
        fields="unit:deptName,score:joinCount"
      ></civic-unit-leaderboard>`,
    );
    expect(h.element.getAttribute('state')).to.equal('ready');
    const rows = h.rows();
    expect(rows.length).to.be.greaterThan(10);
    const ranks = rows.map((row) => Number(h.cell(row, 'rank')));
    expect(ranks[0]).to.equal(1);
    expect([...ranks].sort((a, b) => a - b)).to.deep.equal(ranks);
    expect(h.units()).to.include('省委办公厅');
  });

  it('ranks by score with ties sharing a rank, and formats approximate scores', async () => {
    const h = await mount(html`<civic-unit-leaderboard .data=${units}></civic-unit-leaderboard>`);
    expect(h.units()).to.deep.equal([
      '唐山镇',
      '省委组织部',
      '省贸促会',
      '省委办公厅',
      '省政府办公厅',
    ]);
    expect(h.rows().map((row) => h.cell(row, 'rank'))).to.deep.equal(['1', '2', '3', '3', '5']);
    expect(h.cell(h.row('省政府办公厅')!, 'score')).to.equal('30余');
  });

  it('speaks English with lang="en"', async () => {
    const h = await mount(
      html`<civic-unit-leaderboard
        lang="en"
        .data=${[{ unit: 'A', score: 12000, approx: true }]}
      ></civic-unit-leaderboard>`,
    );
    expect(h.part('header')!.textContent).to.contain('Rank');
    expect(h.cell(h.rows()[0], 'score')).to.equal('12,000+');
  });

  it('applies limit and group', async () => {
    const h = await mount(
      html`<civic-unit-leaderboard
        limit="2"
        group="省直机关"
        .data=${units}
      ></civic-unit-leaderboard>`,
    );
    expect(h.units()).to.deep.equal(['省委组织部', '省贸促会']);
  });

  it('shows movement against previousRank, in words for screen readers', async () => {
    const data = [
      { unit: 'A', score: 10, previousRank: 3 },
      { unit: 'B', score: 9, previousRank: 1 },
      { unit: 'C', score: 8, previousRank: 3 },
    ];
    const h = await mount(html`<civic-unit-leaderboard .data=${data}></civic-unit-leaderboard>`);
    expect(h.cell(h.row('A')!, 'movement')).to.equal('↑2 上升 2 位');
    expect(h.cell(h.row('B')!, 'movement')).to.equal('↓1 下降 1 位');
    expect(h.cell(h.row('C')!, 'movement')).to.contain('名次不变');
  });

  it('reorders an update by unit, keeping the DOM nodes of every unit', async () => {
    const h = await mount(html`<civic-unit-leaderboard .data=${units}></civic-unit-leaderboard>`);
    const before = new Map(h.rows().map((row) => [row.dataset.key, row]));
    h.element.data = units.map((row) =>
      row.unit === '省政府办公厅' ? { ...row, score: 500 } : row,
    );
    await h.element.updateComplete;
    expect(h.units()[0]).to.equal('省政府办公厅');
    for (const row of h.rows()) expect(before.get(row.dataset.key)).to.equal(row);
    // Without a previous rank from the backend, movement comes from the previous update.
    expect(h.cell(h.row('省政府办公厅')!, 'movement')).to.contain('↑4');
  });

  it('never skips rows out of view (they would be blank in a full-page screenshot)', async () => {
    const h = await mount(html`<civic-unit-leaderboard .data=${units}></civic-unit-leaderboard>`);
    const visibility = () => h.rows().map((row) => getComputedStyle(row).contentVisibility);
    expect(new Set(visibility())).to.deep.equal(new Set(['visible']));
    h.element.autoScroll = true;
    await h.element.updateComplete;
    expect(new Set(visibility())).to.deep.equal(new Set(['visible']));
  });

  it('leaves no stray nodes behind when units come and go', async () => {
    const h = await mount(html`<civic-unit-leaderboard .data=${units}></civic-unit-leaderboard>`);
    const count = () => {
      const walker = document.createTreeWalker(h.element.shadowRoot!, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return nodes;
    };
    const cycle = async (times: number) => {
      for (let i = 0; i < times; i++) {
        h.element.data = units.slice(0, 2);
        await h.element.updateComplete;
        h.element.data = units.map((row) => ({ ...row }));
        await h.element.updateComplete;
      }
    };
    // After one round every row shows a movement; from then on the same data, the same DOM.
    await cycle(1);
    const start = count();
    await cycle(25);
    expect(count()).to.equal(start);
  });

  it('keeps the scroll position when data updates', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ unit: `单位${i}`, score: 1000 - i }));
    const h = await mount(
      html`<civic-unit-leaderboard style="height:240px" .data=${many}></civic-unit-leaderboard>`,
    );
    h.viewport().scrollTop = 400;
    h.element.data = many.map((row) => ({
      ...row,
      score: row.score + (row.unit === '单位30' ? 5 : 0),
    }));
    await h.element.updateComplete;
    expect(h.viewport().scrollTop).to.equal(400);
  });

  it('shows the skeleton while loading, then the rows', async () => {
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard
        src=${'/api/rank?fault=slow&delay=600'}
      ></civic-unit-leaderboard>`,
    );
    const h = new LeaderboardHarness(element);
    expect(element.getAttribute('state')).to.equal('loading');
    expect(h.part('skeleton')).to.exist;
    await until(() => element.getAttribute('state') === 'ready', 'ready', 5000);
    expect(h.part('skeleton')).to.equal(null);
    expect(h.rows().length).to.be.greaterThan(0);
  });

  it('shows the empty state for an empty list', async () => {
    const h = await mount(
      html`<civic-unit-leaderboard
        src=${echoUrl({ code: 0, msg: 'ok', data: { list: [] } })}
      ></civic-unit-leaderboard>`,
    );
    expect(h.element.getAttribute('state')).to.equal('empty');
    expect(h.part('empty')!.textContent).to.contain('暂无数据');
  });

  it('shows an HTTP error with a retry button and fires civic-error', async () => {
    const element = document.createElement('civic-unit-leaderboard');
    element.src = '/api/rank?fault=500';
    const event = oneEvent(element, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(element);
    const { detail } = await event;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    await element.updateComplete;
    const h = new LeaderboardHarness(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(h.part('error')!.textContent).to.contain('500');
    expect(h.part('retry-button')).to.exist;
    element.remove();
  });

  it("shows the backend's own message for a failure envelope", async () => {
    const h = await mount(
      html`<civic-unit-leaderboard src="/api/rank?fault=backend-error"></civic-unit-leaderboard>`,
    );
    expect(h.part('error')!.textContent).to.contain('数据库连接失败');
  });

  it('keeps the last good data, marked stale, and recovers by itself', async () => {
    const scope = newScope();
    const h = await mount(
      html`<civic-unit-leaderboard
        refresh="1"
        src="/api/rank?scope=${scope}"
      ></civic-unit-leaderboard>`,
    );
    const count = h.rows().length;
    await setFault(scope, '500');
    await until(() => h.element.hasAttribute('stale'), 'stale marker');
    await h.element.updateComplete;
    expect(h.rows().length).to.equal(count);
    expect(h.part('stale')!.textContent).to.contain('数据未能刷新');
    await setFault(scope, null);
    await until(() => !h.element.hasAttribute('stale'), 'recovery', 10_000);
    await h.element.updateComplete;
    expect(h.part('stale')).to.equal(null);
  });

  it('moves focus with the arrow keys and fires civic-select on Enter and click', async () => {
    const h = await mount(html`<civic-unit-leaderboard .data=${units}></civic-unit-leaderboard>`);
    const [first, second] = h.rows();
    expect(first.tabIndex).to.equal(0);
    expect(second.tabIndex).to.equal(-1);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(h.element.shadowRoot!.activeElement).to.equal(second);
    const selected = oneEvent(h.element, 'civic-select') as Promise<
      CivicSelectEvent<{ unit: string; rank: number }>
    >;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.include({ unit: '省委组织部', rank: 2 });
    const clicked = oneEvent(h.element, 'civic-select') as Promise<
      CivicSelectEvent<{ unit: string }>
    >;
    h.rows()[4].click();
    expect((await clicked).detail.unit).to.equal('省政府办公厅');
  });

  it('renders hostile unit names as text', async () => {
    const hostile = [
      '<img src=x onerror="window.__civicPwned=1">',
      '<script>window.__civicPwned=1</script>',
      '"><svg onload="window.__civicPwned=1">',
    ];
    const h = await mount(
      html`<civic-unit-leaderboard
        .data=${hostile.map((unit, i) => ({ unit, score: 10 - i }))}
      ></civic-unit-leaderboard>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.units()).to.deep.equal(hostile);
    expect(h.element.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect((window as unknown as { __civicPwned?: number }).__civicPwned).to.equal(undefined);
  });

  it('draws each value bar under the unit and score columns, wide and narrow', async () => {
    for (const width of ['640px', '300px']) {
      const h = await mount(
        html`<civic-unit-leaderboard
          style="width:${width}"
          .data=${units}
        ></civic-unit-leaderboard>`,
      );
      const row = h.viewport().querySelector<HTMLElement>('.row')!;
      const unit = row.children[1] as HTMLElement;
      const bar = barBox(row)!;
      // The bar starts where the unit column does, in either layout.
      expect(bar.left).to.be.closeTo(unit.offsetLeft, 1, width);
      expect(bar.width).to.be.greaterThan(0, width);
      expect(bar.left + bar.track).to.be.at.most(row.clientWidth, width);
    }
  });

  describe('auto-scroll', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ unit: `社区${i}`, score: 400 - i }));

    async function scroller(): Promise<LeaderboardHarness> {
      return mount(
        html`<civic-unit-leaderboard
          auto-scroll
          interval="1"
          style="height:200px"
          .data=${many}
        ></civic-unit-leaderboard>`,
      );
    }

    it('steps down by itself', async () => {
      const h = await scroller();
      await until(() => h.viewport().scrollTop > 0, 'a step', 4000);
    });

    it('pauses while hovered and while focused', async () => {
      const h = await scroller();
      h.viewport().dispatchEvent(new PointerEvent('pointerenter'));
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(h.viewport().scrollTop).to.equal(0);
      h.viewport().dispatchEvent(new PointerEvent('pointerleave'));
      h.rows()[0].focus();
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(h.viewport().scrollTop).to.equal(0);
    });

    it('pauses and resumes with the visible button', async () => {
      const h = await scroller();
      const button = h.part('pause-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await h.element.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('继续滚动');
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(h.viewport().scrollTop).to.equal(0);
      button.click();
      await until(() => h.viewport().scrollTop > 0, 'a step after resume', 4000);
    });

    it('does not move under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const h = await scroller();
      expect(h.part('pause-button')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(h.viewport().scrollTop).to.equal(0);
    });
  });
});
