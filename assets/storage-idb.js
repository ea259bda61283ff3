// IDBFS's record format in IndexedDB (Emscripten 3.1.6): one record per file in the database
// named after the mount, store FILE_DATA, index 'timestamp', version 21 — the records its own
// syncfs(true) loads. Opening the database, reading every record, listing their names and
// timestamps, and putting them into the mount; nothing here holds state. storage-reader.js runs
// openIdb and readAllRecords in a worker too, so they take everything as arguments.
(function () {
  'use strict';
  const IDB = { version: 21, store: 'FILE_DATA' };

  // These two take everything as arguments and touch nothing outside: the reader worker runs
  // their source text too (storage-reader.js).
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

  window.atelierIdb = { IDB, openIdb, readAllRecords, stampsIn, listRemote, install, stampsOfRecords };
})();
