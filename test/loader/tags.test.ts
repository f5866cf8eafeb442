import { expect } from '@open-wc/testing';
import {
  BOOLEAN_ATTRIBUTES,
  REPORTED_ATTRIBUTES,
  TAGS,
  setDocumented,
  tagNamed,
} from '../../src/loader/tags.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text: string } }[];
}

describe('the table of tags and attributes', () => {
  it('is the one dist/custom-elements.json documents (npm run build makes it)', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const elements = (manifest.modules as { declarations?: Declaration[] }[])
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName);
    const documented = Object.fromEntries(
      elements.map((element) => [
        element.tagName,
        (element.attributes ?? [])
          .map((attribute) => attribute.name)
          .filter((name) => !REPORTED_ATTRIBUTES.includes(name))
          .sort(),
      ]),
    );
    const table = Object.fromEntries(
      Object.entries(TAGS).map(([tag, info]) => [tag, [...info.attributes].sort()]),
    );
    expect(table).to.deep.equal(documented);
    const booleans = elements.flatMap((element) =>
      (element.attributes ?? [])
        .filter((attribute) => attribute.type?.text === 'boolean')
        .filter((attribute) => !REPORTED_ATTRIBUTES.includes(attribute.name))
        .map((attribute) => attribute.name),
    );
    expect([...BOOLEAN_ATTRIBUTES].sort()).to.deep.equal([...new Set(booleans)].sort());
  });

  it('names a tag with or without its prefix, and nothing else', () => {
    expect(tagNamed('unit-leaderboard')).to.equal('civic-unit-leaderboard');
    expect(tagNamed(' Civic-Screen ')).to.equal('civic-screen');
    expect(tagNamed('leaderboard')).to.equal(undefined);
    expect(tagNamed('civic-')).to.equal(undefined);
    expect(tagNamed(null)).to.equal(undefined);
  });

  it('sets documented attributes only, and booleans by presence', () => {
    const board = document.createElement('civic-unit-leaderboard');
    expect(setDocumented(board, 'SRC', '/api/rank')).to.equal(true);
    expect(setDocumented(board, 'onclick', 'alert(1)')).to.equal(false);
    expect(setDocumented(board, 'style', 'color:red')).to.equal(false);
    expect(setDocumented(board, 'state', 'ready')).to.equal(false);
    expect(setDocumented(board, 'stale', '')).to.equal(false);
    expect(setDocumented(board, 'auto-scroll', 'true')).to.equal(true);
    expect(board.getAttribute('src')).to.equal('/api/rank');
    expect(board.getAttribute('auto-scroll')).to.equal('');
    expect(board.hasAttribute('onclick') || board.hasAttribute('style')).to.equal(false);
    for (const off of ['false', 'OFF', '0', 'no']) {
      const other = document.createElement('civic-unit-leaderboard');
      setDocumented(other, 'auto-scroll', off);
      expect(other.hasAttribute('auto-scroll'), off).to.equal(false);
    }
  });
});
