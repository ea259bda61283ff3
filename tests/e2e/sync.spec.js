// Sync through a real serve.py (issue 14): a laptop uploads its atelier, a tablet and a second
// laptop join from the invitation link; laptop and tablet then work offline on the same order —
// different fields, the same field, and a payment each that together overpay — and come back
// online: every device shows the same order, the concurrent garment is a conflict, the second
// payment is listed as Not applied, and nothing is missing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { test, expect, openApp, locate, click, fill, state, nextFrames, createAtelier, clientAndOrder } = require('./lib/app');
const { admin, startServe, synced, connectAndUpload } = require('./lib/sync_server');

let server, base, token, dataDir;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-sync-e2e-'));
  token = admin(dataDir, 'create-atelier', 'Maison Ødegård', '--code', 'BFG', '--owner', 'ana').match(/token: (\S+)/)[1];
  ({ server, base } = await startServe(dataDir));
});

test.afterAll(async () => {
  if (server) server.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const sync = async (page) => (await state(page)).sync;

// A laptop with a new atelier holding one order, connected through Settings → Sync with `tok`
// and uploaded as the studio's atelier.
async function studioLaptop(browser, tok, { name, code, price = null } = {}) {
  const laptopContext = await browser.newContext({ baseURL: base });
  const laptop = await laptopContext.newPage();
  await openApp(laptop, `${base}/`);
  await createAtelier(laptop, { name, code });
  await clientAndOrder(laptop, { price });
  await connectAndUpload(laptop, base, tok);
  return { laptopContext, laptop };
}

async function openOrder(page) {
  await click(page, 'Table');
  await click(page, 'Order 1-BFG');
  await page.waitForFunction(() => window.atelier.state().view === 'order');
}

async function pay(page, amount) {
  await click(page, 'Payments');
  await fill(page, 'Payment amount', amount);
  await click(page, 'Record payment');
}

test('three devices, two of them offline on one order, end with the same order and nothing lost', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  // The laptop: a new atelier with one order of 1,000.00, uploaded as the studio's.
  const { laptopContext, laptop } = await studioLaptop(browser, token, { price: '1000' });
  expect((await sync(laptop)).person).toBe('ana');

  // The tablet and a second laptop open the invitation link: each holds nothing yet, so each takes the studio's atelier.
  const link = `${base}/?sync=${encodeURIComponent(base)}&token=${encodeURIComponent(token)}`;
  const tabletContext = await browser.newContext({ baseURL: base, viewport: { width: 834, height: 1194 } });
  const tablet = await tabletContext.newPage();
  const secondContext = await browser.newContext({ baseURL: base });
  const second = await secondContext.newPage();
  for (const page of [tablet, second]) {
    await page.goto(link);
    await page.waitForFunction(() => window.atelier.state().ready && window.atelier.state().orders === 1, null, { timeout: 20_000 });
    await synced(page);
    expect(page.url()).not.toContain('token=');  // taken off the address bar
    expect((await order(page, 1)).garment).toBe('Aurore');
  }

  // Offline, on the same order: the laptop changes the garment, the tablet the notes and the garment;
  // each records a payment of 700.00 (together more than the price).
  await laptopContext.setOffline(true);
  await tabletContext.setOffline(true);
  await openOrder(laptop);
  await fill(laptop, 'Garment', 'Mira');
  await click(laptop, 'Save changes');
  await expect.poll(async () => (await order(laptop, 1)).garment).toBe('Mira');
  await pay(laptop, '700');
  await expect.poll(async () => (await order(laptop, 1)).owed).toBe(30000);
  await expect.poll(async () => (await sync(laptop)).state).toBe('Offline');

  await openOrder(tablet);
  await fill(tablet, 'Garment', 'Stella');
  await fill(tablet, 'Notes', 'Ivory silk, hem 2 cm');
  await click(tablet, 'Save changes');
  await expect.poll(async () => (await order(tablet, 1)).notes).toBe('Ivory silk, hem 2 cm');
  await pay(tablet, '700');
  await expect.poll(async () => (await order(tablet, 1)).owed).toBe(30000);
  expect((await sync(tablet)).pending).toBe(2);

  // Back online, the laptop first: every device converges on the same order.
  await laptopContext.setOffline(false);
  await synced(laptop);
  await tabletContext.setOffline(false);
  await synced(tablet);
  await synced(laptop);
  await synced(second);
  await expect.poll(async () => ((await order(second, 1)).payments ?? []).length, { timeout: 20_000 }).toBe(1);
  const seen = [];
  for (const page of [laptop, tablet, second]) {
    await expect.poll(async () => (await sync(page)).not_applied, { timeout: 20_000 }).toBe(1);
    const o = await order(page, 1);
    seen.push(JSON.stringify(o));
    expect(o.garment).toBe('Stella');  // the tablet's, later in the log
    expect(o.notes).toBe('Ivory silk, hem 2 cm');
    expect(o.payments.length).toBe(1);
    expect(o.owed).toBe(30000);
    expect(o.conflicts.length).toBe(1);
    expect(o.conflicts[0]).toMatchObject({ field: 'garment', replaced: '"Mira"', kept: '"Stella"' });
  }
  expect(seen[1]).toBe(seen[0]);
  expect(seen[2]).toBe(seen[0]);

  // The tablet's payment is listed on the tablet with why, to retry or dismiss: the top bar's count
  // (conflicts and changes not applied) leads there, on a tablet's narrow row too.
  await click(tablet, 'Conflicts');
  await locate(tablet, 'Not applied list');
  await locate(tablet, 'Conflicts list');
  const shot = await tablet.screenshot();
  fs.writeFileSync(testInfo.outputPath('tablet-not-applied.png'), shot);
  const dismiss = (await tablet.evaluate(() => window.atelier.items())).map((l) => l.split('/').pop()).find((l) => l.startsWith('Dismiss '));
  expect(dismiss).toBeTruthy();
  await click(tablet, dismiss);
  await expect.poll(async () => (await sync(tablet)).not_applied).toBe(0);
  await synced(tablet);
  await expect.poll(async () => (await sync(laptop)).not_applied, { timeout: 20_000 }).toBe(0);

  for (const c of [laptopContext, tabletContext, secondContext]) await c.close();
});

// The invitation's QR code, as a tablet's camera sees the laptop's screen: a screenshot of it,
// read back by jsQR, is the invitation link, and a new device opening that link joins the atelier.
test('the invitation QR code on screen reads back as the link, and the link joins a new device', async ({ browser }) => {
  test.setTimeout(90_000);
  const own = admin(dataDir, 'create-atelier', 'Atelier Lune', '--code', 'LUN', '--owner', 'ines').match(/token: (\S+)/)[1];
  const laptopContext = await browser.newContext({ baseURL: base });
  const laptop = await laptopContext.newPage();
  await openApp(laptop, `${base}/`);
  await createAtelier(laptop);
  await connectAndUpload(laptop, base, own, '');
  await click(laptop, 'Invitation QR code button');
  const r = await locate(laptop, 'Invitation QR code');
  expect(r.width).toBeGreaterThan(150);
  expect(Math.abs(r.width - r.height)).toBeLessThan(2);
  const png = await laptop.screenshot({ clip: { x: r.x, y: r.y, width: r.width, height: r.height } });

  // Decoded in a blank page of its own: the PNG drawn on a 2D canvas, its pixels given to jsQR.
  const reader = await browser.newPage();
  await reader.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') });
  const text = await reader.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, img.width, img.height);
    const code = window.jsQR(pixels.data, img.width, img.height);
    return code ? code.data : null;
  }, png.toString('base64'));
  await reader.close();
  expect(text).toBe(`${base}/?sync=${encodeURIComponent(base)}&token=${encodeURIComponent(own)}`);

  const tabletContext = await browser.newContext({ baseURL: base, viewport: { width: 834, height: 1194 } });
  const tablet = await tabletContext.newPage();
  await tablet.goto(text);
  await tablet.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20_000 });
  await synced(tablet);
  expect((await sync(tablet)).person).toBe('ines');
  for (const c of [laptopContext, tabletContext]) await c.close();
});

