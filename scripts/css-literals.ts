import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';
import { minifyCss } from './minify-css.ts';

interface Quasi {
  start: number;
  end: number;
}

/** Every `css\`…\`` template in a module's syntax tree: its static parts, in order. */
function cssTemplates(node: unknown, found: Quasi[][] = []): Quasi[][] {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) cssTemplates(child, found);
    return found;
  }
  const record = node as Record<string, unknown> & {
    type?: string;
    tag?: { type?: string; name?: string };
    quasi?: { quasis: Quasi[] };
  };
  if (
    record.type === 'TaggedTemplateExpression' &&
    record.tag?.type === 'Identifier' &&
    record.tag.name === 'css' &&
    record.quasi
  ) {
    found.push(record.quasi.quasis);
  }
  for (const key in record) if (key !== 'type') cssTemplates(record[key], found);
  return found;
}

/**
 * Minifies the stylesheets the widgets ship: the static text of every Lit `css` template in
 * src/ loses its comments and needless whitespace (the comments say why a rule is there; a
 * page has no use for them). The JavaScript minifier leaves template text as it is, and a CSS
 * minifier cannot parse a template whose interpolations stand for whole rules or
 * declarations, so this works on the text between them and leaves the interpolations alone.
 */
export function cssLiterals(): Plugin {
  return {
    name: 'civic-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      for (const quasis of cssTemplates(parseAst(code, { lang: 'ts' }))) {
        quasis.forEach((quasi, index) => {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minifyCss(raw, { start: index === 0, end: index === quasis.length - 1 });
          if (small === raw) return;
          if (small) output.overwrite(quasi.start, quasi.end, small);
          else output.remove(quasi.start, quasi.end);
        });
      }
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) };
    },
  };
}
