// The workspace as a person uses it, through the real canvas: forms, board drag and drop with
// the QC gate, payments and the dashboard; table inline edit, filters, undo and the palette;
// wheel scrolling; and the same on a tablet by touch. Screenshots are kept as artifacts.
const fs = require('fs');
const { test, expect, openApp, locate, click, nextFrames, drag, fill, state, createAtelier } = require('./lib/app');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
// The label of the first item drawn whose label starts with `prefix` (items() lists "window/label",
// and child windows' names contain slashes themselves).
const itemStarting = (page, prefix) => page.evaluate((p) => {
  const hit = window.atelier.items().find((i) => i.includes('/' + p));
  return hit ? hit.slice(hit.indexOf('/' + p) + 1) : '';
}, prefix);
const shot = async (page, testInfo, name) => {
  const body = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath(name), body);
  await testInfo.attach(name, { body, contentType: 'image/png' });
};

// A client with a chest measurement and a tailoring order for them, through the forms.
async function clientWithOrder(page) {
  await click(page, 'New client');
  await fill(page, 'New client/Name', 'Müller née Ødegård');
  await click(page, 'Create client');
  await page.waitForFunction(() => window.atelier.state().view === 'client');
  await fill(page, 'Measurement name 1', 'chest');
  await fill(page, 'Measurement value 1', '92 cm');
  await click(page, 'Save measurements');
  await click(page, 'New order for this client');
  await fill(page, 'New order/Garment', 'Three-piece suit');
  await fill(page, 'New order/Price', '1800');
  await click(page, 'Create order');
  await page.waitForFunction(() => window.atelier.state().view === 'order');
  expect((await state(page)).order).toBe(1);
}

