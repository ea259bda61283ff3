// Storage in the browser (issue 6): edits through the real UI, made durable in IndexedDB through
// IDBFS, read back after a reload; one writer per profile; failed writes shown and retried;
// damaged stored files recovered from the previous generation; backup and restore.
// window.atelier.storage() is the bridge (web/platform/storage.cpp + assets/storage.js).
const fs = require('fs');
const { test, expect, openApp, locate, click, fill } = require('./lib/app');
const { state, storage, waitStorage, openDemo, openLargeDemo, rename } = require('./lib/storage');

test('an edit is saved in IndexedDB before the app says so, and survives a reload', async ({ page, consoleErrors }) => {
  await openDemo(page);
  const before = await state(page);
  await rename(page, 'Maison Durable');
  await waitStorage(page, 'saved');
  const s = await storage(page);
  expect(s.durable).toBeGreaterThanOrEqual(s.written);
  expect(s.seq).toBeGreaterThan(0);
  expect(s.pending_entries).toBeGreaterThan(0);  // a journal file, not a whole snapshot per edit
  expect(await locate(page, 'Save status: Saved')).not.toBeNull();

  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  const after = await state(page);
  expect(after.name).toBe('Maison Durable');
  expect(after.orders).toBe(before.orders);
  expect((await storage(page)).report).toBe('');
  expect(consoleErrors).toEqual([]);
});

test('persistent storage is asked for and the space used is reported', async ({ page }) => {
  await openDemo(page);
  await page.waitForFunction(() => window.atelier.storage().quota_bytes > 0 && window.atelier.storage().used_bytes > 0,
                             null, { timeout: 20000 });
  const s = await storage(page);
  expect(typeof s.persisted).toBe('boolean');
  expect(s.used_bytes).toBeGreaterThan(0);
});

// Another tab of the app while one writes: read-only (role, banner), showing the writer's atelier.
async function openReadOnly(context, name) {
  const second = await context.newPage();
  await openApp(second);
  await waitStorage(second, 'read_only');
  expect((await storage(second)).role).toBe('reader');
  await expect(second.locator('#storage-readonly')).toBeVisible();
  await second.waitForFunction((n) => window.atelier.state().name === n, name);
  return second;
}

test('a second tab opens read-only and takes over when the first closes; nothing is lost', async ({ context }) => {
  const first = await context.newPage();
  await openDemo(first);
  await rename(first, 'Maison Un');
  await waitStorage(first, 'saved');

  const second = await openReadOnly(context, 'Maison Un');

  // The writer keeps editing; the reader writes nothing (its flush would delete the writer's files)
  // but shows each saved edit.
  await rename(first, 'Maison Deux');
  await waitStorage(first, 'saved');
  await second.waitForFunction(() => window.atelier.state().name === 'Maison Deux', null, { timeout: 10000 });
  expect((await storage(second)).follows).toBeGreaterThan(0);
  expect((await storage(second)).flushes).toBe(0);
  expect((await storage(second)).state).toBe('read_only');

  await first.close();
  await second.waitForFunction(() => window.atelier.storage().role === 'writer', null, { timeout: 20000 });
  await expect(second.locator('#storage-readonly')).toBeHidden();
  // It reloaded the stored files, so it sees the first tab's last edit, and can edit itself.
  await second.waitForFunction(() => window.atelier.state().name === 'Maison Deux', null, { timeout: 20000 });
  await rename(second, 'Maison Trois');
  await waitStorage(second, 'saved');
  await second.reload();
  await second.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  expect((await state(second)).name).toBe('Maison Trois');
});

test('without Web Locks (plain http on a LAN) a second tab is still read-only, and takes over after the first', async ({ context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
  });
  const first = await context.newPage();
  await openDemo(first);
  expect((await storage(first)).role).toBe('writer');
  await rename(first, 'Maison Sans Verrou');
  await waitStorage(first, 'saved');

  const second = await openReadOnly(context, 'Maison Sans Verrou');

  await first.close();  // releases the lease on pagehide
  await second.waitForFunction(() => window.atelier.storage().role === 'writer', null, { timeout: 20000 });
  await rename(second, 'Maison Suivante');
  await waitStorage(second, 'saved');
  await second.reload();
  await second.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  expect((await state(second)).name).toBe('Maison Suivante');
  expect((await storage(second)).role).toBe('writer');
});

