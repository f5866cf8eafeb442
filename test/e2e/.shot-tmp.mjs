import { startDemoServer } from '/work/wt-screen/demo/server/start.js';
import { launchBrowser } from '/work/wt-screen/test/e2e/browser.js';
const server = await startDemoServer({ port: 0 });
const browser = await launchBrowser();
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['1920x1080'];
for (const s of sizes) {
  const [width, height] = s.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(
    `${server.url}demo/screen.html`.replace('demo/screen.html', process.env.PAGE ?? 'screen.html'),
  );
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/shots/${s}.png` });
  await page.close();
}
await browser.close();
await server.close();
