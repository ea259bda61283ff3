const fs = require('fs');
const path = require('path');
const { test, expect, openApp, locate, click, nextFrames } = require('./lib/app');
const { decodePng, distinctColours } = require('./lib/png');

const projectVersion = fs.readFileSync(path.join(__dirname, '../../CMakeLists.txt'), 'utf8')
  .match(/project\(atelier VERSION ([0-9.]+)/)[1];

test('the app loads, draws its first-start page and answers a click', async ({ page, consoleErrors }, testInfo) => {
  // Hold the WASM back a moment so the loading indicator can be seen before the first frame.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/app.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/');
  await expect(page.locator('#loading')).toBeVisible();
  await expect(page.locator('#loading')).toContainText('Loading');
  release();
  await page.evaluate(() => window.atelier.ready);
  await expect(page.locator('#loading')).toBeHidden();
  expect(await page.evaluate(() => window.atelier.version())).toBe(projectVersion);

  const win = await locate(page, 'Welcome');
  expect(win.width).toBeGreaterThan(600);
  expect(win.height).toBeGreaterThan(400);
  expect(await page.evaluate(() => window.atelier.locate('No such item'))).toBeNull();

  const shot = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath('smoke-1280x800.png'), shot);
  await testInfo.attach('screenshot', { body: shot, contentType: 'image/png' });
  expect(distinctColours(decodePng(shot))).toBeGreaterThan(3);

  expect(await page.evaluate(() => window.atelier.locate('Welcome to Atelier'))).toBeNull();  // plain text is not an item
  await click(page, 'Open the demo atelier');
  // The demo's index is built across frames after the click: wait for it, however slow the machine.
  await page.waitForFunction(() => window.atelier.state().ready);
  const s = await page.evaluate(() => window.atelier.state());
  expect(s.ready).toBe(true);
  expect(s.orders).toBeGreaterThan(100);
  expect(await locate(page, 'Atelier')).not.toBeNull();
  expect(consoleErrors).toEqual([]);
});

test.describe('on a HiDPI screen', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the drawing buffer is twice the CSS size and clicks still land', async ({ page, consoleErrors }, testInfo) => {
    await openApp(page);
    await page.waitForFunction(() => {
      const c = document.getElementById('canvas');
      return c.width === 2 * c.clientWidth && c.height === 2 * c.clientHeight;
    });
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    expect(size).toEqual({ w: 2560, h: 1600, cw: 1280, ch: 800 });
    const win = await locate(page, 'Welcome');
    expect(win.width).toBeCloseTo(1280, -1);
    await click(page, 'Bespoke tailoring');
    expect((await page.evaluate(() => window.atelier.state())).start.pick).toBe(1);
    fs.writeFileSync(testInfo.outputPath('smoke-dpr2.png'), await page.screenshot());
    expect(consoleErrors).toEqual([]);
  });
});

test('the canvas follows a window resize', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForFunction(() => {
    const c = document.getElementById('canvas');
    return c.width === 900 && c.height === 700;
  });
  await nextFrames(page, 2);
  const win = await locate(page, 'Welcome');
  expect(win.width).toBeCloseTo(900, -1);
  expect(win.height).toBeCloseTo(700, -1);
});

test('without WebGL 2 the page says so instead of a blank screen', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto('/');
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal')).toContainText('WebGL 2');
});

test('when main() cannot make its WebGL 2 context it says so in the language chosen on this device', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('atelier.prefs', JSON.stringify({ language: 'de' }));
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto('/');
  // main()'s own sentence (shell_no_webgl2_context), not atelier.js's: the API exists, the context does not.
  await expect(page.locator('#fatal')).toContainText('Atelier benötigt WebGL 2, das dieser Browser nicht bietet (oder abgeschaltet hat).');
});

test('without app.js the page says it could not load instead of spinning forever', async ({ page }) => {
  // app.js is the shell's last script tag (not inserted by atelier.js): its error still reaches the page.
  await page.route('**/app.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/');
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal')).toContainText('app.js is missing');
  await expect(page.locator('#loading')).toBeHidden();
});
