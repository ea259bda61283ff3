// Browser durability (issue 11): every flush is a strict, committed IndexedDB transaction and
// Saved shows only after its 'complete'; a transaction aborted by the quota after its puts
// returned shows Not saved and is retried; without Web Locks a writer whose lease lapsed while
// hidden takes it back and flushes, and never reloads over edits it has not flushed; a refused
// Web Lock means read-only. Faults are injected into IndexedDB in an init script (below).
const { test, expect, openApp, locate } = require('./lib/app');
const { state, storage, waitStorage, openDemo, openLargeDemo, rename, reloadReady } = require('./lib/storage');

// Runs in the page before its scripts. Every readwrite transaction of the atelier's storage is logged (its durability, the
// options asked for, whether commit() was called, when 'complete' came); window.__hold keeps a
// committed transaction open (a request loop) until cleared; window.__quota makes the next
// readwrite transaction abort with a QuotaExceededError after its puts returned normally, as a
// full disk does when the transaction commits.
function instrumentIdb() {
  window.__tx = [];
  window.__hold = false;
  window.__quota = false;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    // The kept font atlas (assets/font-cache.js) is a cache in a database of its own, not a flush.
    if (mode !== 'readwrite' || this.name === 'atelier-font-atlas') return tx;
    const rec = { durability: tx.durability, options: options || null, committed: false, complete: false,
                  aborted: false, stateAtComplete: null, writes: 0 };
    tx.__rec = rec;
    window.__tx.push(rec);
    const quotaAbort = () => {
      if (rec.aborted) return;
      rec.aborted = true;
      Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                                           configurable: true });
      try { tx.abort(); } catch (e) { /* already committing */ }
    };
    tx.__quotaAbort = quotaAbort;
    const commit = tx.commit;
    tx.commit = function () {
      rec.committed = true;
      if (tx.__doomed) { quotaAbort(); return; }
      if (!window.__hold) { commit.call(tx); return; }
      const store = tx.objectStore(tx.objectStoreNames[0]);
      const spin = () => { if (window.__hold) store.count().onsuccess = spin; else commit.call(tx); };
      spin();
    };
    tx.addEventListener('complete', () => {
      rec.complete = true;
      try { rec.stateAtComplete = window.atelier.storage().state; } catch (e) { /* not up yet */ }
    });
    return tx;
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const req = put.apply(this, args);  // returns normally: the failure comes later, as an abort
    const tx = this.transaction;
    if (tx.__rec) tx.__rec.writes += 1;
    if (window.__quota && tx.__quotaAbort && !tx.__doomed) {
      tx.__doomed = true;
      queueMicrotask(tx.__quotaAbort);  // also when the app never calls commit()
    }
    return req;
  };
}

const fastRetries = () => { window.atelierStorageConfig = { syncTimeoutMs: 4000, retryBaseMs: 500, retryMaxMs: 1000 }; };

