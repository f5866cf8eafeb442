/**
 * Every widget, described once, so the fault, attack and soak suites run against each of
 * them and a new widget is one entry here. A widget whose define module does not import
 * (not landed yet, or broken) is skipped by the suites, not failed.
 */
import {
  ignoreWindowResizeObserverLoopErrors,
  isResizeObserverLoopErrorMessage,
} from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { CivicErrorDetail, CivicErrorSource } from '../../src/core/events.js';
import type { CivicErrorKind } from '../../src/data/errors.js';

export interface WidgetDescriptor {
  tag: string;
  /** Registers the element; rejects while the widget has not landed. */
  define: () => Promise<unknown>;
  /** A good answer (the demo envelope), the same for `src` (through /api/echo) and `data`. */
  goodBody: unknown;
  /** A text of `goodBody` the widget shows when ready. */
  goodText: string;
  /** Where hostile text goes: the data fields (and text-bearing properties) of the widget. */
  textFields: readonly string[];
  /** Data with `text` in every text field of `textFields`. */
  makeHostileData: (text: string) => unknown;
  /** The widget's own text-bearing properties (captions, labels), each set to `text`. */
  hostileProperties: (text: string) => Record<string, unknown>;
  /**
   * A payload of `size` rows for the soak: `seed` changes the values (scores, counts, titles),
   * never the identities, so two payloads of one size render the same elements.
   */
  makeData: (size: number, seed: number) => unknown;
  /** The demo backend's server-push endpoint this widget reads, when there is one. */
  liveUrl?: string;
}

const envelope = (data: unknown) => ({ code: 0, msg: 'ok', data });

const leaderboard: WidgetDescriptor = {
  tag: 'civic-unit-leaderboard',
  define: () => import('../../src/leaderboard/define.js'),
  goodBody: envelope({
    list: [
      { unit: '省委办公厅', score: 120, group: '省直机关' },
      { unit: '唐山镇', score: 95, group: '谢家集区' },
      { unit: '文坛社区', score: '30余', previousRank: 2 },
    ],
  }),
  goodText: '唐山镇',
  textFields: ['unit', 'group', 'metric (property)'],
  makeHostileData: (text) => envelope({ list: [{ unit: text, score: 10, group: text }] }),
  hostileProperties: (text) => ({ metric: text }),
  makeData: (size, seed) =>
    Array.from({ length: size }, (_, i) => ({
      unit: `单位${i}`,
      score: (i * 7919 + seed * 104_729) % 10_000,
      group: i % 2 ? '省直机关' : '谢家集区',
    })),
  liveUrl: '/api/rank/live',
};

const gauge: WidgetDescriptor = {
  tag: 'civic-progress-gauge',
  define: () => import('../../src/gauge/define.js'),
  goodBody: envelope({
    done: 262,
    total: 330,
    target: 90,
    deadline: '2027-05-01',
    categories: [
      { name: '志愿服务', done: 13, total: 15 },
      { name: '垃圾分类', done: 6, total: 12 },
    ],
  }),
  goodText: '垃圾分类',
  textFields: ['categories[].name', 'label (property)'],
  makeHostileData: (text) =>
    envelope({ done: 10, total: 20, categories: [{ name: text, done: 1, total: 2 }] }),
  hostileProperties: (text) => ({ label: text }),
  makeData: (size, seed) =>
    envelope({
      done: 100 + (seed % 200),
      total: 330,
      target: 85,
      categories: Array.from({ length: Math.min(size, 27) }, (_, i) => ({
        name: `类别${i}`,
        done: (i * 3 + seed) % 10,
        total: 10,
      })),
    }),
  liveUrl: '/api/progress/live',
};

// A point with no activity is listed in the DOM ("N 个点位无人参与"); other names are drawn on
// the canvas. So the text checks put their text on such a point.
const heatmap: WidgetDescriptor = {
  tag: 'civic-labor-heatmap',
  define: () => import('../../src/heatmap/define.js'),
  goodBody: envelope({
    list: [
      { point: '金溪社区', date: '2017-08-14', value: 62, district: '外海街道' },
      { point: '江南社区', date: '2017-08-14', value: '50余', district: '江南街道' },
      { point: '麻二城中村', date: '2017-08-13', value: 0, district: '外海街道' },
    ],
  }),
  goodText: '麻二城中村',
  textFields: ['point', 'district', 'metric (property)', 'label (property)'],
  makeHostileData: (text) =>
    envelope({
      list: [
        { point: text, date: '2017-08-14', value: 0, district: text },
        { point: '金溪社区', date: '2017-08-13', value: 5, district: '外海街道' },
      ],
    }),
  hostileProperties: (text) => ({ metric: text, label: text }),
  makeData: (size, seed) =>
    envelope({
      list: Array.from({ length: size }, (_, i) => ({
        point: `点位${i % 20}`,
        date: `2017-08-${String(1 + (i % 14)).padStart(2, '0')}`,
        value: 1 + ((i * 7 + seed) % 40),
        district: i % 2 ? '外海街道' : '礼乐街道',
      })),
    }),
  // No live route: labor points change daily, polling with `refresh` is the way.
};

