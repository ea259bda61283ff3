// Page side of the app's storage: what it knows, in one place. The C side
// (web/platform/storage.cpp) polls window.atelierStorage each frame and never keeps its own copy
// of these facts; window.atelier.storage() is what tests read.
//
// This script owns: which tab writes (role), whether the stored files are loaded (load), and
// what IndexedDB confirmed (durable, failures, lastError, retryAt). The jobs that change them are
// one script each, loaded after this one in index.html (docs/storage.md, "The browser"):
//   storage-idb.js     IDBFS's record format (big files in parts): open, read, list, install
//   storage-lease.js   the localStorage lease that stands in for Web Locks
//   storage-reader.js  the worker that reads every stored record at start
//   storage-writer.js  a flush: what changed, written in IDBFS's format, strict and committed
//   storage-flush.js   when to flush: one at a time, follow-ups, timeout, retry with backoff
//   storage-role.js    one writer: the Web Lock or lease, waiting for it, a lapsed lease
//   storage-load.js    start: the lock and the read before the WASM is up; the main-thread fallback
//   storage-follow.js  a read-only tab replays what the writer flushed
//   storage-backup.js  backup and raw-file downloads, the restore file picker
//   storage-usage.js   persistent storage and the space used
// They share `parts` (below): functions one job calls in another, and what IndexedDB holds.
//
// Why it is shaped like this (../shared/TOOLCHAIN.md, Emscripten 3.1.6):
// - A flush makes IndexedDB equal to this tab's files, deleting what the tab lacks (as IDBFS's
//   syncfs(false) does): two writing tabs would delete each other's edits. Only the holder of the
//   'atelier-writer' lock writes.
// - An aborted IndexedDB transaction never calls the syncfs callback, and IDBFS's transactions
//   are relaxed: flushes are written here, strict and committed, and they hear aborts.
// - Start and save are chains of IndexedDB answers: the lock and the read start before the WASM
//   is up, and a flush writes only what changed, in one transaction.
(function () {
  'use strict';
  const config = Object.assign({
    mount: '/atelier',
    syncTimeoutMs: 10000,     // a flush that has not called back by then has failed
    retryBaseMs: 1000,        // backoff after a failure: 1 s, 2 s, 4 s … capped
    retryMaxMs: 30000,
    lockName: 'atelier-writer',
    quietOpenMs: 400,         // nothing drawn for this long while the stored atelier opens (web/main_web.cpp)
    partBytes: 1 << 20,       // a file over this is stored gzipped, in parts of at most this (storage-idb.js)
  }, window.atelierStorageConfig || {});

  const st = {
    config,
    // Loading: 'idle' -> 'loading' -> 'ready' | 'failed'; loadGen counts completed loads (a
    // read-only tab that takes over loads again, and the C side delivers the fresh state).
    load: 'idle',
    loadGen: 0,
    loadError: '',
    // A read-only tab: counts the times the files changed under it (the C side then replays them).
    followGen: 0,
    follows: 0,
    role: 'pending',          // 'writer' | 'reader' | 'pending'
    lockSupported: !!(navigator.locks && navigator.locks.request),
    lockRefused: false,       // navigator.locks.request rejected: read-only, never a second writer
    readOnlyReason: '',       // why read-only, when not "another tab writes"
    conflict: '',             // unsaved edits here, and another tab wrote meanwhile: never flushed
    // Flushing: the C side asks for generation N to be durable; durable is the last that is.
    wanted: 0,
    durable: 0,
    inFlight: false,
    flightStart: 0,
    failures: 0,
    lastError: '',
    retryAt: 0,
    flushes: 0,
    lastFlushMs: 0,
    // Storage protection and usage.
    persisted: null,
    usage: 0,
    quota: 0,
    restoreText: null,
    // Milliseconds since navigation start at each step of loading (the cold-start bench prints them).
    startup: {},
  };
  window.atelierStorage = st;

  // What the jobs share. `stored`: path -> timestamp (ms) of each record in IndexedDB, as this
  // tab last read or wrote it; null when unknown (a flush timed out: it may or may not have landed).
  const parts = {
    stored: null,
    fs: () => window.Module && window.Module.FS,
    allSaved: () => st.wanted <= st.durable && !st.inFlight,
  };
  Object.defineProperty(st, 'parts', { value: parts, enumerable: false });

  // One IndexedDB connection for the page's life: reading at start, then every flush.
  const { IDB, openIdb } = window.atelierIdb;
  let dbPromise = null;
  parts.getDb = function getDb() {
    if (!dbPromise) {
      dbPromise = openIdb(config.mount, IDB.version, IDB.store).then((db) => {
        db.onversionchange = () => { db.close(); dbPromise = null; };
        db.onclose = () => { dbPromise = null; };
        return db;
      });
      dbPromise.catch(() => { dbPromise = null; });
    }
    return dbPromise;
  };

  // [SECTION] Banners: what the page tells the user beside the app's own indicator ------------

  parts.showBanner = function showBanner(id, text) {
    let el = document.getElementById(id);
    if (!el) {
      el = document.createElement('div');
      el.id = id;
      el.className = 'pwa-banner pwa-warning';
      el.setAttribute('role', 'alert');
      el.style.top = id === 'storage-readonly' ? 'max(60px, env(safe-area-inset-top))' : 'max(108px, env(safe-area-inset-top))';
      (document.body || document.documentElement).appendChild(el);
    }
    el.textContent = text;
    el.hidden = false;
  };
  parts.hideBanner = function hideBanner(id) {
    const el = document.getElementById(id);
    if (el) el.hidden = true;
  };
  parts.showReadOnly = function showReadOnly() {
    const show = () => parts.showBanner('storage-readonly', st.readOnlyReason || window.atelierWords.say('shell_other_tab'));
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  };

  // [SECTION] Bridge for tests ----------------------------------------------------------------

  const attach = () => {
    if (!window.atelier) return;
    // What the C side reports (state, detail, seq …), plus this side's flush counters.
    window.atelier.storage = () => {
      const c = JSON.parse(window.Module.ccall('atelier_storage_status', 'string', [], []));
      return Object.assign(c, { startup: st.startup, follows: st.follows, role: st.role, wanted: st.wanted, durable: st.durable, failures: st.failures,
                                flushes: st.flushes, lastError: st.lastError, lastFlushMs: st.lastFlushMs });
    };
  };
  attach();
})();
