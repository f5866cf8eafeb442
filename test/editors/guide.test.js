// @ts-check
// The guide's section on rich-text editors says what editors.test.js measured: its table of
// forms per editor is the `works` table of editors.js, its settings snippets are the files the
// tests run (test/editors/settings/*.relaxed.js), and KindEditor's list of attributes names
// every attribute the widgets document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { EDITORS } from './editors.js';

const read = (/** @type {string} */ path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const guide = read('docs/zh-CN/使用指南.md');
const section = (() => {
  const start = guide.indexOf('\n## 十二、在富文本编辑器中使用\n');
  assert.ok(start >= 0, 'the guide has the section');
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
})();

/** The guide's names of the forms. */
const FORM_NAMES = { tag: '标签', placeholder: '占位写法', text: '文字写法' };

/** @param {readonly string[]} forms */
const cell = (forms) =>
  Object.entries(FORM_NAMES)
    .filter(([form]) => forms.includes(form))
    .map(([, name]) => name)
    .join('、');

test('the table of forms per editor is the measured one', () => {
  for (const editor of EDITORS) {
    const row = section.split('\n').find((line) => line.startsWith(`| ${editor.label} |`));
    assert.ok(row, `a row for ${editor.label}`);
    const [, , measured, relaxed] = row.split('|').map((text) => text.trim());
    assert.equal(measured, cell(editor.works.default), editor.label);
    if (editor.works.relaxed) assert.equal(relaxed, cell(editor.works.relaxed), editor.label);
    else assert.equal(relaxed, '（没有这样的设置）', editor.label);
    // The guide says so: the text form works everywhere, pasted or typed with an IME.
    assert.ok(editor.works.default.includes('text') && editor.works.default.includes('typed'));
  }
});

for (const editor of EDITORS.filter((e) => e.works.relaxed)) {
  test(`the guide's ${editor.label} settings are the tested file, word for word`, () => {
    const file = read(`test/editors/settings/${editor.name}.relaxed.js`);
    // The first line tells eslint the editor's global; the rest is what a webmaster copies.
    const [globals, ...code] = file.trimEnd().split('\n');
    assert.match(globals, /^\/\* global \w+ \*\/$/);
    assert.ok(section.includes('```js\n' + code.join('\n') + '\n```'), editor.name);
  });
}

test("KindEditor's htmlTags name every attribute of the widgets", () => {
  const file = read('test/editors/settings/kindeditor.relaxed.js');
  const listed = new Set(
    [...file.matchAll(/'([a-z,-]+,[a-z,-]*)'/g)].flatMap(([, names]) => names.split(',')),
  );
  const manifest = JSON.parse(read('dist/custom-elements.json'));
  const tags = ['civic-unit-leaderboard', 'civic-progress-gauge', 'civic-event-timeline'];
  tags.push('civic-labor-heatmap', 'civic-key-figures');
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!tags.includes(declaration.tagName)) continue;
      for (const { name } of declaration.attributes ?? []) {
        // The widget writes these on itself; markup never needs to carry them.
        if (name === 'state' || name === 'stale') continue;
        assert.ok(listed.has(name), `${declaration.tagName} ${name}`);
      }
    }
  }
});
