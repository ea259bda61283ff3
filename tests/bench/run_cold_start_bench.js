#!/usr/bin/env node
// Cold-start benchmark: page load to the first interactive frame with the stored atelier open,
// the app shell served by the service worker cache, N orders in IndexedDB (default 10,000).
// cold_start_ms opens the app in a new tab with no other tab of it open (what launching it does);
// reload_ms reloads an open tab (the page being replaced still holds the writer lock for a moment).
// Both are medians of --runs; `steps` is the median of when each step of a cold start ended (ms
// since navigation start, in the order they happen):
//   html_ms          the page (index.html) received
//   script_ms        atelier.js ran (it starts app.js and, with the storage scripts, the lock and the read)
//   app_js_ms        app.js ran (Emscripten's glue)
//   wasm_fetched_ms  app.wasm received
//   runtime_ms       WASM instantiated and app.data (the font) loaded: main() runs
//   font_atlas_ms    how long the first frame's font texture took (in the first frame): the atlas
//                    restored from the one kept at the last start, or built (`font_atlas_restored`
//                    counts the runs that restored it)
//   db_open_ms       the reader worker had the database open (it opens it while the lock is asked for)
//   lock_ms          the writer lock answered; worker_read_ms every stored record read in the worker,
//                    read_ms their arrival on the page
//   installed_ms     the records put into the in-memory mount
//   first_frame_ms   the first frame drawn (the loading screen, or the atelier when it is already read)
//   parsed_ms        the stored atelier checked, parsed and its journal replayed (open_ms: how long that took,
//                    from its first slice to its last; open_busy_ms: the slices' own time, open_slices: how
//                    many, one per frame; open_longest_slice_ms: the longest)
//   ready_ms         the first frame showing the stored atelier: interactive
// longest_frame_ms is the app's longest frame (its own CPU time) among the last 240, which
// covers the first frames with the opened atelier.
// `long_tasks` covers the main thread from the first frame until --settle ms after ready: the
// longest task and the total blocking time (each task over 50 ms counts its excess);
// `long_tasks_before_first_frame` the same before it. `throttled` repeats the cold starts with
// Chromium's CPU slowed --throttle times (DevTools' CPU throttling; a tablet is about 4x slower).
// Targets (issue 12): cold_start_ms < 500; after the first frame no task > 50 ms and blocking
// < 200 ms at 4x.
// --photos P (issue 15) first stores P distinct photos (2048 x 1536 JPEGs with their thumbnails,
// drawn by the page) in the photo store and puts them on the first orders, so cold starts can be
// compared with and without them; `wasm_heap_bytes` is the WASM heap's size once ready, and
// `attach_12mp_ms` the time from a 12-megapixel file to its picture and thumbnail stored
// (`thumb_decoded_ms`: then its thumbnail decoded, ready to draw).
//   node tests/bench/run_cold_start_bench.js [--orders N] [--runs R] [--throttle 4] [--settle MS] [--photos P] [--root build/web/dist]
'use strict';
const { parseArgs, startServer, launchProfile, openDemo, median, round1 } = require('./lib/browser');
const { observeLongTasks, longTasks, throttleCpu } = require('./lib/long_tasks');

const opt = parseArgs('node tests/bench/run_cold_start_bench.js [--orders N] [--runs R] [--throttle 4] [--settle MS] [--photos P] [--root DIR]',
                      { orders: '10000', runs: '3', throttle: '4', settle: '1500', photos: '0' });

const STEPS = ['html_ms', 'script_ms', 'app_js_ms', 'wasm_fetched_ms', 'runtime_ms', 'font_atlas_ms', 'db_open_ms', 'lock_ms', 'worker_read_ms', 'read_ms', 'installed_ms',
               'first_frame_ms', 'parsed_ms', 'open_ms', 'open_busy_ms', 'open_slices', 'open_longest_slice_ms', 'ready_ms',
               'longest_frame_ms'];

