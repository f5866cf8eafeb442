/** After these, and before the next set, whitespace in a stylesheet means nothing. */
const TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(']);
const TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);

/**
 * The static text of a Lit `css` template without its comments and needless whitespace.
 * Quoted strings are kept as written. A space stays wherever it can separate two tokens
 * (`.list .row`, `a :hover`, `calc(1em + 2px)`), so only what CSS ignores goes. `edge` says
 * whether this text starts and ends the template, where whitespace goes too; next to an
 * interpolation one space stays, whatever the interpolation holds.
 */
export function minifyCss(raw: string, edge: { start: boolean; end: boolean }): string {
  let out = '';
  let space = false;
  /** Whether the pending whitespace may separate what came before from what follows. */
  const spaceAfterMatters = () => {
    const previous = out.at(-1);
    return space && (previous === undefined ? !edge.start : !TIGHT_AFTER.has(previous));
  };
  const flushSpace = (next: string) => {
    if (spaceAfterMatters() && !TIGHT_BEFORE.has(next)) out += ' ';
    space = false;
  };
  for (let i = 0; i < raw.length;) {
    const ch = raw[i];
    if (ch === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? raw.length : end + 2;
      space = true;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      space = true;
      continue;
    }
    flushSpace(ch);
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== ch) j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    // The last declaration of a block needs no semicolon.
    if (ch === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += ch;
    i++;
  }
  if (!edge.end && spaceAfterMatters()) out += ' ';
  return out;
}
