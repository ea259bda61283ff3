#!/usr/bin/env node
// Runs the WASM benchmark (build/web/bench/bench.js) in headless Chromium and prints its JSON line.
//   node tests/bench/run_web_bench.js [--orders N] [--seed S] [--runs N] [--build DIR]
// Build it first:
//   export NODE_PATH=/usr/share/nodejs
//   emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release && cmake --build build/web -j2 --target atelier_bench_web
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const args = process.argv.slice(2);
const opt = { orders: '100000', seed: '1', runs: null, build: path.join(__dirname, '..', '..', 'build', 'web') };
for (let i = 0; i < args.length; i += 2) {
  const key = args[i].replace(/^--/, '');
  if (!(key in opt) || args[i + 1] === undefined) {
    console.error('usage: node tests/bench/run_web_bench.js [--orders N] [--seed S] [--runs N] [--build DIR]');
    process.exit(2);
  }
  opt[key] = args[i + 1];
}
const dir = path.join(opt.build, 'bench');
if (!fs.existsSync(path.join(dir, 'bench.js'))) {
  console.error(`no ${path.join(dir, 'bench.js')}: build the atelier_bench_web target first (see README, "Benchmark")`);
  process.exit(2);
}
const benchArgs = ['--orders', opt.orders, '--seed', opt.seed].concat(opt.runs ? ['--runs', opt.runs] : []);

// A page that hands the arguments to the module and collects what it prints.
const page = `<!doctype html><meta charset="utf-8"><title>atelier bench</title>
<script>
  window.benchOut = []; window.benchDone = false;
  var Module = { arguments: ${JSON.stringify(benchArgs)},
    print: (t) => { window.benchOut.push(t); }, printErr: (t) => console.error(t),
    onExit: () => { window.benchDone = true; }, onAbort: (w) => { window.benchError = String(w); } };
</script><script src="bench.js"></script>`;

const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
// Cross-origin isolation gives performance.now() its fine resolution (5 us instead of 100 us).
const isolated = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(req.url.split('?')[0]);
  if (name === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  if (name === '/' || name === '/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html', ...isolated });
    return res.end(page);
  }
  const file = path.join(dir, path.basename(name));
  if (!fs.existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', ...isolated });
  fs.createReadStream(file).pipe(res);
});

(async () => {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { chromium } = require('@playwright/test');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  let code = 0;
  try {
    const p = await browser.newPage();
    p.on('console', (m) => { if (m.type() === 'error') console.error('[page]', m.text()); });
    await p.goto(`http://127.0.0.1:${server.address().port}/`);
    await p.waitForFunction(() => window.benchDone || window.benchError || window.benchOut.some((l) => l.startsWith('{')),
                            null, { timeout: 15 * 60 * 1000, polling: 250 });
    const err = await p.evaluate(() => window.benchError);
    if (err) throw new Error('the bench aborted: ' + err);
    const line = (await p.evaluate(() => window.benchOut)).find((l) => l.startsWith('{'));
    const json = JSON.parse(line);
    json.browser = browser.version();
    console.log(JSON.stringify(json));
  } catch (e) {
    console.error(String(e && e.stack || e));
    code = 1;
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(code);
})();
