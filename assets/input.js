// Page-side input for the canvas app, where Emscripten 3.1.6's GLFW falls short (TOOLCHAIN.md):
// - touch: GLFW presses at the previous pointer position and ignores moves, so touch events are
//   taken before GLFW sees them and handed to the app (web/ui/touch_input.cpp queues them per frame);
// - typing: a canvas never raises an on-screen keyboard and GLFW reads characters only from
//   keypress, so a hidden textarea receives text (input/compositionend) and passes it on; GLFW's
//   own keypress is suppressed while the textarea has focus, so hardware keys arrive once;
// - clipboard: copy goes to navigator.clipboard, paste comes from the paste event;
// - shortcuts: the app's own Ctrl/Cmd shortcuts must not reach the browser (address bar, print…).
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const ime = document.createElement('textarea');
  ime.id = 'ime';
  ime.setAttribute('autocapitalize', 'off');
  ime.setAttribute('autocomplete', 'off');
  ime.setAttribute('autocorrect', 'off');
  ime.setAttribute('spellcheck', 'false');
  ime.setAttribute('aria-hidden', 'true');
  document.body.appendChild(ime);

  // A sentinel character keeps the textarea non-empty, so an on-screen Backspace still fires an
  // input event (deleteContentBackward) that the app turns into a Backspace key.
  const SENTINEL = '\u200b';
  const GLFW_KEY_ENTER = 257, GLFW_KEY_BACKSPACE = 259;
  const APP_SHORTCUTS = new Set(['k', 'z', 'y', 's', 'f', 'p', 'o', 'n', 'e']);

  const live = () => window.atelier && window.atelier.running;
  const call = (name, ...args) => { if (live()) Module['_' + name](...args); };
  const text = (s) => { if (live() && s) Module.ccall('atelier_text', null, ['string'], [s]); };

  function resetIme() {
    ime.value = SENTINEL;
    ime.setSelectionRange(1, 1);
  }
  resetIme();

  // CSS pixels of the page -> framebuffer pixels of the canvas.
  function toCanvas(clientX, clientY) {
    const box = canvas.getBoundingClientRect();
    return [(clientX - box.left) * canvas.width / box.width, (clientY - box.top) * canvas.height / box.height];
  }

  function overTextField(x, y) {
    if (!live()) return false;
    const fields = JSON.parse(Module.ccall('atelier_text_fields', 'string', [], []));
    return fields.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  }

  function focusIme(atX, atY) {
    // Placed where the field is, so the browser scrolls the right place into view above the keyboard.
    const box = canvas.getBoundingClientRect();
    ime.style.left = (box.left + atX * box.width / canvas.width) + 'px';
    ime.style.top = (box.top + atY * box.height / canvas.height) + 'px';
    if (document.activeElement !== ime) { resetIme(); ime.focus({ preventScroll: true }); }
  }

  // --- touch --------------------------------------------------------------------------------
  let activeTouch = null;
  let pinchDistance = 0;  // two fingers down: their distance at the last move
  const distance = (ts) => Math.hypot(ts[0].clientX - ts[1].clientX, ts[0].clientY - ts[1].clientY);
  function onTouch(e) {
    if (e.target !== canvas) return;
    e.preventDefault();            // no synthetic mouse events, no page scroll or zoom
    e.stopImmediatePropagation();  // GLFW must not see it
    // Two fingers pinch (the photo viewer zooms): the one-finger press is cancelled meanwhile.
    if (e.touches.length === 2) {
      const d = distance(e.touches);
      if (e.type === 'touchstart') {
        if (activeTouch !== null) {
          const [cx, cy] = toCanvas(e.touches[0].clientX, e.touches[0].clientY);
          call('atelier_touch', 3, cx, cy);
          activeTouch = null;
        }
      } else if (e.type === 'touchmove' && pinchDistance > 0 && d > 0) {
        call('atelier_pinch', d / pinchDistance);
      }
      pinchDistance = d;
      return;
    }
    pinchDistance = 0;
    if (e.touches.length > 2) return;
    const t = [...e.changedTouches].find((c) => activeTouch === null || c.identifier === activeTouch);
    if (!t) return;
    const [x, y] = toCanvas(t.clientX, t.clientY);
    if (e.type === 'touchstart') {
      if (activeTouch !== null) return;  // one finger drives the pointer
      activeTouch = t.identifier;
      call('atelier_touch', 0, x, y);
    } else if (e.type === 'touchmove') {
      call('atelier_touch', 1, x, y);
    } else {
      activeTouch = null;
      call('atelier_touch', e.type === 'touchend' ? 2 : 3, x, y);
      // iOS raises the keyboard only for a focus() made inside the touch handler itself.
      if (e.type === 'touchend' && overTextField(x, y)) focusIme(x, y);
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
    window.addEventListener(type, onTouch, { capture: true, passive: false });
  window.addEventListener('mousemove', (e) => { if (e.target === canvas) call('atelier_mouse_seen'); }, true);

  // --- text ---------------------------------------------------------------------------------
  ime.addEventListener('input', (e) => {
    if (e.isComposing) return;  // wait for compositionend
    const v = ime.value;
    if (e.inputType === 'deleteContentBackward' || !v.startsWith(SENTINEL)) {
      call('atelier_key_tap', GLFW_KEY_BACKSPACE);
    } else if (e.inputType === 'insertLineBreak') {
      call('atelier_key_tap', GLFW_KEY_ENTER);
    } else {
      text(v.slice(SENTINEL.length).replace(/\r?\n/g, ''));
    }
    resetIme();
  });
  ime.addEventListener('compositionend', (e) => { text(e.data); resetIme(); });
  ime.addEventListener('blur', resetIme);

  window.addEventListener('keypress', (e) => {
    // While the textarea has focus its input event carries the text: GLFW's copy would double it.
    if (document.activeElement === ime) e.stopImmediatePropagation();
  }, true);

  window.addEventListener('keydown', (e) => {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && APP_SHORTCUTS.has(e.key.toLowerCase())) e.preventDefault();  // the app's, not the browser's
    // Enter and Tab reach the app as keys through GLFW; the textarea must not also insert them.
    if (document.activeElement === ime && (e.key === 'Enter' || e.key === 'Tab')) e.preventDefault();
    if (e.key === 'Tab') e.preventDefault();
  }, true);

  // --- clipboard ----------------------------------------------------------------------------
  document.addEventListener('paste', (e) => {
    const s = e.clipboardData && e.clipboardData.getData('text/plain');
    if (!s) return;
    e.preventDefault();
    text(s.replace(/\r?\n/g, ' '));
  });

  // A field that already has the keyboard (a dialog gives it to its first field) and is clicked:
  // the click moved the browser's focus to the canvas while the app still wants text, so the app
  // reports no change — the textarea takes the focus back, or accented letters would be lost.
  let wanting = false;
  window.addEventListener('mouseup', (e) => {
    if (e.target !== canvas || !wanting || document.activeElement === ime) return;
    const [x, y] = toCanvas(e.clientX, e.clientY);
    focusIme(x, y);
  }, true);

  // Hooks the app calls (web/platform/input.cpp).
  window.atelierInput = {
    copy(s) {
      window.atelierInput.lastCopied = s;
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
    },
    wantText(want) {
      wanting = want;
      if (want && document.activeElement !== ime) focusIme(0, 0);
      else if (!want && document.activeElement === ime) { ime.blur(); canvas.focus({ preventScroll: true }); }
    },
    lastCopied: null,
    ime,
  };
})();