test.describe('flushes', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(fastRetries);
    await page.addInitScript(instrumentIdb);
  });

  test('every flush is a strict readwrite transaction, committed, and Saved shows only after its complete event', async ({ page }) => {
    await openDemo(page);
    await page.evaluate(() => { window.__hold = true; });
    const before = await page.evaluate(() => window.__tx.length);
    await rename(page, 'Maison Stricte');
    // The flush's transaction is committed but held open: the app must still say Saving.
    await page.waitForFunction((n) => window.__tx.slice(n).some((t) => t.committed && !t.complete), before);
    for (let i = 0; i < 5; ++i) {
      await page.waitForTimeout(200);
      expect((await storage(page)).state).toBe('saving');
    }
    expect(await locate(page, 'Save status: Saved', { timeout: 500 }).catch(() => null)).toBeNull();
    await page.evaluate(() => { window.__hold = false; });
    await waitStorage(page, 'saved');

    const txs = await page.evaluate(() => window.__tx);
    expect(txs.length).toBeGreaterThan(before);
    for (const t of txs) {
      expect(t).toMatchObject({ durability: 'strict', options: { durability: 'strict' }, committed: true, complete: true });
      expect(t.stateAtComplete).not.toBe('saved');  // Saved came after, never before
    }
    await reloadReady(page);
    expect((await state(page)).name).toBe('Maison Stricte');
  });

  test('a transaction the quota aborts after put returned shows Not saved, keeps the edit and stores it on retry', async ({ page }) => {
    await openDemo(page);
    await page.evaluate(() => { window.__quota = true; });
    await rename(page, 'Maison Quota');
    await waitStorage(page, 'not_saved');
    await expect(page.locator('#storage-failed')).toBeVisible();
    await expect(page.locator('#storage-failed')).toContainText('quota');
    expect(await locate(page, 'Save status: Not saved')).not.toBeNull();
    await page.waitForFunction(() => window.atelier.storage().failures >= 2, null, { timeout: 20000 });
    const s = await storage(page);
    expect(s.state).toBe('not_saved');
    expect(s.lastError).toMatch(/quota/i);
    expect((await state(page)).name).toBe('Maison Quota');  // the edit is kept on screen
    expect(await page.evaluate(() => window.__tx.filter((t) => t.aborted).length)).toBeGreaterThanOrEqual(2);

    await page.evaluate(() => { window.__quota = false; });
    await waitStorage(page, 'saved');
    await expect(page.locator('#storage-failed')).toBeHidden();
    await reloadReady(page);
    expect((await state(page)).name).toBe('Maison Quota');
  });
});

test('the main-thread fallback (no worker, getAll failing) loads, and flushes after it are strict', async ({ page }) => {
  await page.addInitScript(() => {
    window.Worker = undefined;  // no reader worker…
    IDBObjectStore.prototype.getAll = function () { throw new DOMException('getAll is broken here', 'UnknownError'); };  // …nor page read
  });
  await page.addInitScript(instrumentIdb);
  await openDemo(page);
  await rename(page, 'Maison Repli');
  await waitStorage(page, 'saved');
  await reloadReady(page);
  expect((await state(page)).name).toBe('Maison Repli');
  const s = await storage(page);
  expect(s.startup.installed_ms).toBeUndefined();  // loaded by the fallback, not by the early read
  expect(s.report).toBe('');
  await rename(page, 'Maison Repli 2');
  await waitStorage(page, 'saved');
  const txs = await page.evaluate(() => window.__tx);
  expect(txs.filter((t) => t.writes > 0).length).toBeGreaterThan(0);
  for (const t of txs.filter((x) => x.writes > 0)) expect(t).toMatchObject({ durability: 'strict', committed: true, complete: true });
  await reloadReady(page);
  expect((await state(page)).name).toBe('Maison Repli 2');
});

test('a record the fallback cannot read fails the load with its name, instead of being flushed away', async ({ page }) => {
  await page.addInitScript(() => {
    window.Worker = undefined;
    IDBObjectStore.prototype.getAll = function () { throw new DOMException('getAll is broken here', 'UnknownError'); };
    if (!sessionStorage.getItem('lose-journal')) return;
    // The journal's records cannot be read (as a damaged browser database answers).
    const value = Object.getOwnPropertyDescriptor(IDBCursorWithValue.prototype, 'value');
    Object.defineProperty(IDBCursorWithValue.prototype, 'value', {
      configurable: true,
      get() {
        if (String(this.key).includes('/journal-')) throw new DOMException('this record is damaged', 'DataError');
        return value.get.call(this);
      },
    });
  });
  await openDemo(page);
  await rename(page, 'Maison Perdue');
  await waitStorage(page, 'saved');
  await page.evaluate(() => sessionStorage.setItem('lose-journal', '1'));
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await waitStorage(page, 'read_only');
  const s = await storage(page);
  expect(s.state).toBe('read_only');
  expect(s.report).toMatch(/could not be read .*could not read \/atelier\/journal-.*damaged/);
  await page.evaluate(() => sessionStorage.removeItem('lose-journal'));
  await reloadReady(page);
  expect((await state(page)).name).toBe('Maison Perdue');  // nothing was flushed over it
});

