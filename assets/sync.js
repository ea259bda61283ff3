// Sync's HTTP for the app (issue 14): the core decides what to ask (core/sync/client.hpp), this
// carries it with fetch and queues the answers for the frame loop to take (web/platform/sync.cpp).
// Also: whether the browser thinks it is online, and whether the page just became visible (pull now).
// The token lives in localStorage beside the server address: settings, not atelier data, so it is
// never in a backup or a raw-files download.
(function () {
  'use strict';
  const KEY = 'atelier.sync';
  const replies = [];
  let woke = false;

  function settings() {
    try {
      const s = JSON.parse(localStorage.getItem(KEY) || 'null');
      return s && typeof s === 'object' ? s : null;
    } catch (e) {
      return null;
    }
  }

  function send(id, method, url, body, timeoutS, token, type) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.max(1, timeoutS) * 1000);
    const init = {method, headers: {'Authorization': 'Bearer ' + token}, signal: abort.signal, cache: 'no-store'};
    if (body) {
      init.headers['Content-Type'] = type || 'application/json';
      init.body = body;
    }
    // Status 0: no answer (offline, refused, timed out, blocked); the core tells these apart by navigator.onLine.
    fetch(url, init)
      .then((res) => res.text().then((text) => replies.push({id, status: res.status, body: text})))
      .catch(() => replies.push({id, status: 0, body: ''}))
      .finally(() => clearTimeout(timer));
  }

  document.addEventListener('visibilitychange', () => { if (!document.hidden) woke = true; });
  window.addEventListener('online', () => { woke = true; });

  window.atelierSync = {
    send,
    // Every reply since the last call, as JSON text ('' when none).
    takeReplies() {
      if (!replies.length) return '';
      return JSON.stringify(replies.splice(0, replies.length));
    },
    online() { return navigator.onLine !== false; },
    takeWoke() { const w = woke; woke = false; return w; },
    settings,
    saveSettings(text) {
      try {
        if (text) localStorage.setItem(KEY, text);
        else localStorage.removeItem(KEY);
      } catch (e) { /* private mode without storage: sync lasts this session */ }
    },
    // An invitation link's ?sync=<server>&token=<token> (a tablet opened from the laptop's link):
    // read once, then taken off the address bar so the token is not left in history.
    takeInvitation() {
      const q = new URLSearchParams(location.search);
      const server = q.get('sync'), token = q.get('token');
      if (!server || !token) return '';
      q.delete('sync');
      q.delete('token');
      const rest = q.toString();
      history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
      return JSON.stringify({server, token});
    },
  };
})();
