// 大字版 (issue #18, item 5): every widget's text grows with the page's, in its DOM and on its
// canvas, never shrinks below its floor under a CMS reset, and holds its layout at 20–24 px.
import { expect, fixture, html } from '@open-wc/testing';
import { getInstanceByDom } from 'echarts/core';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { available, WIDGETS, type WidgetDescriptor } from '../helpers/widget-matrix.js';
import { nextFrame, until } from '../helpers/api.js';

/** How a page makes its text large. */
const PAGES = [
  { name: 'body 20px', css: 'body { font-size: 20px }', page: 20 },
  { name: 'body 24px', css: 'body { font-size: 24px }', page: 24 },
  {
    name: 'root 24px, body 1rem',
    css: 'html { font-size: 24px } body { font-size: 1rem }',
    page: 24,
  },
  { name: 'a content class of 20px', css: '.content.large { font-size: 20px }', page: 20 },
  // The CMS reset reaches the widget's host itself: the widget keeps its floor of 14 px.
  { name: 'the reset * {font-size:12px}', css: '* { font-size: 12px }', page: 12, floor: 14 },
  {
    name: 'the reset and a 大字版 on it',
    css: '* { font-size: 12px } .large * { font-size: 20px }',
    page: 20,
  },
] as const;

let pageStyle: HTMLStyleElement | undefined;

function setPageCss(css: string): void {
  pageStyle ??= document.head.appendChild(document.createElement('style'));
  pageStyle.textContent = css;
}

async function mount(widget: WidgetDescriptor, theme: string, lang: string, style = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div class="content large" style="width:640px">
      <p>页面正文 page text</p>
    </div>`,
  );
  const element = document.createElement(widget.tag) as HTMLElement & {
    data: unknown;
    updateComplete: Promise<boolean>;
  };
  element.setAttribute('theme', theme);
  element.setAttribute('lang', lang);
  element.setAttribute('style', style);
  element.data = widget.goodBody;
  wrapper.append(element);
  await until(() => element.getAttribute('state') === 'ready', `${widget.tag} ready`);
  await element.updateComplete;
  const root = element.shadowRoot!;
  const chartBox = () => root.querySelector<HTMLElement>('[_echarts_instance_]');
  if (widget.tag === 'civic-progress-gauge' || widget.tag === 'civic-labor-heatmap') {
    await until(() => chartBox() && getInstanceByDom(chartBox()!), `${widget.tag} chart`);
  }
  await nextFrame();
  await nextFrame();
  const pageText = parseFloat(getComputedStyle(wrapper.querySelector('p')!).fontSize);
  return {
    wrapper,
    element,
    root,
    chart: () => chartBox() && getInstanceByDom(chartBox()!),
    pageText,
  };
}

/**
 * Every `fontSize` of shown text in an ECharts option (labels, legend, tooltip, titles):
 * parts with `show: false` are left out, and so is the top-level `textStyle`, ECharts' own
 * default (12) that no text of these charts falls back to.
 */
function optionFontSizes(value: unknown, found: number[] = [], top = true): number[] {
  if (Array.isArray(value)) value.forEach((item) => optionFontSizes(item, found, false));
  else if (value && typeof value === 'object') {
    if ((value as { show?: unknown }).show === false) return found;
    for (const [key, inner] of Object.entries(value)) {
      if (top && key === 'textStyle') continue;
      if (key === 'fontSize' && typeof inner === 'number') found.push(inner);
      else optionFontSizes(inner, found, false);
    }
  }
  return found;
}

/** Elements showing text of their own, visible (not the visually hidden ones). */
function textElements(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((element) => {
    const own = [...element.childNodes].some(
      (node) => node instanceof Text && node.data.trim() !== '',
    );
    return own && element.getClientRects().length > 0 && !element.closest('.visually-hidden');
  });
}

describe('大字版: widgets follow the page text size', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  afterEach(() => setPageCss(''));

  for (const widget of WIDGETS) {
    it(`${widget.tag}: grows with the page, keeps its floor, holds its layout`, async function () {
      if (!(await available(widget))) this.skip();
      for (const [i, page] of PAGES.entries()) {
        // Both themes and both languages, across the pages.
        const theme = i % 2 ? 'dark' : 'light';
        const lang = i % 3 === 1 ? 'en' : 'zh-CN';
        setPageCss(page.css);
        const { element, root, chart, pageText } = await mount(widget, theme, lang);
        await expect(element).to.be.accessible();
        const where = `${widget.tag}, ${page.name}`;
        expect(pageText, `${page.name}: the page's text`).to.equal(page.page);
        const base = parseFloat(getComputedStyle(root.querySelector('.base')!).fontSize);
        const floor = 'floor' in page ? page.floor : 0;
        expect(base, `${where}: base text`).to.equal(Math.max(page.page, floor, 14));

        // Secondary text (headers, meta lines) is a little smaller, never much.
        const host = element.getBoundingClientRect();
        for (const text of textElements(root)) {
          const style = getComputedStyle(text);
          const label = `${where}: "${text.textContent!.trim().slice(0, 20)}"`;
          expect(parseFloat(style.fontSize), `${label} size`).to.be.at.least(base * 0.8 - 0.01);
          if (style.overflowX !== 'visible' || style.textOverflow === 'ellipsis') {
            expect(text.scrollWidth, `${label} clipped`).to.be.at.most(text.clientWidth + 1);
          }
          const box = text.getBoundingClientRect();
          expect(box.right, `${label} inside the widget`).to.be.at.most(host.right + 1);
        }

        const instance = chart();
        if (instance) {
          const sizes = optionFontSizes(instance.getOption());
          expect(sizes.length, `${where}: chart texts`).to.be.greaterThan(0);
          expect(Math.min(...sizes), `${where}: smallest chart text`).to.be.at.least(
            base * 0.8 - 0.01,
          );
        }
      }
    });
  }

  for (const tag of ['civic-progress-gauge', 'civic-labor-heatmap']) {
    it(`${tag}: redraws its chart text when the page switches to 大字版`, async function () {
      const widget = WIDGETS.find((w) => w.tag === tag)!;
      if (!(await available(widget))) this.skip();
      setPageCss('.content.large { font-size: 14px }');
      // Charts of a fixed height: only the text size changes, nothing resizes the chart.
      const fixed = '--civic-gauge-chart-height: 240px; --civic-heatmap-chart-height: 300px';
      const { element, chart } = await mount(widget, 'light', 'zh-CN', fixed);
      await expect(element).to.be.accessible();
      const smallest = () => Math.min(...optionFontSizes(chart()!.getOption()));
      expect(smallest()).to.be.lessThan(24 * 0.8);
      setPageCss('.content.large { font-size: 24px }');
      await until(() => smallest() >= 24 * 0.8, `${tag}: chart text grown`);
    });
  }
});