// Waits for the first frame that shows the loaded atelier (the app reports it: web/main_web.cpp),
// then --settle ms more; returns when each step ended and the long tasks around them.
async function untilReady(page) {
  // Polled on a timer: Playwright's default polls on requestAnimationFrame, which a CPU-throttled
  // page did not run while waiting here.
  await page.waitForFunction(() => window.atelier && window.atelier.startup.ready_frame_ms, null, { timeout: 300000, polling: 100 });
  await page.waitForTimeout(Number(opt.settle));
  const r = await page.evaluate(() => {
    const a = window.atelier.startup;
    const s = window.atelier.storage();
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('app.wasm'));
    return { ready_ms: a.ready_frame_ms, html_ms: nav ? nav.responseEnd : null, wasm_fetched_ms: wasm ? wasm.responseEnd : null,
             script_ms: a.script_ms, app_js_ms: a.app_js_ms, runtime_ms: a.runtime_ms, first_frame_ms: a.first_frame_ms,
             font_atlas_ms: a.font_atlas_ms, font_atlas: a.font_atlas,
             db_open_ms: s.startup.db_open_ms, lock_ms: s.startup.lock_ms, worker_read_ms: s.startup.worker_read_ms, read_ms: s.startup.read_ms, installed_ms: s.startup.installed_ms,
             parsed_ms: s.opened_at_ms, open_ms: s.open_ms, open_busy_ms: s.open_busy_ms, open_slices: s.open_slices,
             open_longest_slice_ms: s.open_longest_slice_ms, longest_frame_ms: window.atelier.perf().max_ms, role: s.role,
             wasm_heap_bytes: window.Module && Module.HEAP8 ? Module.HEAP8.length : null };
  });
  r.after = await longTasks(page, r.first_frame_ms);
  r.before = await longTasks(page, 0, r.first_frame_ms);
  return r;
}

// A new tab (the browser stays up: closing its last page would end it) opening the app.
async function coldStarts(context, page, url, rate) {
  const runs = [];
  let fromWorker = true;
  for (let i = 0; i < Number(opt.runs); ++i) {
    const next = await context.newPage();
    await page.close();
    page = next;
    if (rate > 1) await throttleCpu(page, rate);
    await page.goto(url, { waitUntil: 'commit' });
    runs.push(await untilReady(page));
    fromWorker = fromWorker && await page.evaluate(() => navigator.serviceWorker.controller !== null);
  }
  return { page, runs, fromWorker };
}

// P photos drawn by the page, stored as the app stores them, and named by the first P orders (one
// entry from "bench" holding a batch of order.image). Then the time one 12-megapixel file takes.
async function storePhotos(page, count) {
  return page.evaluate(async (n) => {
    const P = window.atelierPhotos;
    const commands = [];
    const jpeg = async (w, h, i, q) => {
      const c = new OffscreenCanvas(w, h);
      const x = c.getContext('2d');
      x.fillStyle = `hsl(${(i * 37) % 360} 40% 60%)`;
      x.fillRect(0, 0, w, h);
      const img = x.getImageData(0, 0, w, h);
      for (let k = 0; k < img.data.length; k += 4) img.data[k] ^= (Math.random() * 64) | 0;
      x.putImageData(img, 0, 0);
      x.fillStyle = '#fff';
      x.font = `${h / 5}px sans-serif`;
      x.fillText(String(i), w / 10, h / 2);
      return c.convertToBlob({ type: 'image/jpeg', quality: q });
    };
    // The demo's first n order numbers (they need not start at 1).
    const numbers = [];
    for (let k = 1; numbers.length < n && k < 10000000; k++) if (window.atelier.order(k)) numbers.push(k);
    for (let i = 1; i <= numbers.length; i++) {
      const big = await jpeg(2048, 1536, i, 0.85);
      const thumb = await jpeg(256, 192, i, 0.85);
      const id = await P.sha256(await big.arrayBuffer());
      const tid = await P.sha256(await thumb.arrayBuffer());
      await P.putAll([{ hash: id, role: 'picture', blob: big, type: 'image/jpeg', bytes: big.size, width: 2048, height: 1536 },
                      { hash: tid, role: 'thumb', blob: thumb, type: 'image/jpeg', bytes: thumb.size, width: 256, height: 192 }]);
      commands.push({ type: 'order.image', order: numbers[i - 1], image: { id, thumb: tid, type: 'image/jpeg', bytes: big.size, width: 2048, height: 1536 } });
    }
    const why = window.atelier.applyEntry({ id: 'bench.1', device: 'bench', seq: 1, at: '2026-12-01T09:00', who: 'bench',
                                            command: { type: 'batch', commands } });
    if (why) throw new Error('photos not added: ' + why);
    // One camera-sized file through the app's own path (P.addFiles), timed.
    const big = await jpeg(4000, 3000, 0, 0.92);
    const file = new File([big], 'IMG_12MP.jpg', { type: 'image/jpeg' });
    const t0 = performance.now();
    await P.addFiles([file]);
    const r = P.takeResults()[0];
    const stored = performance.now() - t0;
    const e = P.entry(r.thumb);
    while (e.state === 'loading') await new Promise((res) => setTimeout(res, 5));
    return { attach_12mp_ms: Math.round(stored), thumb_decoded_ms: Math.round(performance.now() - t0), source_bytes: file.size };
  }, count);
}

