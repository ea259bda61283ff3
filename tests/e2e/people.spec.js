// Issue 16, people and roles through the real canvas: the owner lists Marie as staff with a PIN,
// locks the tablet, a wrong PIN keeps it locked, Marie's PIN opens it — and Marie sees no money:
// no Payments on the order page, no Price or Owed column, no Balance outstanding, no Pipelines,
// no atelier settings. A reload keeps her as the person working here.
const fs = require('fs');
const { test, expect, click, fill, locate, state } = require('./lib/app');
const { openDemo, reloadReady } = require('./lib/storage');

const items = (page) => page.evaluate(() => window.atelier.items());
const drawn = async (page, label) => (await items(page)).some((i) => i.endsWith('/' + label));

test('staff role sees no money', async ({ page, consoleErrors }, testInfo) => {
  await openDemo(page);
  await click(page, 'Settings');
  await click(page, 'People and roles');
  await fill(page, 'Your name', 'Ana');
  await click(page, 'Start the list');
  await locate(page, 'person Ana');
  await fill(page, 'Name##new person', 'Marie');
  await click(page, 'Role##new person');
  await click(page, 'Staff##Role##new person 2');
  await fill(page, 'PIN##new person', '2468');
  await click(page, 'Add person');
  await locate(page, 'PIN set Marie');
  expect((await state(page)).role).toBe('owner');

  await click(page, 'Lock now');
  await locate(page, 'Locked. Who is working?');
  expect((await state(page)).locked).toBe(true);
  await click(page, 'Marie##unlock');
  await fill(page, 'PIN##unlock', '1357');
  await click(page, 'Unlock as Marie');
  await locate(page, 'Lock error: that PIN does not open Marie');
  await fill(page, 'PIN##unlock', '2468');
  await click(page, 'Unlock as Marie');
  await page.waitForFunction(() => !window.atelier.state().locked);
  const s = await state(page);
  expect(s.person).toBe('Marie');
  expect(s.role).toBe('staff');

  // The top bar: no Pipelines; the table: no money columns.
  expect(await drawn(page, 'Pipelines')).toBe(false);
  await click(page, 'Table');
  await locate(page, 'Client');
  for (const money of ['Price', 'Owed', 'Deposit paid']) expect(await drawn(page, money)).toBe(false);
  // The dashboard: the work, not the money.
  await click(page, 'Dashboard');
  await locate(page, 'Show Overdue');
  expect(await drawn(page, 'Balance outstanding')).toBe(false);
  expect(await drawn(page, 'Show Payments due now')).toBe(false);
  // An order page (from the dashboard's first listed order): no Payments, no Price, no Cancel order.
  const labels = (await items(page)).map((i) => i.slice(i.lastIndexOf('/') + 1));
  const line = labels.find((l) => /^\d+-[A-Z]{3}  /.test(l));
  expect(line).toBeTruthy();
  await click(page, line);
  await page.waitForFunction(() => window.atelier.state().view === 'order');
  await locate(page, 'Details');
  for (const money of ['Payments', 'Price', 'Cancel order', 'Rush fee']) expect(await drawn(page, money)).toBe(false);
  const body = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath('staff-order-1280x800.png'), body);
  await testInfo.attach('staff-order-1280x800.png', { body, contentType: 'image/png' });
  // Settings: this device only.
  await click(page, 'Settings');
  await locate(page, 'Working here: Marie (Staff)');
  expect(await drawn(page, 'Save settings')).toBe(false);
  expect(await drawn(page, 'People and roles')).toBe(false);

  // The person working here is remembered by this device.
  await reloadReady(page);
  expect((await state(page)).person).toBe('Marie');
  expect((await state(page)).role).toBe('staff');
  expect(consoleErrors).toEqual([]);
});
