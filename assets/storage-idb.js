// IDBFS's record format in IndexedDB (Emscripten 3.1.6): one record per file in the database
// named after the mount, store FILE_DATA, index 'timestamp', version 21 — the records its own
// syncfs(true) loads. Reading them (also in a worker), listing their names and timestamps, and
// putting them into the mount; nothing here holds state. Used by storage.js.
(function () {
  'use strict';
  const IDB = { version: 21, store: 'FILE_DATA' };

  // These two take everything as arguments and touch nothing outside: the reader worker runs
  // their source text too (readerMain below).
  function openIdb(name, version, store) {
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(name, version);
      req.onupgradeneeded = () => {  // a first start: create what IDBFS would create
        const files = req.result.objectStoreNames.contains(store) ? req.transaction.objectStore(store)
                                                                   : req.result.createObjectStore(store);
        if (!files.indexNames.contains('timestamp')) files.createIndex('timestamp', 'timestamp', { unique: false });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error || new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
  }
  // Every file record as [path, record], read in one transaction (a consistent picture even
  // while a writer flushes).
  function readAllRecords(db, store) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction([store], 'readonly');
      const keys = tx.objectStore(store).getAllKeys();
      const values = tx.objectStore(store).getAll();
      tx.oncomplete = () => resolve(keys.result.map((k, i) => [k, values.result[i]]));
      tx.onerror = () => reject(tx.error || new Error('IndexedDB read failed'));
      tx.onabort = () => reject(tx.error || new Error('IndexedDB read was aborted'));
    });
  }
  // Names and timestamps of every stored record (IDBFS's 'timestamp' index: keys only, no
  // contents), handed to `then` inside the transaction of `files`.
  function stampsIn(files, then) {
    const remote = new Map();
    files.index('timestamp').openKeyCursor().onsuccess = (e) => {
      const c = e.target.result;
      if (!c) { then(remote); return; }
      remote.set(c.primaryKey, +c.key);
      c.continue();
    };
  }
  function listRemote(db, store) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction([store], 'readonly');
      let remote = null;
      stampsIn(tx.objectStore(store), (r) => { remote = r; });
      tx.oncomplete = () => resolve(remote);
      tx.onerror = () => reject(tx.error || new Error('IndexedDB read failed'));
      tx.onabort = () => reject(tx.error || new Error('IndexedDB read was aborted'));
    });
  }

  // The read runs in a worker: on this thread its answer would wait behind the WASM start-up
  // and the first frames (measured: 220 ms here against 50 ms for the same 9 MB alone). The
  // file contents come back transferred, not copied.
  function readerMain() {
    self.onmessage = (e) => {
      const { name, version, store } = e.data;
      openIdb(name, version, store).then((db) => readAllRecords(db, store).finally(() => db.close())).then((records) => {
        const buffers = new Set(records.map(([, r]) => r && r.contents && r.contents.buffer).filter(Boolean));
        self.postMessage({ records }, [...buffers]);
      }, (err) => self.postMessage({ error: String(err && err.message || err || 'IndexedDB read failed') }));
    };
  }
  function startReader(name) {
    if (typeof Worker !== 'function') return null;
    let worker;
    try {
      const url = URL.createObjectURL(new Blob([`${openIdb}\n${readAllRecords}\n(${readerMain})();`], { type: 'text/javascript' }));
      worker = new Worker(url);
      URL.revokeObjectURL(url);
    } catch (e) {
      return null;  // e.g. a content security policy without blob: workers
    }
    return {
      read: () => new Promise((resolve, reject) => {
        worker.onmessage = (e) => { worker.terminate(); if (e.data.error) reject(new Error(e.data.error)); else resolve(e.data.records); };
        worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || 'the storage reader failed')); };
        worker.postMessage({ name, version: IDB.version, store: IDB.store });
      }),
    };
  }
  // Puts the records into the mount exactly as IDBFS's syncfs(true) would (same modes and
  // timestamps, so its next flush sees them as already stored).
  function install(FS, records) {
    records.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [path, entry] of records) {
      if (FS.isDir(entry.mode)) FS.mkdirTree(path, entry.mode);
      else if (FS.isFile(entry.mode)) FS.writeFile(path, entry.contents, { canOwn: true });
      else throw new Error('unknown entry type in storage: ' + path);
      FS.chmod(path, entry.mode);
      FS.utime(path, entry.timestamp, entry.timestamp);
    }
  }
  const stampsOfRecords = (records) => records.map(([path, entry]) => [path, +entry.timestamp]);

  window.atelierIdb = { IDB, openIdb, readAllRecords, stampsIn, listRemote, startReader, install, stampsOfRecords };
})();
