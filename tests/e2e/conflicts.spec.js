// Two devices edit the same order, and the same settings (issue 13), through the real canvas: an
// entry from the tablet arrives (window.atelier.applyEntry, the way sync will bring it) while the
// garment (or the atelier's name) is being edited here; saving keeps both values — the later in
// place, the other in a conflict record shown with one click to restore it. All of it survives a reload.
const fs = require('fs');
const { test, expect, openApp, locate, click, fill, state, createAtelier, clientAndOrder } = require('./lib/app');
const { reloadReady } = require('./lib/storage');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const tabletEntry = (seq, command) => ({
  id: `tablet-2.${seq}`, device: 'tablet-2', seq, at: '2026-12-03T08:00', who: 'Sofia', command,
});

test('a concurrent edit from the tablet becomes a conflict on the order, restored with one click', async ({ page, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page);
  expect((await state(page)).order).toBe(1);

  // Typing here while the tablet's notes and garment arrive: the notes stay, the garment conflicts.
  await fill(page, 'Garment', 'Mira');
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(1, {
    type: 'order.update', order: 1, notes: 'Ivory silk', from: { notes: '' } }))).toBe('');
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(2, {
    type: 'order.update', order: 1, garment: 'Stella', from: { garment: 'Aurore' } }))).toBe('');
  // A malformed entry is refused with the field named, and changes nothing.
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(3, {
    type: 'order.update', order: 1, price: -5 }))).toMatch(/^\/command\/price: /);
  await click(page, 'Save changes');
  await expect.poll(async () => (await order(page, 1)).garment).toBe('Mira');
  const saved = await order(page, 1);
  expect(saved.notes).toBe('Ivory silk');
  expect(saved.conflicts.length).toBe(1);
  expect(saved.conflicts[0]).toMatchObject({ field: 'garment', replaced: '"Stella"', kept: '"Mira"', replaced_who: 'Sofia' });
  await locate(page, 'Conflict banner');
  await locate(page, 'Badge CONFLICT');
  await locate(page, 'Conflicts');  // the top bar's count
  const body = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath('order-conflict.png'), body);
  await testInfo.attach('order-conflict.png', { body, contentType: 'image/png' });

  await click(page, 'Restore garment');
  await expect.poll(async () => (await order(page, 1)).garment).toBe('Stella');
  expect((await order(page, 1)).conflicts[0].state).toBe('restored');

  await page.waitForFunction(() => window.atelier.storage().state === 'saved');
  await reloadReady(page);
  const back = await order(page, 1);
  expect(back.garment).toBe('Stella');
  expect(back.notes).toBe('Ivory silk');
  expect(back.conflicts[0].state).toBe('restored');
  expect(consoleErrors).toEqual([]);
});

test('Settings keep what is typed while the tablet changes the atelier; the same setting waits in the Conflicts list', async ({ page, consoleErrors }) => {
  await openApp(page);
  await createAtelier(page);
  await click(page, 'Settings');
  await page.waitForFunction(() => window.atelier.state().view === 'settings');
  const currency = (await state(page)).currency;

  // The name is typed here; the tablet changes the currency (untouched here) and then the name.
  await fill(page, 'Name', 'Maison Laptop');
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(1, {
    type: 'atelier.update', currency: 'CHF', from: { currency } }))).toBe('');
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(2, {
    type: 'atelier.update', name: 'Maison Tablet', from: { name: 'Maison Ødegård' } }))).toBe('');
  await click(page, 'Save settings');
  await expect.poll(async () => (await state(page)).name).toBe('Maison Laptop');
  expect((await state(page)).currency).toBe('CHF');  // the save did not put the old currency back
  await locate(page, 'Conflicts list');
  await locate(page, 'Settings conflict');

  await click(page, 'Restore name');
  await expect.poll(async () => (await state(page)).name).toBe('Maison Tablet');
  await expect.poll(() => page.evaluate(() => window.atelier.locate('Conflicts list'))).toBe(null);

  await page.waitForFunction(() => window.atelier.storage().state === 'saved');
  await reloadReady(page);
  expect((await state(page)).name).toBe('Maison Tablet');
  expect((await state(page)).currency).toBe('CHF');
  expect(consoleErrors).toEqual([]);
});