test.describe('when IndexedDB refuses writes', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.atelierStorageConfig = { syncTimeoutMs: 3000, retryBaseMs: 500, retryMaxMs: 2000 };
      window.__failPuts = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__failPuts) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
  });

  test('"not saved" is shown and kept, and a later retry stores the edit', async ({ page }) => {
    await openDemo(page);
    await page.evaluate(() => { window.__failPuts = true; });
    await rename(page, 'Maison Retry');
    await waitStorage(page, 'not_saved');
    await expect(page.locator('#storage-failed')).toBeVisible();
    expect(await locate(page, 'Save status: Not saved')).not.toBeNull();
    // Still failing after several retries: still "not saved", never "saved".
    await page.waitForFunction(() => window.atelier.storage().failures >= 2, null, { timeout: 20000 });
    expect((await storage(page)).state).toBe('not_saved');

    await page.evaluate(() => { window.__failPuts = false; });
    await waitStorage(page, 'saved');
    await expect(page.locator('#storage-failed')).toBeHidden();
    await page.reload();
    await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
    expect((await state(page)).name).toBe('Maison Retry');
  });
});

// Truncates one stored file straight in IDBFS's database (named after the mount point), keeping
// `keep` of its bytes. `pick` runs here in Node: the page's Content-Security-Policy (serve.py)
// forbids eval, so no function source goes to the page.
async function truncateStoredFile(page, pick, keep) {
  const keys = await page.evaluate(() => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const q = r.result.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA').getAllKeys();
      q.onsuccess = () => { r.result.close(); res(q.result.map(String).sort()); };
    };
  }));
  const key = pick(keys);
  await page.evaluate(([k, fraction]) => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const store = r.result.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const g = store.get(k);
      g.onsuccess = () => {
        const entry = g.result;
        entry.contents = entry.contents.subarray(0, Math.floor(entry.contents.length * fraction));
        entry.timestamp = new Date();
        const w = store.put(entry, k);
        w.onsuccess = () => { r.result.close(); res(); };
        w.onerror = () => rej(w.error);
      };
    };
  }), [key, keep]);
  return { key, keys };
}

test('a damaged newest snapshot falls back to the previous generation, and the user is told', async ({ page }, testInfo) => {
  await openDemo(page);
  await rename(page, 'Maison Avant');
  await waitStorage(page, 'saved');
  // A backup, restored: a second snapshot generation over the first one and its journal.
  await click(page, 'Settings');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Download backup')]);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^atelier-[A-Z0-9]+-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(backup.atelier.name).toBe('Maison Avant');
  backup.atelier.name = 'Maison Restaurée';
  fs.writeFileSync(file, JSON.stringify(backup));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Restore from backup…')]);
  await chooser.setFiles(file);
  await locate(page, 'Restore summary', { timeout: 10000 });
  await click(page, 'Replace my atelier with this backup');
  await page.waitForFunction(() => window.atelier.state().name === 'Maison Restaurée');
  await waitStorage(page, 'saved');

  // Break the newest snapshot in IndexedDB with the app away, then start again.
  await page.goto('/manifest.webmanifest');
  const { key } = await truncateStoredFile(page, (keys) => keys.filter((k) => k.includes('/snapshot-')).pop(), 0.5);
  expect(key).toMatch(/snapshot-\d{12}\.atl$/);
  await openApp(page);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  const s = await storage(page);
  expect(s.report).toMatch(/^Recovered from the previous save/);
  // The previous generation plus its journal: the state just before the restore.
  expect((await state(page)).name).toBe('Maison Avant');
  expect((await state(page)).toasts.map((t) => t.text).join(' ')).toContain('Recovered from the previous save');
});

test('a backup that is not valid is refused with its reason, and nothing changes', async ({ page }, testInfo) => {
  await openDemo(page);
  const name = (await state(page)).name;
  await click(page, 'Settings');
  const file = testInfo.outputPath('bad.json');
  fs.writeFileSync(file, JSON.stringify({ schema: 99, atelier: {}, pipelines: [], clients: [], orders: [] }));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Restore from backup…')]);
  await chooser.setFiles(file);
  await locate(page, 'Restore error', { timeout: 10000 });
  await click(page, 'Close');
  expect((await state(page)).name).toBe(name);
});

