import { expect } from '@open-wc/testing';
import { until } from '../helpers/api.js';
import { openStrictFrame } from '../helpers/strict-csp-frame.js';

describe('the gauge under a strict CSP (no unsafe-inline, Trusted Types enforced)', () => {
  it('draws every mode without a single violation', async () => {
    const { frame, win } = openStrictFrame('/test/chart/strict-csp-page.ts', 400, 800);
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