// [SECTION] Big files in parts (assets/storage-idb.js) ----------------------------------------

// The stored keys, and which of them are parts ('\u0001' + index after their file's path).
const storedKeys = (page) => page.evaluate(() => new Promise((res, rej) => {
  const r = indexedDB.open('/atelier');
  r.onerror = () => rej(r.error);
  r.onsuccess = () => {
    const q = r.result.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA').getAllKeys();
    q.onsuccess = () => { r.result.close(); res(q.result.map(String)); };
  };
}));

test('a snapshot over the part size is stored gzipped in parts, and loads whole by the worker, the fallback and a read-only tab', async ({ page, context }) => {
  test.setTimeout(120000);
  // Parts of 64 KB: gzipped, 1,500 orders are ~150 KB, several parts (storage.js config).
  await page.addInitScript(() => { window.atelierStorageConfig = { partBytes: 64 * 1024 }; });
  await openLargeDemo(page, 1500);
  const keys = await storedKeys(page);
  const snapshots = keys.filter((k) => /\/snapshot-\d+\.atl$/.test(k));
  expect(snapshots.length).toBeGreaterThan(0);
  const partsOf = (k) => keys.filter((x) => x.startsWith(k + '\u0001'));
  expect(partsOf(snapshots[0]).length).toBeGreaterThan(1);
  expect(keys.filter((k) => /journal-/.test(k) && !k.includes('\u0001')).every((k) => partsOf(k).length === 0)).toBe(true);
  await rename(page, 'Maison en Parts');
  await waitStorage(page, 'saved');

  // A read-only tab beside it follows a new snapshot written in parts.
  const reader = await context.newPage();
  await reader.goto('/');
  await reader.evaluate(() => window.atelier.ready);
  await reader.waitForFunction(() => window.atelier.state().ready && window.atelier.storage().role === 'reader', null, { timeout: 30000 });
  expect((await state(reader)).orders).toBe(1500);
  const seq = (await storage(page)).snapshot_seq;
  await rename(page, 'Maison Suivie');
  await page.evaluate(() => window.atelier.compactNow());
  await page.waitForFunction((b) => { const s = window.atelier.storage(); return s.snapshot_seq !== b && s.state === 'saved' && !s.compacting; },
                             seq, { timeout: 60000 });
  await reader.waitForFunction(() => window.atelier.state().name === 'Maison Suivie', null, { timeout: 30000 });
  expect((await state(reader)).orders).toBe(1500);
  await reader.close();

  // The main-thread fallback reads the parts too.
  await page.addInitScript(() => {
    window.Worker = undefined;
    IDBObjectStore.prototype.getAll = function () { throw new DOMException('getAll is broken here', 'UnknownError'); };
  });
  await reloadReady(page);
  expect(await state(page)).toMatchObject({ name: 'Maison Suivie', orders: 1500 });
  expect((await storage(page)).report).toBe('');
});

test('a flush of many parts that keeps making progress is not timed out, however long it takes in all', async ({ page }) => {
  test.setTimeout(180000);
  // Each part's put takes 150 ms (a slow tablet's structured clone), the timeout is 600 ms: the
  // ~12 parts of 64 KB of 8,000 orders gzipped take over a second in all, but never 600 ms
  // without progress.
  await page.addInitScript(() => {
    window.atelierStorageConfig = { syncTimeoutMs: 600, partBytes: 64 * 1024 };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (String(key).includes('\u0001')) {
        window.__slowParts = (window.__slowParts || 0) + 1;
        const until = performance.now() + 150;
        while (performance.now() < until) { /* busy */ }
      }
      return put.call(this, value, key);
    };
  });
  await openLargeDemo(page, 8000, { beforeOpen: () => page.evaluate(() => {
    window.__banners = [];
    const show = window.atelierStorage.parts.showBanner;
    window.atelierStorage.parts.showBanner = (id, text) => { window.__banners.push(text); show(id, text); };
  }) });
  expect(await page.evaluate(() => window.__slowParts)).toBeGreaterThan(5);
  expect(await page.evaluate(() => window.__banners.filter((t) => /did not confirm/.test(t)))).toEqual([]);
  expect((await storage(page)).lastFlushMs).toBeGreaterThan(600);
});