test('offline: the app starts from the service worker and edits still save', async ({ page, context }) => {
  await openDemo(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.atelier.state().ready,
                             null, { timeout: 20000 });
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  await rename(page, 'Maison Hors Ligne');
  await waitStorage(page, 'saved');
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
  expect((await state(page)).name).toBe('Maison Hors Ligne');
  await context.setOffline(false);
});

test('the browser killed during a burst of edits keeps every edit it had shown as saved', async ({ playwright, baseURL }) => {
  const os = require('os');
  const path = require('path');
  const { execSync } = require('child_process');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-profile-'));
  const launch = () => playwright.chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', baseURL, viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    let context = await launch();
    let page = context.pages()[0] || await context.newPage();
    await openDemo(page);
    // Renames one after another; after each, note the last name the indicator confirmed as saved.
    const names = ['Maison A', 'Maison B', 'Maison C', 'Maison D'];
    let lastSaved = -1;
    for (let i = 0; i < names.length; ++i) {
      await rename(page, names[i]);
      if (i < names.length - 1) {
        await waitStorage(page, 'saved');
        lastSaved = i;
      }
    }
    // No goodbye: the whole browser process is killed mid-flight.
    const pids = execSync('ps -eo pid=,args=').toString().split('\n')
      .filter((l) => l.includes(`--user-data-dir=${dir}`)).map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch (e) { /* already gone */ } }
    await context.close().catch(() => {});

    context = await launch();
    page = context.pages()[0] || await context.newPage();
    await openApp(page);
    await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
    const name = (await state(page)).name;
    expect(names.indexOf(name)).toBeGreaterThanOrEqual(lastSaved);
    expect(lastSaved).toBe(names.length - 2);
    await context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a large stored atelier opens across frames: the first frame and the progress come before it is open', async ({ page, consoleErrors }) => {
  test.setTimeout(180000);
  // 8,000 orders: several 25 ms slices even on a fast machine (web/platform/storage.cpp).
  await page.goto('/?demo=8000');
  await page.evaluate(() => window.atelier.ready);
  await locate(page, 'Open the demo atelier', { timeout: 20000 });
  await click(page, 'Open the demo atelier');
  await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved'; },
                             null, { timeout: 120000 });
  // Record, before any script of the reloaded page runs, whether a frame showed the progress bar.
  // A start draws nothing for its first 400 ms (a 10,000-order atelier opens within them, so its
  // first drawn frame is the board); here the opening screen is drawn from the first frame on.
  await page.addInitScript(() => {
    window.atelierStorageConfig = { quietOpenMs: 0 };
    window.__sawProgress = false;
    const look = () => {
      try {
        if (window.atelier && window.atelier.running && window.atelier.locate('Opening progress')) window.__sawProgress = true;
      } catch (e) { /* the runtime is not up yet */ }
      if (!(window.atelier && window.atelier.startup.ready_frame_ms)) setTimeout(look, 5);
    };
    setTimeout(look, 5);
  });
  await page.reload();
  await page.waitForFunction(() => window.atelier.state().ready && window.atelier.startup.ready_frame_ms, null, { timeout: 60000 });
  const s = await storage(page);
  const startup = await page.evaluate(() => window.atelier.startup);
  expect(s.report).toBe('');
  expect((await state(page)).orders).toBe(8000);
  expect(s.open_slices).toBeGreaterThan(1);
  expect(startup.first_frame_ms).toBeLessThan(s.opened_at_ms);  // drawn before the atelier was open
  expect(await page.evaluate(() => window.__sawProgress)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

// The records of files stored in parts (storage-idb.js): key, stored bytes, parts, gzip (the
// file's own length, when gzipped).
function bigStoredFiles(page) {
  return page.evaluate(() => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const store = r.result.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        r.result.close();
        res(keys.result.map((k, i) => [String(k), values.result[i]]).filter(([, v]) => v && v.parts !== undefined)
          .map(([key, v]) => ({ key, size: v.size, parts: v.parts, gzip: v.gzip })));
      };
    };
  }));
}

