// Issue 16: a deposit refunded through the real canvas — recorded, refunded from the order's
// payments, the balance shown back at the full total, the ledger and the history listing both.
const fs = require('fs');
const { test, expect, openApp, click, fill, createAtelier, clientAndOrder } = require('./lib/app');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
// The first drawn label starting with `prefix` (items() lists "window/label").
const itemStarting = (page, prefix) => page.evaluate((p) => {
  const hit = window.atelier.items().find((i) => i.includes('/' + p));
  return hit ? hit.slice(hit.indexOf('/' + p) + 1) : '';
}, prefix);

test('a deposit is refunded: the balance returns to the full total and the ledger keeps both lines', async ({ page, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page, { price: '1200' });
  await click(page, 'Payments');
  const full = await itemStarting(page, 'Balance owed ');
  expect(full).not.toBe('');

  await fill(page, 'Payment amount', '400');
  await click(page, 'Record payment');
  await expect.poll(async () => (await order(page, 1)).owed).toBe(80000);
  await expect.poll(() => itemStarting(page, 'Balance owed ')).not.toBe(full);

  await click(page, 'Refund…');
  await fill(page, 'Refund reason', 'deposit returned: the wedding moved');
  await click(page, 'Record refund');  // the amount as prefilled: all that was paid
  await expect.poll(async () => (await order(page, 1)).owed).toBe(120000);
  await expect.poll(() => itemStarting(page, 'Balance owed ')).toBe(full);

  const o = await order(page, 1);
  expect(o.payments.length).toBe(2);
  expect(o.payments[1].refund).toBe(true);
  expect(o.payments[1].amount).toBe(40000);
  expect(o.payments[1].note).toBe('deposit returned: the wedding moved');
  expect(await itemStarting(page, 'Ledger #1: Payment ')).not.toBe('');
  expect(await itemStarting(page, 'Ledger #2: Refund ')).not.toBe('');
  const whats = o.history.map((h) => h.what);
  expect(whats).toContain('order.pay');
  expect(whats).toContain('order.refund');
  const body = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath('ledger-refund-1280x800.png'), body);
  await testInfo.attach('ledger-refund-1280x800.png', { body, contentType: 'image/png' });
  expect(consoleErrors).toEqual([]);
});
