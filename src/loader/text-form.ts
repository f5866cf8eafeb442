/**
 * The text form: a paragraph whose whole text is
 * `[civic-unit-leaderboard src="/api/rank" path="data.list" refresh="60"]`, for editors that
 * keep nothing but paragraphs. Parsing is pure (text in, tag and attributes out) and forgives
 * what typing it into a WYSIWYG editor with a Chinese IME produces: curly and full-width
 * quotes, full-width brackets and equals signs, non-breaking, full-width and zero-width
 * spaces, and entities that an editor escaped once more (`&amp;quot;`).
 */
import { tagNamed } from './tags.js';

export interface TextForm {
  tag: string;
  /** In the order written; values exactly as typed (a `src` is not resolved or rewritten). */
  attributes: [name: string, value: string][];
}

const OPENERS = '[\uff3b\u3010'; // [ ［ 【
const CLOSERS = ']\uff3d\u3011'; // ] ］ 】
const EQUALS = '=\uff1d'; // = ＝
/** Quote families: a value opened by one of a family ends at the next one of the same family. */
export const DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u2033\uff02'; // " “ ” „ ‟ ″ ＂
export const SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032\uff07"; // ' ‘ ’ ‚ ‛ ′ ＇
const NAME = /^[a-z][a-z0-9-]*/i;

const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  apos: "'",
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
};

/** An entity written as text: `&quot;`, `&#34;`, `&#x22;`. */
export const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi;

/** Decodes the entities an editor may have left as text, twice for `&amp;quot;`. */
function decodeEntities(text: string): string {
  const once = (input: string) =>
    input.replace(ENTITY, (whole, body: string) => {
      if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  return once(once(text));
}

/** Spaces of every width become one ASCII space; zero-width ones go. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form `text` holds as its whole content, or undefined. Unknown tags give undefined. */
export function parseTextForm(text: string): TextForm | undefined {
  const form = normalizeSpaces(decodeEntities(text));
  if (!OPENERS.includes(form[0]) || !CLOSERS.includes(form[form.length - 1])) return undefined;
  const body = form.slice(1, -1);
  let at = 0;
  const skipSpace = () => {
    while (body[at] === ' ') at++;
  };
  const readName = () => {
    const name = NAME.exec(body.slice(at))?.[0];
    if (name) at += name.length;
    return name;
  };

  skipSpace();
  const written = readName();
  if (!written?.toLowerCase().startsWith('civic-')) return undefined;
  const tag = tagNamed(written);
  if (!tag) return undefined;
  if (at < body.length && body[at] !== ' ') return undefined;
  const attributes: TextForm['attributes'] = [];
  while ((skipSpace(), at < body.length)) {
    const name = readName();
    if (!name) return undefined;
    let value = '';
    skipSpace();
    if (EQUALS.includes(body[at])) {
      at++;
      skipSpace();
      const family = [DOUBLE_QUOTES, SINGLE_QUOTES].find((quotes) => quotes.includes(body[at]));
      if (family) {
        let end = at + 1;
        while (end < body.length && !family.includes(body[end])) end++;
        if (end >= body.length) return undefined;
        value = body.slice(at + 1, end);
        at = end + 1;
      } else {
        const end = body.indexOf(' ', at);
        value = body.slice(at, end === -1 ? undefined : end);
        // A stray quote or equals sign is a typo: guessing would set the wrong value.
        if (
          !value ||
          [...value].some((ch) => `${EQUALS}${DOUBLE_QUOTES}${SINGLE_QUOTES}`.includes(ch))
        )
          return undefined;
        at += value.length;
      }
    }
    attributes.push([name.toLowerCase(), value]);
  }
  return { tag, attributes };
}
