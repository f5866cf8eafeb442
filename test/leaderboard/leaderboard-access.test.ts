// The leaderboard read by keyboard, under forced colours, at 320 px and at twice the text size;
// and its value bars and medals. Issue #18 items 1 and 4, issue #14's ranking on a screen.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/leaderboard/define.js';
import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';
import type { UnitRanking } from '../../src/leaderboard/ranking.js';
import { nextFrame, until } from '../helpers/api.js';
import { barBox, LeaderboardHarness } from '../helpers/leaderboard-harness.js';

/** Twelve units, the long names of a real ranking among them. */
const zhUnits: UnitRanking[] = [
  '省住房和城乡建设厅',
  '省委办公厅',
  '省人力资源和社会保障厅',
  '省贸促会',
  '谢家集区人民政府办公室',
  '唐山镇',
  '文坛社区居民委员会',
  '省交通运输厅',
  '省市场监督管理局',
  '省委组织部',
  '田家庵区洞山街道办事处',
  '省自然资源厅',
].map((unit, i) => ({ unit, score: 1200 - i * 90 }));

const enUnits: UnitRanking[] = [
  'Provincial Department of Housing and Urban-Rural Development',
  'General Office of the Provincial Party Committee',
  'Department of Human Resources and Social Security',
  'Council for the Promotion of International Trade',
  'Xiejiaji District Government Office',
  'Tangshan Town',
  'Wentan Community Residents Committee',
  'Provincial Department of Transport',
  'Administration for Market Regulation',
  'Organisation Department',
  'Dongshan Subdistrict Office, Tianjia’an District',
  'Department of Natural Resources',
].map((unit, i) => ({ unit, score: 1200 - i * 90 }));

const cases = ['light', 'dark'].flatMap((theme) =>
  (['zh-CN', 'en'] as const).map((lang) => ({
    theme,
    lang,
    units: lang === 'en' ? enUnits : zhUnits,
  })),
);

