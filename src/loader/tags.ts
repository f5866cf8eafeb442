/**
 * The tags a page may use by markup, the file of `dist/parts/` that defines each, and the
 * attributes each one documents (test/loader/tags.test.ts keeps this table equal to
 * dist/custom-elements.json). The placeholder and text forms accept these attributes only,
 * so markup from an editor can set nothing the widget does not document.
 */

/** A file of `dist/parts/`, without `.js`. */
export type Part = 'leaderboard' | 'timeline' | 'gauge' | 'heatmap' | 'screen' | 'key-figures';

export interface TagInfo {
  part: Part;
  attributes: readonly string[];
}

/** What every data widget reads (CivicElement and its data controller). */
const DATA = ['src', 'refresh', 'path', 'fields', 'live', 'timeout', 'max-bytes', 'theme', 'lang'];
/** The data attributes every data widget shares, for tools that tell them from its options. */
export const DATA_ATTRIBUTES: readonly string[] = DATA;

export const TAGS: Readonly<Record<string, TagInfo>> = {
  'civic-unit-leaderboard': {
    part: 'leaderboard',
    attributes: [...DATA, 'metric', 'limit', 'group', 'auto-scroll', 'interval', 'bars'],
  },
  'civic-event-timeline': {
    part: 'timeline',
    attributes: [
      ...DATA,
      ...['order', 'unit', 'category', 'limit', 'max-items', 'auto-scroll', 'interval'],
      ...['label', 'heading-level'],
    ],
  },
  'civic-progress-gauge': {
    part: 'gauge',
    attributes: [...DATA, 'mode', 'target', 'deadline', 'label', 'limit'],
  },
  'civic-labor-heatmap': {
    part: 'heatmap',
    attributes: [
      ...DATA,
      ...['mode', 'metric', 'days', 'end', 'sort', 'point', 'mark-days', 'map-src', 'name-field'],
      'limit',
      'label',
    ],
  },
  'civic-key-figures': {
    part: 'key-figures',
    attributes: [...DATA, 'label', 'duration'],
  },
  'civic-screen': {
    part: 'screen',
    attributes: [
      ...['design-width', 'design-height', 'mode', 'theme', 'stale-after', 'fullscreen'],
      ...['kiosk', 'columns', 'rows', 'areas', 'gap'],
    ],
  },
  'civic-panel': {
    part: 'screen',
    attributes: ['heading', 'area', 'column', 'row', 'span', 'row-span'],
  },
};

/**
 * Attributes a widget writes on itself to report what it shows (`state`, `stale`): documented
 * for CSS and scripts, never taken from markup, so an editor's copy cannot fake a state.
 */
export const REPORTED_ATTRIBUTES: readonly string[] = ['state', 'stale'];

/** Matches every civic tag. */
export const TAG_SELECTOR = Object.keys(TAGS).join(',');

/** Attributes that are on by their presence: the forms turn `false`, `0`, `off`, `no` into absent. */
export const BOOLEAN_ATTRIBUTES: readonly string[] = ['auto-scroll', 'fullscreen', 'kiosk'];

/** The tag a name means: `unit-leaderboard` and `civic-unit-leaderboard` alike, any case. */
export function tagNamed(name: string | null | undefined): string | undefined {
  const lower = (name ?? '').trim().toLowerCase();
  const tag = lower.startsWith('civic-') ? lower : `civic-${lower}`;
  return Object.hasOwn(TAGS, tag) ? tag : undefined;
}

/**
 * Sets a documented attribute on a widget made from markup; anything else is left out.
 * Values are set as attribute text, never parsed as markup.
 * @returns whether the attribute is documented
 */
export function setDocumented(element: Element, name: string, value: string): boolean {
  const tag = element.localName;
  const key = name.toLowerCase();
  if (!TAGS[tag]?.attributes.includes(key)) return false;
  if (!BOOLEAN_ATTRIBUTES.includes(key)) element.setAttribute(key, value);
  else if (!/^\s*(false|0|off|no)\s*$/i.test(value)) element.setAttribute(key, '');
  return true;
}
