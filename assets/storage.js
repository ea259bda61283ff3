// Page side of the app's storage (the C side is web/platform/storage.cpp): IDBFS mounted at
// /atelier, one writer per browser profile (Web Locks), flushes to IndexedDB serialised and
// coalesced, each with a timeout, failures kept and retried with backoff, a flush when the page is
// hidden, persistent storage asked for, backup download and restore file picker.
// window.atelierStorage is what the C side polls; window.atelier.storage() what tests read.
// Two helpers load first: storage-idb.js (IDBFS's record format: read, list, install; the reader
// worker) and storage-lease.js (the localStorage lease used without Web Locks).
//
// Why it is shaped like this (../shared/TOOLCHAIN.md, Emscripten 3.1.6):
// - A flush makes IndexedDB equal to this tab's files, deleting what the tab lacks (as IDBFS's
//   syncfs(false) does): two writing tabs would delete each other's edits. Only the holder of the
//   'atelier-writer' lock writes.
// - An aborted IndexedDB transaction never calls the syncfs callback, and IDBFS's transactions
//   are relaxed: flushes are written here, strict and committed, and they hear aborts; each still
//   has a timeout, in case the browser never answers. IDBFS's own syncfs(true) is only the
//   fallback loader, and what it loaded is checked against the stored records.
// - Without Web Locks (a LAN address over plain http) a lease in localStorage stands in; a writer
//   that finds it lapsed never reloads over edits it has not flushed.
// - Overlapping flushes would each re-scan the mount: one at a time, plus a "wanted" mark.
// - Frames stop in a hidden tab, so flushing must not wait for the C side's next frame.
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

  let zombieUntil = 0;        // a timed-out flush may still be running: wait for it up to here
  let retryTimer = 0;

  function fs() { return window.Module && window.Module.FS; }

  // [SECTION] Loading -------------------------------------------------------------------------

  // Fills the mount from IndexedDB. Never flush before this succeeded: an empty tab would make
  // IndexedDB empty too.
  function populate() {
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
        stored = stampsOf(localFiles());  // after a populate the mount is what IndexedDB holds
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
      getDb().then(listRemote).then((remote) => {
        const local = stampsOf(localFiles());
        const missing = [...remote].filter(([path, stamp]) => local.get(path) !== stamp).map(([path]) => path);
        finish(missing.length ? new Error('could not read ' + missing.join(', ')) : null);
      }, finish);
    };
    try {
      fs().syncfs(true, verify);
    } catch (e) {
      finish(e);
    }
  }

  // [SECTION] Without Web Locks: a lease in localStorage ---------------------------------------
  //
  // Plain http:// on a LAN address is not a secure context, so navigator.locks is missing: a lease
  // in localStorage (storage-lease.js, valid 10 s, released on pagehide) stands in. A hidden tab's
  // timers are throttled, so a writer can find its lease lapsed: leaseLapsed() (below, with the
  // flushes) takes it back if it is free and flushes; it never reloads over files it has not written.
  const lease = window.atelierLease({ key: config.lockName + '-lease', validMs: config.leaseMs || 10000,
                                      onLapsed: () => leaseLapsed() });
  // Last edits first (flush checks the lease), then let the next tab in.
  window.addEventListener('pagehide', () => { if (!st.lockSupported) { flushNow(); lease.release(); } });

  // [SECTION] Early start: the lock and the stored files, while the WASM still loads ----------
  //
  // Cold start is dominated by waiting: for the lock (on a reload the old page lets go late)
  // and for IndexedDB. Both start here, as soon as this script runs, instead of after the
  // runtime is up; st.start then fills the mount from what was read. IDBFS keeps one record per
  // file in the database named after the mount (store FILE_DATA, index 'timestamp', version 21
  // in Emscripten 3.1.6): the same records its own syncfs(true) would load.
  const { IDB, openIdb, readAllRecords, stampsIn, stampsOfRecords } = window.atelierIdb;
  const listRemote = (db) => window.atelierIdb.listRemote(db, IDB.store);
  const install = (records) => window.atelierIdb.install(fs(), records);
  const startReader = () => window.atelierIdb.startReader(config.mount);

  const openDb = () => openIdb(config.mount, IDB.version, IDB.store);

  // One connection for the page's life: reading at start, then every flush.
  let dbPromise = null;
  function getDb() {
    if (!dbPromise) {
      dbPromise = openDb().then((db) => {
        db.onversionchange = () => { db.close(); dbPromise = null; };
        db.onclose = () => { dbPromise = null; };
        return db;
      });
      dbPromise.catch(() => { dbPromise = null; });
    }
    return dbPromise;
  }

  // Resolves to the role this tab got ('writer' | 'reader') once the lock question is answered.
  function claimLock() {
    if (!st.lockSupported) return lease.claim().then((won) => (won ? 'writer' : 'reader'));
    return new Promise((resolve) => {
      navigator.locks.request(config.lockName, { ifAvailable: true }, (lock) => {
        resolve(lock ? 'writer' : 'reader');
        return lock ? new Promise(() => {}) : undefined;  // a writer holds it until the page goes away
      }).catch((e) => {
        // Refused (e.g. SecurityError): this tab cannot know it is the only writer, so it is not one.
        st.lockRefused = true;
        st.readOnlyReason = 'This browser refused the lock that keeps to one writing tab (' +
          (e && (e.name || e.message) || e) + '), so this tab is read-only.';
        resolve('reader');
      });
    });
  }

  // Opening the database overlaps with the lock request; the read itself waits for the lock, so a
  // writer reads what the page it replaces flushed on its way out.
  async function claimAndRead() {
    const rolePromise = claimLock();
    const worker = startReader();
    try {
      const role = await rolePromise;
      st.startup.lock_ms = performance.now();
      const records = worker ? await worker.read() : await readAllRecords(await getDb(), IDB.store);
      st.startup.read_ms = performance.now();
      return { role, records };
    } catch (e) {
      return { role: await rolePromise, records: null };  // st.start falls back to IDBFS's own syncfs
    }
  }

  const early = window.indexedDB ? claimAndRead() : claimLock().then((role) => ({ role, records: null }));

  // Called by the C side before the first frame (storage_start).
  st.start = function () {
    const FS = fs();
    try {
      try { FS.mkdir(config.mount); } catch (e) { /* exists */ }
      FS.mount(FS.filesystems.IDBFS, {}, config.mount);
    } catch (e) {
      st.load = 'failed';
      st.loadError = 'browser storage is unavailable: ' + (e && e.message || e);
      return;
    }
    askPersistence();
    st.load = 'loading';
    early.then(({ role, records }) => {
      st.role = role;
      if (role === 'reader') {
        showReadOnly();
        waitForTurn();
      }
      if (!records) {
        populate();
        return;
      }
      try {
        install(records);
        stored = new Map(stampsOfRecords(records));
        st.startup.installed_ms = performance.now();
        st.load = 'ready';
        st.loadGen += 1;
      } catch (e) {
        populate();  // IDBFS's own path replaces whatever was installed
      }
    });
  };

  // A read-only tab queues for the lock; when the writer closes, it reloads the stored files
  // (the writer changed them) and becomes the writer.
  function waitForTurn() {
    if (st.lockRefused) return;  // asking again would be refused again
    const takeOver = () => {
      st.role = 'writer';
      hideBanner('storage-readonly');
      populate();
    };
    if (!st.lockSupported) {
      lease.waitFor(takeOver);
      return;
    }
    navigator.locks.request(config.lockName, () => {
      takeOver();
      return new Promise(() => {});
    }).catch(() => {});
  }


  // [SECTION] Writing what changed -------------------------------------------------------------
  //
  // IDBFS's syncfs(false) lists every record of the database on each flush (a cursor, one round
  // trip per stored file) before it writes, in a relaxed transaction whose abort it never hears.
  // It is not used. Only the lock holder writes, so what the database holds is what this tab last
  // read or wrote: `stored` keeps that list, and a flush writes the difference in one strict
  // transaction, in IDBFS's record format (so either loader reads it).
  let stored = null;  // path -> timestamp (ms) of each record in IndexedDB; null: unknown

  function localFiles() {
    const FS = fs();
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
    walk(config.mount);
    return out;
  }
  function stampsOf(files) {
    return new Map([...files].map(([path, stat]) => [path, +stat.mtime]));
  }

  // A file's bytes without MEMFS's spare capacity (a stored view would keep its whole buffer).
  function fileBytes(path) {
    const node = fs().lookupPath(path).node;
    const c = node.contents;
    if (!c) return new Uint8Array(0);
    if (!c.subarray) return new Uint8Array(c);
    return c.length > node.usedBytes ? c.slice(0, node.usedBytes) : c;
  }

  // One flush: a 'readwrite' transaction with strict durability (Chromium, Firefox and Safari
  // default to relaxed: 'complete' when the OS has the data, not the disk), committed explicitly
  // once every request is issued; done(null) only on its 'complete' event. When what IndexedDB
  // holds is unknown (after a flush timed out), the same transaction lists it first (keys and
  // timestamps only) and writes the difference, as IDBFS's syncfs(false) would, but strict and
  // with its abort heard.
  function writeChanges(done) {
    const local = localFiles();
    const diff = (remote) => ({
      put: [...local].filter(([path, stat]) => remote.get(path) !== +stat.mtime),
      remove: [...remote.keys()].filter((path) => !local.has(path)),
    });
    if (stored) {
      const d = diff(stored);
      if (!d.put.length && !d.remove.length) { done(null); return; }
    }
    // Contents are taken now: the C side may write again before the transaction opens.
    const record = (path, stat) => (fs().isDir(stat.mode) ? { timestamp: stat.mtime, mode: stat.mode }
      : { timestamp: stat.mtime, mode: stat.mode, contents: fileBytes(path) });
    const records = new Map([...local].filter(([path, stat]) => !stored || stored.get(path) !== +stat.mtime)
      .map(([path, stat]) => [path, record(path, stat)]));
    getDb().then((db) => {
      let tx;
      let over = false;
      const fail = (e) => { if (over) return; over = true; done(e); };
      try {
        tx = db.transaction([IDB.store], 'readwrite', { durability: 'strict' });
        const files = tx.objectStore(IDB.store);
        const write = (remote) => {
          try {
            const d = diff(remote);
            for (const [path] of d.put) files.put(records.get(path), path);
            for (const path of d.remove) files.delete(path);
            if (tx.commit) tx.commit();  // no more requests: do not wait for the auto-commit
          } catch (e) {
            try { tx.abort(); } catch (e2) { /* already over */ }
            fail(e);
          }
        };
        if (stored) write(stored); else stampsIn(files, write);
      } catch (e) {
        if (tx) try { tx.abort(); } catch (e2) { /* already over */ }
        fail(e);
        return;
      }
      tx.oncomplete = () => { if (over) return; over = true; stored = stampsOf(local); done(null); };
      tx.onabort = () => fail(tx.error || new Error('IndexedDB refused the write'));
    }, done);
  }

  // [SECTION] Flushing ------------------------------------------------------------------------

  // The C side wrote files up to generation `gen` and wants them in IndexedDB.
  st.requestFlush = function (gen) {
    if (gen > st.wanted) st.wanted = gen;
    if (!st.inFlight && !retryTimer) flush();
  };

  function flush() {
    if (st.role !== 'writer' || st.load !== 'ready' || st.inFlight || st.wanted <= st.durable) return;
    if (reclaiming || st.conflict) return;
    if (!st.lockSupported && !lease.held()) {  // lapsed, or another tab took over: never write over its files
      leaseLapsed();
      return;
    }
    const now = performance.now();
    if (now < zombieUntil) {  // never two at once, even with a timed-out one maybe still running
      schedule(zombieUntil - now);
      return;
    }
    const gen = st.wanted;  // everything written so far goes in this one transaction
    const op = { gen, timedOut: false };
    const t0 = now;
    st.inFlight = true;
    st.flightStart = now;
    const timer = setTimeout(() => {
      op.timedOut = true;
      stored = null;  // it may still land, or not: what IndexedDB holds is unknown until a full compare
      zombieUntil = performance.now() + config.syncTimeoutMs;
      failed('the browser did not confirm the save within ' + Math.round(config.syncTimeoutMs / 1000) + ' s');
    }, config.syncTimeoutMs);
    const done = (err) => {
      if (op.timedOut) {
        // A late answer: the flush is over after all. A success still made `gen` durable.
        zombieUntil = 0;
        if (!err) stored = null;  // which write landed is unclear: the next flush compares afresh
        if (!err) st.durable = Math.max(st.durable, gen);
        if (!err && !st.inFlight && st.wanted <= st.durable) succeeded();
        return;
      }
      clearTimeout(timer);
      if (err) {
        failed(String(err && err.message || err || 'IndexedDB refused the write'));
        return;
      }
      st.durable = Math.max(st.durable, gen);
      st.flushes += 1;
      st.lastFlushMs = performance.now() - t0;
      announce();
      succeeded();
      if (st.wanted > st.durable) flush();  // edits made meanwhile: one follow-up
    };
    try {
      writeChanges(done);
    } catch (e) {
      done(e);
    }
  }

  function succeeded() {
    st.inFlight = false;
    st.failures = 0;
    st.lastError = '';
    clearTimeout(retryTimer);
    retryTimer = 0;
    st.retryAt = 0;
    hideBanner('storage-failed');
    refreshEstimate();
  }

  function failed(why) {
    st.inFlight = false;
    st.failures += 1;
    st.lastError = why;
    const delay = Math.min(config.retryMaxMs, config.retryBaseMs * Math.pow(2, st.failures - 1));
    showBanner('storage-failed', 'Not saved: ' + why + '. Retrying…');
    schedule(delay);
  }

  function schedule(delay) {
    clearTimeout(retryTimer);
    st.retryAt = Date.now() + delay;
    retryTimer = setTimeout(() => { retryTimer = 0; st.retryAt = 0; flush(); }, delay);
  }

  // [SECTION] A writer whose lease lapsed (no Web Locks; a hidden tab's timers are throttled) ---
  //
  // - Free (nobody took it): take it back; if IndexedDB still holds exactly what this tab last
  //   wrote, flush and carry on as the writer. Nothing reloads: the mount is newer than IndexedDB.
  // - Another tab holds it and everything here is saved: turn read-only and read its files.
  // - Another tab holds it and edits here are not saved: never reload over them and never flush
  //   (two writers' files would mix): "Not saved", and try again every second.
  // - Taken back, but IndexedDB changed meanwhile (another tab wrote): with nothing unsaved here,
  //   read it afresh as the writer; with unsaved edits, they cannot be merged file by file —
  //   "Not saved" stays with the reason, no retry, the lease is let go, and nothing reloads
  //   (Download backup still saves what this tab shows).
  let reclaiming = false;
  const allSavedHere = () => st.wanted <= st.durable && !st.inFlight;
  function leaseLapsed() {
    if (st.role !== 'writer' || reclaiming || st.conflict) return;
    reclaiming = true;
    lease.claim().then((won) => {
      if (!won) {
        reclaiming = false;
        if (allSavedHere()) becomeReader();
        else stranded('another tab took over while this one was hidden; the last edits are kept here and saved when that tab closes, so keep this tab open');
        return undefined;
      }
      return storedUnchanged().then((same) => {
        reclaiming = false;
        if (same) {
          clearTimeout(retryTimer);
          retryTimer = 0;
          flush();
        } else if (allSavedHere()) {
          populate();
        } else {
          st.conflict = 'another tab saved changes while this one was hidden, so the last edits here cannot be stored; download a backup in Settings to keep them';
          lease.release();
          clearTimeout(retryTimer);
          retryTimer = 0;
          st.retryAt = 0;
          st.failures += 1;
          st.lastError = st.conflict;
          showBanner('storage-failed', 'Not saved: ' + st.conflict + '.');
        }
      });
    }).catch((e) => {
      reclaiming = false;
      stranded('could not check the browser storage after the lease lapsed (' + (e && e.message || e) + ')');
    });
  }
  function storedUnchanged() {
    if (!stored) return Promise.resolve(false);  // unknown since a flush timed out: cannot tell
    return getDb().then(listRemote).then((remote) =>
      remote.size === stored.size && [...remote].every(([path, stamp]) => stored.get(path) === stamp));
  }
  function stranded(why) {
    st.failures += 1;
    st.lastError = why;
    showBanner('storage-failed', 'Not saved: ' + why + '.');
    schedule(config.leaseRetryMs || 1000);
  }
  function becomeReader() {
    st.role = 'reader';
    showReadOnly();
    populate();  // the other tab's files, read afresh: nothing here is unsaved
    waitForTurn();
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !st.lockSupported && st.role === 'writer' && !lease.held()) leaseLapsed();
  });

  // Hidden pages get no frames and may be killed: flush now, without waiting for a retry timer.
  function flushNow() {
    if (st.wanted <= st.durable || st.inFlight) return;
    clearTimeout(retryTimer);
    retryTimer = 0;
    flush();
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushNow(); });
  window.addEventListener('pagehide', flushNow);

  st.allSaved = () => st.role !== 'writer' || (st.wanted <= st.durable && !st.inFlight);
  // The PWA applies an update only with nothing unsaved (assets/pwa.js).
  if (window.atelierPwa) window.atelierPwa.canApplyUpdate = () => st.allSaved();
  // Closing the tab with edits not yet in IndexedDB: the browser asks first.
  window.addEventListener('beforeunload', (e) => {
    if (st.allSaved()) return undefined;
    flushNow();
    e.preventDefault();
    e.returnValue = '';
    return '';
  });

  // [SECTION] Following the writer (read-only tabs) ------------------------------------------
  //
  // The writing tab says "saved" on a BroadcastChannel after each flush; a read-only tab then
  // reads which records changed (names and timestamps first, then only the changed files), puts
  // them into its mount and bumps followGen, and the C side replays the new journal entries.
  // Also on becoming visible and every few seconds, in case a message was missed (a frozen tab).
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(config.lockName) : null;
  function announce() {
    if (channel) try { channel.postMessage({ saved: Date.now() }); } catch (e) { /* closing */ }
  }
  if (channel) channel.onmessage = () => follow();
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') follow(); });
  setInterval(() => follow(), 5000);

  let following = false, followAgain = false;
  function follow() {
    if (st.role !== 'reader' || st.load !== 'ready' || !stored) return;
    if (following) { followAgain = true; return; }
    following = true;
    readChanged().then((changed) => {
      if (changed) { st.followGen += 1; st.follows += 1; }
    }, (e) => { st.lastError = 'could not read the other tab\'s changes: ' + (e && e.message || e); }).then(() => {
      following = false;
      if (followAgain) { followAgain = false; follow(); }
    });
  }

  function readChanged() {
    return getDb().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction([IDB.store], 'readonly');
      const files = tx.objectStore(IDB.store);
      const remote = new Map();
      const got = [];
      tx.objectStore(IDB.store).index('timestamp').openKeyCursor().onsuccess = (e) => {
        const c = e.target.result;
        if (c) {
          remote.set(c.primaryKey, +c.key);
          c.continue();
          return;
        }
        for (const [path, stamp] of remote) {
          if (stored.get(path) === stamp) continue;
          const req = files.get(path);
          req.onsuccess = () => { if (req.result) got.push([path, req.result]); };
        }
      };
      tx.oncomplete = () => {
        if (st.role !== 'reader') { resolve(false); return; }  // took over meanwhile: its own load wins
        const FS = fs();
        const gone = [...stored.keys()].filter((path) => !remote.has(path));
        for (const path of gone) try { FS.unlink(path); } catch (e) { /* already gone */ }
        install(got);
        for (const path of gone) stored.delete(path);
        for (const [path, stamp] of stampsOfRecords(got)) stored.set(path, stamp);
        resolve(got.length > 0 || gone.length > 0);
      };
      tx.onerror = () => reject(tx.error);
    }));
  }

  // [SECTION] Persistence and usage -----------------------------------------------------------

  function askPersistence() {
    const s = navigator.storage;
    if (!s) return;
    const set = (p) => { st.persisted = !!p; if (window.atelierPwa) window.atelierPwa.persisted = !!p; };
    if (s.persisted) s.persisted().then((p) => { set(p); if (!p && s.persist) return s.persist().then(set); return undefined; }, () => {});
    else if (s.persist) s.persist().then(set, () => {});
    refreshEstimate();
  }

  let lastEstimate = -Infinity;
  function refreshEstimate() {
    const s = navigator.storage;
    if (!s || !s.estimate || performance.now() - lastEstimate < 2000) return;
    lastEstimate = performance.now();
    s.estimate().then((e) => { st.usage = e.usage || 0; st.quota = e.quota || 0; }, () => {});
  }
  setInterval(refreshEstimate, 10000);

  // [SECTION] Backup and restore --------------------------------------------------------------

  st.download = function (name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };

  // Runs inside the frame that handled the click: still within the click's user activation.
  st.pickRestore = function () {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      // core's kMaxBackupBytes (core/storage/backup.hpp): refuse before the text enters the WASM heap.
      const maxBytes = 256 * 1024 * 1024;
      if (file.size > maxBytes) {
        window.alert('This file cannot be a backup: the file is ' + Math.ceil(file.size / 1048576) +
                     ' MB; a backup can be at most 256 MB.');
        return;
      }
      file.text().then((t) => { st.restoreText = t; }, (e) => { st.restoreText = ''; st.lastError = String(e); });
    });
    document.body.appendChild(input);
    input.click();
  };

  st.takeRestoreText = function () {
    const t = st.restoreText;
    st.restoreText = null;
    return t;
  };

  // [SECTION] Banners -------------------------------------------------------------------------

  function showBanner(id, text) {
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
  }
  function hideBanner(id) {
    const el = document.getElementById(id);
    if (el) el.hidden = true;
  }
  function showReadOnly() {
    const show = () => showBanner('storage-readonly', st.readOnlyReason ||
      'Atelier is open in another tab or window. This one is read-only; it takes over when the other closes.');
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  }

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
