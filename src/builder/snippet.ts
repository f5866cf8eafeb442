/**
 * The three ways a widget is written into a page, from one list of attributes: the tag, the
 * placeholder that rich-text editors keep, and the text form for editors that keep only
 * paragraphs. Pure: the builder shows and copies what these return.
 */

/** An attribute in the order it is written; empty values are left out. */
export type SnippetAttribute = readonly [name: string, value: string];

export interface SnippetInput {
  /** The tag, `civic-unit-leaderboard`. */
  tag: string;
  attributes: readonly SnippetAttribute[];
  /** Plain text shown until the widget runs (and where scripts are off). */
  fallback: string;
}

// Quote families the text form ends a value at: a value may not hold one of its own family.
const DOUBLE_QUOTES = /["\u201c\u201d\u201e\u201f\u2033\uff02]/;
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b\u2032\uff07]/;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function written(attributes: readonly SnippetAttribute[]): SnippetAttribute[] {
  return attributes.filter(([, value]) => value.trim() !== '');
}

function attributeList(attributes: readonly SnippetAttribute[], prefix = ''): string {
  return written(attributes)
    .map(([name, value]) => ` ${prefix}${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** `<civic-unit-leaderboard src="…">fallback</civic-unit-leaderboard>`. */
export function tagSnippet({ tag, attributes, fallback }: SnippetInput): string {
  return `<${tag}${attributeList(attributes)}>${escapeText(fallback)}</${tag}>`;
}

/** `<div data-civic="unit-leaderboard" data-src="…">fallback</div>`. */
export function placeholderSnippet({ tag, attributes, fallback }: SnippetInput): string {
  const name = tag.replace(/^civic-/, '');
  return `<div data-civic="${name}"${attributeList(attributes, 'data-')}>${escapeText(fallback)}</div>`;
}

/**
 * `[civic-unit-leaderboard src="…" path="…"]`, typed into a paragraph. A value holding double
 * quotes is written in single quotes; undefined when a value holds both kinds, since the form
 * cannot carry it.
 */
export function textFormSnippet({ tag, attributes }: SnippetInput): string | undefined {
  let text = `[${tag}`;
  for (const [name, value] of written(attributes)) {
    const quote = !DOUBLE_QUOTES.test(value) ? '"' : !SINGLE_QUOTES.test(value) ? "'" : undefined;
    if (!quote) return undefined;
    text += ` ${name}=${quote}${value}${quote}`;
  }
  return `${text}]`;
}

/** The script line of the page template, pointing at the runtime next to the builder. */
export function scriptSnippet(runtimeUrl: string): string {
  return `<script src="${escapeAttribute(runtimeUrl)}"></script>`;
}
