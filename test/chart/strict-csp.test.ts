import { expect } from '@open-wc/testing';
import { until } from '../helpers/api.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

describe('the gauge under a strict CSP (no unsafe-inline, Trusted Types enforced)', () => {
  it('draws every mode without a single violation', async () => {
    const frame = document.createElement('iframe');
    frame.width = '400';
    frame.height = '800';
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="${CSP}">
      <script type="module" src="/test/chart/strict-csp-page.ts"></script></head><body></body></html>`;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { violations?: string[] }) | null;
    const gauge = await until(
      () => win()?.document.querySelector('civic-progress-gauge'),
      'the gauge to be added',
    );
    await until(() => gauge.shadowRoot?.querySelector('[part~="chart"] canvas'), 'the ring');
    for (const mode of ['half', 'bars', 'compact', 'ring'] as const) {
      gauge.mode = mode;
      await gauge.updateComplete;
    }
    await until(() => gauge.shadowRoot?.querySelector('[part~="chart"] canvas'), 'the ring again');
    // Hover and toggles: ECharts' pointer handling and Lit's style bindings.
    const chart = gauge.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    chart.dispatchEvent(new MouseEvent('mousemove', { clientX: 100, clientY: 100, bubbles: true }));
    gauge.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win()!.violations).to.deep.equal([]);
    frame.remove();
  });
});
