// The flush scheduler: when the C side's writes go to IndexedDB. One flush at a time (overlapping
// ones would each re-scan the mount); edits made meanwhile set `wanted` for one follow-up. Each
// flush has a timeout, counted from its last progress (an aborted transaction may never call
// back); a failure is kept in st.failures / st.lastError and retried with backoff. A hidden page flushes at once: frames stop
// there, so flushing must not wait for the C side's next frame. The write itself is
// storage-writer.js's; who may write, storage-role.js's.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const config = st.config;

  let zombieUntil = 0;        // a timed-out flush may still be running: wait for it up to here
  let retryTimer = 0;

  // The C side wrote files up to generation `gen` and wants them in IndexedDB.
  st.requestFlush = function (gen) {
    if (gen > st.wanted) st.wanted = gen;
    if (!st.inFlight && !retryTimer) flush();
  };

  function flush() {
    if (st.role !== 'writer' || st.load !== 'ready' || st.inFlight || st.wanted <= st.durable) return;
    if (!parts.mayWrite()) return;  // taking a lapsed lease back, or a conflict: never over another tab's files
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
    // The timeout counts from the last sign of progress: a big file's parts are stored one by
    // one (storage-writer.js), so a 100,000-order flush is slow without being stuck.
    let timer = 0;
    const alive = () => {
      if (op.timedOut) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        op.timedOut = true;
        parts.stored = null;  // it may still land, or not: what IndexedDB holds is unknown until a full compare
        zombieUntil = performance.now() + config.syncTimeoutMs;
        failed(window.atelierWords.say('shell_save_unconfirmed', { seconds: Math.round(config.syncTimeoutMs / 1000) }));
      }, config.syncTimeoutMs);
    };
    alive();
    const done = (err) => {
      if (op.timedOut) {
        // A late answer: the flush is over after all. A success still made `gen` durable.
        zombieUntil = 0;
        if (!err) parts.stored = null;  // which write landed is unclear: the next flush compares afresh
        if (!err) st.durable = Math.max(st.durable, gen);
        if (!err && !st.inFlight && st.wanted <= st.durable) succeeded();
        return;
      }
      clearTimeout(timer);
      if (err) {
        failed(String(err && err.message || err || window.atelierWords.say('shell_idb_refused')));
        return;
      }
      st.durable = Math.max(st.durable, gen);
      st.flushes += 1;
      st.lastFlushMs = performance.now() - t0;
      parts.announce();
      succeeded();
      if (st.wanted > st.durable) flush();  // edits made meanwhile: one follow-up
    };
    try {
      parts.writeChanges(done, alive);
    } catch (e) {
      done(e);
    }
  }

  function succeeded() {
    st.inFlight = false;
    st.failures = 0;
    st.lastError = '';
    cancelRetry();
    parts.hideBanner('storage-failed');
    parts.refreshEstimate();
  }

  function failed(why) {
    st.inFlight = false;
    st.failures += 1;
    st.lastError = why;
    const delay = Math.min(config.retryMaxMs, config.retryBaseMs * Math.pow(2, st.failures - 1));
    parts.showBanner('storage-failed', window.atelierWords.say('shell_not_saved_retrying', { reason: why }));
    schedule(delay);
  }

  function schedule(delay) {
    clearTimeout(retryTimer);
    st.retryAt = Date.now() + delay;
    retryTimer = setTimeout(() => { retryTimer = 0; st.retryAt = 0; flush(); }, delay);
  }
  function cancelRetry() {
    clearTimeout(retryTimer);
    retryTimer = 0;
    st.retryAt = 0;
  }

  // Now, without waiting for a pending retry.
  function flushNow() {
    if (parts.allSaved()) return;
    cancelRetry();
    flush();
  }
  // Hidden pages get no frames and may be killed.
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushNow(); });
  window.addEventListener('pagehide', flushNow);

  st.allSaved = () => st.role !== 'writer' || parts.allSaved();
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

  Object.assign(parts, { flush, flushNow, schedule, cancelRetry });
})();
