// IDBFS's record format in IndexedDB (Emscripten 3.1.6): one record per file in the database
// named after the mount, store FILE_DATA, index 'timestamp', version 21. Opening the database,
// reading every record, listing their names and timestamps, and putting them into the mount;
// nothing here holds state. storage-reader.js runs openIdb, readAllRecords and joinParts in a
// worker too, so they take everything as arguments.
//
// Two changes to the format: a file over partBytes (1 MB; storage.js config) is stored in parts,
// gzipped where the browser can. Putting one record
// structured-clones its whole contents in one task (0.9 s for a 93 MB snapshot of 100,000
// orders), so its record holds { timestamp, mode, parts, size } and its bytes go in `parts`
// records of at most partBytes, keyed path + '\u0001' + index (6 digits, so they sort in order),
// each a bare Uint8Array: no 'timestamp', so the index and every listing by it see only files.
// The writer puts one part per task, all in the same transaction (storage-writer.js). Gzipped
// (storage-gzip.js), the record also holds `gzip`: the file's own length, `size` being the
// stored bytes'; a record without it (an older save, or a browser without CompressionStream)
// holds the file as is.
(function () {
  'use strict';
  const IDB = { version: 21, store: 'FILE_DATA' };
  const partKey = (path, i) => path + '\u0001' + String(i).padStart(6, '0');
  const partsOf = (path) => IDBKeyRange.bound(path + '\u0001', path + '\u0002', false, true);

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
  // while a writer flushes); a file stored in parts comes back whole.
  function readAllRecords(db, store) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction([store], 'readonly');
      const keys = tx.objectStore(store).getAllKeys();
      const values = tx.objectStore(store).getAll();
      tx.oncomplete = () => {
        try { resolve(joinParts(keys.result.map((k, i) => [k, values.result[i]]))); } catch (e) { reject(e); }
      };
      tx.onerror = () => reject(tx.error || new Error('IndexedDB read failed'));
      tx.onabort = () => reject(tx.error || new Error('IndexedDB read was aborted'));
    });
  }
  // The same, one record at a time through a cursor: the fallback where getAll fails (an old or
  // damaged browser database), and IDBFS's own loader cannot read files stored in parts.
  function readByCursor(db, store) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction([store], 'readonly');
      const out = [];
      let failed = null;  // which record could not be read, and why
      const req = tx.objectStore(store).openCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) return;
        try {
          out.push([c.key, c.value]);
        } catch (e) {
          failed = new Error('could not read ' + c.key + ' (' + (e && e.message || e) + ')');
          tx.abort();
          return;
        }
        c.continue();
      };
      tx.oncomplete = () => {
        try { resolve(joinParts(out)); } catch (e) { reject(e); }
      };
      tx.onerror = () => reject(failed || tx.error || new Error('IndexedDB read failed'));
      tx.onabort = () => reject(failed || tx.error || new Error('IndexedDB read was aborted'));
    });
  }
  // [key, value] pairs in key order (parts follow their file's record) -> [path, record] per
  // file and folder, each file whole. A file missing a part is refused by name: loading without
  // it would let the next flush delete what is left.
  function joinParts(pairs) {
    const out = [];
    let i = 0;
    while (i < pairs.length) {
      const [key, value] = pairs[i++];
      if (String(key).indexOf('\u0001') >= 0) continue;  // a part whose file is gone
      if (!value || value.parts === undefined) { out.push([key, value]); continue; }
      const bytes = new Uint8Array(value.size);
      let at = 0, n = 0;
      while (i < pairs.length && String(pairs[i][0]).startsWith(key + '\u0001')) {
        const part = pairs[i++][1];
        if (!(part instanceof Uint8Array) || at + part.length > value.size) break;
        bytes.set(part, at);
        at += part.length;
        n += 1;
      }
      if (n !== value.parts || at !== value.size) throw new Error('could not read ' + key + ' (a part of it is missing)');
      const file = { timestamp: value.timestamp, mode: value.mode, contents: bytes };
      if (value.gzip !== undefined) file.gzip = value.gzip;
      out.push([key, file]);
    }
    return out;
  }
  // Files stored gzipped come back as they were written, inflated by the browser's
  // DecompressionStream (in the reader worker at start). One that does not inflate to its own
  // length goes into the mount as stored: the C side then finds that snapshot damaged and opens
  // the generation before it, as it does for any damaged file, and nothing is dropped.
  async function inflateRecords(records) {
    for (const entry of records) {
      const r = entry[1];
      if (!r || r.gzip === undefined) continue;
      let contents = r.contents;
      try {
        // Written whole and read chunk by chunk: through Blob.stream() and Response.arrayBuffer()
        // the same 9 MB took twice as long (measured 160–225 ms against 80–115 ms).
        const inflate = new DecompressionStream('gzip');
        const writer = inflate.writable.getWriter();
        writer.write(r.contents).catch(() => {});
        writer.close().catch(() => {});
        const reader = inflate.readable.getReader();
        const out = new Uint8Array(r.gzip);
        let at = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (at + value.length > out.length) throw new Error('longer than stored');
          out.set(value, at);
          at += value.length;
        }
        if (at === out.length) contents = out;
      } catch (e) { /* damaged, or no DecompressionStream: kept as stored */ }
      entry[1] = { timestamp: r.timestamp, mode: r.mode, contents };
    }
    return records;
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

  // A worker running `source` from a blob: URL (no second file is fetched), for the reader
  // (storage-reader.js) and the compressor (storage-gzip.js); null where there are no workers or
  // the page's content security policy refuses blob: ones.
  function workerFrom(source) {
    if (typeof Worker !== 'function') return null;
    try {
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url);
      URL.revokeObjectURL(url);
      return worker;
    } catch (e) {
      return null;
    }
  }

  window.atelierIdb = { IDB, partKey, partsOf, openIdb, readAllRecords, readByCursor, joinParts, inflateRecords, stampsIn, listRemote, install,
                        stampsOfRecords, workerFrom };
})();
