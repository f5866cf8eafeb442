// The layer rule of eslint.config.js: a widget imports only the shared layers, and `data`
// imports nothing above it. Linted as text under real file names, so the rule cannot turn
// into a no-op unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function restricted(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length > 0;
}

test('a widget does not import another widget folder', async () => {
  assert.equal(
    await restricted('src/heatmap/x.ts', "export * from '../gauge/progress.js';\n"),
    true,
  );
  assert.equal(
    await restricted('src/heatmap/matrix/x.ts', "export * from '../../timeline/messages.js';\n"),
    true,
  );
  assert.equal(await restricted('src/gauge/x.ts', "export * from '../screen/scale.js';\n"), true);
});

test('a widget imports the shared layers and its own folder', async () => {
  for (const path of [
    '../core/i18n.js',
    '../data/errors.js',
    '../chart/aria.js',
    '../map/geojson.js',
    './messages.js',
  ]) {
    assert.equal(await restricted('src/heatmap/x.ts', `export * from '${path}';\n`), false, path);
  }
});

test('data imports nothing above it', async () => {
  assert.equal(await restricted('src/data/x.ts', "export * from '../core/events.js';\n"), true);
  assert.equal(
    await restricted('src/data/adapt/x.ts', "export * from '../../chart/aria.js';\n"),
    true,
  );
  assert.equal(await restricted('src/data/adapt/x.ts', "export * from '../errors.js';\n"), false);
});

test('core imports no chart, map or widget', async () => {
  assert.equal(await restricted('src/core/x.ts', "export * from '../chart/aria.js';\n"), true);
  assert.equal(await restricted('src/core/x.ts', "export * from '../data/errors.js';\n"), false);
});
