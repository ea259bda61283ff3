// The font atlas the app built, kept for the next start (web/ui/font_atlas_cache.hpp). Building
// it is the longest piece of the WASM's own start-up work; restoring it is a copy. It lives in
// an IndexedDB database of its own: a cache, not the atelier's files (never flushed, backed up
// or synced with them), and losing it only costs the next start that build.
// Read from the moment this script runs; main() waits for it a little (assets/atelier.js) and
// then asks (web/platform/font_cache.cpp): state 'reading' until then, 'found' with `bytes`, or
// 'none' (nothing kept, no IndexedDB, or the read failed: then the app builds the atlas and keeps it).
(function () {
  'use strict';
  const DB = 'atelier-font-atlas';
  const STORE = 'atlas';
  const KEY = 'atlas';
  const cache = { state: 'reading', bytes: null };
  // A kept atlas is 1.2 MB at a dpr of 1 and 4.4 MB at 3 (measured in Chromium), growing with the
  // pixels: a record over 64 MB is not one, and is not copied into the WASM heap to find that out.
  const MAX_BYTES = 64 * 1024 * 1024;

  function open() {
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('the font cache is blocked'));
    });
  }

  function read() {
    return open().then((db) => new Promise((resolve) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => resolve(req.result instanceof Uint8Array && req.result.length <= MAX_BYTES ? req.result : null);
      req.onerror = () => resolve(null);
    }).finally(() => db.close()));
  }

  // Replaces what is kept. A failure is only a slower next start: nothing to tell the user.
  cache.keep = (bytes) => {
    if (!window.indexedDB) return;
    open().then((db) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(bytes, KEY);
      tx.oncomplete = tx.onabort = tx.onerror = () => db.close();
    }).catch(() => {});
  };

  // `settled` resolves once the state is no longer 'reading'; `read_ms` says when (page ms).
  cache.settled = (window.indexedDB ? read() : Promise.resolve(null)).then((bytes) => {
    cache.bytes = bytes;
    cache.state = bytes ? 'found' : 'none';
  }, () => { cache.state = 'none'; }).then(() => { cache.read_ms = performance.now(); });

  window.atelierFontAtlas = cache;
})();
