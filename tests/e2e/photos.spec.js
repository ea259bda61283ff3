// Photos (issue 15) through the real canvas and a real file picker, with image files the test
// makes: attaching several at once, a 12-megapixel camera-sized photo downscaled with its EXIF
// orientation applied and its location dropped, the photo-required Cutting stage completing once
// its photo is attached, thumbnails drawn again after a reload, delete (asked) and undo, a full
// disk, and files that are not photos — each refused with a clear message and nothing stored.
const fs = require('fs');
const path = require('path');
const { test, expect, openApp, locate, click, fill, createAtelier, clientAndOrder } = require('./lib/app');
const { reloadReady } = require('./lib/storage');
const { greyPng, canvasJpeg, withExif, corruptJpeg } = require('./lib/images');

// The order as stored; `images` is left out of the JSON while it is empty.
const order = (page, n) => page.evaluate((k) => Object.assign({ images: [] }, window.atelier.order(k)), n);
const state = (page) => page.evaluate(() => window.atelier.state());
// Records in the photo store (pictures and thumbnails).
const stored = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('atelier-photos', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('blobs', { keyPath: 'hash' });
  req.onsuccess = () => {
    const all = req.result.transaction(['blobs'], 'readonly').objectStore('blobs').getAll();
    all.onsuccess = () => { resolve(all.result.map((r) => ({ hash: r.hash, role: r.role, bytes: r.bytes, width: r.width, height: r.height }))); req.result.close(); };
    all.onerror = () => reject(all.error);
  };
  req.onerror = () => reject(req.error);
}));
// The stored picture's bytes as text (latin1), to look for an EXIF block in it.
const storedText = (page, hash) => page.evaluate(async (h) => {
  const rec = await window.atelierPhotos.get(h);
  const b = new Uint8Array(await rec.blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000));
  return s;
}, hash);
const textureState = (page, hash) => page.evaluate((h) => { const e = window.atelierPhotos.entries.get(h); return e ? e.state : 'none'; }, hash);

const tabletEntry = (seq, command) => ({ id: `tablet-9.${seq}`, device: 'tablet-9', seq, at: '2026-12-03T08:00', who: 'Sofia', command });

// A bridal atelier with one client and order 1, through the UI; the order then brought to its
// Cutting stage (photo required) by entries from a tablet.
async function bridalOrderAtCutting(page) {
  await openApp(page);
  await createAtelier(page, { name: 'Maison Lumière', code: 'LUM', template: 'Bridal couture' });
  await clientAndOrder(page);
  const steps = [{ type: 'order.confirm', order: 1 }, { type: 'order.start', order: 1 }];
  for (let i = 0; i < 4; i++) steps.push({ type: 'order.advance', order: 1 });  // consultation .. pattern
  for (let i = 0; i < steps.length; i++) expect(await page.evaluate((e) => window.atelier.applyEntry(e), tabletEntry(i + 1, steps[i]))).toBe('');
  expect((await order(page, 1)).stage).toBe('cutting');
}

// Runs in the page before its scripts: while window.__photoQuota is set, a readwrite transaction
// on the photo store aborts with a QuotaExceededError once its puts have returned normally.
function fullDiskForPhotos() {
  window.__photoQuota = false;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && window.__photoQuota && this.name === 'atelier-photos' && names.includes('blobs')) {
      queueMicrotask(() => {
        Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), configurable: true });
        try { tx.abort(); } catch (e) { /* already done */ }
      });
    }
    return tx;
  };
}

async function pick(page, button, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, button)]);
  await chooser.setFiles(files);
}

function write(testInfo, name, bytes) {
  const p = testInfo.outputPath(name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, bytes);
  return p;
}

