#!/usr/bin/env node
// Cold-start benchmark: page load to the first interactive frame with the stored atelier open,
// the app shell served by the service worker cache, N orders in IndexedDB (default 10,000).
// Prints one JSON line: cold_start_ms (median of --runs reloads), min, max. Target (issue 6): < 500.
//   node tests/bench/run_cold_start_bench.js [--orders N] [--runs R] [--root build/web/dist]
'use strict';
const { chromium } = require('@playwright/test');
const { spawn, execSync } = require('child_process');
const path = require('path');

const repo = path.resolve(__dirname, '..', '..');
const opt = { orders: '10000', runs: '7', root: path.join(repo, 'build', 'web', 'dist') };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const key = args[i].replace(/^--/, '');
  if (!(key in opt) || args[i + 1] === undefined) {
    console.error('usage: node tests/bench/run_cold_start_bench.js [--orders N] [--runs R] [--root DIR]');
    process.exit(2);
  }
  opt[key] = args[i + 1];
}
const port = execSync(`python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`)
  .toString().trim();

async function waitForServer(url) {
  for (let i = 0; i < 100; ++i) {
    try { if ((await fetch(url)).ok) return; } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('serve.py did not start');
}

// Milliseconds from navigation start to the first frame that shows the loaded atelier.
async function coldStart(page) {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.atelier && window.atelier.running && window.atelier.state().ready,
                             null, { polling: 'raf', timeout: 60000 });
  return page.evaluate(() => performance.now());
}

(async () => {
  const server = spawn('python3', [path.join(repo, 'serve.py'), '--root', opt.root, '--port', port, '--quiet'],
                       { stdio: 'inherit' });
  let browser;
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}?demo=${opt.orders}`);
    await page.evaluate(() => window.atelier.ready);
    await page.waitForFunction(() => !window.atelier.state().loading, null, { timeout: 60000 });
    const r = await (await page.waitForFunction(() => window.atelier.locate('Open the demo atelier'))).jsonValue();
    await page.mouse.click(r.cx, r.cy);
    await page.waitForFunction((n) => window.atelier.state().orders === n, Number(opt.orders), { timeout: 300000 });
    await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved'; },
                               null, { timeout: 120000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.evaluate(() => window.atelier.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null && window.atelier.state().ready,
                               null, { timeout: 60000 });
    const times = [];
    for (let i = 0; i < Number(opt.runs); ++i) times.push(await coldStart(page));
    const fromWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ orders: Number(opt.orders), runs: times.length, from_service_worker: fromWorker,
                                 cold_start_ms: times[Math.floor(times.length / 2)], min_ms: times[0],
                                 max_ms: times[times.length - 1], target_ms: 500 }));
  } finally {
    if (browser) await browser.close();
    server.kill();
  }
})().catch((e) => { console.error(e); process.exit(1); });