// Rewrites a gzipped file as the release before gzip stored it: its bytes as they are, in parts of 1 MB.
function storeUnzipped(page, key) {
  return page.evaluate((k) => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const db = r.result;
      const range = IDBKeyRange.bound(k + '\u0001', k + '\u0002', false, true);
      const read = db.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA');
      const head = read.get(k);
      const body = read.getAll(range);
      body.onsuccess = async () => {
        const bytes = new Uint8Array(await new Response(new Blob(body.result).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
        const tx = db.transaction('FILE_DATA', 'readwrite');
        const store = tx.objectStore('FILE_DATA');
        const MB = 1 << 20;
        const n = Math.ceil(bytes.length / MB);
        store.delete(range);
        store.put({ timestamp: head.result.timestamp, mode: head.result.mode, parts: n, size: bytes.length }, k);
        for (let i = 0; i < n; i += 1) store.put(bytes.slice(i * MB, (i + 1) * MB), k + '\u0001' + String(i).padStart(6, '0'));
        tx.oncomplete = () => { db.close(); res(bytes.length); };
        tx.onerror = () => rej(tx.error);
      };
    };
  }), key);
}

test('a large atelier is stored gzipped, a tenth of its size; one stored whole by an earlier release still opens', async ({ page, consoleErrors }) => {
  test.setTimeout(180000);
  await openLargeDemo(page, 8000);
  await rename(page, 'Maison Compressée');
  await waitStorage(page, 'saved');
  await page.goto('/manifest.webmanifest');  // the app away while its database is read and rewritten
  const big = await bigStoredFiles(page);
  const snapshot = big.find((f) => /snapshot-\d{12}\.atl$/.test(f.key));
  expect(snapshot).toBeTruthy();
  expect(snapshot.gzip).toBeGreaterThan(5 * 1024 * 1024);          // 8,000 orders: several MB of JSON
  expect(snapshot.size).toBeLessThan(snapshot.gzip / 4);           // stored gzipped
  expect(snapshot.parts).toBe(Math.ceil(snapshot.size / (1 << 20)));

  await openApp(page);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 60000 });
  expect((await state(page)).orders).toBe(8000);
  expect((await state(page)).name).toBe('Maison Compressée');
  expect((await storage(page)).report).toBe('');

  // The same file as an earlier release stored it (whole, in parts): read as it is.
  await page.goto('/manifest.webmanifest');
  expect(await storeUnzipped(page, snapshot.key)).toBe(snapshot.gzip);
  expect((await bigStoredFiles(page)).find((f) => f.key === snapshot.key)).toEqual({ key: snapshot.key, size: snapshot.gzip, parts: Math.ceil(snapshot.gzip / (1 << 20)), gzip: undefined });
  await openApp(page);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 60000 });
  expect((await state(page)).orders).toBe(8000);
  expect((await state(page)).name).toBe('Maison Compressée');
  expect((await storage(page)).report).toBe('');
  expect(consoleErrors).toEqual([]);
});

// Flips bytes in the middle of a file's first stored part (a gzipped one: its CRC no longer holds).
function damageFirstPart(page, key) {
  return page.evaluate((k) => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const store = r.result.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const part = k + '\u0001000000';
      const g = store.get(part);
      g.onsuccess = () => {
        const bytes = g.result.slice();
        for (let i = 0; i < 64; i += 1) bytes[(bytes.length >> 1) + i] ^= 0x5a;
        const w = store.put(bytes, part);
        w.onsuccess = () => { r.result.close(); res(); };
        w.onerror = () => rej(w.error);
      };
    };
  }), key);
}

test('a damaged gzipped snapshot falls back to the previous generation, as a damaged plain one does', async ({ page }) => {
  test.setTimeout(240000);
  await openLargeDemo(page, 8000);
  await rename(page, 'Maison Première');
  await waitStorage(page, 'saved');
  const first = (await storage(page)).snapshot_seq;
  await rename(page, 'Maison Seconde');
  await waitStorage(page, 'saved');
  await page.evaluate(() => window.atelier.compactNow());
  await page.waitForFunction((b) => { const s = window.atelier.storage(); return !s.compacting && s.snapshot_seq > b && s.state === 'saved'; },
                             first, { timeout: 120000 });
  await page.goto('/manifest.webmanifest');
  const snapshots = (await bigStoredFiles(page)).filter((f) => /snapshot-\d{12}\.atl$/.test(f.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(snapshots.length).toBeGreaterThan(1);
  expect(snapshots.every((f) => f.gzip > f.size)).toBe(true);
  await damageFirstPart(page, snapshots[snapshots.length - 1].key);
  await openApp(page);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 60000 });
  expect((await storage(page)).report).toMatch(/^Recovered from the previous save/);
  // The previous generation and the journal after it: nothing of the atelier is lost.
  expect((await state(page)).orders).toBe(8000);
  expect((await state(page)).name).toBe('Maison Seconde');
});

