// Steps the producer specs share: going to a view through Ctrl+K, making a style with one material,
// reading production and sales orders from the app, and starting two batches of an order.
const { expect, click, fill, nextFrames, locate } = require('./app');

const production = (page, n) => page.evaluate((x) => window.atelier.production(x), n);
const sales = (page, n) => page.evaluate((x) => window.atelier.sales(x), n);

// The lowest number the app answers for `kind` ('production' or 'sales'), once there is one.
const firstNumber = (page, kind) => page.waitForFunction((k) => {
  for (let n = 1; n < 20000; ++n) if (window.atelier[k](n)) return n;
  return 0;
}, kind).then((h) => h.jsonValue());

// "Go to production", "Go to dashboard": the palette's command, as a user types it.
async function goTo(page, view) {
  await page.keyboard.press('Control+K');
  await nextFrames(page, 3);
  await page.keyboard.type(`Go to ${view}`);
  await nextFrames(page, 3);
  await page.keyboard.press('Enter');
  await page.waitForFunction((v) => window.atelier.state().view === v, view);
}

// A new style with its size run and colourways, and one material of its bill of materials.
async function newStyle(page, { code, name, sizes, colourways, material, quantities }) {
  await click(page, 'New style');
  await fill(page, 'Style code', code);
  await fill(page, 'Style name', name);
  await fill(page, 'Style sizes', sizes);
  await fill(page, 'Style colourways', colourways);
  await click(page, 'Create style');
  await locate(page, 'Style state');
  await fill(page, 'BOM material', material);
  await fill(page, 'BOM quantities', quantities);
  await click(page, 'Add material');
  await locate(page, `BOM ${material}`);
}

// A released order's first batch (the first colour, what is left of it), then one of `colour`.
async function startTwoBatches(page, po, colour) {
  await click(page, 'Start batch');
  await expect.poll(async () => ((await production(page, po)).batches || []).length).toBe(1);
  await click(page, 'Batch colour');
  await click(page, `Batch colour ${colour}`);
  await click(page, 'Start batch');
  await expect.poll(async () => ((await production(page, po)).batches || []).length).toBe(2);
}

module.exports = { production, sales, firstNumber, goTo, newStyle, startTwoBatches };
