import { expect } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import '../../src/timeline/define.js';
import '../../src/gauge/define.js';
import '../../src/heatmap/define.js';
import '../../src/key-figures/define.js';
import type { PropertyDeclaration } from 'lit';
import { optionMessages } from '../../src/builder/option-messages.js';
import { ENUM_OPTIONS, NUMBER_OPTIONS, widgetOptions } from '../../src/builder/options.js';
import { BUILDER_WIDGETS } from '../../src/builder/widgets.js';
import { upgradePlaceholder } from '../../src/loader/markup.js';
import { parseTextForm } from '../../src/loader/text-form.js';
import { BOOLEAN_ATTRIBUTES } from '../../src/loader/tags.js';
import { BuilderHarness } from './builder-harness.js';

const units = {
  code: 200,
  msg: '操作成功',
  rows: Array.from({ length: 8 }, (_, i) => ({ deptName: `单位${i + 1}`, joinCount: 80 - i })),
};

describe('the options panel', () => {
  it('passes an axe check with every widget’s options', async () => {
    const builder = await BuilderHarness.open();
    await builder.paste(units);
    for (const { tag } of BUILDER_WIDGETS) {
      await builder.widget(tag);
      await expect(builder.root).to.be.accessible();
    }
  });

  it('a leaderboard with limit 5 and auto-scroll: in the preview and all three snippets', async () => {
    const builder = await BuilderHarness.open();
    await builder.paste(units);
    await builder.choose('#option-limit', '5');
    await builder.check('#option-auto-scroll', true);

    const tag = builder.snippet('tag');
    expect(tag).to.contain(' limit="5"').and.contain(' auto-scroll>');
    expect(tag).to.not.contain('auto-scroll=');
    const placeholder = builder.snippet('placeholder');
    expect(placeholder).to.contain(' data-limit="5"').and.contain(' data-auto-scroll>');
    expect(placeholder).to.not.contain('data-auto-scroll=');
    expect(builder.snippet('text')).to.equal(
      '[civic-unit-leaderboard path="rows" limit="5" auto-scroll]',
    );
    const preview = builder.preview();
    expect(preview.getAttribute('limit')).to.equal('5');
    expect(preview.getAttribute('auto-scroll')).to.equal('');

    // What the loader makes of the copied forms is the same element.
    const holder = document.createElement('div');
    holder.append(new DOMParser().parseFromString(placeholder, 'text/html').body.firstChild!);
    const made = upgradePlaceholder(holder.firstElementChild!)!;
    expect(made.getAttribute('limit')).to.equal('5');
    expect(made.getAttribute('auto-scroll')).to.equal('');
    expect(parseTextForm(builder.snippet('text'))?.attributes).to.deep.include(['auto-scroll', '']);

    await builder.choose('#option-limit', '');
    await builder.check('#option-auto-scroll', false);
    expect(preview.hasAttribute('limit')).to.equal(false);
    expect(preview.hasAttribute('auto-scroll')).to.equal(false);
    for (const form of ['tag', 'placeholder', 'text']) {
      expect(builder.snippet(form)).to.not.match(/limit|auto-scroll/);
    }
  });

  it('an enumeration is a list of its values, left out at its default', async () => {
    const builder = await BuilderHarness.open();
    await builder.paste(units);
    const bars = builder.root.querySelector<HTMLSelectElement>('#option-bars')!;
    expect([...bars.options].map((option) => option.value)).to.deep.equal(['', 'value', 'none']);
    await builder.choose('#option-bars', 'none');
    expect(builder.snippet('tag')).to.contain(' bars="none"');
    expect(builder.preview().getAttribute('bars')).to.equal('none');
    await builder.choose('#option-bars', '');
    expect(builder.snippet('tag')).to.not.contain('bars=');
  });

  it('speaks both languages for every option of every widget', () => {
    for (const { tag } of BUILDER_WIDGETS) {
      for (const { name, values } of widgetOptions(tag)) {
        for (const locale of ['zh-CN', 'en'] as const) {
          const table = optionMessages[locale];
          const words = table[`${tag} ${name}`] ?? table[name];
          expect(words?.label, `${locale} ${tag} ${name}`).to.be.a('string').and.not.equal('');
          expect(words?.hint, `${locale} ${tag} ${name}`).to.be.a('string').and.not.equal('');
          for (const value of values ?? []) {
            expect(words?.values?.[value], `${locale} ${tag} ${name}=${value}`).to.be.a('string');
          }
        }
      }
    }
  });
});

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
}

