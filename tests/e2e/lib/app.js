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

// Waits until the item is drawn (it may appear a frame or two after an action) and has stopped
// moving: a popup or auto-sized window lays its items out once before it is sized and placed.
async function locate(page, label, { timeout = 5000 } = {}) {
  const handle = await page.waitForFunction((l) => window.atelier.locate(l), label, { timeout });
  let r = await handle.jsonValue();
  for (let i = 0; i < 10; ++i) {
    await nextFrames(page, 1);
    const again = await page.evaluate((l) => window.atelier.locate(l), label);
    if (!again) return r;  // gone again (a closing popup): the caller decides
    if (again.x === r.x && again.y === r.y && again.width === r.width && again.height === r.height) return again;
    r = again;
  }
  return r;
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

// Drags from one item to another with the mouse, a frame between each step (ImGui sees the
// pointer once per frame, so a drag must span frames to be a drag).
async function drag(page, from, to, { steps = 10 } = {}) {
  const a = await locate(page, from);
  const b = await locate(page, to);
  await page.mouse.move(a.cx, a.cy);
  await nextFrames(page, 2);
  await page.mouse.down();
  await nextFrames(page, 2);
  for (let i = 1; i <= steps; ++i) {
    await page.mouse.move(a.cx + ((b.cx - a.cx) * i) / steps, a.cy + ((b.cy - a.cy) * i) / steps);
    await nextFrames(page, 1);
  }
  await nextFrames(page, 2);
  await page.mouse.up();
  await nextFrames(page, 3);
}

// Clicks a text field, replaces its text with `text` (typed like a person) and optionally presses Enter.
async function fill(page, label, text, { enter = false } = {}) {
  await click(page, label);
  await page.keyboard.press('Control+A');
  await nextFrames(page, 2);
  await page.keyboard.press('Delete');
  await nextFrames(page, 2);
  await page.keyboard.type(text);
  await nextFrames(page, 2);
  if (enter) {
    await page.keyboard.press('Enter');
    await nextFrames(page, 3);
  }
}

const state = (page) => page.evaluate(() => window.atelier.state());

// First start through the real form: a new atelier with the tailoring template.
async function createAtelier(page, { name = 'Maison Ødegård', code = 'BFG', template = 'Bespoke tailoring' } = {}) {
  await fill(page, 'Atelier name', name);
  await fill(page, 'Company code', code);
  await click(page, template);
  await click(page, 'Create atelier');
  await page.waitForFunction(() => window.atelier.state().ready);
}

// A new client, then a new order for them, through the forms; ends on the order page.
async function clientAndOrder(page, { client = 'Léa Dubois', garment = 'Aurore', price = null } = {}) {
  await click(page, 'New client');
  await fill(page, 'New client/Name', client);
  await click(page, 'Create client');
  await page.waitForFunction(() => window.atelier.state().view === 'client');
  await click(page, 'New order for this client');
  await fill(page, 'New order/Garment', garment);
  if (price !== null) await fill(page, 'New order/Price', price);
  await click(page, 'Create order');
  await page.waitForFunction(() => window.atelier.state().view === 'order');
}

module.exports = { test, expect: base.expect, openApp, locate, click, nextFrames, drag, fill, state, createAtelier, clientAndOrder };
