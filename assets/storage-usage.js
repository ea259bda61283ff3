// Persistent storage (navigator.storage.persist(), asked for at start: without it the browser
// may evict the atelier when space runs low) and the space used, for Settings.
(function () {
  'use strict';
  const st = window.atelierStorage;
  const parts = st.parts;

  parts.askPersistence = function askPersistence() {
    const s = navigator.storage;
    if (!s) return;
    const set = (p) => { st.persisted = !!p; if (window.atelierPwa) window.atelierPwa.persisted = !!p; };
    if (s.persisted) s.persisted().then((p) => { set(p); if (!p && s.persist) return s.persist().then(set); return undefined; }, () => {});
    else if (s.persist) s.persist().then(set, () => {});
    parts.refreshEstimate();
  };

  // At most every 2 s (it is asked after each flush).
  let lastEstimate = -Infinity;
  parts.refreshEstimate = function refreshEstimate() {
    const s = navigator.storage;
    if (!s || !s.estimate || performance.now() - lastEstimate < 2000) return;
    lastEstimate = performance.now();
    s.estimate().then((e) => { st.usage = e.usage || 0; st.quota = e.quota || 0; }, () => {});
  };
  setInterval(parts.refreshEstimate, 10000);
})();