test('a snapshot missing a part is not loaded as if whole: the load fails with its name and nothing is flushed over it', async ({ page }) => {
  test.setTimeout(120000);
  // Parts of 64 KB: gzipped, 1,500 orders are ~150 KB, several parts (storage.js config).
  await page.addInitScript(() => { window.atelierStorageConfig = { partBytes: 64 * 1024 }; });
  await openLargeDemo(page, 1500);
  const keys = await storedKeys(page);
  const part = keys.find((k) => k.includes('\u0001'));
  const lost = await page.evaluate((k) => new Promise((res, rej) => {
    const r = indexedDB.open('/atelier');
    r.onerror = () => rej(r.error);
    r.onsuccess = () => {
      const tx = r.result.transaction('FILE_DATA', 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      const g = store.get(k);
      g.onsuccess = () => { window.__lost = g.result; store.delete(k); };
      tx.oncomplete = () => { r.result.close(); res(Array.from(window.__lost.subarray(0, 4))); };
    };
  }), part);
  expect(lost.length).toBe(4);
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await waitStorage(page, 'read_only', 30000);
  expect((await storage(page)).report).toMatch(/could not read \/atelier\/snapshot-\d+\.atl \(a part of it is missing\)/);
  const after = await storedKeys(page);
  expect(after.length).toBe(keys.length - 1);  // nothing was flushed over what is left
});

// [SECTION] Without Web Locks: the localStorage lease -------------------------------------------

const leaseKey = 'atelier-writer-lease';
const lease = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), leaseKey);
const setLease = (page, value) => page.evaluate(([k, v]) => {
  if (v === null) localStorage.removeItem(k); else localStorage.setItem(k, JSON.stringify(v));
}, [leaseKey, value]);
// The tab's visibility as storage.js reads it, with the event it listens for.
const setHidden = (page, hidden) => page.evaluate((h) => {
  window.__hidden = h;
  document.dispatchEvent(new Event('visibilitychange'));
}, hidden);

