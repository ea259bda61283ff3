// The font atlas kept between starts (web/ui/font_atlas_cache.hpp, assets/font-cache.js): the
// first start builds it and keeps it in an IndexedDB database of its own; the next start restores
// it and draws exactly the same screen; a damaged one is refused, built afresh and replaced.
const { test, expect, openApp, nextFrames } = require('./lib/app');
const { decodePng } = require('./lib/png');

const startup = (page) => page.evaluate(() => window.atelier.startup);
// What is kept: its length, or null.
const kept = (page) => page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open('atelier-font-atlas', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('atlas');
  open.onsuccess = () => {
    const db = open.result;
    const get = db.transaction('atlas').objectStore('atlas').get('atlas');
    get.onsuccess = () => { db.close(); resolve(get.result ? Array.from(get.result.slice(0, 16)).join(',') + ':' + get.result.length : null); };
    get.onerror = () => { db.close(); resolve(null); };
  };
  open.onerror = () => resolve(null);
}));

async function screen(page) {
  await nextFrames(page, 3);
  return { items: await page.evaluate(() => window.atelier.items()), pixels: decodePng(await page.screenshot()) };
}

function differentPixels(a, b) {
  expect(a.width).toBe(b.width);
  let n = 0;
  for (let y = 0; y < a.height; y += 2)
    for (let x = 0; x < a.width; x += 2) if (a.pixel(x, y).join() !== b.pixel(x, y).join()) ++n;
  return n;
}

test('the atlas built at the first start is kept; the next start restores it and draws the same screen', async ({ page, consoleErrors }) => {
  await openApp(page);
  expect((await startup(page)).font_atlas).toBe('built');
  await expect.poll(() => kept(page), { timeout: 15000 }).not.toBeNull();
  const first = await screen(page);

  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  const s = await startup(page);
  expect(s.font_atlas).toBe('restored');
  expect(s.font_atlas_ms).toBeGreaterThanOrEqual(0);
  const second = await screen(page);
  expect(second.items).toEqual(first.items);
  expect(differentPixels(first.pixels, second.pixels)).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('a damaged kept atlas is refused: the app builds its own, draws as usual and keeps the good one', async ({ page, consoleErrors }) => {
  await openApp(page);
  await expect.poll(() => kept(page), { timeout: 15000 }).not.toBeNull();
  const good = await kept(page);
  const first = await screen(page);
  // One byte changed in the middle (a glyph or a pixel), as a disk or a browser bug might.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('atelier-font-atlas', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('atlas', 'readwrite');
      const store = tx.objectStore('atlas');
      const get = store.get('atlas');
      get.onsuccess = () => { const b = get.result.slice(); b[b.length >> 1] ^= 0x5a; store.put(b, 'atlas'); };
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  expect(await kept(page)).toBe(good);  // the same length and start: only the middle changed

  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  expect((await startup(page)).font_atlas).toBe('built');
  const rebuilt = await screen(page);
  expect(rebuilt.items).toEqual(first.items);
  expect(differentPixels(first.pixels, rebuilt.pixels)).toBe(0);
  // The good one is kept again, and the next start restores it.
  await page.waitForTimeout(2500);
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  expect((await startup(page)).font_atlas).toBe('restored');
  expect(consoleErrors).toEqual([]);
});

test('a kept record far larger than any atlas is not read: the app builds its own and keeps it instead', async ({ page, consoleErrors }) => {
  await openApp(page);
  await expect.poll(() => kept(page), { timeout: 15000 }).not.toBeNull();
  const good = await kept(page);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('atelier-font-atlas', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('atlas', 'readwrite');
      tx.objectStore('atlas').put(new Uint8Array(64 * 1024 * 1024 + 1), 'atlas');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  expect(await kept(page)).toMatch(/:67108865$/);

  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  const s = await startup(page);
  expect(s.font_atlas).toBe('built');
  // Taken as nothing kept, and never copied into the WASM heap (smaller than the record: had it
  // been copied, the heap would have grown to hold it).
  expect(await page.evaluate(() => window.atelierFontAtlas.state)).toBe('none');
  expect(await page.evaluate(() => Module.HEAPU8.length)).toBeLessThan(64 * 1024 * 1024 + 1);
  // The built atlas replaces it.
  await expect.poll(() => kept(page), { timeout: 15000 }).toBe(good);
  expect(consoleErrors).toEqual([]);
});
