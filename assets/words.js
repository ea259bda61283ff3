// The page's own sentences (the loading line, banners, alerts, a fatal error before the app runs)
// in the device's language, from the app's catalogue: the web build puts its shell_ sentences in
// place of the marker below (web/pwa/shell_words.py). The language is the app's rule: the one
// chosen in Settings (kept in localStorage by web/platform/session.cpp), else the browser's.
(function () {
  'use strict';
  const table = {} /*SHELL_WORDS*/;

  function language() {
    let tag = '';
    try { tag = (JSON.parse(localStorage.getItem('atelier.prefs') || '{}') || {}).language || ''; } catch (e) { tag = ''; }
    if (!tag) tag = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    const code = String(tag).split('-')[0].toLowerCase();
    return table[code] ? code : 'en';
  }

  // say('shell_not_saved', {reason: 'QuotaExceededError'}): a placeholder without a value stays
  // as written, so a missing one shows instead of vanishing.
  function say(key, values) {
    const l = language();
    const text = (table[l] && table[l][key]) || (table.en && table.en[key]) || key;
    return text.replace(/\{([a-z_]+)\}/g, (m, name) => (values && name in values ? String(values[name]) : m));
  }

  window.atelierWords = { say, language };
  // The loading line and the canvas's name are in index.html (before any script runs): worded as
  // soon as this runs.
  const line = document.querySelector('#loading p');
  if (line) line.textContent = say('shell_loading');
  document.documentElement.lang = language();
  const canvas = document.getElementById('canvas');
  if (canvas) canvas.setAttribute('aria-label', say('shell_canvas_label'));
})();
