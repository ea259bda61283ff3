// The reader worker: reads every record of IDBFS's database at start, off the main thread.
// On the main thread its answer would wait behind the WASM start-up and the first frames
// (measured: 220 ms here against 50 ms for the same 9 MB alone). The file contents come back
// transferred, not copied. The worker is built from a blob: URL (the page's CSP allows blob:
// workers) out of storage-idb.js's openIdb, readAllRecords, joinParts and inflateRecords, so no second
// file is fetched; gzipped files are inflated here too, off the page's thread.
// Used by storage-load.js; without workers (or with a CSP that refuses blob:) it returns null
// and the read happens on the main thread.
(function () {
  'use strict';
  const { IDB, openIdb, readAllRecords, joinParts, inflateRecords, workerFrom } = window.atelierIdb;

  // Runs inside the worker, from its source text: it may use only openIdb, readAllRecords, joinParts
  // and inflateRecords.
  // The database is opened as soon as the worker starts and read when the page asks (once it
  // holds the lock). `at` turns the worker's clock into the page's, for the startup figures.
  function readerMain() {
    let db = null;
    const at = (origin) => performance.timeOrigin + performance.now() - origin;
    self.onmessage = (e) => {
      const { name, version, store, origin } = e.data;
      if (e.data.open) {
        db = openIdb(name, version, store);
        db.then(() => self.postMessage({ opened_ms: at(origin) }), () => {});
        return;
      }
      (db || openIdb(name, version, store)).then((d) => readAllRecords(d, store).finally(() => d.close())).then(inflateRecords).then((records) => {
        const buffers = new Set(records.map(([, r]) => r && r.contents && r.contents.buffer).filter(Boolean));
        self.postMessage({ records, read_ms: at(origin) }, [...buffers]);
      }, (err) => self.postMessage({ error: String(err && err.message || err || 'IndexedDB read failed') }));
    };
  }

  // Starts the worker at once (so it opens the database while the caller waits for the lock);
  // read() asks it for the records.
  function startReader(name) {
    const worker = workerFrom(`${openIdb}\n${readAllRecords}\n${joinParts}\n${inflateRecords}\n(${readerMain})();`);
    if (!worker) return null;
    const ask = { name, version: IDB.version, store: IDB.store, origin: performance.timeOrigin };
    const times = {};  // when the worker had the database open and the records read (page ms)
    worker.onmessage = (e) => { if (e.data.opened_ms) times.opened_ms = e.data.opened_ms; };
    worker.postMessage(Object.assign({ open: true }, ask));
    return {
      times,
      read: () => new Promise((resolve, reject) => {
        worker.onmessage = (e) => {
          if (e.data.opened_ms) { times.opened_ms = e.data.opened_ms; return; }
          worker.terminate();
          if (e.data.error) reject(new Error(e.data.error));
          else { times.read_ms = e.data.read_ms; resolve(e.data.records); }
        };
        worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || 'the storage reader failed')); };
        worker.postMessage(ask);
      }),
    };
  }

  window.atelierStorage.parts.startReader = startReader;
})();
