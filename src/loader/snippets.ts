/**
 * The markup a webmaster pastes, written from a tag and its attributes: the tag itself, the
 * placeholder form and the text form. Pure string builders; what they write, the loader reads
 * back to the same tag and attributes (test/loader/snippets.test.ts).
 */
import { BOOLEAN_ATTRIBUTES } from './tags.js';
import { DOUBLE_QUOTES, ENTITY, SINGLE_QUOTES, normalizeSpaces } from './text-form.js';

export type Attributes = readonly (readonly [name: string, value: string])[];

/** Text as an HTML attribute value or element content: never markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

const isOn = (name: string, value: string) => BOOLEAN_ATTRIBUTES.includes(name) && value === '';

/** `<civic-unit-leaderboard src="…">fallback</civic-unit-leaderboard>` */
export function formatTag(tag: string, attributes: Attributes, fallback = ''): string {
  const written = attributes.map(([name, value]) =>
    isOn(name, value) ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`,
  );
  return `<${tag}${written.join('')}>${escapeHtml(fallback)}</${tag}>`;
}

/** `<div data-civic="unit-leaderboard" data-src="…">fallback</div>` */
export function formatPlaceholder(tag: string, attributes: Attributes, fallback = ''): string {
  const written = attributes.map(([name, value]) =>
    isOn(name, value) ? ` data-${name}` : ` data-${name}="${escapeHtml(value)}"`,
  );
  return `<div data-civic="${tag.replace(/^civic-/, '')}"${written.join('')}>${escapeHtml(fallback)}</div>`;
}

/**
 * `[civic-unit-leaderboard src="…"]`, or undefined when a value cannot be carried by text
 * the loader reads back as it was: both kinds of quote, spaces other than single ASCII
 * spaces between words, or text that reads as an entity.
 */
export function formatTextForm(tag: string, attributes: Attributes): string | undefined {
  const has = (value: string, quotes: string) => [...value].some((ch) => quotes.includes(ch));
  const written: string[] = [];
  for (const [name, value] of attributes) {
    if (isOn(name, value)) written.push(name);
    else if (value !== normalizeSpaces(value) || new RegExp(ENTITY.source, 'i').test(value))
      return undefined;
    else if (!has(value, DOUBLE_QUOTES)) written.push(`${name}="${value}"`);
    else if (!has(value, SINGLE_QUOTES)) written.push(`${name}='${value}'`);
    else return undefined;
  }
  return `[${[tag, ...written].join(' ')}]`;
}