/** The data widgets' attributes as dist/custom-elements.json documents them (npm run build). */
async function manifestAttributes(): Promise<Map<string, ManifestAttribute[]>> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  const declarations = (
    manifest.modules as {
      declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[];
    }[]
  ).flatMap((module) => module.declarations ?? []);
  return new Map(
    declarations
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName!, declaration.attributes ?? []]),
  );
}

/** `'asc' | 'desc'` → its values; undefined when the type is not a union of literals. */
function literals(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const values = parts.map((part) => /^['"]([^'"]+)['"]$/.exec(part)?.[1]);
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** Values a description names in backticks: `ring` (default), `half`… */
const backticked = (description = '') =>
  [...description.matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]);

describe('the options table against the widgets (drift)', () => {
  it('offers exactly the documented enumerations with their documented values', async () => {
    const documented = await manifestAttributes();
    for (const { tag } of BUILDER_WIDGETS) {
      const attributes = documented.get(tag)!;
      for (const { name, kind, values } of widgetOptions(tag)) {
        const attribute = attributes.find((a) => a.name === name)!;
        expect(attribute, `${tag} ${name} documented`).to.not.equal(undefined);
        const type = attribute.type?.text ?? '';
        // A union of literals, or a named type (`GaugeMode`) whose values the JSDoc lists.
        const union =
          literals(type) ??
          (/^[A-Z]\w*$/.test(type) ? backticked(attribute.description) : undefined);
        if (union) {
          expect(kind, `${tag} ${name}`).to.equal('enum');
          expect([...values!].sort(), `${tag} ${name}`).to.deep.equal([...union].sort());
        } else if (kind === 'enum') {
          // A text attribute with values of its own (mark-days): each one is documented.
          expect(backticked(attribute.description), `${tag} ${name}`).to.include.members([
            ...values!,
          ]);
        }
      }
    }
    const offered = Object.keys(ENUM_OPTIONS).flatMap((tag) =>
      Object.keys(ENUM_OPTIONS[tag]).map((name) => `${tag} ${name}`),
    );
    const used = BUILDER_WIDGETS.flatMap(({ tag }) =>
      widgetOptions(tag)
        .filter((option) => option.kind === 'enum')
        .map((option) => `${tag} ${option.name}`),
    );
    expect(used.sort()).to.deep.equal(offered.sort());
  });

  it('numbers and booleans are what the widget classes read them as', () => {
    for (const { tag } of BUILDER_WIDGETS) {
      const element = customElements.get(tag) as unknown as {
        elementProperties: Map<PropertyKey, PropertyDeclaration>;
      };
      const types = new Map(
        [...element.elementProperties].map(([property, declaration]) => [
          typeof declaration.attribute === 'string'
            ? declaration.attribute
            : String(property).toLowerCase(),
          declaration.type,
        ]),
      );
      for (const { name, kind } of widgetOptions(tag)) {
        expect(types.has(name), `${tag} ${name}`).to.equal(true);
        expect(types.get(name) === Number, `${tag} ${name} number`).to.equal(kind === 'number');
        expect(types.get(name) === Boolean, `${tag} ${name} boolean`).to.equal(kind === 'boolean');
        expect(NUMBER_OPTIONS.includes(name) || BOOLEAN_ATTRIBUTES.includes(name)).to.equal(
          kind === 'number' || kind === 'boolean',
        );
      }
    }
  });
});