test('photos are attached from the file picker, downscaled and shown; the Cutting stage completes once its photo is on', async ({ page, consoleErrors }, testInfo) => {
  test.setTimeout(120000);
  await bridalOrderAtCutting(page);

  // The move is refused for the missing photo, and the page offers to take it right there.
  await click(page, 'Production');
  await locate(page, 'Stage "Cutting" needs a photo before it can be done:');
  const camera = await canvasJpeg(page, 4000, 3000, { label: 'Cutting' });  // 12 megapixels
  expect(camera.length).toBeGreaterThan(1024 * 1024);
  const cameraFile = write(testInfo, 'IMG_4000x3000.jpg', camera);
  const t0 = Date.now();
  await pick(page, 'Add photo of Cutting from files', [cameraFile]);
  await expect.poll(async () => (await order(page, 1)).stage, { timeout: 30000 }).toBe('basting');
  const cut = (await order(page, 1)).images[0];
  expect(cut).toMatchObject({ stage: 'cutting', type: 'image/jpeg', width: 2048, height: 1536, by: 'owner' });
  expect(cut.id).toMatch(/^[0-9a-f]{64}$/);
  expect(cut.thumb).toMatch(/^[0-9a-f]{64}$/);
  // The id is the stored picture's SHA-256, and the JS fallback (a page that is not a secure
  // context has no SubtleCrypto) gives the same for it and for an empty input.
  expect(await page.evaluate(async (h) => {
    const bytes = new Uint8Array(await (await window.atelierPhotos.get(h)).blob.arrayBuffer());
    return [await window.atelierPhotos.sha256(bytes.buffer), window.atelierPhotos.sha256Js(bytes), window.atelierPhotos.sha256Js(new Uint8Array(0))];
  }, cut.id)).toEqual([cut.id, cut.id, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']);

  // Its thumbnail on the Photos section: a texture once drawn.
  await click(page, 'Photos');
  await locate(page, 'Photo Photo 1');
  await expect.poll(() => textureState(page, cut.thumb), { timeout: 15000 }).toBe('ready');
  const thumbMs = Date.now() - t0;
  console.log(`12-megapixel photo: chosen to thumbnail drawn in ${thumbMs} ms (including the picker and the move)`);
  testInfo.annotations.push({ type: 'attach_12mp_ms', description: String(thumbMs) });

  // Several at once, with kind and caption; one turned by its EXIF orientation, its location dropped.
  await click(page, 'Photo kind');
  await click(page, 'Sketch');
  await fill(page, 'Photo caption', 'Sketch by Sofia');
  const wide = await canvasJpeg(page, 1200, 800, { label: 'Turned', noise: false });
  const turned = write(testInfo, 'turned.jpg', withExif(wide, 6));
  const small = write(testInfo, 'small.jpg', await canvasJpeg(page, 640, 480, { label: 'Sketch', noise: false }));
  await pick(page, 'Add photos', [turned, small]);
  await expect.poll(async () => ((await order(page, 1)).images ?? []).length, { timeout: 20000 }).toBe(3);
  const [, rotated, second] = (await order(page, 1)).images;
  expect(rotated).toMatchObject({ kind: 'sketch', caption: 'Sketch by Sofia', width: 800, height: 1200 });
  expect(second).toMatchObject({ kind: 'sketch', width: 640, height: 480 });
  const text = await storedText(page, rotated.id);
  expect(text.includes('Exif')).toBe(false);
  expect((await stored(page)).length).toBe(6);  // three pictures, three thumbnails

  // The viewer: opened by a thumbnail, arrows to the next, zoom.
  await click(page, 'Photo Sketch by Sofia');
  await page.waitForFunction(() => window.atelier.state().dialog === 'Photo');
  await expect.poll(() => textureState(page, rotated.id), { timeout: 15000 }).toBe('ready');
  await page.keyboard.press('ArrowRight');
  await locate(page, 'Zoom 100 %');
  await click(page, 'Zoom in');
  await locate(page, 'Zoom 150 %');
  const shot = await page.screenshot();
  await testInfo.attach('photo-viewer.png', { body: shot, contentType: 'image/png' });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.atelier.state().dialog === '');

  // After a reload the thumbnails are read again from the photo store.
  await page.waitForFunction(() => window.atelier.storage().state === 'saved');
  await reloadReady(page);
  if ((await state(page)).view !== 'order') {
    await click(page, 'Board');
    await click(page, 'Card 1-LUM');
  }
  await click(page, 'Photos');
  await expect.poll(() => textureState(page, cut.thumb), { timeout: 15000 }).toBe('ready');
  const board = await page.screenshot();
  await testInfo.attach('order-photos.png', { body: board, contentType: 'image/png' });

  // Delete asks, then the undo puts it back.
  await click(page, 'Delete photo Sketch by Sofia');
  await page.waitForFunction(() => window.atelier.state().confirm === 'Delete photo?');
  await click(page, 'Delete photo');
  await expect.poll(async () => ((await order(page, 1)).images ?? []).length).toBe(2);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => ((await order(page, 1)).images ?? []).length).toBe(3);
  expect((await order(page, 1)).images[1].id).toBe(rotated.id);
  expect(consoleErrors).toEqual([]);

  // Backup: one ZIP with the atelier and its photos, restored into a fresh profile on "another device".
  await page.waitForFunction(() => window.atelier.storage().state === 'saved');
  await click(page, 'Settings');
  await expect.poll(async () => (await page.evaluate(() => window.atelier.items()))
    .some((l) => l.includes('/Photos on this device: 3 (')), { timeout: 10000 }).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download backup')]);
  expect(download.suggestedFilename()).toMatch(/^atelier-LUM-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = testInfo.outputPath('backup.zip');
  await download.saveAs(zip);
  const bytes = fs.readFileSync(zip);
  expect(bytes.readUInt32LE(0)).toBe(0x04034b50);  // a ZIP any tool opens
  const fresh = await page.context().browser().newContext();
  const other = await fresh.newPage();
  await openApp(other);
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), click(other, 'Restore from backup…')]);
  await chooser.setFiles(zip);
  await locate(other, 'Restore summary', { timeout: 10000 });
  const items = await other.evaluate(() => window.atelier.items());
  expect(items.find((l) => l.includes('/Restore photos: and 3 photos ('))).toBeTruthy();
  await click(other, 'Replace my atelier with this backup');
  await other.waitForFunction(() => window.atelier.state().ready && window.atelier.state().orders === 1);
  await expect.poll(async () => (await stored(other)).length, { timeout: 20000 }).toBe(6);
  expect((await order(other, 1)).images.map((i) => i.id)).toEqual((await order(page, 1)).images.map((i) => i.id));
  await click(other, 'Table');
  await click(other, 'Order 1-LUM');
  await click(other, 'Photos');
  await expect.poll(() => textureState(other, cut.thumb), { timeout: 15000 }).toBe('ready');
  await fresh.close();
});

