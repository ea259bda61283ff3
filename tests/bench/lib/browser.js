// What the browser benchmarks share: their command line, serve.py on a free port, Chromium, and
// opening the demo atelier through the real first-start screen.
'use strict';
const { chromium } = require('@playwright/test');
const { spawn, execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.resolve(__dirname, '..', '..', '..');
const defaultRoot = path.join(repo, 'build', 'web', 'dist');

// `--key value` pairs over the defaults; anything else prints the usage line and exits.
function parseArgs(usage, defaults) {
  const opt = Object.assign({ root: defaultRoot }, defaults);
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i].replace(/^--/, '');
    if (!(key in opt) || args[i + 1] === undefined) {
      console.error('usage: ' + usage);
      process.exit(2);
    }
    opt[key] = args[i + 1];
  }
  return opt;
}

function freePort() {
  return execSync(`python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`)
    .toString().trim();
}

// serve.py on a free port; resolves to { url, stop } once it answers.
async function startServer(root) {
  const port = freePort();
  const server = spawn('python3', [path.join(repo, 'serve.py'), '--root', root, '--port', port, '--quiet'],
                       { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; ++i) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('serve.py did not start');
}

// Debian's Chromium, without the background work that would add noise to the figures.
const chromiumOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
};
function launchChromium() {
  return chromium.launch(chromiumOptions);
}

// A browser profile on disk, as a user has (an off-the-record context keeps no code cache, so
// every start would compile the WASM afresh). Returns { context, close } ; close removes it.
async function launchProfile(contextOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, Object.assign({}, chromiumOptions, contextOptions));
  return { context, close: async () => { await context.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function clickLabel(page, label, { timeout = 120000 } = {}) {
  const box = await (await page.waitForFunction((l) => window.atelier.locate(l), label, { timeout })).jsonValue();
  await page.mouse.move(box.cx, box.cy);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.waitForTimeout(50);
  await page.mouse.up();
  return box;
}

// Two clicks a few frames apart: ImGui 1.86 sees the pointer once per frame, so Playwright's
// dblclick (all four events at once) would be one click to it.
async function doubleClickAt(page, x, y) {
  await page.mouse.move(x, y);
  for (let i = 0; i < 2; ++i) {
    await page.waitForTimeout(40);
    await page.mouse.down();
    await page.waitForTimeout(40);
    await page.mouse.up();
  }
}

// Opens `?demo=N` on a fresh profile, clicks "Open the demo atelier" and waits until it is
// loaded; with `saved`, also until its first snapshot is in IndexedDB. Returns the milliseconds
// from the click to the loaded atelier.
async function openDemo(page, url, orders, { saved = false } = {}) {
  await page.goto(`${url}?demo=${orders}`);
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => !window.atelier.state().loading, null, { timeout: 60000 });
  const opened = Date.now();
  if (!(await page.evaluate(() => window.atelier.state().ready))) await clickLabel(page, 'Open the demo atelier');
  // Ready: the atelier open and its index and dashboard built (App::prepare), the board next.
  await page.waitForFunction((n) => { const s = window.atelier.state(); return s.orders === n && s.ready; }, Number(orders),
                             { timeout: 300000 });
  const ms = Date.now() - opened;
  if (saved) {
    await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved'; },
                               null, { timeout: 300000 });
  }
  return ms;
}

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

module.exports = { repo, parseArgs, startServer, launchChromium, launchProfile, clickLabel, doubleClickAt, openDemo, median, round1 };
