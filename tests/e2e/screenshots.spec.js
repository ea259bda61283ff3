// The README's screenshots (docs/screenshots/): board, table and an order page of the demo atelier
// on a laptop (1280x800) and a tablet held upright (834x1194). Redo them after a change to the look:
//   ATELIER_SCREENSHOTS=1 npx playwright test -c tests/e2e/playwright.config.js tests/e2e/screenshots.spec.js
// Without ATELIER_SCREENSHOTS they are taken into the test's output folder only (the spec still
// checks that each view opens and draws).
const fs = require('fs');
const path = require('path');
const { test, expect, openApp, click, nextFrames, state } = require('./lib/app');
const { decodePng, distinctColours } = require('./lib/png');

const outDir = path.resolve(__dirname, '../../docs/screenshots');
const screens = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'tablet', viewport: { width: 834, height: 1194 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
];

for (const s of screens) {
  test.describe(`${s.name} ${s.viewport.width}x${s.viewport.height}`, () => {
    test.use({ viewport: s.viewport, deviceScaleFactor: s.deviceScaleFactor, isMobile: !!s.isMobile, hasTouch: !!s.hasTouch });

    test('board, table and order page of the demo atelier', async ({ page }, testInfo) => {
      await openApp(page);
      await click(page, 'Open the demo atelier');
      await page.waitForFunction(() => window.atelier.state().ready);
      const shoot = async (view) => {
        await nextFrames(page, 6);
        const body = await page.screenshot();
        expect(distinctColours(decodePng(body))).toBeGreaterThan(8);  // drawn, not a blank canvas
        const file = `${view}-${s.viewport.width}x${s.viewport.height}.png`;
        fs.writeFileSync(testInfo.outputPath(file), body);
        if (process.env.ATELIER_SCREENSHOTS) fs.writeFileSync(path.join(outDir, file), body);
      };
      const go = async (view) => {
        if (await page.evaluate((v) => window.atelier.locate(v), view)) await click(page, view);
        else { await click(page, 'More top bar'); await click(page, `Menu ${view}`); }
      };
      await go('Board');
      await shoot('board');
      await go('Table');
      await shoot('table');
      // The order page: the first order of the table.
      const first = await page.evaluate(() => window.atelier.items().find((i) => /\/Order \d+-/.test(i)));
      expect(first).toBeTruthy();
      await click(page, first.slice(first.lastIndexOf('/Order ') + 1));
      await page.waitForFunction(() => window.atelier.state().view === 'order');
      expect((await state(page)).view).toBe('order');
      await shoot('order');
    });
  });
}
