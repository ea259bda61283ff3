// Issue 17, printed documents through the real canvas: a collected order of the demo is invoiced
// (Issue invoice), gets the year's next number, and Print invoice opens the invoice in a new tab;
// Chromium prints that tab to PDF and pdftotext reads back the number, the total and the balance
// the order page shows. The job card prints too, with no money on it. Then in a new atelier: the
// logo chosen in Settings is on the quote, the job card carries the order's photo and a QR code
// whose link, opened, shows that order.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect, openApp, locate, click, nextFrames, createAtelier, clientAndOrder } = require('./lib/app');
const { openDemo } = require('./lib/storage');
const { greyPng } = require('./lib/images');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

// Opens order `number` through the palette (Ctrl+K), by its label, as a user finds it.
async function openOrder(page, label, number) {
  await page.keyboard.press('Control+K');
  await nextFrames(page, 3);
  await page.keyboard.type(label);
  await nextFrames(page, 3);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.atelier.state().view === 'order' && window.atelier.state().order === n, number);
}

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
  await openOrder(page, label, number);

  await click(page, 'Issue invoice');
  const year = (await page.evaluate(() => window.atelier.state().today)).slice(0, 4);
  await expect.poll(async () => (await order(page, number)).invoice).toBe(`${year}-0001`);
  const owes = (await page.evaluate(() => window.atelier.items()))
    .map((l) => l.slice(l.lastIndexOf('/') + 1)).find((l) => l.startsWith('Header owes '));
  expect(owes).toBeTruthy();
  // The page writes the amount the device's way ("€1,234.50"), the invoice the client's (here the same).
  const balance = owes.slice('Header owes '.length).replace(/[^\d.,]/g, '');

  const invoice = await printed(page, context, 'Print invoice', testInfo, 'invoice.pdf');
  expect(invoice.text).toContain(`Invoice ${year}-0001`);
  expect(invoice.text).toContain(label);
  expect(invoice.text).toMatch(new RegExp(`Balance due\\s+\\D{0,4}${balance.replace(/[.]/g, '\\.')}`));
  expect(invoice.text).toMatch(/Total\s+(€|£|\$|[A-Z]{3} )[\d,]+\.\d\d/);
  expect(invoice.css).toBe('right');  // documents.css reached the blob page (the app's CSP allows no inline style)

  const card = await printed(page, context, 'Print job card', testInfo, 'job-card.pdf');
  expect(card.text).toContain(`Job card ${label}`);
  expect(card.text).toContain('Measurements');
  expect(card.text).not.toMatch(/(€|£|\$|\b[A-Z]{3} )\d/);  // no money for the workroom
  expect(consoleErrors).toEqual([]);
});

async function pick(page, button, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, button)]);
  await chooser.setFiles([file]);
}

// Scrolls the view under the mouse until `label` is drawn (Settings' Documents section is below
// the fold at 1280×720).
async function scrollTo(page, label) {
  const box = await locate(page, 'Documents');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 20 && !(await page.evaluate((l) => window.atelier.locate(l), label)); ++i) {
    await page.mouse.wheel(0, 200);
    await nextFrames(page, 3);
  }
}

function write(testInfo, name, bytes) {
  const p = testInfo.outputPath(name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, bytes);
  return p;
}

// The page a button opens in a new tab: what it shows of its pictures and its QR code.
async function opened(page, context, label) {
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, label)]);
  await tab.waitForLoadState('load');
  const seen = await tab.evaluate(async () => {
    const imgs = Array.from(document.querySelectorAll('img'));
    await Promise.all(imgs.map((i) => (i.complete ? null : new Promise((r) => { i.onload = r; i.onerror = r; }))));
    return {
      title: document.title,
      pictures: imgs.map((i) => ({ cls: i.className, data: (i.getAttribute('src') || '').startsWith('data:image/'), width: i.naturalWidth })),
      qr: !!document.querySelector('svg.qr path'),
    };
  });
  return { tab, seen };
}