const med = (xs) => round1(median(xs.filter((v) => typeof v === 'number')));
function summary(runs) {
  const steps = {};
  for (const k of STEPS) steps[k] = med(runs.map((r) => r[k]));
  const tasks = (key) => (runs.some((r) => !r[key]) ? null : {
    longest_ms: med(runs.map((r) => r[key].longest_ms)), blocking_ms: med(runs.map((r) => r[key].blocking_ms)),
    count: med(runs.map((r) => r[key].count)) });
  const ready = runs.map((r) => r.ready_ms);
  return { cold_start_ms: med(ready), min_ms: round1(Math.min(...ready)), max_ms: round1(Math.max(...ready)), steps,
           font_atlas_restored: runs.filter((r) => r.font_atlas === 'restored').length,
           long_tasks: tasks('after'), long_tasks_before_first_frame: tasks('before') };
}

(async () => {
  const server = await startServer(opt.root);
  let profile;
  try {
    profile = await launchProfile({ viewport: { width: 1280, height: 800 } });
    const { context } = profile;
    await observeLongTasks(context);
    let page = context.pages()[0] || await context.newPage();
    await openDemo(page, server.url, opt.orders, { saved: true });
    const photos = Number(opt.photos) > 0 ? await storePhotos(page, Number(opt.photos)) : null;
    if (photos) await page.waitForFunction(() => window.atelier.storage().state === 'saved', null, { timeout: 60000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.evaluate(() => window.atelier.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.atelier.state().ready,
                               null, { timeout: 60000 });
    const reloads = [];
    for (let i = 0; i < Number(opt.runs); ++i) {
      await page.reload({ waitUntil: 'commit' });
      reloads.push(await untilReady(page));
    }
    const plain = await coldStarts(context, page, server.url, 1);
    page = plain.page;
    const rate = Number(opt.throttle);
    const slow = rate > 1 ? await coldStarts(context, page, server.url, rate) : null;
    const all = plain.runs.concat(reloads, slow ? slow.runs : []);
    console.log(JSON.stringify(Object.assign({
      orders: Number(opt.orders), runs: plain.runs.length, from_service_worker: plain.fromWorker && (!slow || slow.fromWorker),
      not_writer: all.filter((r) => r.role !== 'writer').length,
    }, summary(plain.runs), {
      reload_ms: med(reloads.map((r) => r.ready_ms)), target_ms: 500,
      photos: Number(opt.photos), wasm_heap_bytes: med(plain.runs.map((r) => r.wasm_heap_bytes)),
      attach: photos,
      throttled: slow ? Object.assign({ cpu_slowdown: rate }, summary(slow.runs)) : null,
    })));
  } finally {
    if (profile) await profile.close();
    server.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