test('files that are not photos, a 60-megapixel panorama and a full disk are refused with a clear message, nothing stored', async ({ page }, testInfo) => {
  test.setTimeout(120000);
  await page.addInitScript(fullDiskForPhotos);
  await bridalOrderAtCutting(page);
  await click(page, 'Photos');
  const good = await canvasJpeg(page, 800, 600, { noise: false });
  const files = [
    write(testInfo, 'notes.jpg', Buffer.from('Dear client, here is the sketch.\n')),
    write(testInfo, 'empty.jpg', Buffer.alloc(0)),
    write(testInfo, 'broken.jpg', corruptJpeg(await canvasJpeg(page, 800, 600))),
    write(testInfo, 'panorama.png', greyPng(12000, 5000)),
  ];
  await pick(page, 'Add photos', files);
  await expect.poll(async () => (await state(page)).toasts.filter((t) => t.error).length, { timeout: 30000 }).toBe(4);
  const errors = (await state(page)).toasts.filter((t) => t.error).map((t) => t.text);
  expect(errors).toContain('notes.jpg is not a picture this browser can read (or it is damaged)');
  expect(errors).toContain('empty.jpg is empty (0 bytes)');
  expect(errors).toContain('broken.jpg is not a picture this browser can read (or it is damaged)');
  expect(errors.find((t) => t.startsWith('panorama.png is 60 megapixels (12000 x 5000)'))).toBeTruthy();
  expect(((await order(page, 1)).images ?? []).length).toBe(0);
  expect(await stored(page)).toEqual([]);

  // A full disk: the photo store's next transaction aborts with QuotaExceededError after its puts
  // returned, as IndexedDB does when the disk fills at commit (injected: fullDiskForPhotos).
  await page.evaluate(() => { window.__photoQuota = true; });
  await pick(page, 'Add photos', [write(testInfo, 'fabric.jpg', good)]);
  await expect.poll(async () => (await state(page)).toasts.some((t) => t.error && t.text.startsWith('Not saved: this device has no space left for photos')),
                    { timeout: 20000 }).toBe(true);
  expect(((await order(page, 1)).images ?? []).length).toBe(0);
  expect(await stored(page)).toEqual([]);
  // Space again: the same file goes in.
  await page.evaluate(() => { window.__photoQuota = false; });
  await pick(page, 'Add photos', [write(testInfo, 'fabric.jpg', good)]);
  await expect.poll(async () => ((await order(page, 1)).images ?? []).length, { timeout: 20000 }).toBe(1);
  expect((await stored(page)).length).toBe(2);
});