test('the logo prints on the quote; the job card shows the order photo and a QR code that opens the order', async ({ page, context, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page);
  await click(page, 'Settings');
  await click(page, 'Documents');
  await scrollTo(page, 'Choose logo');
  await pick(page, 'Choose logo', write(testInfo, 'logo.png', greyPng(400, 150, 40)));
  await locate(page, 'Remove logo', { timeout: 15000 });

  await openOrder(page, '1-BFG', 1);
  await click(page, 'Photos');
  await pick(page, 'Add photos', write(testInfo, 'toile.png', greyPng(800, 600, 200)));
  await expect.poll(async () => ((await page.evaluate(() => window.atelier.order(1))).images || []).length, { timeout: 15000 }).toBe(1);

  const quote = await opened(page, context, 'Print quote');
  expect(quote.seen.title).toBe('Quote 1-BFG');
  expect(quote.seen.pictures).toEqual([{ cls: 'logo', data: true, width: expect.any(Number) }]);
  expect(quote.seen.pictures[0].width).toBeGreaterThan(0);  // the logo's bytes reached the page (CSP allows data: images)
  const file = testInfo.outputPath('quote.pdf');
  fs.writeFileSync(file, await quote.tab.pdf({ format: 'A4' }));
  expect(pdfText(file)).toMatch(/Quote 1-BFG[\s\S]*Valid until/);
  await quote.tab.close();

  const card = await opened(page, context, 'Print job card');
  expect(card.seen.qr).toBe(true);
  expect(card.seen.pictures.length).toBe(1);
  expect(card.seen.pictures[0]).toMatchObject({ cls: 'thumb', data: true });
  expect(card.seen.pictures[0].width).toBeGreaterThan(0);
  await card.tab.close();

  // The QR code's link (core/documents order_link: the app's address, ?order=1) opens the order.
  const link = await page.evaluate(() => location.origin + location.pathname + '?order=1');
  await page.goto(link);
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready && window.atelier.state().view === 'order' && window.atelier.state().order === 1,
                             null, { timeout: 20000 });
  expect(consoleErrors).toEqual([]);
});

test('an atelier writing French prints its quote in French; the job card follows the device', async ({ page, context, consoleErrors }, testInfo) => {
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page, { price: '1234.50' });
  await click(page, 'Settings');
  await click(page, 'Documents');
  await scrollTo(page, 'Client language');
  await click(page, 'Client language');
  await click(page, 'Client language: fr');
  // The mouse is still over Settings (scrollTo put it there): on down to the button.
  for (let i = 0; i < 20 && !(await page.evaluate(() => window.atelier.locate('Save settings'))); ++i) {
    await page.mouse.wheel(0, 200);
    await nextFrames(page, 3);
  }
  await click(page, 'Save settings');
  await expect.poll(() => page.evaluate(() => window.atelier.state().view)).toBe('settings');
  await nextFrames(page, 3);

  await openOrder(page, '1-BFG', 1);

  const quote = await opened(page, context, 'Print quote');
  expect(quote.seen.title).toBe('Devis 1-BFG');
  expect(await quote.tab.evaluate(() => document.documentElement.lang)).toBe('fr');
  const file = testInfo.outputPath('devis.pdf');
  fs.writeFileSync(file, await quote.tab.pdf({ format: 'A4' }));
  const text = pdfText(file);
  expect(text).toMatch(/Devis 1-BFG[\s\S]*Valable jusqu’au/);
  expect(text).toMatch(/1\s234,50\s€/);  // French grouping and the sign after the figure
  expect(text).not.toMatch(/Valid until|Quote/);
  await quote.tab.close();

  // The workroom's device is in English (the browser's): its job card is English.
  const card = await opened(page, context, 'Print job card');
  expect(card.seen.title).toBe('Job card 1-BFG');
  await card.tab.close();
  expect(consoleErrors).toEqual([]);
});
