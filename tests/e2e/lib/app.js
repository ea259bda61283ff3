// Shared fixtures: every page records console errors, waits for the first frame, and clicks
// or types through the real canvas at the rectangle window.atelier.locate() reports.
const base = require('@playwright/test');

const test = base.test.extend({
  consoleErrors: async ({ page }, use) => {
    const errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use(errors);
  },
});

async function openApp(page, path = '/') {
  await page.goto(path);
  await page.evaluate(() => window.atelier.ready);
}

// Waits until the item is drawn (it may appear a frame or two after an action).
async function locate(page, label, { timeout = 5000 } = {}) {
  const handle = await page.waitForFunction((l) => window.atelier.locate(l), label, { timeout });
  return handle.jsonValue();
}

async function click(page, label) {
  const r = await locate(page, label);
  await page.mouse.move(r.cx, r.cy);
  await nextFrames(page, 2);
  await page.mouse.down();
  await nextFrames(page, 2);
  await page.mouse.up();
  await nextFrames(page, 2);
  return r;
}

// ImGui reacts on the frame after an event: wait for the app's own frame counter to move.
async function nextFrames(page, n = 1) {
  const start = await page.evaluate(() => window.atelier.state().frames);
  await page.waitForFunction(([s, k]) => window.atelier.state().frames >= s + k, [start, n]);
}

module.exports = { test, expect: base.expect, openApp, locate, click, nextFrames };
