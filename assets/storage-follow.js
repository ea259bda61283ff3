// A read-only tab follows the writer. The writing tab says "saved" on a BroadcastChannel after
// each flush; a read-only tab then reads which records changed (names and timestamps first, then
// only the changed files), puts them into its mount and bumps st.followGen, and the C side
// replays the new journal entries (Storage::follow). Also on becoming visible and every few
// seconds, in case a message was missed (a frozen tab).
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;
  const { IDB, partKey, partsOf, joinParts, inflateRecords, install, stampsOfRecords } = window.atelierIdb;

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(st.config.lockName) : null;
  // The writer, after each flush.
  parts.announce = function announce() {
    if (channel) try { channel.postMessage({ saved: Date.now() }); } catch (e) { /* closing */ }
  };
  if (channel) channel.onmessage = () => follow();
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') follow(); });
  setInterval(() => follow(), 5000);

  let following = false, followAgain = false;
  function follow() {
    if (st.role !== 'reader' || st.load !== 'ready' || !parts.stored) return;
    if (following) { followAgain = true; return; }
    following = true;
    readChanged().then((changed) => {
      if (changed) { st.followGen += 1; st.follows += 1; }
    }, (e) => { st.lastError = window.atelierWords.say('shell_follow_failed', { reason: e && e.message || e }); }).then(() => {
      following = false;
      if (followAgain) { followAgain = false; follow(); }
    });
  }

  // One read-only transaction: the names and timestamps, then the records that differ from
  // what this tab holds; resolves to whether anything changed.
  function readChanged() {
    return parts.getDb().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction([IDB.store], 'readonly');
      const files = tx.objectStore(IDB.store);
      const remote = new Map();
      const got = [];
      files.index('timestamp').openKeyCursor().onsuccess = (e) => {
        const c = e.target.result;
        if (c) {
          remote.set(c.primaryKey, +c.key);
          c.continue();
          return;
        }
        for (const [path, stamp] of remote) {
          if (parts.stored.get(path) === stamp) continue;
          const req = files.get(path);
          req.onsuccess = () => {
            if (!req.result) return;
            got.push([path, req.result]);
            if (req.result.parts === undefined) return;
            const bytes = files.getAll(partsOf(path));  // a file stored in parts (storage-idb.js)
            bytes.onsuccess = () => bytes.result.forEach((part, i) => got.push([partKey(path, i), part]));
          };
        }
      };
      tx.oncomplete = () => {
        let joined;
        try {
          joined = joinParts(got.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
        } catch (e) {
          reject(e);
          return;
        }
        inflateRecords(joined).then((changed) => put(remote, changed)).then(resolve, reject);
      };
      tx.onerror = () => reject(tx.error);
    }));
  }

  // The changed files into the mount, those gone out of it; whether anything changed.
  function put(remote, changed) {
    if (st.role !== 'reader' || !parts.stored) return false;  // took over meanwhile: its own load wins
    const stored = parts.stored;
    const FS = parts.fs();
    const gone = [...stored.keys()].filter((path) => !remote.has(path));
    for (const path of gone) try { FS.unlink(path); } catch (e) { /* already gone */ }
    install(FS, changed);
    for (const path of gone) stored.delete(path);
    for (const [path, stamp] of stampsOfRecords(changed)) stored.set(path, stamp);
    return changed.length > 0 || gone.length > 0;
  }
})();