test.describe('without Web Locks', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (window.__hidden ? 'hidden' : 'visible'), configurable: true });
      Object.defineProperty(Document.prototype, 'hidden', { get: () => !!window.__hidden, configurable: true });
    });
    await page.addInitScript(fastRetries);
    await page.addInitScript(instrumentIdb);
  });

  // An edit that could not be flushed before the tab was hidden (the disk was full), then the
  // lease lapses, as it does when a hidden tab's timers are throttled for minutes.
  async function unsavedThenHidden(page, name) {
    await openDemo(page);
    expect((await storage(page)).role).toBe('writer');
    await page.evaluate(() => { window.__quota = true; });
    await rename(page, name);
    await waitStorage(page, 'not_saved');
    await setHidden(page, true);
    return (await storage(page)).loads;
  }

  test('a writer whose lease lapsed while hidden takes it back and flushes, without reloading', async ({ page }) => {
    const loads = await unsavedThenHidden(page, 'Maison Cachée');
    const mine = await lease(page);
    await setLease(page, { ...mine, until: Date.now() - 1 });  // lapsed; nobody took it
    await page.waitForTimeout(3000);  // the renewal finds it lapsed
    await setHidden(page, false);
    expect((await storage(page)).role).toBe('writer');
    expect((await storage(page)).loads).toBe(loads);  // no reload over the unsaved edit
    expect((await state(page)).name).toBe('Maison Cachée');
    expect((await lease(page)).id).toBe(mine.id);  // taken back

    await page.evaluate(() => { window.__quota = false; });
    await waitStorage(page, 'saved');
    expect((await storage(page)).loads).toBe(loads);
    await reloadReady(page);
    expect((await state(page)).name).toBe('Maison Cachée');
  });

  test('a lease another tab took meanwhile: the unsaved edit is kept, never flushed nor reloaded over, and saved once that tab lets go', async ({ page }) => {
    const loads = await unsavedThenHidden(page, 'Maison Patiente');
    const flushes = (await storage(page)).flushes;
    await setLease(page, { id: 'another-tab', until: Date.now() + 60000 });
    await page.evaluate(() => { window.__quota = false; });
    await setHidden(page, false);
    await page.waitForFunction(() => /another tab took over/.test(window.atelier.storage().lastError), null, { timeout: 10000 });
    await page.waitForTimeout(2500);  // a few retries: still nothing written, nothing reloaded
    let s = await storage(page);
    expect(s.state).toBe('not_saved');
    expect(s.detail).toContain('another tab took over');
    expect(s.flushes).toBe(flushes);
    expect(s.loads).toBe(loads);
    expect((await state(page)).name).toBe('Maison Patiente');
    await expect(page.locator('#storage-failed')).toContainText('kept here');

    await setLease(page, null);  // the other tab closed without writing
    await waitStorage(page, 'saved');
    s = await storage(page);
    expect(s.role).toBe('writer');
    expect(s.loads).toBe(loads);
    await reloadReady(page);
    expect((await state(page)).name).toBe('Maison Patiente');
  });

  test('when the other tab wrote meanwhile, the unsaved edit is neither flushed nor reloaded over', async ({ page }) => {
    const loads = await unsavedThenHidden(page, 'Maison Divisée');
    const flushes = (await storage(page)).flushes;
    await setLease(page, { id: 'another-tab', until: Date.now() + 60000 });
    await page.evaluate(() => { window.__quota = false; });
    await setHidden(page, false);
    await page.waitForFunction(() => /another tab took over/.test(window.atelier.storage().lastError), null, { timeout: 10000 });
    // The other tab writes a file, then closes.
    await page.evaluate(() => new Promise((resolve, reject) => {
      const r = indexedDB.open('/atelier');
      r.onsuccess = () => {
        const tx = r.result.transaction('FILE_DATA', 'readwrite', { durability: 'strict' });
        tx.objectStore('FILE_DATA').put({ timestamp: new Date(), mode: 33188, contents: new Uint8Array(0) },
                                         '/atelier/other-tab.tmp');
        tx.oncomplete = () => { r.result.close(); resolve(); };
        tx.onabort = () => reject(tx.error);
        tx.commit();
      };
      r.onerror = () => reject(r.error);
    }));
    await setLease(page, null);
    await page.waitForFunction(() => /cannot be stored/.test(window.atelier.storage().lastError), null, { timeout: 10000 });
    await page.waitForTimeout(1500);
    const s = await storage(page);
    expect(s.state).toBe('not_saved');
    expect(s.detail).toContain('download a backup');
    expect(s.detail).not.toContain('retrying');
    expect(s.flushes).toBe(flushes);
    expect(s.loads).toBe(loads);
    expect((await state(page)).name).toBe('Maison Divisée');
    expect(await lease(page)).toBeNull();  // let go: the tab does not block the others
  });
});

test('a rejected Web Locks request means read-only, never a second writer', async ({ context }) => {
  const first = await context.newPage();
  await openDemo(first);
  await rename(first, 'Maison Verrou');
  await waitStorage(first, 'saved');

  const second = await context.newPage();
  await second.addInitScript(() => {
    const locks = { request: () => Promise.reject(new DOMException('The request is not allowed.', 'SecurityError')),
                    query: () => Promise.reject(new DOMException('The request is not allowed.', 'SecurityError')) };
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => locks, configurable: true });
  });
  await openApp(second);
  await waitStorage(second, 'read_only');
  await second.waitForFunction(() => window.atelier.state().name === 'Maison Verrou');
  let s = await storage(second);
  expect(s.role).toBe('reader');
  expect(s.detail).toContain('SecurityError');
  await expect(second.locator('#storage-readonly')).toContainText('refused');

  // Still read-only with the first tab gone: it cannot know it is alone.
  await first.close();
  await second.waitForTimeout(2000);
  s = await storage(second);
  expect(s.role).toBe('reader');
  expect(s.state).toBe('read_only');
  expect(s.flushes).toBe(0);
});
