import { expect } from '@open-wc/testing';
import { guardChartRoot, isTrustedTypesError } from '../../src/chart/trusted-types.js';
import { until } from '../helpers/api.js';

/** The policy of a strict portal: Trusted Types enforced, only Lit's own policy allowed. */
const CSP = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * A page enforcing Trusted Types by a real CSP (meta, same origin as the test server), with
 * a gauge. `before` runs first, as a classic script (e.g. to break the guard).
 */
function trustedTypesPage(before = ''): string {
  const data = JSON.stringify({ done: 262, total: 330, target: 85 });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<script>window.process = { env: { NODE_ENV: 'development' } }; ${before}</script>
</head><body>
<civic-progress-gauge style="width:300px"></civic-progress-gauge>
<script type="module">
  import '/src/gauge/define.ts';
  const gauge = document.querySelector('civic-progress-gauge');
  window.errors = [];
  window.uncaught = [];
  window.addEventListener('error', (event) => window.uncaught.push(event.message));
  gauge.addEventListener('civic-error', (event) => window.errors.push(event.detail));
  gauge.data = ${data};
</script></body></html>`;
}

interface PageWindow extends Window {
  errors?: { kind: string; message: string }[];
  uncaught?: string[];
  trustedTypes?: { defaultPolicy: unknown };
}

async function openPage(html: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '400';
  frame.height = '600';
  frame.srcdoc = html;
  document.body.append(frame);
  await until(() => (frame.contentWindow as PageWindow | null)?.errors, 'the page to start');
  return { frame, win: frame.contentWindow as PageWindow };
}

function gaugeRoot(win: PageWindow): ShadowRoot | undefined {
  return win.document.querySelector('civic-progress-gauge')?.shadowRoot ?? undefined;
}

describe('charts under Trusted Types', () => {
  it('draws the gauge on a page that enforces Trusted Types, creating no policy', async () => {
    const { frame, win } = await openPage(trustedTypesPage());
    const canvas = await until(
      () => gaugeRoot(win)?.querySelector('[part~="chart"] canvas'),
      'a canvas in the chart',
    );
    expect(canvas.clientWidth).to.be.greaterThan(0);
    expect(win.errors).to.deep.equal([]);
    expect(win.uncaught).to.deep.equal([]);
    expect(win.trustedTypes!.defaultPolicy).to.equal(null);
    // The page's policy is untouched: a plain string still may not become HTML.
    expect(() => Reflect.set(win.document.createElement('div'), 'innerHTML', '<b>x</b>')).to.throw(
      /TrustedHTML/,
    );
    // Disposal also clears the root: removing the gauge must not throw either.
    win.document.querySelector('civic-progress-gauge')!.remove();
    expect(win.uncaught).to.deep.equal([]);
    frame.remove();
  });

  it('without the guard, shows a clear message in place of the chart and fires civic-error', async () => {
    // Removing the innerHTML getter makes guardChartRoot step aside, as if it did not exist.
    const before = `const d = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
      Object.defineProperty(Element.prototype, 'innerHTML', { configurable: true, get: undefined, set: d.set });`;
    const { frame, win } = await openPage(trustedTypesPage(before));
    const message = await until(
      () => gaugeRoot(win)?.querySelector('[part~="chart-error"]'),
      'the chart error message',
    );
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('此页面的安全策略(Trusted Types)阻止了图表绘制');
    expect(win.errors![0]).to.include({ source: 'chart', kind: 'trusted-types' });
    expect(win.errors![0].message).to.contain('TrustedHTML');
    expect(win.uncaught).to.deep.equal([]);
    // The text alternative stays.
    expect(gaugeRoot(win)!.querySelector('[part~="summary"]')!.textContent).to.contain(
      '已完成 262/330 项',
    );
    frame.remove();
  });
});

describe('guardChartRoot', () => {
  it('empties the root for an empty string and refuses markup', () => {
    const root = document.createElement('div');
    root.append(document.createElement('canvas'), 'text');
    guardChartRoot(root);
    guardChartRoot(root);
    // Through Reflect: the lint rule against HTML sinks stays on for everything else.
    expect(Reflect.get(root, 'innerHTML')).to.equal('<canvas></canvas>text');
    Reflect.set(root, 'innerHTML', '');
    expect(root.childNodes.length).to.equal(0);
    expect(() => Reflect.set(root, 'innerHTML', '<img src=x>')).to.throw(TypeError);
    expect(root.childNodes.length).to.equal(0);
  });
});

describe('isTrustedTypesError', () => {
  it('tells a Trusted Types violation from other errors', () => {
    const message =
      "Failed to set the 'innerHTML' property on 'Element': This document requires 'TrustedHTML' assignment.";
    expect(isTrustedTypesError(new TypeError(message))).to.equal(true);
    expect(isTrustedTypesError(new TypeError("Renderer 'svg' is not imported"))).to.equal(false);
    expect(isTrustedTypesError(new Error(message))).to.equal(false);
    expect(isTrustedTypesError(undefined)).to.equal(false);
  });
});
