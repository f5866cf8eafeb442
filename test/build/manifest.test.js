// custom-elements.json is what Storybook, IDEs and the docs read. It must document every CSS
// token, part and event an element's code defines, and nothing else: a token documented on a
// style constant, or an event the analyzer invents from a constructor argument, fails here.
// Run after `npm run build:manifest`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const read = (file) => readFileSync(join(root, file), 'utf8');

/** Every source file an element's module reaches through relative imports (static or dynamic). */
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    for (const [, spec] of text.matchAll(/(?:from|import|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = normalize(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      if (existsSync(join(root, target))) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const THEME = 'src/core/theme.ts';
const BASE = 'src/core/civic-element.ts';

/** The `--civic-color-*` names theme.ts builds from its palette keys. */
function themeColorTokens() {
  const palette = read(THEME).match(/const lightPalette[^{]*\{([^}]*)\}/)[1];
  return [...palette.matchAll(/^\s*'?([a-z-]+)'?:/gm)].map(([, key]) => `--civic-color-${key}`);
}

/** Tokens, parts and events the code of an element defines. */
function definedBy(entry) {
  const files = reachable(entry);
  const tokens = new Set();
  const parts = new Set();
  const eventClasses = new Set();
  for (const file of files) {
    // theme.ts is the base element's styles; a container that borrows its palette does not read them.
    if (file === THEME && !files.has(BASE)) continue;
    const text = read(file);
    for (const [, name] of text.matchAll(/var\(\s*(--civic-[a-z0-9-]+)/g)) tokens.add(name);
    if (file === THEME) themeColorTokens().forEach((name) => tokens.add(name));
    for (const [, name] of text.matchAll(/\bpart="([a-z0-9-]+)"/g)) parts.add(name);
    for (const [, name] of text.matchAll(/new (Civic[A-Za-z]*Event)\b/g)) eventClasses.add(name);
  }
  // `var(--civic-color-${name}` in theme.ts stops at the template: its names are added above.
  for (const token of [...tokens]) if (token.endsWith('-')) tokens.delete(token);
  const events = read('src/core/events.ts');
  const eventNames = [...eventClasses].map((name) => {
    const body = events.slice(events.indexOf(`class ${name}`));
    return body.match(/static readonly type = '([a-z-]+)'/)[1];
  });
  return { tokens, parts, events: new Set(eventNames) };
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ path: module.path, declaration })),
);

const sorted = (values) => [...values].sort();

test('the manifest lists the six elements', () => {
  assert.deepEqual(sorted(elements.map((e) => e.declaration.tagName)), [
    'civic-event-timeline',
    'civic-key-figures',
    'civic-labor-heatmap',
    'civic-panel',
    'civic-progress-gauge',
    'civic-screen',
    'civic-unit-leaderboard',
  ]);
});

for (const { path, declaration } of elements) {
  const tag = declaration.tagName;
  const code = definedBy(path);

  test(`${tag}: every CSS token it reads is documented, and only those`, () => {
    const documented = (declaration.cssProperties ?? []).map((p) => p.name);
    assert.deepEqual(sorted(documented), sorted(code.tokens));
    for (const token of declaration.cssProperties ?? []) assert.ok(token.description, token.name);
  });

  test(`${tag}: every part it renders is documented, and only those`, () => {
    const documented = (declaration.cssParts ?? []).map((p) => p.name);
    assert.deepEqual(sorted(documented), sorted(code.parts));
    for (const part of declaration.cssParts ?? []) assert.ok(part.description, part.name);
  });

  test(`${tag}: every event it fires is documented by name, and only those`, () => {
    const events = declaration.events ?? [];
    for (const event of events) {
      assert.ok(event.name, `an unnamed event: ${JSON.stringify(event)}`);
      assert.ok(event.description, event.name);
    }
    assert.deepEqual(sorted(events.map((e) => e.name)), sorted(code.events));
  });

  if (code.events.has('civic-load')) {
    test(`${tag}: the host attributes it sets itself, state and stale, are documented`, () => {
      const attributes = (declaration.attributes ?? []).map((a) => a.name);
      assert.ok(attributes.includes('state') && attributes.includes('stale'));
    });
  }
}