const timeline: WidgetDescriptor = {
  tag: 'civic-event-timeline',
  define: () => import('../../src/timeline/define.js'),
  goodBody: envelope({
    list: [
      {
        id: 'hk-0920',
        time: '2016-11-05 09:20',
        title: '省委组织部组织省干部疗养院开展大扫除',
        unit: '省委组织部',
        place: '省干部疗养院',
        participants: 95,
        outcomes: [{ label: '清理卫生死角', value: '10余', unit: '处' }],
        category: '环境卫生清理',
        url: 'https://www.example.gov.cn/wmcj/content_1001.html',
      },
    ],
  }),
  goodText: '省委组织部组织省干部疗养院开展大扫除',
  textFields: [
    'title',
    'unit',
    'place',
    'participantsUnit',
    'outcomes[].label',
    'outcomes[].unit',
    'url',
    'category',
    'label (property)',
  ],
  makeHostileData: (text) =>
    envelope({
      list: [
        {
          id: 'hostile',
          time: '2016-11-05 09:20',
          title: text,
          unit: text,
          place: text,
          participants: 5,
          participantsUnit: text,
          outcomes: [{ label: text, value: 3, unit: text }],
          url: text,
          category: text,
        },
      ],
    }),
  hostileProperties: (text) => ({ label: text }),
  makeData: (size, seed) =>
    envelope({
      list: Array.from({ length: size }, (_, i) => ({
        id: `e${i}`,
        // Four events a day, newest first: the same days (and headings) for every seed.
        time: Date.UTC(2016, 10, 5) - i * 6 * 3600_000,
        title: `第${i}项活动(第${seed}轮)`,
        unit: `单位${i % 7}`,
        participants: (i * 13 + seed) % 500,
        outcomes: i % 3 ? [] : [{ label: '清理小广告', value: seed % 1000, unit: '处' }],
      })),
    }),
  liveUrl: '/api/events/live',
};

const keyFigures: WidgetDescriptor = {
  tag: 'civic-key-figures',
  define: () => import('../../src/key-figures/define.js'),
  goodBody: envelope({
    list: [
      { id: 'participants', label: '今日参与', value: 3900, unit: '人次', previous: 3500 },
      { id: 'points', label: '劳动点位', value: 128, unit: '个' },
      { id: 'units', label: '参与单位', value: '120余', unit: '个' },
    ],
  }),
  goodText: '劳动点位',
  // A value is shown only when it reads as a figure ("3000余"): no room for hostile text.
  textFields: ['label', 'unit', 'label (property)'],
  makeHostileData: (text) => envelope({ list: [{ label: text, value: '3000余', unit: text }] }),
  hostileProperties: (text) => ({ label: text }),
  makeData: (size, seed) =>
    envelope({
      list: Array.from({ length: size }, (_, i) => ({
        id: `f${i}`,
        label: `指标${i}`,
        value: (i * 7919 + seed * 104_729) % 10_000,
        unit: '人次',
        previous: (i * 7919) % 10_000,
      })),
    }),
  liveUrl: '/api/overview/live',
};

/** Every widget the suites cover. */
export const WIDGETS: readonly WidgetDescriptor[] = [
  leaderboard,
  gauge,
  heatmap,
  timeline,
  keyFigures,
];

const loaded = new Map<string, Promise<boolean>>();

/** Whether the widget's module imports and registers its tag (once per page). */
export function available(widget: WidgetDescriptor): Promise<boolean> {
  let result = loaded.get(widget.tag);
  if (!result) {
    result = widget.define().then(
      () => customElements.get(widget.tag) !== undefined,
      (error: unknown) => {
        console.warn(`${widget.tag} is skipped: its module does not import (${String(error)})`);
        return false;
      },
    );
    loaded.set(widget.tag, result);
  }
  return result;
}

/** In a `before` hook: skips the whole describe when the widget has not landed. */
export async function skipUnlessAvailable(
  context: Mocha.Context,
  widget: WidgetDescriptor,
): Promise<void> {
  if (!(await available(widget))) context.skip();
}

/** The widgets that have landed (for tests that drive them all at once). */
export async function availableWidgets(): Promise<WidgetDescriptor[]> {
  const flags = await Promise.all(WIDGETS.map(available));
  return WIDGETS.filter((_, i) => flags[i]);
}

