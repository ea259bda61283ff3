// Page side of the PWA: registers the service worker (sw.js), offers a waiting update as a small
// banner and applies it only when the user accepts and the app allows it, and warns when the page
// is not a secure context (no service worker, storage protection, Web Locks or clipboard there).
// window.atelierPwa reports the state for tests and lets the app veto an update (canApplyUpdate).
(function () {
  'use strict';
  const secure = window.isSecureContext === true;
  const pwa = {
    swState: 'unavailable',
    updateReady: false,
    secure,
    persisted: null,
    // Replaced by the app, e.g. to return false while edits are unsaved.
    canApplyUpdate: () => true,
    checkForUpdate: () => Promise.resolve(false),
  };
  window.atelierPwa = pwa;

  function banner(id, role, className) {
    let el = document.getElementById(id);
    if (!el) {
      el = document.createElement('div');
      el.id = id;
      el.className = 'pwa-banner ' + className;
      el.setAttribute('role', role);
      document.body.appendChild(el);
    }
    el.replaceChildren();
    el.hidden = false;
    return el;
  }

  function button(parent, text, onClick, label) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    parent.appendChild(b);
    return b;
  }

  function showInsecure() {
    const el = banner('pwa-insecure', 'alert', 'pwa-warning');
    const text = document.createElement('span');
    text.textContent = window.atelierWords.say('shell_insecure');
    el.appendChild(text);
    button(el, '×', () => { el.hidden = true; }, window.atelierWords.say('shell_dismiss'));
  }

  if (navigator.storage && navigator.storage.persisted) {
    navigator.storage.persisted().then((p) => { pwa.persisted = p; }, () => {});
  }

  if (!secure) {
    const show = () => showInsecure();
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
    return;
  }
  if (!('serviceWorker' in navigator)) {
    pwa.swState = 'unsupported';
    return;
  }

  let registration = null;
  let accepted = false;   // the user pressed Reload
  let reloading = false;
  let retryTimer = 0;

  function reloadOnce() {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  }

  // Fires once the accepted worker takes over this page. A page that was never controlled
  // (first visit) gets no controllerchange, hence also the worker's own 'activated'.
  navigator.serviceWorker.addEventListener('controllerchange', () => { if (accepted) reloadOnce(); });

  function tryApply() {
    const waiting = registration && registration.waiting;
    if (!waiting) return;
    let allowed = false;
    try { allowed = pwa.canApplyUpdate() !== false; } catch (e) { allowed = false; }
    if (!allowed) {
      showUpdate(window.atelierWords.say('shell_update_waits'), false);
      clearTimeout(retryTimer);
      retryTimer = setTimeout(tryApply, 1000);
      return;
    }
    waiting.addEventListener('statechange', () => { if (waiting.state === 'activated') reloadOnce(); });
    waiting.postMessage({ type: 'skip-waiting' });
  }

  function showUpdate(message, withButton) {
    const el = banner('pwa-update', 'status', 'pwa-update');
    const text = document.createElement('span');
    text.textContent = message;
    el.appendChild(text);
    if (withButton) button(el, window.atelierWords.say('shell_reload'), () => { accepted = true; tryApply(); });
  }

  function updateState() {
    if (!registration) return;
    if (navigator.serviceWorker.controller) pwa.swState = 'controlling';
    else if (registration.active) pwa.swState = 'active';
    else if (registration.installing || registration.waiting) pwa.swState = 'installing';
    // A waiting worker next to an active one is a new build; on a first visit there is none.
    const ready = !!(registration.waiting && registration.active);
    if (ready && !pwa.updateReady) {
      pwa.updateReady = true;
      if (accepted) tryApply(); else showUpdate(window.atelierWords.say('shell_update_available'), true);
    }
  }

  function watch(worker) {
    if (worker) worker.addEventListener('statechange', updateState);
  }

  pwa.swState = 'registering';
  // updateViaCache 'none': the update check always asks the server for sw.js.
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then((reg) => {
    registration = reg;
    watch(reg.installing); watch(reg.waiting); watch(reg.active);
    reg.addEventListener('updatefound', () => { watch(reg.installing); updateState(); });
    updateState();
    pwa.checkForUpdate = () => reg.update().then(() => { updateState(); return !!reg.installing || !!reg.waiting; });
    // Long-open tabs (a tablet at the counter all day) otherwise never notice a new build.
    const check = () => { reg.update().catch(() => {}); };
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
    setInterval(check, 30 * 60 * 1000);
  }, (err) => {
    // Offline is not an error worth alarming about: the active worker still serves the shell.
    pwa.swState = navigator.serviceWorker.controller ? 'controlling' : 'error';
    pwa.swError = String(err && err.message || err);
  });
  navigator.serviceWorker.addEventListener('controllerchange', updateState);
})();
