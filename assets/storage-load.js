// Start: the writer lock and the stored files, asked for as soon as this script runs (before the
// WASM is up), then put into the mount when the C side calls st.start() before its first frame.
// Cold start is dominated by waiting — for the lock (on a reload the old page lets go late) and
// for IndexedDB — so both overlap with fetching and compiling the WASM. The read waits for the
// lock answer, so a writer reads what the page it replaces flushed on its way out.
// IDBFS's own syncfs(true) is only the fallback (no workers, a damaged record), and what it
// loaded is checked against the stored records. Never flush before a load succeeded: an empty
// tab would make IndexedDB empty too.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const config = st.config;
  const { IDB, readAllRecords, listRemote, install, stampsOfRecords } = window.atelierIdb;

  // Fills the mount through IDBFS's syncfs(true): the fallback load, and a read afresh (a
  // read-only tab taking over, a lapsed writer with nothing unsaved). It makes the mount equal
  // to IndexedDB, so it never runs while this tab has unflushed edits.
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
    const timer = setTimeout(() => finish(new Error('the browser storage did not answer in time')),
                             Math.max(config.syncTimeoutMs, 20000));
    // IDBFS's syncfs(true) hides a failed read of one record (its request error handler
    // prevents the abort and passes on nothing): check that the mount now holds every stored
    // record, or a later flush would delete the one that was not read.
    const verify = (err) => {
      if (err) { finish(err); return; }
      parts.getDb().then((db) => listRemote(db, IDB.store)).then((remote) => {
        const local = parts.stampsOfMount();
        const missing = [...remote].filter(([path, stamp]) => local.get(path) !== stamp).map(([path]) => path);
        finish(missing.length ? new Error('could not read ' + missing.join(', ')) : null);
      }, finish);
    };
    try {
      parts.fs().syncfs(true, verify);
    } catch (e) {
      finish(e);
    }
  };

  // Opening the database overlaps with the lock request.
  async function claimAndRead() {
    const rolePromise = parts.claimLock();
    const worker = parts.startReader(config.mount);
    try {
      const role = await rolePromise;
      st.startup.lock_ms = performance.now();
      const records = worker ? await worker.read() : await readAllRecords(await parts.getDb(), IDB.store);
      st.startup.read_ms = performance.now();
      return { role, records };
    } catch (e) {
      return { role: await rolePromise, records: null };  // st.start falls back to IDBFS's own syncfs
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
      st.loadError = 'browser storage is unavailable: ' + (e && e.message || e);
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
        parts.populate();  // IDBFS's own path replaces whatever was installed
      }
    });
  };
})();