test('a photo taken on the tablet is sent to the studio server and shows on the laptop', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { canvasJpeg } = require('./lib/images');
  // An atelier of its own on the server, so this test needs no other.
  const made = admin(dataDir, 'create-atelier', 'Maison Photo', '--code', 'PHO', '--owner', 'ana');
  const photoToken = made.match(/token: (\S+)/)[1];
  const { laptopContext, laptop } = await studioLaptop(browser, photoToken, { name: 'Maison Photo', code: 'PHO' });

  const tabletContext = await browser.newContext({ baseURL: base, viewport: { width: 834, height: 1194 } });
  const tablet = await tabletContext.newPage();
  await tablet.goto(`${base}/?sync=${encodeURIComponent(base)}&token=${encodeURIComponent(photoToken)}`);
  await tablet.waitForFunction(() => window.atelier.state().ready && window.atelier.state().orders === 1, null, { timeout: 20_000 });
  await synced(tablet);
  await click(tablet, 'Table');
  await click(tablet, 'Order 1-PHO');
  await tablet.waitForFunction(() => window.atelier.state().view === 'order');
  await click(tablet, 'Photos');
  const file = testInfo.outputPath('fitting.jpg');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await canvasJpeg(tablet, 1600, 1200, { label: 'Fitting' }));
  const [chooser] = await Promise.all([tablet.waitForEvent('filechooser'), click(tablet, 'Take photo')]);
  await chooser.setFiles([file]);
  await expect.poll(async () => ((await order(tablet, 1)).images || []).length, { timeout: 20_000 }).toBe(1);
  const photo = (await order(tablet, 1)).images[0];
  await synced(tablet);
  // The tablet sends the picture and its thumbnail in the background; the server has them.
  await expect.poll(async () => {
    const r = await fetch(`${base}/api/v1/blobs/${photo.thumb}`, { headers: { Authorization: `Bearer ${photoToken}` } });
    return r.status;
  }, { timeout: 30_000 }).toBe(200);

  // The laptop gets the order's photo with the next sync and fetches the thumbnail to draw it.
  await expect.poll(async () => ((await order(laptop, 1)).images || []).length, { timeout: 30_000 }).toBe(1);
  await click(laptop, 'Table');
  await click(laptop, 'Order 1-PHO');
  await laptop.waitForFunction(() => window.atelier.state().view === 'order');
  await click(laptop, 'Photos');
  await expect.poll(() => laptop.evaluate((h) => { const e = window.atelierPhotos.entries.get(h); return e ? e.state : 'none'; }, photo.thumb),
                    { timeout: 30_000 }).toBe('ready');
  // Stored here as what it is: the thumbnail (Settings counts pictures, not thumbnails).
  expect(await laptop.evaluate((h) => window.atelierPhotos.get(h).then((r) => r && r.role), photo.thumb)).toBe('thumb');
  // The full picture only when the viewer opens it.
  expect(await laptop.evaluate((h) => window.atelierPhotos.get(h).then((r) => !!r), photo.id)).toBe(false);
  await click(laptop, 'Photo Photo 1');
  await expect.poll(() => laptop.evaluate((h) => { const e = window.atelierPhotos.entries.get(h); return e ? e.state : 'none'; }, photo.id),
                    { timeout: 30_000 }).toBe('ready');
  const shot = await laptop.screenshot();
  await testInfo.attach('laptop-sees-tablet-photo.png', { body: shot, contentType: 'image/png' });
  await laptopContext.close();
  await tabletContext.close();
});

