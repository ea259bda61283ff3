// Issue 18's walk through the real canvas: a style taken toward Production Ready, a customer's sales
// order confirmed, a production order made from it in one click, released too early (refused with
// the core's reason), released once Production Ready, two batches moved through the stages on the
// Floor tab's cards, the materials summary, and the ship-date risk on the order and the dashboard.
const { test, expect, click, fill, locate } = require('./lib/app');
const { openDemo } = require('./lib/storage');
const { production, sales, firstNumber, goTo, newStyle, startTwoBatches } = require('./lib/production');

test.use({ viewport: { width: 1280, height: 1900 } });

// The label of the first drawn item that starts and ends so (items() lists "window/child/label").
const labelWhere = (page, startsWith, endsWith) => page.evaluate(([p, e]) => {
  for (const i of window.atelier.items()) {
    const at = i.lastIndexOf('/' + p);
    const label = at < 0 ? '' : i.slice(at + 1);
    if (label && label.endsWith(e)) return label;
  }
  return '';
}, [startsWith, endsWith]);

test('style → sales order → production order in one click → release refused, then released → two batches through the floor → materials and ship-date risk', async ({ page, consoleErrors }) => {
  test.setTimeout(180000);  // a long walk through the canvas: over a minute on a busy 2-core machine
  await openDemo(page);
  await goTo(page, 'production');
  await newStyle(page, { code: 'AW27-CT02', name: 'Wool coat', sizes: 'S, M', colourways: 'Camel, Black', material: 'Melton wool', quantities: '2.5, 2.75' });
  for (const state of ['Design', 'Approval']) await click(page, `Move to ${state}`);

  // The customer's order: a shop from the clients, its lines from the grid.
  await click(page, 'Tab Sales orders');
  await click(page, 'New sales order');
  await click(page, 'Customer');
  await fill(page, 'Find customer', 'a');
  const customer = await labelWhere(page, 'Customer ', '');
  expect(customer).toBeTruthy();
  await click(page, customer);
  await fill(page, 'Sales season', 'AW27');
  await fill(page, 'Sales currency', 'USD');
  await fill(page, 'Sales price', '180.00');
  await fill(page, 'Sales Camel S', '6');
  await fill(page, 'Sales Camel M', '9');
  await fill(page, 'Sales Black M', '4');
  await click(page, 'Add sales lines');
  await locate(page, 'Sales lines');
  await click(page, 'Create sales order');
  const so = await firstNumber(page, 'sales');
  expect((await sales(page, so)).state).toBe('draft');
  expect((await sales(page, so)).lines.length).toBe(3);
  expect((await sales(page, so)).currency).toBe('USD');
  await click(page, 'Confirm sales order');
  await expect.poll(async () => (await sales(page, so)).state).toBe('confirmed');

  // One click: the production order, its matrix the lines, linked both ways.
  await click(page, 'Sales pipeline');
  await click(page, 'Sales pipeline Tailored suit');  // five stages
  await click(page, 'Make production order AW27-CT02');
  const po = await firstNumber(page, 'production');
  const made = await production(page, po);
  expect(made.sales_order).toBe(so);
  expect(made.matrix.map((c) => `${c.colour} ${c.size} ${c.quantity}`)).toEqual(['Camel S 6', 'Camel M 9', 'Black M 4']);
  await click(page, `Sales production ${made.label}`);
  await locate(page, 'Production sales order');

  // Too early: the tech pack is only in Approval.
  await click(page, 'Release');
  await locate(page, 'Production problem');
  expect((await production(page, po)).state).toBe('draft');
  await click(page, 'Move to Production Ready');
  await click(page, 'Release');
  await expect.poll(async () => (await production(page, po)).state).toBe('released');

  await startTwoBatches(page, po, 'Black');  // Camel S 6, M 9; Black M 4
  await expect.poll(async () => (await sales(page, so)).state).toBe('in_production');
  await locate(page, 'Required Melton wool');  // the materials summary: 6 × 2.5 + 13 × 2.75

  // The customer moves the ship date to three days from now with pieces still to make: at risk,
  // on the order and on the dashboard.
  const today = await page.evaluate(() => window.atelier.state().today);
  const near = new Date(`${today}T00:00:00Z`);
  near.setUTCDate(near.getUTCDate() + 3);
  await click(page, 'Production sales order');
  await fill(page, 'New ship date', near.toISOString().slice(0, 10));
  await click(page, 'Change ship date');
  await expect.poll(async () => (await sales(page, so)).at_risk).toBe(true);
  await locate(page, 'Ship date at risk');
  await goTo(page, 'dashboard');
  await locate(page, `Ship dates at risk ${so}`);
  await click(page, `Ship dates at risk ${so}`);
  await locate(page, 'Ship date at risk');

  // Through the stages from the Floor tab: each batch's card, wherever its pieces wait.
  const num = made.label.replace(/^PO /, '');
  for (const batch of [1, 2]) {
    for (let stages = 0; ; ++stages) {
      expect(stages).toBeLessThan(20);
      await click(page, 'Tab Floor');
      const card = await labelWhere(page, 'Floor card ', ` ${num} ${batch}`);
      if (!card) break;
      await click(page, card);
      await locate(page, `Batch done ${batch}`);
      const before = JSON.stringify((await production(page, po)).batches[batch - 1].progress || []);
      await click(page, `Batch done ${batch}`);
      await expect.poll(async () => JSON.stringify((await production(page, po)).batches[batch - 1].progress || [])).not.toBe(before);
    }
  }
  const done = await production(page, po);
  expect(done.batches.every((b) => b.progress.length === 5)).toBe(true);

  // Every piece made: no longer at risk; shipped, then invoiced. The order from the table of all.
  await click(page, 'Tab All production orders');
  await click(page, `Row ${made.label}`);
  await locate(page, 'Production state');
  await click(page, 'Production sales order');
  await locate(page, 'Sales state');
  await expect.poll(async () => (await sales(page, so)).at_risk).toBe(false);
  await fill(page, 'Ship pieces AW27-CT02 Camel', '15');
  await click(page, 'Ship AW27-CT02 Camel');
  await expect.poll(async () => (await sales(page, so)).state).toBe('in_production');
  await fill(page, 'Ship pieces AW27-CT02 Black', '5');
  await click(page, 'Ship AW27-CT02 Black');
  await locate(page, 'Sales problem');  // 4 were ordered
  await fill(page, 'Ship pieces AW27-CT02 Black', '4');
  await click(page, 'Ship AW27-CT02 Black');
  await expect.poll(async () => (await sales(page, so)).state).toBe('shipped');
  await click(page, 'Invoice sales order');
  await expect.poll(async () => (await sales(page, so)).state).toBe('invoiced');
  expect((await sales(page, so)).invoice).toMatch(/^\d{4}-\d{4}$/);
  expect(consoleErrors).toEqual([]);
});