async function mount(
  theme: string,
  lang: string,
  units: UnitRanking[],
  style = '',
): Promise<LeaderboardHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${style}>
      <button>before</button>
      <civic-unit-leaderboard theme=${theme} lang=${lang} .data=${units}></civic-unit-leaderboard>
      <button>after</button>
    </div>`,
  );
  const element = wrapper.querySelector<CivicUnitLeaderboard>('civic-unit-leaderboard')!;
  await until(() => element.getAttribute('state') === 'ready', 'ready');
  await element.updateComplete;
  return new LeaderboardHarness(element);
}

const active = (h: LeaderboardHarness) => h.element.shadowRoot!.activeElement as HTMLElement | null;

function rgb(color: string): [number, number, number] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focus ring as it is drawn: solid, at least 2 px, inside the row's own box (the scrolling
 * viewport clips outside it and the next row paints over its lower edge), and in a colour
 * that stands out from the row by 3:1, changed from what the row showed before focus.
 */
function expectVisibleRing(row: HTMLElement, before: CSSStyleDeclaration, forced = false): void {
  const style = getComputedStyle(row);
  const width = parseFloat(style.outlineWidth);
  expect(style.outlineStyle, 'outline style').to.equal('solid');
  expect(width, 'outline width').to.be.at.least(2);
  expect(parseFloat(style.outlineOffset), 'drawn inside the row').to.be.at.most(-width);
  expect(`${style.outlineStyle} ${style.outlineWidth}`).not.to.equal(
    `${before.outlineStyle} ${before.outlineWidth}`,
  );
  if (!forced) {
    expect(contrast(style.outlineColor, style.backgroundColor), 'ring contrast').to.be.at.least(3);
  }
  // The whole ring is within the viewport's visible area.
  const box = row.getBoundingClientRect();
  const view = row.parentElement!.getBoundingClientRect();
  expect(box.top).to.be.at.least(view.top - 0.5);
  expect(box.left).to.be.at.least(view.left - 0.5);
  expect(box.right).to.be.at.most(view.right + 0.5);
}

describe('<civic-unit-leaderboard> accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('passes an axe check with bars and medals, in both themes and languages', async () => {
    for (const { theme, lang, units } of cases) {
      const h = await mount(theme, lang, units);
      await expect(h.element).to.be.accessible();
    }
  });

  it('shows a focus ring on the first row and on later rows, also under forced colours', async () => {
    for (const forced of [false, true]) {
      await emulateMedia({ forcedColors: forced ? 'active' : 'none' });
      for (const { theme, lang, units } of cases) {
        const h = await mount(theme, lang, units);
        await expect(h.element).to.be.accessible();
        const rows = h.rows();
        const first = { ...getComputedStyle(rows[0]) } as CSSStyleDeclaration;
        const fifth = { ...getComputedStyle(rows[4]) } as CSSStyleDeclaration;
        // Tab from the button before the widget lands on the first row.
        (h.element.parentElement!.querySelector('button') as HTMLButtonElement).focus();
        await sendKeys({ press: 'Tab' });
        expect(active(h)).to.equal(rows[0]);
        expectVisibleRing(rows[0], first, forced);
        for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
        expect(active(h)).to.equal(rows[4]);
        expectVisibleRing(rows[4], fifth, forced);
        expect(getComputedStyle(rows[0]).outlineStyle).to.equal('none');
      }
    }
  });

  it('is one tab stop: arrows, Home and End move, Tab leaves and comes back to the same row', async () => {
    const h = await mount('light', 'zh-CN', zhUnits);
    const [before, after] = h.element.parentElement!.querySelectorAll('button');
    before.focus();
    await sendKeys({ press: 'Tab' });
    const rows = h.rows();
    expect(rows.filter((row) => row.tabIndex === 0)).to.deep.equal([rows[0]]);
    await sendKeys({ press: 'End' });
    expect(active(h)).to.equal(rows[11]);
    await sendKeys({ press: 'ArrowUp' });
    expect(active(h)).to.equal(rows[10]);
    expect(rows.filter((row) => row.tabIndex === 0)).to.deep.equal([rows[10]]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(h)).to.equal(rows[10]);
    await sendKeys({ press: 'Home' });
    expect(active(h)).to.equal(rows[0]);
  });

  it('shows every name in full at 320 px and at twice the text size', async () => {
    for (const { theme, lang, units } of cases) {
      for (const style of ['width:320px', 'width:320px;font-size:28px', 'font-size:28px']) {
        const h = await mount(theme, lang, units, style);
        await expect(h.element).to.be.accessible();
        const viewport = h.viewport();
        expect(viewport.scrollWidth, `${style}: no sideways scroll`).to.be.at.most(
          viewport.clientWidth,
        );
        for (const [i, row] of h.rows().entries()) {
          const cell = row.querySelector<HTMLElement>('[part~="unit"]')!;
          const cellStyle = getComputedStyle(cell);
          expect(cell.textContent).to.equal(units[i].unit);
          expect(cellStyle.textOverflow).not.to.equal('ellipsis');
          expect(cell.scrollWidth, `${units[i].unit} fits`).to.be.at.most(cell.clientWidth);
          expect(cell.scrollHeight, `${units[i].unit} not cut`).to.be.at.most(cell.clientHeight);
          if (lang === 'en') expectWholeWords(cell);
        }
      }
    }
  });

  it('marks the top three with a numbered medal and draws a bar proportional to the score', async () => {
    for (const { theme, lang, units } of cases) {
      const h = await mount(theme, lang, units);
      const rows = h.rows();
      const medals = rows.map((row) => row.querySelector<HTMLElement>('[part~="medal"]'));
      expect(medals.slice(0, 3).map((medal) => medal?.textContent)).to.deep.equal(['1', '2', '3']);
      expect(medals.slice(3).every((medal) => medal === null)).to.equal(true);
      for (const medal of medals.slice(0, 3)) {
        const style = getComputedStyle(medal!);
        expect(parseFloat(style.borderTopWidth), 'a ring, not colour alone').to.be.at.least(1);
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
      }
      expect(barBox(rows[0])!.width).to.be.greaterThan(50);
      for (const [i, row] of rows.entries()) {
        expect(barShare(row)).to.be.closeTo(units[i].score / units[0].score, 0.02);
      }
    }
  });

  it('leaves the bars out with bars="none", and follows a smaller top score', async () => {
    const h = await mount('light', 'zh-CN', zhUnits);
    h.element.bars = 'none';
    await h.element.updateComplete;
    expect(barBox(h.rows()[0])).to.equal(undefined);
    h.element.bars = 'value';
    h.element.limit = 2;
    h.element.data = [
      { unit: 'A', score: 10 },
      { unit: 'B', score: 5 },
    ];
    await h.element.updateComplete;
    await nextFrame();
    expect(h.rows().map(barShare)).to.deep.equal([1, 0.5]);
  });
});

/** The drawn length of a row's value bar as a share of its full track. */
function barShare(row: HTMLElement): number {
  const bar = barBox(row)!;
  return Math.round((bar.width / bar.track) * 1000) / 1000;
}

/** No word of the name is split across two lines. */
function expectWholeWords(cell: HTMLElement): void {
  const text = [...cell.childNodes].find((node): node is Text => node instanceof Text)!;
  const value = text.data;
  const range = document.createRange();
  // A hyphen is a break opportunity of its own (Urban-|Rural), so its halves count as words.
  for (const match of value.matchAll(/[^\s-]+/g)) {
    range.setStart(text, match.index!);
    range.setEnd(text, match.index! + match[0].length);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(lines.size, `"${match[0]}" on one line`).to.equal(1);
  }
}
