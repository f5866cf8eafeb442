/**
 * The widget options the builder offers: each widget's documented attributes that are not
 * about data (`TAGS` less `DATA_ATTRIBUTES`), plus `refresh`, and the kind of control each
 * one needs. The manifest is not shipped with the builder, so the enumerations and numbers
 * are picked by hand here; test/builder/options.test.ts keeps them equal to
 * dist/custom-elements.json and to the widget classes.
 */
import { BOOLEAN_ATTRIBUTES, DATA_ATTRIBUTES, TAGS } from '../loader/tags.js';
import type { SnippetAttribute } from './snippet.js';

/** How an option is edited: a checkbox, a list of values, a number or free text. */
export type OptionKind = 'boolean' | 'enum' | 'number' | 'text';

export interface WidgetOption {
  /** The attribute, `auto-scroll`. */
  name: string;
  kind: OptionKind;
  /** For `enum`: the documented values, the widget's default first when it has one. */
  values?: readonly string[];
}

/** Values chosen so far, by attribute; a boolean that is on holds '' (present, as in markup). */
export type OptionValues = Readonly<Record<string, string>>;

/** The documented values of each widget's enumerated attributes, from their JSDoc. */
export const ENUM_OPTIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'civic-unit-leaderboard': { bars: ['value', 'none'] },
  'civic-event-timeline': { order: ['desc', 'asc'] },
  'civic-progress-gauge': { mode: ['ring', 'half', 'bars', 'compact'] },
  'civic-labor-heatmap': {
    mode: ['matrix', 'calendar', 'map'],
    sort: ['total', 'name'],
    'mark-days': ['first-saturday'],
  },
};

/** Attributes the widgets read as numbers (Lit `type: Number`), whichever widget has them. */
export const NUMBER_OPTIONS: readonly string[] = [
  'refresh',
  'limit',
  'interval',
  'max-items',
  'heading-level',
  'target',
  'days',
  'duration',
];

/** The options of `tag` in the order they are offered and written: `refresh`, then its own. */
export function widgetOptions(tag: string): WidgetOption[] {
  const own = (TAGS[tag]?.attributes ?? []).filter((name) => !DATA_ATTRIBUTES.includes(name));
  return ['refresh', ...own].map((name): WidgetOption => {
    const values = ENUM_OPTIONS[tag]?.[name];
    if (BOOLEAN_ATTRIBUTES.includes(name)) return { name, kind: 'boolean' };
    if (values) return { name, kind: 'enum', values };
    return { name, kind: NUMBER_OPTIONS.includes(name) ? 'number' : 'text' };
  });
}

/**
 * The chosen options as attributes, in the order of `widgetOptions`: a boolean that is on as
 * `[name, '']` (written bare by the loader's formatters), others with their trimmed value;
 * empty ones are left out, so the widget keeps its default.
 */
export function optionAttributes(tag: string, values: OptionValues): SnippetAttribute[] {
  return widgetOptions(tag).flatMap(({ name, kind }): SnippetAttribute[] => {
    if (!Object.hasOwn(values, name)) return [];
    if (kind === 'boolean') return [[name, '']];
    const value = values[name].trim();
    return value === '' ? [] : [[name, value]];
  });
}