test('a large demo shows at once and is saved across frames as the new atelier; the reload opens all of it', async ({ page, consoleErrors }) => {
  test.setTimeout(240000);
  await page.goto('/?demo=20000');
  await page.evaluate(() => window.atelier.ready);
  await locate(page, 'Open the demo atelier', { timeout: 20000 });
  // Frames on which the opened demo was on screen while its first save was still being written.
  await page.evaluate(() => {
    window.__shownWhileSaving = 0;
    const watch = () => {
      const s = window.atelier.storage();
      if (s.restoring && window.atelier.state().orders === 20000) window.__shownWhileSaving += 1;
      if (!(s.written > 0 && !s.restoring && s.state === 'saved')) setTimeout(watch, 5);
    };
    watch();
  });
  await click(page, 'Open the demo atelier');
  await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && !s.restoring && s.state === 'saved'; },
                             null, { timeout: 180000 });
  const s = await storage(page);
  expect(await page.evaluate(() => window.__shownWhileSaving)).toBeGreaterThan(1);
  expect(s.compact_slices).toBeGreaterThan(1);
  await rename(page, 'Atelier After Demo');
  await waitStorage(page, 'saved');
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 60000 });
  expect((await state(page)).orders).toBe(20000);
  expect((await state(page)).name).toBe('Atelier After Demo');
  expect(consoleErrors).toEqual([]);
});

test('a large atelier is compacted across frames; an edit meanwhile is kept, and the next quiet moment compacts it', async ({ page, consoleErrors }) => {
  test.setTimeout(240000);
  await openLargeDemo(page, 8000);
  const first = (await storage(page)).snapshot_seq;
  // A compaction on demand, watched frame by frame: it is in progress over several frames.
  await page.evaluate(() => {
    window.__compactingFrames = 0;
    const watch = () => { if (window.atelier.storage().compacting) window.__compactingFrames += 1; setTimeout(watch, 10); };
    watch();
    window.atelier.compactNow();
  });
  await page.waitForFunction((b) => { const s = window.atelier.storage(); return !s.compacting && s.snapshot_seq !== b && s.state === 'saved'; },
                             first, { timeout: 120000 });
  const s = await storage(page);
  expect(s.compact_slices).toBeGreaterThan(1);
  expect(await page.evaluate(() => window.__compactingFrames)).toBeGreaterThan(1);
  // Another one, interrupted by an edit: dropped, the edit journaled and saved, then compacted.
  const second = s.snapshot_seq;
  const before = await state(page);
  await click(page, 'Settings');
  await fill(page, 'Name', 'Atelier Renamed');
  // The button pressed first and released once the compaction runs: the edit lands a frame later.
  const save = await locate(page, 'Save settings');
  await page.mouse.move(save.cx, save.cy);
  await page.mouse.down();
  await page.evaluate(() => window.atelier.compactNow());
  await page.waitForFunction(() => window.atelier.storage().compacting, null, { timeout: 30000, polling: 1 });
  await page.mouse.up();
  await page.waitForFunction(() => window.atelier.state().name === 'Atelier Renamed', null, { timeout: 10000 });
  expect((await storage(page)).compact_dropped).toBeGreaterThan(0);
  await page.waitForFunction((b) => { const s = window.atelier.storage(); return s.state === 'saved' && !s.compacting && s.snapshot_seq > b; },
                             second, { timeout: 120000 });
  await page.reload();
  await page.waitForFunction(() => window.atelier.state().ready && window.atelier.startup.ready_frame_ms, null, { timeout: 60000 });
  const after = await state(page);
  expect(after.orders).toBe(before.orders);
  expect(after.name).toBe('Atelier Renamed');
  expect((await storage(page)).report).toBe('');
  expect(second).not.toBe(first);
  expect(consoleErrors).toEqual([]);
});
