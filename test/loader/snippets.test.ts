import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { upgradePlaceholder } from '../../src/loader/markup.js';
import { formatPlaceholder, formatTag, formatTextForm } from '../../src/loader/snippets.js';
import { BOOLEAN_ATTRIBUTES, TAGS } from '../../src/loader/tags.js';
import { parseTextForm } from '../../src/loader/text-form.js';

/** Markup as a page holds it, parsed by the browser (test-written snippets only). */
function parse(markup: string): Element {
  const template = document.createElement('template');
  template.setHTMLUnsafe(markup);
  const element = template.content.firstElementChild!;
  document.body.append(template.content);
  return element;
}

const attributesOf = (element: Element) =>
  Array.from(element.attributes).map((attribute) => [attribute.name, attribute.value]);

/** A tag with distinct documented attributes and values with quotes, markup and Chinese. */
const snippet = fc.constantFrom(...Object.keys(TAGS)).chain((tag) =>
  fc.record({
    tag: fc.constant(tag),
    attributes: fc.uniqueArray(
      fc.tuple(
        fc.constantFrom(...TAGS[tag].attributes),
        fc.string({
          unit: fc.constantFrom('a', '1', ' ', '"', "'", '<', '&', ';', '/', '参', '“', '='),
        }),
      ),
      { selector: ([name]) => name, maxLength: 5 },
    ),
  }),
);

const isBoolean = (name: string) => BOOLEAN_ATTRIBUTES.includes(name);

describe('snippets', () => {
  afterEach(() => document.body.replaceChildren());

  it('write a tag and a placeholder the browser reads back to the same attributes', () => {
    fc.assert(
      fc.property(snippet, ({ tag, attributes }) => {
        const element = parse(formatTag(tag, attributes, '加载中<b>'));
        expect(element.localName).to.equal(tag);
        expect(attributesOf(element)).to.deep.equal(attributes);
        expect(element.textContent).to.equal('加载中<b>');
        const widget = upgradePlaceholder(parse(formatPlaceholder(tag, attributes, '加载中')));
        // A boolean written as a value other than on/off is on: the widget holds it as ''.
        const expected = attributes
          .filter(([name, value]) => !/^\s*(false|0|off|no)\s*$/i.test(value) || !isBoolean(name))
          .map(([name, value]) => [name, isBoolean(name) ? '' : value]);
        expect(attributesOf(widget!)).to.deep.equal(expected);
        expect(widget!.textContent).to.equal('加载中');
        document.body.replaceChildren();
      }),
    );
  });

  it('write a text form the loader reads back, or say it cannot', () => {
    fc.assert(
      fc.property(snippet, ({ tag, attributes }) => {
        const text = formatTextForm(tag, attributes);
        if (text === undefined) return;
        expect(parseTextForm(text)).to.deep.equal({ tag, attributes });
      }),
    );
    expect(
      formatTextForm('civic-unit-leaderboard', [
        ['src', '/api/rank'],
        ['auto-scroll', ''],
        ['metric', '“文明”单位'],
      ]),
    ).to.equal(`[civic-unit-leaderboard src="/api/rank" auto-scroll metric='“文明”单位']`);
    expect(formatTextForm('civic-unit-leaderboard', [['metric', `"a" 'b'`]])).to.equal(undefined);
  });
});
