// Salvage in the browser (issue 11): a stored atelier whose files are intact (framing and CRC
// right) but whose content does not validate opens read-only with what is wrong, never as a
// first start; the raw files can be downloaded as they are.
const fs = require('fs');
const { test, expect, openApp, locate, click } = require('./lib/app');
const { state, storage, openDemo } = require('./lib/storage');

// CRC-32 (zlib's), as core/storage/crc32.cpp.
const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// core/storage/storage.cpp frame_file: "ATELIER1 <crc32 hex> <length>\n" + meta + "\n" + body,
// crc and length over everything after the first line.
function unframe(text) {
  const nl = text.indexOf('\n');
  const rest = text.slice(nl + 1);
  const m = rest.indexOf('\n');
  return { meta: rest.slice(0, m), body: rest.slice(m + 1) };
}
function frame(meta, body) {
  const rest = Buffer.from(meta + '\n' + body, 'utf8');
  return `ATELIER1 ${crc32(rest).toString(16).padStart(8, '0')} ${rest.length}\n` + rest.toString('utf8');
}

// The text of every stored file (IDBFS's database is named after the mount point), and a writer.
const idb = (page, fn, arg) => page.evaluate(([f, a]) => new Promise((res, rej) => {
  const r = indexedDB.open('/atelier');
  r.onerror = () => rej(r.error);
  r.onsuccess = () => {
    const store = r.result.transaction('FILE_DATA', f === 'read' ? 'readonly' : 'readwrite').objectStore('FILE_DATA');
    if (f === 'read') {
      const out = {};
      const c = store.openCursor();
      c.onsuccess = () => {
        const cur = c.result;
        if (!cur) { r.result.close(); res(out); return; }
        if (cur.value.contents) out[String(cur.key)] = new TextDecoder().decode(cur.value.contents);
        cur.continue();
      };
    } else {
      const g = store.get(a.key);
      g.onsuccess = () => {
        const entry = g.result;
        entry.contents = new TextEncoder().encode(a.text);
        entry.timestamp = new Date();
        const w = store.put(entry, a.key);
        w.onsuccess = () => { r.result.close(); res(); };
        w.onerror = () => rej(w.error);
      };
    }
  };
}), [fn, arg]);

test('a framed but invalid snapshot opens read-only with its problem, and the raw files download', async ({ page }, testInfo) => {
  await openDemo(page);
  // With the app away, every snapshot gets an order whose team is in no list: each file still
  // checks (CRC and length made anew), but no generation validates.
  await page.goto('/manifest.webmanifest');
  const files = await idb(page, 'read');
  const snapshots = Object.keys(files).filter((k) => /\/snapshot-\d{12}\.atl$/.test(k));
  expect(snapshots.length).toBeGreaterThan(0);
  for (const key of snapshots) {
    const { meta, body } = unframe(files[key]);
    const snap = JSON.parse(body);
    snap.orders[0].team = 'Ghost team';
    await idb(page, 'write', { key, text: frame(meta, JSON.stringify(snap)) });
  }

  await openApp(page);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  const s = await state(page);
  expect(s.read_only).toBe(true);
  expect(s.salvage).toContain(`/orders/0/team: no team "Ghost team"`);
  expect((await storage(page)).report).toMatch(/^No saved copy of the atelier passes its checks/);
  await locate(page, 'Salvage banner');
  await locate(page, 'Salvage problem 1');
  expect(s.orders).toBeGreaterThan(0);  // what was read is shown, not the first-start screen

  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download raw files')]);
  const file = testInfo.outputPath('raw.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^atelier-raw-files-[A-Z0-9]+-\d{4}-\d{2}-\d{2}\.json$/);
  const raw = fs.readFileSync(file, 'utf8');
  expect(raw).toContain('Ghost team');
  expect(raw).toContain(snapshots[0].split('/').pop());

  // Edits are refused; the stored files stay as they were.
  await page.keyboard.press('Control+Z');
  const after = await idb(page, 'read');
  for (const key of snapshots) expect(after[key]).toContain('Ghost team');
});