test('client, order with override, board moves with the QC gate, payment, dashboard', async ({ page, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientWithOrder(page);

  await click(page, 'Measurements');
  await fill(page, 'Override chest', '94 cm', { enter: true });
  expect((await order(page, 1)).overrides).toEqual([{ name: 'chest', value: '94cm' }]);
  await click(page, 'Confirm order');
  await expect.poll(async () => (await order(page, 1)).status).toBe('confirmed');
  const before = (await state(page)).dashboard;

  await click(page, 'Board');
  await drag(page, 'Card 1-BFG', 'Column Cutting');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('cutting');
  await drag(page, 'Card 1-BFG', 'Column Sewing');
  await drag(page, 'Card 1-BFG', 'Column Fitting');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('fitting');

  // A failed QC keeps the order in the fitting stage, and the board says why.
  await click(page, 'QC fail 1-BFG');
  await fill(page, 'What to fix', 'Left sleeve 1 cm long');
  await click(page, 'Record QC fail');
  await drag(page, 'Card 1-BFG', 'Column Finishing');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('fitting');
  const message = await itemStarting(page, 'Board message: 1-BFG');
  expect(message).toContain('QC');
  expect(message).toContain('Left sleeve');
  await shot(page, testInfo, 'board-qc-refused-1280x800.png');

  await click(page, 'QC pass 1-BFG');
  await drag(page, 'Card 1-BFG', 'Column Finishing');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('finishing');

  // Paid in full from the order's payments ledger.
  await click(page, 'Card 1-BFG');
  await page.waitForFunction(() => window.atelier.state().view === 'order');
  await click(page, 'Payments');
  await fill(page, 'Payment amount', '1800');
  await click(page, 'Record payment');
  await expect.poll(async () => (await order(page, 1)).owed).toBe(0);
  await click(page, 'Dashboard');
  const after = (await state(page)).dashboard;
  expect(after.received_this_month - before.received_this_month).toBe(180000);
  expect(before.outstanding - after.outstanding).toBe(180000);
  await shot(page, testInfo, 'dashboard-1280x800.png');
  expect(consoleErrors).toEqual([]);
});

test('table: inline deadline edit makes the order overdue, the overdue filter finds it, undo, palette', async ({ page, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientWithOrder(page);
  await click(page, 'Confirm order');
  await click(page, 'Table');
  const today = (await state(page)).today;
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const yesterday = d.toISOString().slice(0, 10);
  const deadline = (await order(page, 1)).deadline;

  // A first click selects the row, a second on the selected row's cell edits it (as a tap does).
  await click(page, 'Deadline 1-BFG');
  await click(page, 'Deadline 1-BFG');
  await fill(page, 'Edit deadline', yesterday, { enter: true });
  await expect.poll(async () => (await order(page, 1)).deadline).toBe(yesterday);
  await expect.poll(async () => (await state(page)).dashboard.overdue).toBe(1);

  await click(page, 'Overdue');
  expect((await state(page)).prefs.filter).toEqual(['overdue']);
  expect(await locate(page, 'Matches: 1')).not.toBeNull();
  await shot(page, testInfo, 'table-overdue-1280x800.png');

  await page.keyboard.press('Control+Z');
  await nextFrames(page, 3);
  await expect.poll(async () => (await order(page, 1)).deadline).toBe(deadline);
  await expect.poll(async () => (await state(page)).dashboard.overdue).toBe(0);
  expect(await locate(page, 'Matches: 0')).not.toBeNull();

  // Ctrl+K, type part of the client's name without accents, Enter: the order opens.
  await page.keyboard.press('Control+K');
  await nextFrames(page, 3);
  expect((await state(page)).palette).toBe(true);
  await page.keyboard.type('odegard');
  await nextFrames(page, 3);
  await page.keyboard.press('Enter');
  await nextFrames(page, 3);
  const s = await state(page);
  expect(s.palette).toBe(false);
  expect(s.view).toBe('order');
  expect(s.order).toBe(1);
  expect(consoleErrors).toEqual([]);
});

test('one wheel notch down over the table moves it down a few rows', async ({ page }) => {
  await openApp(page);
  await click(page, 'Open the demo atelier');
  await click(page, 'Table');
  expect(await itemStarting(page, 'First visible row ')).toBe('First visible row 0');
  const table = await locate(page, 'Orders table');
  await page.mouse.move(table.cx, table.cy);
  await nextFrames(page, 2);
  await page.mouse.wheel(0, 100);
  await nextFrames(page, 4);
  const row = Number((await itemStarting(page, 'First visible row ')).split(' ').pop());
  expect(row).toBeGreaterThanOrEqual(1);
  expect(row).toBeLessThanOrEqual(10);
  await page.mouse.wheel(0, -100);
  await nextFrames(page, 4);
  expect(await itemStarting(page, 'First visible row ')).toBe('First visible row 0');
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 834, height: 1194 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  const tap = async (page, label) => {
    const r = await locate(page, label);
    await page.touchscreen.tap(r.cx, r.cy);
    await nextFrames(page, 4);
  };
  const type = async (page, label, text) => {
    await tap(page, label);
    expect(await page.evaluate(() => document.activeElement.id)).toBe('ime');
    await page.keyboard.insertText(text);
    await nextFrames(page, 3);
  };

  test('create by taps and on-screen typing, then drag a card by touch', async ({ page, consoleErrors }, testInfo) => {
    await openApp(page);
    await type(page, 'Atelier name', 'Atelier Ødegård');
    await type(page, 'Company code', 'BFG');
    await tap(page, 'Bespoke tailoring');
    await tap(page, 'Create atelier');
    await page.waitForFunction(() => window.atelier.state().ready);
    expect((await state(page)).name).toBe('Atelier Ødegård');
    await tap(page, 'New client');
    await type(page, 'New client/Name', 'Zoë Hoxhá');
    await tap(page, 'Create client');
    await page.waitForFunction(() => window.atelier.state().view === 'client');
    expect((await state(page)).clients).toBe(1);
    await tap(page, 'New order for this client');
    await tap(page, 'Create order');
    await page.waitForFunction(() => window.atelier.state().view === 'order');
    await tap(page, 'Confirm order');
    await expect.poll(async () => (await order(page, 1)).status).toBe('confirmed');
    await tap(page, 'Board');

    // A finger drag through CDP touch events: press on the card, move in steps, lift on the column.
    const from = await locate(page, 'Card 1-BFG');
    const to = await locate(page, 'Column Cutting');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent',
      { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.cx, from.cy);
    await nextFrames(page, 4);
    for (let i = 1; i <= 10; ++i) {
      await touch('touchMove', from.cx + ((to.cx - from.cx) * i) / 10, from.cy + ((to.cy - from.cy) * i) / 10);
      await nextFrames(page, 1);
    }
    await nextFrames(page, 2);
    await touch('touchEnd', to.cx, to.cy);
    await nextFrames(page, 4);
    await expect.poll(async () => (await order(page, 1)).stage).toBe('cutting');
    await shot(page, testInfo, 'tablet-board-834x1194.png');
    expect(consoleErrors).toEqual([]);
  });
});

test('the view, its filters and the column layout are there again after a reload', async ({ page }) => {
  await openApp(page);
  await click(page, 'Open the demo atelier');
  await click(page, 'Table');
  await click(page, 'Overdue');
  const matches = await itemStarting(page, 'Matches: ');
  expect(matches).not.toBe('');
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  const s = await state(page);
  expect(s.view).toBe('table');
  expect(s.prefs.filter).toEqual(['overdue']);
  expect(await locate(page, matches)).not.toBeNull();
});
