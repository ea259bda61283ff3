// Shared steps of the storage specs: the demo atelier saved, an edit through the real UI, and
// window.atelier.storage() (web/platform/storage.cpp + assets/storage.js).
const { openApp, locate, click, fill } = require('./app');

const state = (page) => page.evaluate(() => window.atelier.state());
const storage = (page) => page.evaluate(() => window.atelier.storage());
const waitStorage = (page, s, timeout = 20000) =>
  page.waitForFunction((want) => window.atelier.storage && window.atelier.storage().state === want, s, { timeout });

// First start through the UI: the demo atelier, then wait until IndexedDB has it.
async function openDemo(page) {
  await openApp(page);
  await locate(page, 'Open the demo atelier', { timeout: 20000 });
  await click(page, 'Open the demo atelier');
  // "saved" also describes an empty first start: wait for the demo's own first save.
  await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved'; },
                             null, { timeout: 20000 });
}

// The demo atelier with `orders` orders (`/?demo=N`), opened through the UI, then wait until its
// first snapshot is in IndexedDB and no compaction runs. `beforeOpen` runs just before the click.
async function openLargeDemo(page, orders, { beforeOpen = null, timeout = 120000 } = {}) {
  await page.goto(`/?demo=${orders}`);
  await page.evaluate(() => window.atelier.ready);
  await locate(page, 'Open the demo atelier', { timeout: 20000 });
  if (beforeOpen) await beforeOpen();
  await click(page, 'Open the demo atelier');
  await page.waitForFunction(() => { const s = window.atelier.storage(); return s.written > 0 && s.state === 'saved' && !s.compacting; },
                             null, { timeout });
}

// An edit through the real UI: Settings -> Name -> Save settings (one atelier.update).
async function rename(page, name) {
  await page.bringToFront();  // keys go to the focused tab
  await click(page, 'Settings');
  await fill(page, 'Name', name);
  await click(page, 'Save settings');
  await page.waitForFunction((n) => window.atelier.state().name === n, name, { timeout: 10000 }).catch(async (e) => {
    throw new Error(`rename to ${name}: the app shows "${(await state(page)).name}" (${e.message})`);
  });
}

async function reloadReady(page) {
  await page.reload();
  await page.evaluate(() => window.atelier.ready);
  await page.waitForFunction(() => window.atelier.state().ready, null, { timeout: 20000 });
}

module.exports = { state, storage, waitStorage, openDemo, openLargeDemo, rename, reloadReady };
