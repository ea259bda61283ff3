// Issue 17, printed documents through the real canvas: a collected order of the demo is invoiced
// (Issue invoice), gets the year's next number, and Print invoice opens the invoice in a new tab;
// Chromium prints that tab to PDF and pdftotext reads back the number, the total and the balance
// the order page shows. The job card prints too, with no money on it.
const fs = require('fs');
const { execFileSync } = require('child_process');
const { test, expect, locate, click, nextFrames } = require('./lib/app');
const { openDemo } = require('./lib/storage');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

async function printed(page, context, label, testInfo, name) {
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, label)]);
  await tab.waitForLoadState('load');
  const file = testInfo.outputPath(name);
  fs.writeFileSync(file, await tab.pdf({ format: 'A4' }));
  const css = await tab.evaluate(() => getComputedStyle(document.querySelector('td.n') || document.body).textAlign);
  await tab.close();
  return { text: pdfText(file), css };
}

test('an invoice is issued with the next number and printed to PDF; the job card too', async ({ page, context, consoleErrors }, testInfo) => {
  await openDemo(page);
  const number = await page.evaluate(() => {
    for (let n = 1; n < 20000; ++n) {
      const o = window.atelier.order(n);
      if (o && (o.status === 'collected' || o.status === 'shipped') && !o.invoice) return n;
    }
    return 0;
  });
  expect(number).toBeGreaterThan(0);
  const label = (await order(page, number)).label;
  await page.keyboard.press('Control+K');
  await nextFrames(page, 3);
  await page.keyboard.type(label);
  await nextFrames(page, 3);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.atelier.state().view === 'order' && window.atelier.state().order === n, number);

  await click(page, 'Issue invoice');
  const year = (await page.evaluate(() => window.atelier.state().today)).slice(0, 4);
  await expect.poll(async () => (await order(page, number)).invoice).toBe(`${year}-0001`);
  const owes = (await page.evaluate(() => window.atelier.items()))
    .map((l) => l.slice(l.lastIndexOf('/') + 1)).find((l) => l.startsWith('Header owes '));
  expect(owes).toBeTruthy();
  const balance = owes.slice('Header owes '.length);

  const invoice = await printed(page, context, 'Print invoice', testInfo, 'invoice.pdf');
  expect(invoice.text).toContain(`Invoice ${year}-0001`);
  expect(invoice.text).toContain(label);
  expect(invoice.text).toMatch(new RegExp(`Balance due\\s+${balance.replace(/[.]/g, '\\.')}`));
  expect(invoice.text).toMatch(/Total\s+[\d,]+\.\d\d [A-Z]{3}/);
  expect(invoice.css).toBe('right');  // documents.css reached the blob page (the app's CSP allows no inline style)

  const card = await printed(page, context, 'Print job card', testInfo, 'job-card.pdf');
  expect(card.text).toContain(`Job card ${label}`);
  expect(card.text).toContain('Measurements');
  const currency = (await page.evaluate(() => window.atelier.state().currency));
  expect(card.text).not.toContain(' ' + currency);  // no money for the workroom
  expect(consoleErrors).toEqual([]);
});