/** Whether the demo backend serves `url` (a live route lands with its widget). */
export async function backendServes(url: string): Promise<boolean> {
  const response = await fetch(url.replace(/\/live$/, ''), { cache: 'no-store' });
  await response.body?.cancel();
  return response.ok;
}

/** A widget on the page, with the `civic-error` details it fired. */
export interface Mounted {
  element: HTMLElement & {
    updateComplete: Promise<boolean>;
    requestUpdate(): void;
    reload(): void;
  };
  errors: CivicErrorDetail[];
  loads: number;
}

const mountedElements = new Set<HTMLElement>();

/**
 * Creates a widget with attributes and properties, records its events, and appends it.
 * `removeMounted()` takes every one of them off the page again.
 */
export function mountWidget(
  widget: WidgetDescriptor,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): Mounted {
  const element = document.createElement(widget.tag) as Mounted['element'];
  const mounted: Mounted = { element, errors: [], loads: 0 };
  element.addEventListener('civic-error', (event) => mounted.errors.push(event.detail));
  element.addEventListener('civic-load', () => mounted.loads++);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  // Stacked in one place inside the viewport: virtualised lists render only what is in view.
  Object.assign(element.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: '480px',
    height: '320px',
  });
  stage().append(element);
  mountedElements.add(element);
  return mounted;
}

function stage(): HTMLElement {
  let stage = document.getElementById('widget-stage');
  if (!stage) {
    stage = document.createElement('div');
    stage.id = 'widget-stage';
    Object.assign(stage.style, { position: 'fixed', top: '0', left: '0', width: '480px' });
    document.body.append(stage);
  }
  return stage;
}

export function removeMounted(): void {
  for (const element of mountedElements) element.remove();
  mountedElements.clear();
}

export const ERROR_KINDS: readonly CivicErrorKind[] = [
  'network',
  'timeout',
  'http',
  'parse',
  'shape',
  'backend',
  'too-large',
];

/** The kinds each source of `civic-error` may report. */
export const KINDS_BY_SOURCE: Readonly<Record<CivicErrorSource, readonly string[]>> = {
  data: ERROR_KINDS,
  outline: ERROR_KINDS,
  chart: ['trusted-types', 'init'],
  render: ['render'],
  loader: ['network'],
};

/** Text nodes of a widget's shadow root (and of shadow roots inside it), styles excluded. */
function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        if (node.parentElement?.localName !== 'style') nodes.push(node);
      } else if ((node as Element).shadowRoot) {
        visit((node as Element).shadowRoot!);
      }
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  return nodes;
}

/** All rendered text of a widget (hidden text included), one text node a line. */
export function readShownText(element: Element): string {
  return textNodes(element)
    .map((node) => node.data)
    .join('\n');
}

/**
 * The text a sighted person can see: in a box with a size, not hidden, not clipped away for
 * screen readers only. Empty means the widget is a blank box.
 */
export function visibleText(element: Element): string {
  const range = document.createRange();
  return textNodes(element)
    .filter((node) => {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('.visually-hidden')) return false;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return false;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    })
    .map((node) => node.data.trim())
    .join(' ');
}

/** How many elements of each tag a widget's shadow root holds. */
export function tagCounts(element: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of element.shadowRoot?.querySelectorAll('*') ?? []) {
    counts.set(node.localName, (counts.get(node.localName) ?? 0) + 1);
  }
  return counts;
}

/** Live ECharts instances inside a widget (each marks its root; dispose empties the mark). */
export function chartInstances(element: Element): number {
  return (
    element.shadowRoot?.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])')
      .length ?? 0
  );
}

/**
 * Records every uncaught exception and unhandled rejection from now on; suites assert
 * `take()` is empty after each test.
 *
 * The one browser notice let through is "ResizeObserver loop completed with undelivered
 * notifications": not an exception (its `error` is null) but the spec's note that a resize
 * was deferred to the next frame, which @lit-labs/virtualizer (the timeline) causes by design
 * and documents as benign.
 */
export function watchUncaught(): { take(): string[] } {
  let seen: string[] = [];
  // Mocha sets window.onerror when the run starts, so the filter goes on in a root hook.
  let restore: (() => void) | undefined;
  before(() => {
    restore = ignoreWindowResizeObserverLoopErrors();
  });
  after(() => restore?.());
  window.addEventListener('error', (event) => {
    if (isResizeObserverLoopErrorMessage(String(event.message))) return;
    seen.push(`error: ${event.message} at ${event.filename}:${event.lineno}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { stack?: string } | undefined;
    seen.push(`unhandled rejection: ${reason?.stack ?? String(event.reason)}`);
  });
  return {
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}
