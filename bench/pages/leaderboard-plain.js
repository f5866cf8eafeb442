// @ts-check
// The plain-DOM floor: a small hand-written keyed list with the leaderboard's markup and
// layout (shadow root, grid rows, rank / unit / score / movement, the same ranking rule),
// reusing each unit's row across updates and moving rows only where the order changed.
// No FLIP animation and no data adapting: the least work that shows the same thing.
import { exposeBoard, stage } from './common.js';

const STYLE = `
  :host { display: block; width: 480px; height: 600px; font: 14px/1.5 system-ui, sans-serif;
    color: #1f2329; background: #fff; }
  .base { display: flex; flex-direction: column; height: 100%; overflow: hidden; }
  .toolbar { display: flex; align-items: center; gap: 8px; padding: 4px 8px; }
  .caption { font-weight: bold; }
  .table { display: flex; flex-direction: column; flex: 1 1 auto; min-height: 0; }
  .row { display: grid; grid-template-columns: 3.5em minmax(0, 1fr) minmax(5em, auto) 5em;
    align-items: center; column-gap: 8px; min-height: 2.5em; padding: 0 8px; background: #fff;
    cursor: pointer; }
  .head { color: #646a73; font-size: 0.85em; cursor: default; border-bottom: 1px solid #dee0e3; }
  .viewport { position: relative; flex: 1 1 auto; min-height: 0; overflow-y: auto;
    overscroll-behavior: contain; }
  .viewport > .row:nth-child(even) { background: #f5f6f7; }
  .rank { font-variant-numeric: tabular-nums; text-align: center; }
  .rank.top { color: #c8102e; font-weight: bold; }
  .unit { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .score { text-align: end; font-variant-numeric: tabular-nums; }
  .movement { text-align: center; color: #646a73; }
  .movement.up { color: #d4380d; }
  .movement.down { color: #389e0d; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
`;

const collator = new Intl.Collator('zh-CN');
const numbers = new Intl.NumberFormat('zh-CN');

/**
 * @param {string} tag
 * @param {string} className
 * @param {string} [text]
 */
function make(tag, className, text) {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** One unit's row and the parts that change. */
class Row {
  constructor(/** @type {string} */ key) {
    this.element = make('div', 'row');
    this.element.setAttribute('role', 'row');
    this.element.tabIndex = -1;
    this.element.dataset.key = key;
    this.rank = make('span', 'rank');
    this.unit = make('span', 'unit', key);
    this.unit.title = key;
    this.score = make('span', 'score');
    this.movement = make('span', 'movement');
    this.symbol = make('span', '');
    this.symbol.setAttribute('aria-hidden', 'true');
    this.spoken = make('span', 'visually-hidden');
    this.movement.append(this.symbol, this.spoken);
    for (const cell of [this.rank, this.unit, this.score, this.movement])
      cell.setAttribute('role', 'cell');
    this.element.append(this.rank, this.unit, this.score, this.movement);
    /** @type {unknown[]} */
    this.shown = [];
  }

  /**
   * @param {number} rank
   * @param {number} score
   * @param {number | undefined} previous
   */
  set(rank, score, previous) {
    const kind =
      previous === undefined ? '' : previous === rank ? 'same' : previous > rank ? 'up' : 'down';
    const by = previous === undefined ? 0 : Math.abs(previous - rank);
    if (this.shown[0] !== rank) {
      this.rank.textContent = String(rank);
      this.rank.className = rank <= 3 ? 'rank top' : 'rank';
    }
    if (this.shown[1] !== score) this.score.textContent = numbers.format(score);
    if (this.shown[2] !== kind || this.shown[3] !== by) {
      this.movement.className = `movement ${kind}`;
      this.symbol.textContent = kind === 'up' ? `↑${by}` : kind === 'down' ? `↓${by}` : '–';
      this.spoken.textContent =
        kind === 'up' ? `上升${by}位` : kind === 'down' ? `下降${by}位` : '持平';
    }
    this.shown = [rank, score, kind, by];
  }
}

/** @type {HTMLElement} */
let host;
/** @type {HTMLElement} */
let viewport;
/** @type {Map<string, Row>} */
const rowsByKey = new Map();
/** @type {Map<string, number> | undefined} */
let previousRanks;
let timer = 0;
/** @type {Row | undefined} the one tab stop (roving focus), on the first row */
let focusRow;

/** @param {import('./common.js').BoardRow[]} rows */
function render(rows) {
  const sorted = rows.slice().sort((a, b) => b.score - a.score || collator.compare(a.unit, b.unit));
  /** @type {Map<string, number>} */
  const ranks = new Map();
  let cursor = viewport.firstChild;
  let rank = 0;
  sorted.forEach((unit, i) => {
    rank = i > 0 && unit.score === sorted[i - 1].score ? rank : i + 1;
    ranks.set(unit.unit, rank);
    let row = rowsByKey.get(unit.unit);
    if (!row) rowsByKey.set(unit.unit, (row = new Row(unit.unit)));
    row.set(rank, unit.score, previousRanks?.get(unit.unit));
    if (i === 0 && row !== focusRow) {
      if (focusRow) focusRow.element.tabIndex = -1;
      row.element.tabIndex = 0;
      focusRow = row;
    }
    if (row.element === cursor) cursor = cursor.nextSibling;
    else viewport.insertBefore(row.element, cursor);
  });
  while (cursor) {
    const next = cursor.nextSibling;
    rowsByKey.delete(/** @type {HTMLElement} */ (cursor).dataset.key ?? '');
    cursor.remove();
    cursor = next;
  }
  previousRanks = ranks;
}

/** The top of the next row below the current position, or 0 after the last one. */
function nextStop() {
  const top = viewport.scrollTop;
  if (top + viewport.clientHeight >= viewport.scrollHeight - 1) return 0;
  for (const item of viewport.children) {
    const offset = /** @type {HTMLElement} */ (item).offsetTop;
    if (offset > top + 1) return offset;
  }
  return 0;
}

exposeBoard({
  mount(rows, { autoScroll, interval }) {
    host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    shadow.adoptedStyleSheets = [sheet];
    const base = make('div', 'base');
    const toolbar = make('div', 'toolbar');
    toolbar.append(make('span', 'caption', '参与人次'));
    const table = make('div', 'table');
    table.setAttribute('role', 'table');
    const head = make('div', 'row head');
    head.setAttribute('role', 'row');
    for (const [name, text] of [
      ['rank', '排名'],
      ['', '单位'],
      ['score', '参与人次'],
      ['movement', '变化'],
    ]) {
      const cell = make('span', name, text);
      cell.setAttribute('role', 'columnheader');
      head.append(cell);
    }
    const headGroup = make('div', '');
    headGroup.setAttribute('role', 'rowgroup');
    headGroup.append(head);
    viewport = make('div', 'viewport');
    viewport.setAttribute('role', 'rowgroup');
    table.append(headGroup, viewport);
    base.append(toolbar, table);
    shadow.append(base);
    render(rows);
    stage().append(host);
    if (autoScroll) {
      timer = window.setInterval(
        () => viewport.scrollTo({ top: nextStop(), behavior: 'smooth' }),
        interval * 1000,
      );
    }
  },
  set: render,
  top: () => viewport?.querySelector('.row .unit')?.textContent ?? '',
  position: () => (timer ? viewport.scrollTop : -1),
  root: () => host,
});