// Scrolls the view under the mouse until `label` is wholly inside the page.
async function scrolledTo(page, label) {
  const height = page.viewportSize().height;
  for (let i = 0; i < 20; ++i) {
    const r = await locate(page, label);
    if (r.y + r.height <= height) return;
    await page.mouse.move(r.x + r.width / 2, height / 2);
    await page.mouse.wheel(0, 200);
    await nextFrames(page, 3);
  }
}

// Issue 17: the calendar subscription. The owner's laptop makes the private link in Settings →
// Sync; a calendar app (here Node's fetch, with no token) reads the agenda from it; a change the
// calendar shows (the atelier's name) reaches it within the upload interval; New link stops the
// old address.
test('the calendar subscription link serves the agenda with no token and follows changes', async ({ browser }) => {
  test.setTimeout(120_000);
  const made = admin(dataDir, 'create-atelier', 'Maison Calendrier', '--code', 'CAL', '--owner', 'lea');
  const owner = made.match(/token: (\S+)/)[1];
  const { laptopContext, laptop } = await studioLaptop(browser, owner, { name: 'Maison Calendrier', code: 'CAL' });
  await click(laptop, 'Make calendar link');
  await expect.poll(async () => (await sync(laptop)).calendar_sent, { timeout: 30_000 }).not.toBe('');
  const link = (await sync(laptop)).calendar_link;
  expect(link).toMatch(new RegExp(`^${base}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  const read = async (url) => {
    const r = await fetch(url);  // a calendar app: no Authorization header
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  };
  const first = await read(link);
  expect(first.status).toBe(200);
  expect(first.type).toBe('text/calendar; charset=utf-8');
  expect(first.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(first.text).toContain('X-WR-CALNAME:Maison Calendrier');

  await fill(laptop, 'Name', 'Maison Calendrier Paris');
  await click(laptop, 'Save settings');
  await expect.poll(async () => (await read(link)).text, { timeout: 30_000 }).toContain('X-WR-CALNAME:Maison Calendrier Paris');

  await scrolledTo(laptop, 'Make calendar link');  // the saved name's notice moved it below the fold
  await click(laptop, 'Make calendar link');  // now "New calendar link": the old address stops
  await expect.poll(async () => (await sync(laptop)).calendar_link, { timeout: 20_000 }).not.toBe(link);
  expect((await read(link)).status).toBe(404);
  expect((await read((await sync(laptop)).calendar_link)).status).toBe(200);
  await laptopContext.close();
});
