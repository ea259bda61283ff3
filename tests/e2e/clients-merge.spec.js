// Issue 16: two clients entered for the same person are merged through the real canvas — the
// duplicate's order moves to the client kept, the duplicate is gone, and one Undo brings it back.
const { test, expect, openApp, click, fill, state, createAtelier, clientAndOrder } = require('./lib/app');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);

test('a duplicate client is merged into the one kept, with its order, and one undo takes it back', async ({ page, consoleErrors }) => {
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page, { client: 'Léa Dubois', garment: 'Aurore' });
  await clientAndOrder(page, { client: 'Lea Dubois', garment: 'Céleste' });  // the same person, typed again
  expect((await order(page, 2)).client).toBe(2);

  await click(page, 'Open client');
  await expect.poll(async () => (await state(page)).client).toBe(2);
  await click(page, 'Merge into');
  await fill(page, 'Search clients to merge into', 'léa');
  await click(page, 'Merge into Léa Dubois');
  await click(page, 'Merge…');
  await expect.poll(async () => (await state(page)).confirm).toBe('Merge Lea Dubois into Léa Dubois?');
  await click(page, 'Merge clients');

  await expect.poll(async () => (await state(page)).clients).toBe(1);
  expect((await order(page, 2)).client).toBe(1);
  expect((await order(page, 1)).client).toBe(1);
  const s = await state(page);
  expect(s.view).toBe('client');
  expect(s.client).toBe(1);  // the page follows the merge to the client kept

  await click(page, 'Undo');
  await expect.poll(async () => (await state(page)).clients).toBe(2);
  expect((await order(page, 2)).client).toBe(2);
  expect(consoleErrors).toEqual([]);
});
