// Issue 17, CSV through the real canvas: the table exported (a download with the BOM and the
// table's header), a CSV with a bad row chosen in the file picker (its line named, nothing
// changed), then a good one imported, and one Undo taking the whole import back.
const fs = require('fs');
const { test, expect, locate, click, nextFrames } = require('./lib/app');
const { openDemo } = require('./lib/storage');

const stateOf = (page) => page.evaluate(() => window.atelier.state());
// Labels without their window path ("Import CSV/import rows_…/Import line 3: …"); a label may hold '/' (a date).
const label = (page, start) => page.evaluate((s) => {
  const l = window.atelier.items().find((x) => x.includes('/' + s));
  return l === undefined ? undefined : l.slice(l.indexOf('/' + s) + 1);
}, start);

async function chooseCsv(page, label, name, text) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await expect.poll(async () => (await stateOf(page)).dialog).toBe('Import CSV');
  await nextFrames(page, 3);
}

test('the table exports as CSV; a bad file imports nothing; a good one imports in one step that Undo takes back', async ({ page, consoleErrors }, testInfo) => {
  await openDemo(page);
  await click(page, 'Table');
  await nextFrames(page, 3);

  await click(page, 'Export CSV');
  await nextFrames(page, 2);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Semicolon-separated')]);
  expect(download.suggestedFilename()).toMatch(/^orders-[A-Z]+-\d{4}-\d\d-\d\d\.csv$/);
  const file = testInfo.outputPath('orders.csv');
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0].startsWith('Order;Client;')).toBe(true);
  expect(lines.length - 2).toBe((await stateOf(page)).orders);  // every order (no filter), then the final CRLF

  const before = await stateOf(page);
  await chooseCsv(page, 'Import CSV', 'bad.csv', 'Client,Deadline,Price\nAmira Hoxha,2026-09-01,100\nOla Nordmann,31/02/2026,-5\n');
  const problem = await label(page, 'Import line 3: ');
  expect(problem).toContain('deadline “31/02/2026” is not a date');
  await click(page, 'Import rows');  // disabled: all rows or none
  await nextFrames(page, 3);
  expect((await stateOf(page)).orders).toBe(before.orders);
  await click(page, 'Cancel##import');
  await expect.poll(async () => (await stateOf(page)).dialog).toBe('');

  await chooseCsv(page, 'Import CSV', 'good.csv',
    '\ufeffClient;Deadline;Garment;Price;Deposit\nAmira Hoxha;01/09/2026;Mira;1 200,00;300,00\nOla Nordmann;2026-09-02;Veil;90;\n');
  expect(await label(page, 'Import summary: ')).toBe('Import summary: 2 rows · 2 new clients · 2 orders');
  await click(page, 'Import rows');
  await expect.poll(async () => (await stateOf(page)).orders).toBe(before.orders + 2);
  expect((await stateOf(page)).clients).toBe(before.clients + 2);
  await click(page, 'Undo');
  await expect.poll(async () => (await stateOf(page)).orders).toBe(before.orders);
  expect((await stateOf(page)).clients).toBe(before.clients);
  expect(consoleErrors).toEqual([]);
});
