// @ts-check
// civic-widgets' timeline with 10,000 events (max-items raised to keep them all): render,
// scrolling through the whole list, and the nodes it keeps in the DOM (it is virtualised).
import '../../src/entries/timeline.ts';
import { campaignEvents, countNodes, expose, raf, stage, timeUntilShown } from './common.js';

/** @type {any} */
let element;
/** @returns {HTMLElement} */
const viewport = () => element.shadowRoot.querySelector('.viewport');
const rendered = () => element?.shadowRoot?.querySelectorAll('.viewport .event').length ?? 0;

/**
 * @param {number[]} sorted ascending
 * @param {number} q
 */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

expose({
  /** @param {{ events: number, autoScroll?: boolean, interval?: number }} params */
  mount({ events, autoScroll = false, interval = 1 }) {
    const data = campaignEvents(events, 7);
    return timeUntilShown(
      () => {
        element = document.createElement('civic-event-timeline');
        element.style.cssText = 'display: block; width: 640px; height: 600px';
        element.maxItems = events;
        element.autoScroll = autoScroll;
        element.interval = interval;
        element.data = data;
        stage().append(element);
      },
      () => rendered() > 0,
    );
  },
  /**
   * Jumps through the whole list in `steps` steps, two frames each, timing every frame.
   * @param {{ steps: number }} params
   */
  async scroll({ steps }) {
    const list = viewport();
    /** @type {number[]} */
    const frames = [];
    let running = true;
    let last = await raf();
    /** @param {number} time */
    const tick = (time) => {
      frames.push(time - last);
      last = time;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const start = performance.now();
    const atEnd = () => list.scrollTop + list.clientHeight >= list.scrollHeight - 2;
    for (let i = 1; i <= steps; i++) {
      list.scrollTop = Math.round((i / steps) * (list.scrollHeight - list.clientHeight));
      await raf();
      await raf();
    }
    // The virtualiser estimates the height of rows it has not measured yet, so the end moves
    // while it is approached: follow it (a few more jumps, counted in the time).
    for (let extra = 0; extra < 20 && !atEnd(); extra++) {
      list.scrollTop = list.scrollHeight;
      await raf();
      await raf();
    }
    const ms = performance.now() - start;
    running = false;
    const sorted = frames.slice().sort((a, b) => a - b);
    return {
      ms,
      frames: frames.length,
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted[sorted.length - 1] ?? 0,
      long: frames.filter((frame) => frame > 50).length,
      atEnd: atEnd(),
    };
  },
  position: () => (element ? viewport().scrollTop : -1),
  nodes: () => countNodes(element),
  rendered,
});
