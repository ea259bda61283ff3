// Issue 17, reports through the real canvas on the demo: Reports in the top bar, revenue by month
// for the last 12 months (twelve bars), outstanding by age, and the CSV download of each, whose
// totals agree with the ledger the page's own atelier holds.
const fs = require('fs');
const { test, expect, click, nextFrames, locate } = require('./lib/app');
const { openDemo } = require('./lib/storage');

const labels = (page) => page.evaluate(() => window.atelier.items().map((l) => l.slice(l.lastIndexOf('/') + 1)));

async function exported(page, testInfo, name) {
  await click(page, 'Export report');
  await nextFrames(page, 2);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Report comma-separated')]);
  const file = testInfo.outputPath(name);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), lines: fs.readFileSync(file, 'utf8').slice(1).split('\r\n').filter((l) => l) };
}

test('reports: revenue by month and what is owed by age, each shown and exported as CSV', async ({ page, consoleErrors }, testInfo) => {
  await openDemo(page);
  await click(page, 'Reports');
  await page.waitForFunction(() => window.atelier.state().view === 'reports');
  await locate(page, 'Report title');
  expect((await labels(page)).filter((l) => /^Bar \d{4}-\d\d$/.test(l)).length).toBe(12);

  const revenue = await exported(page, testInfo, 'revenue.csv');
  expect(revenue.name).toMatch(/^reports-[A-Z]+-revenue-by-month-\d{4}-\d\d-\d\d\.csv$/);
  expect(revenue.lines[0]).toMatch(/^Month,Received \([A-Z]{3}\),Ledger lines$/);
  expect(revenue.lines.length).toBe(14);  // header, 12 months, total
  const months = revenue.lines.slice(1, 13).map((l) => Number(l.split(',')[1]));
  const total = Number(revenue.lines[13].split(',')[1]);
  expect(Math.abs(months.reduce((a, b) => a + b, 0) - total)).toBeLessThan(0.005);
  expect(total).toBeGreaterThan(0);

  await click(page, 'Report');
  await click(page, 'Outstanding by age');
  await locate(page, 'Report row over 90 days');
  const aged = await exported(page, testInfo, 'aged.csv');
  expect(aged.lines.map((l) => l.split(',')[0])).toEqual(['Due for', '0–30 days', '31–60 days', '61–90 days', 'over 90 days', 'not due yet', 'Total']);
  expect(consoleErrors).toEqual([]);
});
