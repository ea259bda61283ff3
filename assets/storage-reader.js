// The reader worker: reads every record of IDBFS's database at start, off the main thread.
// On the main thread its answer would wait behind the WASM start-up and the first frames
// (measured: 220 ms here against 50 ms for the same 9 MB alone). The file contents come back
// transferred, not copied. The worker is built from a blob: URL (the page's CSP allows blob:
// workers) out of storage-idb.js's openIdb, readAllRecords and joinParts, so no second file is fetched.
// Used by storage-load.js; without workers (or with a CSP that refuses blob:) it returns null
// and the read happens on the main thread.
(function () {
  'use strict';
  const { IDB, openIdb, readAllRecords, joinParts } = window.atelierIdb;

  // Runs inside the worker, from its source text: it may use only openIdb, readAllRecords and joinParts.
  function readerMain() {
    self.onmessage = (e) => {
      const { name, version, store } = e.data;
      openIdb(name, version, store).then((db) => readAllRecords(db, store).finally(() => db.close())).then((records) => {
        const buffers = new Set(records.map(([, r]) => r && r.contents && r.contents.buffer).filter(Boolean));
        self.postMessage({ records }, [...buffers]);
      }, (err) => self.postMessage({ error: String(err && err.message || err || 'IndexedDB read failed') }));
    };
  }

  // Starts the worker at once (so it opens the database while the caller waits for the lock);
  // read() asks it for the records.
  function startReader(name) {
    if (typeof Worker !== 'function') return null;
    let worker;
    try {
      const url = URL.createObjectURL(new Blob([`${openIdb}\n${readAllRecords}\n${joinParts}\n(${readerMain})();`], { type: 'text/javascript' }));
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

  window.atelierStorage.parts.startReader = startReader;
})();
