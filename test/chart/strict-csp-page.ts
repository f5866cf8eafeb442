/**
 * The script of a page under the strictest policy a portal uses (loaded from the test
 * server: no inline script is allowed there). It records CSP violations before anything
 * else runs, then loads the gauge.
 */
interface StrictPageWindow extends Window {
  violations: string[];
  process?: unknown;
}

const page = window as unknown as StrictPageWindow;
page.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  page.violations.push(`${event.violatedDirective}: ${event.sourceFile}:${event.lineNumber}`);
});
page.process = { env: { NODE_ENV: 'development' } };
export {};

await import('../../src/gauge/define.js');
const gauge = document.createElement('civic-progress-gauge');
gauge.style.width = '320px';
gauge.deadline = '2027-05-01';
gauge.data = {
  done: 262,
  target: 85,
  categories: [{ name: '农贸市场管理', done: 9, total: 16 }],
};
document.body.append(gauge);
