// The look in a real browser (docs/design.md): + Client and + Order are modal dialogs (the app
// dimmed behind, the first field takes the typing at once, Escape and the close button close
// them), a confirmation is one too; the calendar picks a deadline by touch on a tablet (the table's
// deadline cell, as a finger edits it).
const { test, expect, openApp, locate, click, nextFrames, state } = require('./lib/app');
const { decodePng } = require('./lib/png');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const luminance = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
// The mean luminance of a strip of the page, in CSS px (the screenshot is at the page's dpr).
async function brightness(page, x0, y0, x1, y1) {
  const img = decodePng(await page.screenshot());
  const k = img.width / page.viewportSize().width;
  let sum = 0, n = 0;
  for (let y = y0; y < y1; y += 4)
    for (let x = x0; x < x1; x += 4) { sum += luminance(img.pixel(Math.floor(x * k), Math.floor(y * k))); ++n; }
  return sum / n;
}

async function openDemo(page) {
  await openApp(page);
  await click(page, 'Open the demo atelier');
  await page.waitForFunction(() => window.atelier.state().ready);
}

test('+ Client and + Order are modal dialogs: dimmed behind, typed into at once, Escape and × close them', async ({ page, consoleErrors }) => {
  await openDemo(page);
  const clients = (await state(page)).clients;
  // The bottom-left corner of the dashboard: far from where the dialog sits.
  const before = await brightness(page, 10, 700, 200, 790);
  await click(page, 'New client');
  await locate(page, 'New client/Name');
  await nextFrames(page, 3);
  expect((await state(page)).dialog).toBe('New client');
  expect(await brightness(page, 10, 700, 200, 790)).toBeLessThan(before * 0.8);
  // No click into the field: the dialog gave it the keyboard.
  await page.keyboard.type('Zoë Hoxhá');
  await nextFrames(page, 2);
  // The app behind takes no clicks while the dialog is open.
  await click(page, 'Board');
  expect((await state(page)).view).toBe('dashboard');
  await click(page, 'Create client');
  await page.waitForFunction(() => window.atelier.state().view === 'client');
  expect((await state(page)).clients).toBe(clients + 1);
  expect((await state(page)).dialog).toBe('');

  await click(page, 'New order for this client');
  await locate(page, 'New order/Garment');
  await nextFrames(page, 3);
  await page.keyboard.type('Robe du soir');
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  expect((await state(page)).dialog).toBe('');
  expect(await page.evaluate(() => window.atelier.locate('New order/Garment'))).toBeNull();
  // Opened again it starts afresh; the close button closes it too.
  await click(page, 'New order for this client');
  await click(page, 'Close New order');
  expect((await state(page)).dialog).toBe('');
  expect(await brightness(page, 10, 700, 200, 790)).toBeGreaterThan(before * 0.9);
  expect(consoleErrors).toEqual([]);
});

test('cancelling an order asks in a dialog; Escape keeps it as it is', async ({ page, consoleErrors }) => {
  await openDemo(page);
  const number = await page.evaluate(() => {
    for (let n = 1; n < 20000; ++n) { const o = window.atelier.order(n); if (o && o.status === 'in_production') return n; }
    return 0;
  });
  expect(number).toBeGreaterThan(0);
  // Opened through the palette, as a person finds an order by its number.
  await page.keyboard.press('Control+K');
  await nextFrames(page, 3);
  await page.keyboard.type((await order(page, number)).label);
  await nextFrames(page, 3);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.atelier.state().view === 'order' && window.atelier.state().order === n, number);
  await click(page, 'Cancel order');
  expect((await state(page)).dialog).toBe('Please confirm');
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  expect((await state(page)).dialog).toBe('');
  expect((await order(page, number)).status).toBe('in_production');
  await click(page, 'Cancel order');
  await click(page, 'Please confirm/Cancel order');
  await expect.poll(async () => (await order(page, number)).status).toBe('cancelled');
  expect(consoleErrors).toEqual([]);
});

test.describe('on a tablet held sideways', () => {
  test.use({ viewport: { width: 1194, height: 834 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  // A finger on the canvas, then the frames ImGui needs to see the press and the release.
  async function tap(page, label) {
    const r = await locate(page, label);
    await page.touchscreen.tap(r.cx, r.cy);
    await nextFrames(page, 4);
    return r;
  }

  test('a deadline is picked on the calendar by touch in the table, with no keyboard raised', async ({ page, consoleErrors }) => {
    await openApp(page);
    // The first tap of all: it acts on the button it aimed at (the page is laid out for fingers
    // only after it), and then the table's cells are finger-sized.
    await tap(page, 'Open the demo atelier');
    await page.waitForFunction(() => window.atelier.state().ready);
    await tap(page, 'Table');
    await page.waitForFunction(() => window.atelier.state().view === 'table');
    // The first row in view whose order is open for work: its deadline cell and order.
    const { label, number } = await page.evaluate(() => {
      for (const item of window.atelier.items()) {
        const m = item.match(/\/Deadline (\S+)$/);
        if (!m) continue;
        const n = parseInt(m[1], 10);
        const o = window.atelier.order(n);
        if (o && o.label === m[1] && (o.status === 'confirmed' || o.status === 'in_production')) return { label: m[1], number: n };
      }
      return { label: '', number: 0 };
    });
    expect(number).toBeGreaterThan(0);
    const before = (await order(page, number)).deadline;
    await tap(page, `Deadline ${label}`);  // selects the row
    await tap(page, `Deadline ${label}`);  // edits it: the calendar opens at once
    await locate(page, `Calendar deadline of ${label}`);
    expect(await page.evaluate(() => document.activeElement.id)).not.toBe('ime');
    const day = before.slice(0, 8) + (before.slice(8, 10) === '15' ? '16' : '15');
    const cell = await locate(page, `Day ${day}`);
    expect(cell.height).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(cell.cx, cell.cy);
    await expect.poll(async () => (await order(page, number)).deadline).toBe(day);
    await nextFrames(page, 3);
    expect(await page.evaluate((l) => window.atelier.locate(l), `Calendar deadline of ${label}`)).toBeNull();
    expect(consoleErrors).toEqual([]);
  });
});
