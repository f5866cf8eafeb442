import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-css.ts';
import '../../src/index.ts';

const whole = { start: true, end: true };

/** The rules as Chromium reads them, with the spacing custom-property values keep evened out. */
function rulesOf(text: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules]
    .map((rule) => rule.cssText)
    .join('\n')
    .replace(/\s*,\s*/g, ',')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+/g, ' ');
}

/** Every stylesheet a civic element adopts, from its finalized styles. */
function shippedStylesheets(): Map<string, string> {
  const sheets = new Map<string, string>();
  for (const tag of [
    'civic-progress-gauge',
    'civic-labor-heatmap',
    'civic-unit-leaderboard',
    'civic-event-timeline',
    'civic-key-figures',
    'civic-screen',
    'civic-panel',
  ]) {
    const element = customElements.get(tag) as unknown as { elementStyles: CSSResult[] };
    element.elementStyles.forEach((style, index) => sheets.set(`${tag} #${index}`, style.cssText));
  }
  return sheets;
}

describe('minifyCss (the build step for the css templates)', () => {
  it('leaves every shipped stylesheet meaning what it did, and smaller', () => {
    const sheets = shippedStylesheets();
    expect(sheets.size).to.be.greaterThan(10);
    let before = 0;
    let after = 0;
    for (const [name, text] of sheets) {
      const small = minifyCss(text, whole);
      expect(rulesOf(small), name).to.equal(rulesOf(text));
      expect(small, name).not.to.include('/*');
      before += text.length;
      after += small.length;
    }
    expect(after).to.be.lessThan(before * 0.8);
  });

  it('keeps the spaces that separate tokens and the quoted text as written', () => {
    expect(minifyCss('.list  .row ,\n a :hover { margin: 0  auto ; }', whole)).to.equal(
      '.list .row,a :hover{margin:0 auto}',
    );
    expect(minifyCss('a { width: calc(1em + 2px * 3); }', whole)).to.equal(
      'a{width:calc(1em + 2px * 3)}',
    );
    expect(minifyCss(`a::before { content: ' /* x */  ;}' ; }`, whole)).to.equal(
      `a::before{content:' /* x */  ;}'}`,
    );
    expect(minifyCss('a > b { color: red }  /* why */\n', whole)).to.equal('a>b{color:red}');
  });

  it('keeps one space next to an interpolation, where it may separate what it holds', () => {
    expect(minifyCss('\n  :host {\n    ', { start: true, end: false })).to.equal(':host{');
    expect(minifyCss('\n    color-scheme: dark;\n  }\n', { start: false, end: true })).to.equal(
      ' color-scheme:dark}',
    );
    expect(minifyCss('\n  .a ', { start: true, end: false })).to.equal('.a ');
    expect(minifyCss('  ', { start: false, end: false })).to.equal(' ');
  });
});
