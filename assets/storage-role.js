// One writer per browser profile: which tab writes (st.role) and how it stays so. The holder of
// the 'atelier-writer' Web Lock writes; every other tab is read-only and queues for the lock.
// Without Web Locks (plain http:// on a LAN address is not a secure context) a lease in
// localStorage (storage-lease.js) stands in, and a writer can find it lapsed: a hidden tab's timers
// are throttled to about once a minute. A lapsed writer never reloads over files it has not flushed.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const config = st.config;
  const { IDB, listRemote } = window.atelierIdb;

  const lease = window.atelierLease({ key: config.lockName + '-lease', validMs: config.leaseMs || 10000,
                                      onLapsed: () => leaseLapsed() });
  // Last edits first (flush checks the lease), then let the next tab in.
  window.addEventListener('pagehide', () => { if (!st.lockSupported) { parts.flushNow(); lease.release(); } });

  // Resolves to the role this tab got ('writer' | 'reader') once the lock question is answered.
  parts.claimLock = function claimLock() {
    if (!st.lockSupported) return lease.claim().then((won) => (won ? 'writer' : 'reader'));
    return new Promise((resolve) => {
      navigator.locks.request(config.lockName, { ifAvailable: true }, (lock) => {
        resolve(lock ? 'writer' : 'reader');
        return lock ? new Promise(() => {}) : undefined;  // a writer holds it until the page goes away
      }).catch((e) => {
        // Refused (e.g. SecurityError): this tab cannot know it is the only writer, so it is not one.
        st.lockRefused = true;
        st.readOnlyReason = window.atelierWords.say('shell_lock_refused', { reason: e && (e.name || e.message) || e });
        resolve('reader');
      });
    });
  };

  // A read-only tab queues for the lock; when the writer closes, it reloads the stored files
  // (the writer changed them) and becomes the writer.
  parts.waitForTurn = function waitForTurn() {
    if (st.lockRefused) return;  // asking again would be refused again
    const takeOver = () => {
      st.role = 'writer';
      parts.hideBanner('storage-readonly');
      parts.populate();
    };
    if (!st.lockSupported) {
      lease.waitFor(takeOver);
      return;
    }
    navigator.locks.request(config.lockName, () => {
      takeOver();
      return new Promise(() => {});
    }).catch(() => {});
  };

  // Asked before each flush: false while a lapsed lease is being taken back or after a conflict;
  // a lease found lapsed here is handled (leaseLapsed) instead of written over.
  parts.mayWrite = function mayWrite() {
    if (reclaiming || st.conflict) return false;
    if (!st.lockSupported && !lease.held()) {
      leaseLapsed();
      return false;
    }
    return true;
  };

  // [SECTION] A writer whose lease lapsed -----------------------------------------------------
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
  function leaseLapsed() {
    if (st.role !== 'writer' || reclaiming || st.conflict) return;
    reclaiming = true;
    lease.claim().then((won) => {
      if (!won) {
        reclaiming = false;
        if (parts.allSaved()) becomeReader();
        else stranded(window.atelierWords.say('shell_other_tab_took_over'));
        return undefined;
      }
      return storedUnchanged().then((same) => {
        reclaiming = false;
        if (same) {
          parts.cancelRetry();
          parts.flush();
        } else if (parts.allSaved()) {
          parts.populate();
        } else {
          st.conflict = window.atelierWords.say('shell_conflict');
          lease.release();
          parts.cancelRetry();
          st.failures += 1;
          st.lastError = st.conflict;
          parts.showBanner('storage-failed', window.atelierWords.say('shell_not_saved', { reason: st.conflict }));
        }
      });
    }).catch((e) => {
      reclaiming = false;
      stranded(window.atelierWords.say('shell_lease_check_failed', { reason: e && e.message || e }));
    });
  }
  // "IndexedDB holds exactly what this tab last wrote": every record's name and timestamp.
  function storedUnchanged() {
    const stored = parts.stored;
    if (!stored) return Promise.resolve(false);  // unknown since a flush timed out: cannot tell
    return parts.getDb().then((db) => listRemote(db, IDB.store)).then((remote) =>
      remote.size === stored.size && [...remote].every(([path, stamp]) => stored.get(path) === stamp));
  }
  function stranded(why) {
    st.failures += 1;
    st.lastError = why;
    parts.showBanner('storage-failed', window.atelierWords.say('shell_not_saved', { reason: why }));
    parts.schedule(config.leaseRetryMs || 1000);
  }
  function becomeReader() {
    st.role = 'reader';
    parts.showReadOnly();
    parts.populate();  // the other tab's files, read afresh: nothing here is unsaved
    parts.waitForTurn();
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !st.lockSupported && st.role === 'writer' && !lease.held()) leaseLapsed();
  });
})();
