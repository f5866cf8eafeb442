import { expect, fixture, html } from '@open-wc/testing';
import { normalizeColor, readChartTheme } from '../../src/chart/chart-theme.js';
import { escapeRichText, richTextTooltip } from '../../src/chart/tooltip.js';
import { FALLBACK_THEME } from '../../src/chart/chart-theme.js';
import '../../src/gauge/define.js';

describe('chart theme', () => {
  it('normalises any CSS colour to a form zrender can blend', () => {
    expect(normalizeColor('red')).to.equal('#ff0000');
    expect(normalizeColor(' rgb(1, 2, 3) ')).to.equal('#010203');
    expect(normalizeColor('rgba(0, 0, 0, 0.5)')).to.equal('rgba(0, 0, 0, 0.5)');
    expect(normalizeColor('CanvasText')).to.match(/^#[0-9a-f]{6}$/);
    expect(normalizeColor('not-a-colour')).to.equal(undefined);
    expect(normalizeColor('')).to.equal(undefined);
  });

  it("reads a widget's tokens, with a page's --civic-* overrides and its font", async () => {
    const gauge = await fixture(
      html`<civic-progress-gauge
        theme="dark"
        style="--civic-color-accent: #00ff00; --civic-font-size: 20px"
        .data=${{ done: 1 }}
      ></civic-progress-gauge>`,
    );
    await (gauge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const inner = gauge.shadowRoot!.querySelector('.base')!;
    const theme = readChartTheme(inner);
    expect(theme).to.include({
      accent: '#00ff00',
      text: '#e8f1ff',
      surface: '#07162b',
      fontSize: 20,
    });
    expect(theme.fontFamily).to.contain('Microsoft YaHei');
  });

  it('falls back to the light literals outside a widget', () => {
    const theme = readChartTheme(document.body);
    expect(theme.accent).to.equal(FALLBACK_THEME.accent);
  });
});

describe('rich-text tooltips', () => {
  it("keeps a backend's braces from being read as rich-text styles", () => {
    expect(escapeRichText('{a|b}')).to.equal('{\u200ba|b}');
    expect(escapeRichText('农贸市场')).to.equal('农贸市场');
  });

  it('is drawn on the canvas from plain lines, in the theme', () => {
    const tooltip = richTextTooltip(FALLBACK_THEME, () => ['<b>社区</b>', '{x|y} 30']);
    expect(tooltip.renderMode).to.equal('richText');
    expect(tooltip.backgroundColor).to.equal(FALLBACK_THEME.surface);
    const formatter = tooltip.formatter as (params: unknown) => string;
    expect(formatter({})).to.equal('<b>社区</b>\n{\u200bx|y} 30');
  });
});
