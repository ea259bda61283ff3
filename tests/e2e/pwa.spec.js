// The installable, offline-capable app: manifest and icons, Chromium's own installability verdict,
// a start with the network off, a new build offered and applied without mixing versions, and the
// warning shown when the page is not a secure context.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const { test, expect, openApp, locate, click } = require('./lib/app');
const { decodePng } = require('./lib/png');

const repo = path.resolve(__dirname, '../..');
const dist = process.env.ATELIER_WEB_ROOT || path.join(repo, 'build/web/dist');
const chromiumArgs = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
                      '--disable-component-update', '--disable-sync'];

// Loads the app and waits until the service worker controls the page (a first visit is never
// controlled; the reload is).
async function openControlled(page, url = '/') {
  await openApp(page, url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

// A second serve.py on a free port over a folder the test may change.
async function startServer(root) {
  const child = spawn('python3', [path.join(repo, 'serve.py'), '--root', root, '--port', '0', '--quiet'],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let out = '', err = '';
    const timer = setTimeout(() => reject(new Error('serve.py did not start: ' + err)), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Atelier is served at (\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.py exited ${code}: ${err}`)); });
  });
  return { url, stop: () => child.kill() };
}

function buildIdOf(swSource) {
  return swSource.match(/const BUILD_ID = "([0-9a-f]+)";/)[1];
}

test('the manifest is linked and complete, and its icons are PNGs of the stated sizes', async ({ page, request, consoleErrors }) => {
  await openApp(page);
  const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/manifest+json');
  const manifest = JSON.parse(await res.text());
  expect(manifest).toMatchObject({
    name: 'Atelier', short_name: 'Atelier', display: 'standalone', start_url: './', scope: './',
    theme_color: '#1c1c21', background_color: '#1c1c21',
  });
  expect(typeof manifest.id).toBe('string');
  expect(manifest.description.length).toBeGreaterThan(20);
  // The splash and title bar colours are the page's own background.
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(28, 28, 33)');

  const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const r = await request.get(new URL(icon.src, href).href);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type']).toBe('image/png');
    expect(icon.type).toBe('image/png');
    const img = decodePng(await r.body());
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([img.width, img.height], icon.src).toEqual([w, h]);
    const corner = img.pixel(0, 0), centre = img.pixel(w >> 1, Math.round(h * 0.58));
    if (icon.purpose === 'maskable') {
      // Full bleed, and nothing but background outside the safe zone (radius 40%): any mask shape
      // a launcher applies keeps the whole motif.
      expect(corner).toEqual([28, 28, 33, 255]);
      let outside = 0, gold = 0;
      for (let y = 0; y < h; y += 2) for (let x = 0; x < w; x += 2) {
        const p = img.pixel(x, y);
        const d = Math.hypot(x + 0.5 - w / 2, y + 0.5 - h / 2);
        if (d > 0.4 * w && p.join() !== '28,28,33,255') outside++;
        if (Math.abs(p[0] - 0xc9) < 8 && Math.abs(p[1] - 0xa8) < 8 && Math.abs(p[2] - 0x6a) < 8) gold++;
      }
      expect(outside).toBe(0);
      expect(gold).toBeGreaterThan(500);
    } else {
      expect(corner[3]).toBe(0);  // rounded corner: transparent
    }
    expect(centre[3]).toBe(255);
  }
  expect(await page.evaluate(() => window.atelierPwa.secure)).toBe(true);
  await expect(page.locator('#pwa-insecure')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('Chromium finds the app installable once the service worker controls it', async ({ playwright }, testInfo) => {
  // A persistent profile: Playwright's ordinary contexts are off-the-record, and Chromium never
  // offers to install from those ("in-incognito").
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: '/usr/bin/chromium', args: chromiumArgs, viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(String(err)));
    await openControlled(page, `http://127.0.0.1:${process.env.ATELIER_E2E_PORT}/`);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(await page.evaluate(() => window.atelierPwa.swState)).toBe('controlling');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('after one visit the app starts with the network off', async ({ page, context, consoleErrors }) => {
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const fromWorker = new Map();
  page.on('response', (r) => fromWorker.set(new URL(r.url()).pathname, r.fromServiceWorker()));
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  expect(await locate(page, 'Welcome')).not.toBeNull();
  await click(page, 'Open the demo atelier');
  await page.waitForFunction(() => window.atelier.state().ready);  // prepared across frames after the click
  for (const p of ['/', '/app.js', '/app.wasm', '/app.data'])
    expect(fromWorker.get(p), p).toBe(true);
  expect(consoleErrors).toEqual([]);
  // Really offline: what the worker does not cache fails.
  expect(await page.evaluate(() => fetch('not-in-the-shell.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
});

test('a new build is offered, waits for consent and the app, then replaces the old one whole', async ({ page, consoleErrors }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-pwa-'));
  fs.cpSync(dist, root, { recursive: true });
  const server = await startServer(root);
  try {
    await openControlled(page, server.url);
    // Build A holds data: the demo atelier, stored in IndexedDB.
    await click(page, 'Open the demo atelier');
    await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved'; },
                               null, { timeout: 20000 });
    const data = await page.evaluate(() => window.atelier.state());
    const idA = buildIdOf(fs.readFileSync(path.join(root, 'sw.js'), 'utf8'));
    expect(await page.evaluate(() => caches.keys())).toEqual([`atelier-${idA}`]);

    // Build B: one changed shell file; the real stamping step must give it a new id.
    const indexPath = path.join(root, 'index.html');
    fs.writeFileSync(indexPath, fs.readFileSync(indexPath, 'utf8')
      .replace('</head>', '  <meta name="atelier-build" content="B">\n</head>'));
    execFileSync('python3', [path.join(repo, 'web/pwa/stamp_sw.py'), path.join(repo, 'assets/sw.js'), root]);
    const idB = buildIdOf(fs.readFileSync(path.join(root, 'sw.js'), 'utf8'));
    expect(idB).not.toBe(idA);

    // Chromium runs update checks as best-effort work, which never gets a turn on this 2-core test
    // machine while software GL renders the app every frame: hold the frames during the check.
    await page.evaluate(() => Module.pauseMainLoop());
    await page.evaluate(() => window.atelierPwa.checkForUpdate());
    const banner = page.locator('#pwa-update');
    await expect(banner).toBeVisible();
    await page.evaluate(() => Module.resumeMainLoop());
    await expect(banner).toHaveAttribute('role', 'status');
    await expect(banner).toContainText('Update available');
    expect(await page.evaluate(() => window.atelierPwa.updateReady)).toBe(true);

    // Meanwhile the running page stays on build A entirely: it works, and its shell requests are
    // answered from A's cache even though B's cache now exists beside it.
    await click(page, 'Table');
    expect((await page.evaluate(() => window.atelier.state())).view).toBe('table');
    expect(await page.evaluate(() => fetch('index.html').then((r) => r.text()))).not.toContain('atelier-build');
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual([`atelier-${idA}`, `atelier-${idB}`].sort());

    // The app refuses (unsaved edits): the banner says so and nothing reloads.
    await page.evaluate(() => { window.notReloaded = true; window.atelierPwa.canApplyUpdate = () => false; });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(banner).toContainText('Update ready — will apply when all edits are saved');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.notReloaded)).toBe(true);

    // Edits saved: the accepted update applies by itself.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => { window.atelierPwa.canApplyUpdate = () => true; });
    await reloaded;
    await expect(page.locator('meta[name="atelier-build"]')).toHaveAttribute('content', 'B');
    await page.evaluate(() => window.atelier.ready);
    // The data written by build A opens in build B.
    await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
    const after = await page.evaluate(() => window.atelier.state());
    expect([after.name, after.orders]).toEqual([data.name, data.orders]);
    expect(await page.evaluate(() => caches.keys())).toEqual([`atelier-${idB}`]);
    await expect(page.locator('#pwa-update')).toHaveCount(0);
    expect(await page.evaluate(() => window.atelierPwa.updateReady)).toBe(false);
    expect(consoleErrors).toEqual([]);
  } finally {
    server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('over plain HTTP on a LAN name the page warns that it is not secure', async ({ playwright }) => {
  const browser = await playwright.chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, '--host-resolver-rules=MAP atelier.test 127.0.0.1'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://atelier.test:${process.env.ATELIER_E2E_PORT}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const banner = page.locator('#pwa-insecure');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toContainText('Not a secure connection: offline use, storage protection and clipboard are unavailable. Open via https:// (see README)');
    expect(await page.evaluate(() => ({ ...window.atelierPwa, canApplyUpdate: undefined, checkForUpdate: undefined })))
      .toMatchObject({ secure: false, swState: 'unavailable', updateReady: false });
    // The app itself still runs.
    await page.evaluate(() => window.atelier.ready);
    expect(await locate(page, 'Welcome')).not.toBeNull();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
  } finally {
    await browser.close();
  }
});

test('the page\'s own banner speaks the browser\'s language, as the app does', async ({ playwright }) => {
  const browser = await playwright.chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, '--host-resolver-rules=MAP atelier.test 127.0.0.1'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`http://atelier.test:${process.env.ATELIER_E2E_PORT}/`);
    const banner = page.locator('#pwa-insecure');
    await expect(banner).toContainText('Connexion non sécurisée : l’usage hors ligne, la protection du stockage et le presse-papiers ne sont pas disponibles.');
    await page.evaluate(() => window.atelier.ready);
    expect(await page.evaluate(() => window.atelierWords.language())).toBe('fr');
    await banner.getByRole('button', { name: 'Fermer' }).click();
    await expect(banner).toBeHidden();
  } finally {
    await browser.close();
  }
});
