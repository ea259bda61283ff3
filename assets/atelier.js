// Loads the WASM app into #canvas and exposes window.atelier, the bridge that tests and
// automation use to find widgets (locate) and read state. The C side is web/platform/bridge.cpp.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const fatal = document.getElementById('fatal');
  const say = window.atelierWords.say;

  function showFatal(message) {
    loading.hidden = true;
    fatal.textContent = message;
    fatal.hidden = false;
  }

  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ready.catch(() => {});  // a page without WebGL2 still loads; the failure is shown, not thrown

  // Framebuffer pixels -> CSS pixels of the page (what mouse and touch events use).
  function toPage(r) {
    const box = canvas.getBoundingClientRect();
    const sx = box.width / canvas.width, sy = box.height / canvas.height;
    const x = box.left + r.x0 * sx, y = box.top + r.y0 * sy;
    const width = (r.x1 - r.x0) * sx, height = (r.y1 - r.y0) * sy;
    return { x, y, width, height, cx: x + width / 2, cy: y + height / 2, label: r.label, window: r.window };
  }

  window.atelier = {
    ready,
    running: false,
    // Milliseconds since navigation start: this script, app.js run, the runtime up, the first frame,
    // the first frame with the stored atelier (the cold-start bench reads them).
    startup: { script_ms: performance.now() },
    version: () => Module.ccall('atelier_version', 'string', [], []),
    // The screen rectangle (CSS pixels) of the item drawn last frame with this label, or null.
    locate(label) {
      const json = Module.ccall('atelier_locate', 'string', ['string'], [label]);
      return json ? toPage(JSON.parse(json)) : null;
    },
    items: () => JSON.parse(Module.ccall('atelier_items', 'string', [], [])),
    // Before the runtime is up (just after a reload) the app is simply not ready yet: tests poll
    // this, and a throw there would end their wait instead of continuing it.
    state: () => {
      if (!Module.calledRun) return { ready: false };
      return JSON.parse(Module.ccall('atelier_state', 'string', [], []));
    },
    order: (n) => JSON.parse(Module.ccall('atelier_order', 'string', ['number'], [n])),
    production: (n) => JSON.parse(Module.ccall('atelier_production', 'string', ['number'], [n])),
    sales: (n) => JSON.parse(Module.ccall('atelier_sales', 'string', ['number'], [n])),
    // Applies another device's journal entry (an object or JSON text); resolves to "" or the refusal.
    applyEntry: (entry) => Module.ccall('atelier_apply_entry', 'string', ['string'],
                                        [typeof entry === 'string' ? entry : JSON.stringify(entry)]),
    perfReset: () => Module.ccall('atelier_perf_reset', null, [], []),
    perf: () => JSON.parse(Module.ccall('atelier_perf', 'string', [], [])),
    // A compaction at the next quiet moment, edit or not (the frame benchmark times one).
    compactNow: () => Module.ccall('atelier_compact_soon', null, [], []),
  };

  // The app slows to a few frames a second when idle; any input wakes it (web/main_web.cpp).
  window.atelier.lastActivity = performance.now();
  const awake = () => { window.atelier.lastActivity = performance.now(); };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'touchstart',
                      'touchmove', 'touchend', 'keydown', 'keyup', 'wheel', 'input', 'compositionend', 'paste',
                      'resize', 'focus', 'visibilitychange']) {
    window.addEventListener(type, awake, { capture: true, passive: true });
  }

  // A browser without the API at all is told here; one whose WebGL 2 context cannot be created
  // (blocked GPU, or the API stubbed) is told by main() when it creates the real one, through
  // atelierFatal below — a throwaway context made here only to ask cost ~30 ms of every start.
  if (typeof WebGL2RenderingContext === 'undefined') {
    showFatal(say('shell_no_webgl2'));
    rejectReady(new Error('WebGL2 unavailable'));
    window.Module = { noInitialRun: true };  // app.js still loads (index.html), but main() must not run
    return;
  }

  // The WASM is fetched and compiled from the moment this script runs, not when app.js has been
  // fetched and run (~80 ms later): Module.instantiateWasm below instantiates this compile. A
  // failed early compile falls back to fetching the bytes again.
  const wasmUrl = 'app.wasm';
  const early = typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' })) : Promise.reject(new Error('no streaming'));
  early.catch(() => {});
  function instantiateWasm(imports, receive) {
    early.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)),
      () => fetch(wasmUrl, { credentials: 'same-origin' }).then((r) => {
        if (!r.ok) throw new Error(wasmUrl + ': HTTP ' + r.status);
        return r.arrayBuffer();
      }).then((bytes) => WebAssembly.instantiate(bytes, imports)).then((r) => receive(r.instance, r.module)))
      .catch((e) => window.Module.onAbort(e && e.message || e));
    return {};  // Emscripten's sign that the instance comes later, through receive
  }

  // The WebGL 2 context main() will draw with, made as soon as this script has run (a task of
  // its own, while the page waits for app.js and the WASM) rather than inside main(): a canvas
  // holds one context per kind, so GLFW's getContext later returns this one. The attributes are
  // those GLFW asks for by default (8-bit alpha, 24-bit depth, 8-bit stencil, no multisampling).
  // Made inside main(), the context and the first synchronous GL call after it blocked the start
  // for 40–90 ms while the GPU process set it up. A failure is main()'s to tell.
  setTimeout(() => {
    try { canvas.getContext('webgl2', { antialias: false, alpha: true, depth: true, stencil: true }); } catch (e) { /* main() says so */ }
  }, 0);

  // Wheel: Emscripten 3.1.6's GLFW hands ImGui the raw pixel delta with the sign the wrong way
  // round (one notch down scrolls up by ~100 lines). Take the event first and convert it to
  // ImGui's units: one notch = one unit, positive = up.
  window.addEventListener('wheel', (e) => {
    if (e.target !== canvas) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const per = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 0.1 : 100;  // pixels, lines, pages
    const clamp = (v) => Math.max(-10, Math.min(10, v));
    Module.ccall('atelier_scroll', null, ['number', 'number'], [clamp(-e.deltaX / per), clamp(-e.deltaY / per)]);
  }, { capture: true, passive: false });

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // The runtime is up: WASM instantiated and app.data (the font) loaded; main() runs next.
    onRuntimeInitialized() { window.atelier.startup.runtime_ms = performance.now(); },
    atelierFirstFrame() { window.atelier.startup.first_frame_ms = performance.now(); loading.hidden = true; window.atelier.running = true; resolveReady(); },
    atelierReadyFrame() { window.atelier.startup.ready_frame_ms = performance.now(); },
    atelierCopy: (s) => window.atelierInput && window.atelierInput.copy(s),
    atelierWantText: (want) => window.atelierInput && window.atelierInput.wantText(want),
    // main() names a shell_ sentence (web/platform/bridge.cpp): worded here, in the page's language.
    atelierFatal(key) { const message = say(key); showFatal(message); rejectReady(new Error(message)); },
    instantiateWasm,
    // main() waits up to 250 ms for the font atlas kept at the last start (assets/font-cache.js):
    // its IndexedDB read can answer after the WASM is up, and the first frame would then build
    // the atlas (~70 ms of the page's thread) instead of copying it. The stored atelier's records
    // come later than that wait anyway, and the open cannot start before them.
    preRun: [function waitForFontAtlas() {
      const kept = window.atelierFontAtlas;
      if (!kept || kept.state !== 'reading') return;
      window.Module.addRunDependency('font-atlas');
      let waited = false;
      const go = () => { if (!waited) { waited = true; window.Module.removeRunDependency('font-atlas'); } };
      kept.settled.then(go);
      setTimeout(go, 250);
    }],
    onAbort(what) { showFatal(say('shell_stopped', { what })); rejectReady(new Error(String(what))); },
  };
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showFatal(say('shell_context_lost'));
  });

  // app.js is the page's last script (index.html): fetched alongside the others, run after them.
  // Its load and error events reach these capturing listeners on the document (they do not
  // bubble, and a load event never goes on to the window).
  const isApp = (e) => e.target instanceof HTMLScriptElement && /\/app\.js$/.test(e.target.src);
  document.addEventListener('load', (e) => { if (isApp(e)) window.atelier.startup.app_js_ms = performance.now(); }, true);
  document.addEventListener('error', (e) => { if (isApp(e)) showFatal(say('shell_app_missing')); }, true);
})();
