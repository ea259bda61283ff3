// Page side of the app's storage (the C side is web/platform/storage.cpp): IDBFS mounted at
// /atelier, one writer per browser profile (Web Locks), flushes to IndexedDB serialised and
// coalesced, each with a timeout, failures kept and retried with backoff, a flush when the page is
// hidden, persistent storage asked for, backup download and restore file picker.
// window.atelierStorage is what the C side polls; window.atelier.storage() what tests read.
//
// Why it is shaped like this (../shared/TOOLCHAIN.md, Emscripten 3.1.6):
// - FS.syncfs(false) makes IndexedDB equal to this tab's files, deleting what the tab lacks: two
//   writing tabs delete each other's edits. Only the holder of the 'atelier-writer' lock writes.
// - An aborted IndexedDB transaction never calls the syncfs callback: every flush has a timeout.
// - Overlapping syncfs calls each re-scan the mount: one at a time, plus a "wanted" mark.
// - Frames stop in a hidden tab, so flushing must not wait for the C side's next frame.
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
    role: 'pending',          // 'writer' | 'reader' | 'pending'
    lockSupported: !!(navigator.locks && navigator.locks.request),
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
        st.load = 'ready';
        st.loadGen += 1;
      }
    };
    const timer = setTimeout(() => finish(new Error('the browser storage did not answer in time')),
                             Math.max(config.syncTimeoutMs, 20000));
    try {
      fs().syncfs(true, finish);
    } catch (e) {
      finish(e);
    }
  }

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
    if (!st.lockSupported) {
      // Not a secure context (or an old browser): no way to know about other tabs.
      st.role = 'writer';
      populate();
      return;
    }
    navigator.locks.request(config.lockName, { ifAvailable: true }, (lock) => {
      if (!lock) {
        st.role = 'reader';
        showReadOnly();
        populate();
        waitForTurn();
        return undefined;
      }
      st.role = 'writer';
      populate();
      return new Promise(() => {});  // held until the page goes away
    }).catch((e) => {
      st.role = 'writer';
      st.lastError = 'Web Locks failed: ' + (e && e.message || e);
      populate();
    });
  };

  // A read-only tab queues for the lock; when the writer closes, it reloads the stored files
  // (the writer changed them) and becomes the writer.
  function waitForTurn() {
    navigator.locks.request(config.lockName, () => {
      st.role = 'writer';
      hideBanner('storage-readonly');
      populate();
      return new Promise(() => {});
    }).catch(() => {});
  }

  // [SECTION] Flushing ------------------------------------------------------------------------

  // The C side wrote files up to generation `gen` and wants them in IndexedDB.
  st.requestFlush = function (gen) {
    if (gen > st.wanted) st.wanted = gen;
    if (!st.inFlight && !retryTimer) flush();
  };

  function flush() {
    if (st.role !== 'writer' || st.load !== 'ready' || st.inFlight || st.wanted <= st.durable) return;
    const now = performance.now();
    if (now < zombieUntil) {  // never two at once, even with a timed-out one maybe still running
      schedule(zombieUntil - now);
      return;
    }
    const gen = st.wanted;  // everything written so far goes in this one transaction
    const op = { gen, timedOut: false };
    const t0 = now;
    st.inFlight = true;
    const timer = setTimeout(() => {
      op.timedOut = true;
      zombieUntil = performance.now() + config.syncTimeoutMs;
      failed('the browser did not confirm the save within ' + Math.round(config.syncTimeoutMs / 1000) + ' s');
    }, config.syncTimeoutMs);
    const done = (err) => {
      if (op.timedOut) {
        // A late answer: the flush is over after all. A success still made `gen` durable.
        zombieUntil = 0;
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
      succeeded();
      if (st.wanted > st.durable) flush();  // edits made meanwhile: one follow-up
    };
    try {
      fs().syncfs(false, done);
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
    const show = () => showBanner('storage-readonly',
      'Atelier is open in another tab or window. This one is read-only; it takes over when the other closes.');
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  }

  // [SECTION] Bridge for tests ----------------------------------------------------------------

  const attach = () => {
    if (!window.atelier) return;
    // What the C side reports (state, detail, seq …), plus this side's flush counters.
    window.atelier.storage = () => {
      const c = JSON.parse(window.Module.ccall('atelier_storage_status', 'string', [], []));
      return Object.assign(c, { role: st.role, wanted: st.wanted, durable: st.durable, failures: st.failures,
                                flushes: st.flushes, lastError: st.lastError, lastFlushMs: st.lastFlushMs });
    };
  };
  attach();
})();
