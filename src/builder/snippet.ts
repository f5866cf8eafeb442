/**
 * What the builder copies: the script line of the page template, and the widget in the three
 * forms the loader reads (tag, placeholder, text form), written by the loader's own
 * formatters so that what is copied is what the loader reads back.
 */
import { formatPlaceholder, formatTag, formatTextForm } from '../loader/snippets.js';
import { BOOLEAN_ATTRIBUTES } from '../loader/tags.js';

/**
 * An attribute in the order it is written; empty values are left out, except that a boolean
 * attribute (`auto-scroll`) given as '' is on and written bare, as the loader reads it.
 */
export type SnippetAttribute = readonly [name: string, value: string];

export interface SnippetInput {
  /** The tag, `civic-unit-leaderboard`. */
  tag: string;
  attributes: readonly SnippetAttribute[];
  /** Plain text shown until the widget runs (and where scripts are off). */
  fallback: string;
}

export interface Snippets {
  tag: string;
  placeholder: string;
  /** Undefined when a value cannot be carried by the text form (both kinds of quote). */
  text?: string;
}

/** The widget in each form; attributes without a value are left out, booleans that are on kept. */
export function widgetSnippets({ tag, attributes, fallback }: SnippetInput): Snippets {
  const written = attributes.filter(
    ([name, value]) => value.trim() !== '' || (value === '' && BOOLEAN_ATTRIBUTES.includes(name)),
  );
  return {
    tag: formatTag(tag, written, fallback),
    placeholder: formatPlaceholder(tag, written, fallback),
    text: formatTextForm(tag, written),
  };
}

/** The script line of the page template, pointing at the runtime next to the builder. */
export function scriptSnippet(runtimeUrl: string): string {
  return formatTag('script', [['src', runtimeUrl]]);
}
