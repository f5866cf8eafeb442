// @ts-check
// The webmaster guide (docs/zh-CN/使用指南.md) cannot fall behind the code: every attribute of
// every custom element in dist/custom-elements.json has a row in a table of the guide, in the
// section of its tag (or, for the attributes all data widgets share, in the shared table).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (/** @type {string} */ path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const guide = read('docs/zh-CN/使用指南.md');
const manifest = JSON.parse(read('dist/custom-elements.json'));

/**
 * @typedef {object} Element
 * @property {string} name
 * @property {string} tagName
 * @property {{ name: string, inheritedFrom?: { name: string } }[]} [attributes]
 * @property {{ name?: string }[]} [events]
 */

/** @type {Element[]} */
const elements = manifest.modules
  .flatMap((/** @type {any} */ module) => module.declarations ?? [])
  .filter((/** @type {any} */ declaration) => declaration.customElement && declaration.tagName);

/** The guide's sections: each heading with the lines up to the next heading of its level or above. */
const sections = (() => {
  const lines = guide.split('\n');
  /** @type {{ heading: string, body: string[] }[]} */
  const out = [];
  lines.forEach((line, i) => {
    const level = /^(#{2,6}) /.exec(line)?.[1].length;
    if (!level) return;
    const end = lines.findIndex((next, j) => {
      const nextLevel = /^(#{1,6}) /.exec(next)?.[1].length;
      return j > i && nextLevel !== undefined && nextLevel <= level;
    });
    out.push({ heading: line, body: lines.slice(i + 1, end === -1 ? undefined : end) });
  });
  return out;
})();

/** @param {(heading: string) => boolean} match */
function sectionOf(match) {
  const found = sections.filter((section) => match(section.heading));
  assert.equal(found.length, 1, `one section matches (${found.map((s) => s.heading).join(' | ')})`);
  return found[0];
}

/**
 * The attribute names given as `name` in the first cell of a table row.
 * @param {string[]} lines
 */
function tableAttributes(lines) {
  const names = new Set();
  for (const line of lines) {
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (cell) for (const [, name] of cell.matchAll(/`([a-z][a-z0-9-]*)`/g)) names.add(name);
  }
  return names;
}

const shared = tableAttributes(sectionOf((heading) => heading.includes('所有组件共有的属性')).body);

test('the manifest declares the widgets the guide is about', () => {
  const tags = elements.map((element) => element.tagName);
  for (const tag of ['civic-unit-leaderboard', 'civic-progress-gauge', 'civic-event-timeline']) {
    assert.ok(tags.includes(tag), tag);
  }
});

for (const element of elements) {
  test(`every attribute of <${element.tagName}> is in a table of the guide`, () => {
    const own = tableAttributes(
      sectionOf((heading) => heading.includes(`\`<${element.tagName}>\``)).body,
    );
    const missing = (element.attributes ?? [])
      .filter((attribute) => !(attribute.inheritedFrom ? shared : own).has(attribute.name))
      .map((attribute) =>
        attribute.inheritedFrom ? `${attribute.name} (shared)` : attribute.name,
      );
    assert.deepEqual(missing, [], `missing in the guide's tables`);
  });
}

test('the guide names every event the widgets fire', () => {
  const events = new Set(
    elements.flatMap((element) => (element.events ?? []).map((event) => event.name)),
  );
  for (const name of events) {
    if (name) assert.ok(guide.includes(`\`${name}\``), name);
  }
});

test('README links the guide', () => {
  assert.match(read('README.md'), /\]\(docs\/zh-CN\/使用指南\.md\)/);
});
