// @ts-check
// The plain-DOM floor of the timeline's auto-scroll: the same events as plain rows (time,
// title, unit, participants) in a scroll container of the widget's size, every row in the
// DOM, stepped one row at a time with a smooth scroll, as the widget steps. What a smooth
// step costs the main thread with nothing else on the page.
import { campaignEvents, expose, raf, stage } from './common.js';

/** @type {HTMLElement} */
let list;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

const STYLE = `
  .plain-list { width: 640px; height: 600px; overflow-y: auto; position: relative; margin: 0;
    padding: 0; list-style: none; font: 14px/1.5 system-ui, sans-serif; }
  .plain-list li { padding: 8px 12px; border-bottom: 1px solid #dee0e3; }
  .plain-list time { color: #646a73; font-variant-numeric: tabular-nums; }
  .plain-list p { margin: 0; }
`;

/** @param {string} tag @param {string} text */
function el(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** @param {number} interval seconds */
function step(interval) {
  timer = setTimeout(() => {
    const top = list.scrollTop;
    let next = 0;
    if (top + list.clientHeight < list.scrollHeight - 1) {
      for (const item of list.children) {
        const offset = /** @type {HTMLElement} */ (item).offsetTop;
        if (offset > top + 1) {
          next = offset;
          break;
        }
      }
    }
    list.scrollTo({ top: next, behavior: 'smooth' });
    step(interval);
  }, interval * 1000);
}

expose({
  /** @param {{ events: number, autoScroll?: boolean, interval?: number }} params */
  async mount({ events, autoScroll = false, interval = 1 }) {
    const start = performance.now();
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    list = document.createElement('ol');
    list.className = 'plain-list';
    for (const event of campaignEvents(events, 7)) {
      const item = document.createElement('li');
      item.append(
        el('time', event.time),
        el('p', event.title),
        el('p', `${event.unit} · ${event.participants}${event.participantsUnit}`),
      );
      list.append(item);
    }
    stage().append(list);
    if (autoScroll) step(interval);
    await raf();
    await raf();
    return performance.now() - start;
  },
  position: () => list?.scrollTop ?? -1,
  stop: () => clearTimeout(timer),
});
