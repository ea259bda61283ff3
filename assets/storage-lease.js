// Without Web Locks (plain http:// on a LAN address is not a secure context) one writer is kept
// by a lease in localStorage: the writer renews it every validMs/4 (at most 2 s); another tab
// reads it and stays read-only until it lapses or is released. A claim is confirmed after 150 ms,
// so two tabs starting together cannot both win. A renewal that finds the lease no longer ours
// (lapsed: a hidden tab's timers are throttled; or taken) stops and calls onLapsed — what to do
// then is storage-role.js's (leaseLapsed), which uses this.
(function () {
  'use strict';
  window.atelierLease = function createLease({ key, validMs, onLapsed }) {
    const me = Math.random().toString(36).slice(2) + Date.now().toString(36);
    let renewTimer = 0;
    const read = () => { try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; } };
    const free = (l) => !l || l.id === me || !(l.until > Date.now());
    const write = () => { try { localStorage.setItem(key, JSON.stringify({ id: me, until: Date.now() + validMs })); } catch (e) { /* private mode */ } };
    const api = {
      held: () => { const l = read(); return !!l && l.id === me && l.until > Date.now(); },
      claim() {
        if (!free(read())) return Promise.resolve(false);
        write();
        return new Promise((resolve) => setTimeout(() => {
          const won = api.held();
          if (won) {
            clearInterval(renewTimer);
            renewTimer = setInterval(() => {
              if (api.held()) write();
              else { clearInterval(renewTimer); onLapsed(); }
            }, Math.min(2000, validMs / 4));
          }
          resolve(won);
        }, 150));
      },
      waitFor(then) {
        const tryNow = () => api.claim().then((won) => { if (won) then(); else setTimeout(tryNow, 1000); });
        tryNow();
      },
      release() {
        clearInterval(renewTimer);
        if (api.held()) try { localStorage.removeItem(key); } catch (e) { /* private mode */ }
      },
    };
    return api;
  };
})();
