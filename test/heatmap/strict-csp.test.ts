import { expect } from '@open-wc/testing';
import { until } from '../helpers/api.js';
import { openStrictFrame } from '../helpers/strict-csp-frame.js';

describe('the heatmap under a strict CSP (no unsafe-inline, Trusted Types enforced)', () => {
  it('draws every mode, hovers, walks and toggles without a single violation', async () => {
    const { frame, win } = openStrictFrame('/test/heatmap/strict-csp-page.ts', 700, 900);
    const heatmap = await until(
      () => win()?.document.querySelector('civic-labor-heatmap'),
      'the heatmap to be added',
    );
    const canvas = () => heatmap.shadowRoot?.querySelector('[part~="chart"] canvas');
    for (const mode of ['matrix', 'calendar', 'map'] as const) {
      heatmap.mode = mode;
      await heatmap.updateComplete;
      await until(canvas, `the ${mode} chart`);
      const chart = heatmap.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
      const box = chart.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      chart.firstElementChild!.dispatchEvent(new MouseEvent('mousemove', { ...at, bubbles: true }));
      chart.focus();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    }
    heatmap.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heatmap.shadowRoot!.querySelector('[part~="chart-error"]')).to.equal(null);
    expect(win()!.violations).to.deep.equal([]);
    frame.remove();
  });
});
