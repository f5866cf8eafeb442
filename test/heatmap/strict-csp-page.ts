/**
 * The script of a page under the strictest policy a portal uses (loaded from the test
 * server: no inline script is allowed there). It records CSP violations before anything
 * else runs, then loads the heatmap with the demo data.
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

await import('../../src/heatmap/define.js');
const { laborPointsAt } = await import('../../demo/server/labor-points-data.js');
const heatmap = document.createElement('civic-labor-heatmap');
heatmap.style.width = '600px';
heatmap.days = 60;
heatmap.markDays = 'first-saturday';
heatmap.mapSrc = '/demo/district.geojson';
heatmap.data = laborPointsAt(0);
document.body.append(heatmap);
