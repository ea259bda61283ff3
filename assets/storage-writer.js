// The IDBFS-format writer: one flush writes what changed in the mount since the last one into
// IndexedDB, in IDBFS's record format (so either loader reads it back). When to flush, and what
// a failure means, is storage-flush.js's. A big file goes gzipped (storage-gzip.js) in parts
// (storage-idb.js).
//
// IDBFS's syncfs(false) lists every record of the database on each flush (a cursor, one round
// trip per stored file) before it writes, in a relaxed transaction whose abort it never hears.
// It is not used. Only the lock holder writes, so what the database holds is what this tab last
// read or wrote (parts.stored), and a flush writes the difference in one strict transaction.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const { IDB, partKey, partsOf, stampsIn, gzip } = window.atelierIdb;
  const partBytes = st.config.partBytes;

  // Every file and folder under the mount, path -> stat.
  function localFiles() {
    const FS = parts.fs();
    const out = new Map();
    const walk = (dir) => {
      for (const name of FS.readdir(dir)) {
        if (name === '.' || name === '..') continue;
        const path = dir + '/' + name;
        const stat = FS.stat(path);
        out.set(path, stat);
        if (FS.isDir(stat.mode)) walk(path);
      }
    };
    walk(st.config.mount);
    return out;
  }
  function stampsOf(files) {
    return new Map([...files].map(([path, stat]) => [path, +stat.mtime]));
  }
  // After a load the mount is what IndexedDB holds.
  parts.stampsOfMount = () => stampsOf(localFiles());

  // A file's bytes without MEMFS's spare capacity, not copied.
  function fileView(path) {
    const node = parts.fs().lookupPath(path).node;
    const c = node.contents;
    if (!c) return new Uint8Array(0);
    return (c.subarray ? c : new Uint8Array(c)).subarray(0, node.usedBytes);
  }
  // A stored view would keep its whole buffer: a file that does not fill it is copied out.
  const ownBytes = (v) => (v.byteOffset === 0 && v.byteLength === v.buffer.byteLength ? v : v.slice());

  // One flush: a 'readwrite' transaction with strict durability (Chromium, Firefox and Safari
  // default to relaxed: 'complete' when the OS has the data, not the disk), committed explicitly
  // once every request is issued; done(null) only on its 'complete' event. When what IndexedDB
  // holds is unknown (after a flush timed out), the same transaction lists it first (keys and
  // timestamps only) and writes the difference, as IDBFS's syncfs(false) would, but strict and
  // with its abort heard.
  // `alive` is called each time a part is stored (the flush's timeout counts from then).
  parts.writeChanges = function writeChanges(done, alive = () => {}) {
    const local = localFiles();
    const diff = (remote) => ({
      put: [...local].filter(([path, stat]) => remote.get(path) !== +stat.mtime),
      remove: [...remote.keys()].filter((path) => !local.has(path)),
    });
    if (parts.stored) {
      const d = diff(parts.stored);
      if (!d.put.length && !d.remove.length) { done(null); return; }
    }
    // Contents are taken now: the C side may write again before the transaction opens. A file
    // stored in parts is kept as a view and copied a part at a time: it is a snapshot, never
    // written again once complete (were it, its time would move and the next flush store it again).
    const known = parts.stored;
    const record = (path, stat) => {
      if (parts.fs().isDir(stat.mode)) return { record: { timestamp: stat.mtime, mode: stat.mode } };
      const bytes = fileView(path);
      if (bytes.length > partBytes) {
        return { record: { timestamp: stat.mtime, mode: stat.mode, parts: Math.ceil(bytes.length / partBytes), size: bytes.length },
                 bytes };
      }
      return { record: { timestamp: stat.mtime, mode: stat.mode, contents: ownBytes(bytes) } };
    };
    const records = new Map([...local].filter(([path, stat]) => !known || known.get(path) !== +stat.mtime)
      .map(([path, stat]) => [path, record(path, stat)]));
    // Big files are gzipped before the transaction opens (it would commit by itself while it
    // waited); one that does not shrink, or could not be gzipped, is stored as it is.
    const squeezed = [...records.values()].filter((r) => r.bytes).map((r) => gzip(r.bytes, alive).then((z) => {
      if (!z || z.length >= r.bytes.length) return;
      r.record = { timestamp: r.record.timestamp, mode: r.record.mode, parts: Math.max(1, Math.ceil(z.length / partBytes)),
                   size: z.length, gzip: r.bytes.length };
      r.bytes = z;
    }));
    Promise.all(squeezed).then(() => parts.getDb()).then((db) => {
      let tx;
      let over = false;
      const fail = (e) => { if (over) return; over = true; done(e); };
      try {
        tx = db.transaction([IDB.store], 'readwrite', { durability: 'strict' });
        const files = tx.objectStore(IDB.store);
        const abort = (e) => {
          try { tx.abort(); } catch (e2) { /* already over */ }
          fail(e);
        };
        // The parts of big files, one put per task: each waits for the previous one's success
        // (a request still pending keeps the transaction open), so frames run in between.
        const queue = [];
        const next = () => {
          if (over) return;
          try {
            if (queue.length) {
              const [key, bytes, at] = queue.shift();
              const req = files.put(bytes.slice(at, at + partBytes), key);
              if (queue.length) { req.onsuccess = () => { alive(); next(); }; return; }
            }
            if (tx.commit) tx.commit();  // no more requests: do not wait for the auto-commit
          } catch (e) {
            abort(e);
          }
        };
        const write = (remote) => {
          try {
            const d = diff(remote);
            for (const [path] of d.put) {
              const { record: r, bytes } = records.get(path);
              files.delete(partsOf(path));  // the parts of an earlier file of this name
              files.put(r, path);
              for (let i = 0; bytes && i < r.parts; i += 1) queue.push([partKey(path, i), bytes, i * partBytes]);
            }
            for (const path of d.remove) {
              files.delete(path);
              files.delete(partsOf(path));
            }
            next();
          } catch (e) {
            abort(e);
          }
        };
        if (known) write(known); else stampsIn(files, write);
      } catch (e) {
        if (tx) try { tx.abort(); } catch (e2) { /* already over */ }
        fail(e);
        return;
      }
      tx.oncomplete = () => { if (over) return; over = true; parts.stored = stampsOf(local); done(null); };
      tx.onabort = () => fail(tx.error || new Error('IndexedDB refused the write'));
    }, done);
  };
})();
