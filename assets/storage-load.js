// Start: the writer lock and the stored files, asked for as soon as this script runs (before the
// WASM is up), then put into the mount when the C side calls st.start() before its first frame.
// Cold start is dominated by waiting — for the lock (on a reload the old page lets go late) and
// for IndexedDB — so both overlap with fetching and compiling the WASM. The read waits for the
// lock answer, so a writer reads what the page it replaces flushed on its way out.
// Without a worker, or when it fails, the records are read on the main thread (populate, a
// cursor). Never flush before a load succeeded: an empty tab would make IndexedDB empty too.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const config = st.config;
  const { IDB, readAllRecords, readByCursor, inflateRecords, install, stampsOfRecords } = window.atelierIdb;

  // Fills the mount on the main thread, a record at a time: the fallback load (no worker, or
  // getAll failed), and a read afresh (a read-only tab taking over, a lapsed writer with nothing
  // unsaved). It makes the mount equal to IndexedDB, so it never runs while this tab has
  // unflushed edits. (IDBFS's own syncfs(true) cannot read a file stored in parts, and hides a
  // record it failed to read: a later flush would then delete it.)
  parts.populate = function populate() {
    st.load = 'loading';
    let done = false;
    const finish = (err) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        st.load = 'failed';
        st.loadError = String(err && err.message || err);
      } else {
        parts.stored = parts.stampsOfMount();
        st.load = 'ready';
        st.loadGen += 1;
      }
    };
    const timer = setTimeout(() => finish(new Error(window.atelierWords.say('shell_storage_no_answer'))),
                             Math.max(config.syncTimeoutMs, 20000));
    parts.getDb().then((db) => readByCursor(db, IDB.store)).then(inflateRecords).then((records) => {
      if (done) return;
      const FS = parts.fs();
      const keep = new Set(records.map(([path]) => path));
      for (const [path] of parts.stampsOfMount()) {
        if (!keep.has(path) && !FS.isDir(FS.stat(path).mode)) FS.unlink(path);
      }
      install(FS, records);
      finish(null);
    }).catch(finish);
  };

  // Opening the database overlaps with the lock request.
  async function claimAndRead() {
    const rolePromise = parts.claimLock();
    const worker = parts.startReader(config.mount);
    try {
      const role = await rolePromise;
      st.startup.lock_ms = performance.now();
      const records = worker ? await worker.read() : await inflateRecords(await readAllRecords(await parts.getDb(), IDB.store));
      st.startup.read_ms = performance.now();
      if (worker) {
        st.startup.db_open_ms = worker.times.opened_ms;
        st.startup.worker_read_ms = worker.times.read_ms;
      }
      return { role, records };
    } catch (e) {
      return { role: await rolePromise, records: null };  // st.start falls back to populate
    }
  }

  const early = window.indexedDB ? claimAndRead() : parts.claimLock().then((role) => ({ role, records: null }));

  // Called by the C side before the first frame (storage_start).
  st.start = function () {
    const FS = parts.fs();
    try {
      try { FS.mkdir(config.mount); } catch (e) { /* exists */ }
      FS.mount(FS.filesystems.IDBFS, {}, config.mount);
    } catch (e) {
      st.load = 'failed';
      st.loadError = window.atelierWords.say('shell_storage_unavailable', { reason: e && e.message || e });
      return;
    }
    parts.askPersistence();
    st.load = 'loading';
    early.then(({ role, records }) => {
      st.role = role;
      if (role === 'reader') {
        parts.showReadOnly();
        parts.waitForTurn();
      }
      if (!records) {
        parts.populate();
        return;
      }
      try {
        install(FS, records);
        parts.stored = new Map(stampsOfRecords(records));
        st.startup.installed_ms = performance.now();
        st.load = 'ready';
        st.loadGen += 1;
      } catch (e) {
        parts.populate();  // replaces whatever was installed
      }
    });
  };
})();
