// Issue 16: a cancellation fee for one stage set in Settings through the real canvas, saved with
// "Save settings", and still listed after the page is reloaded (the atelier.update was stored).
const fs = require('fs');
const { test, expect, click, fill, locate } = require('./lib/app');
const { openDemo, reloadReady } = require('./lib/storage');

// The first drawn label starting with `prefix` (items() lists "window/label").
const itemStarting = (page, prefix) => page.evaluate((p) => {
  const hit = window.atelier.items().find((i) => i.includes('/' + p));
  return hit ? hit.slice(hit.indexOf('/' + p) + 1) : '';
}, prefix);

test('a fixed fee for a stage set in Settings is still there after a reload', async ({ page, consoleErrors }, testInfo) => {
  await openDemo(page);
  await click(page, 'Settings');
  await page.waitForFunction(() => window.atelier.state().view === 'settings');
  await click(page, 'Cancellation fees by stage');  // folded until opened
  expect(await itemStarting(page, 'Fee bridal pattern: ')).toBe('');  // the demo has none there

  await click(page, 'Fee pipeline');
  await click(page, 'Bridal gown##fee pipeline bridal');
  await click(page, 'Fee stage');
  await click(page, 'Pattern##fee stage pattern');
  await click(page, 'Fixed amount##fee');
  await fill(page, 'Fee amount', '80');
  await click(page, 'Add fee');
  await locate(page, 'Remove fee bridal pattern');
  const written = await page.evaluate(() => window.atelier.storage().written);
  await click(page, 'Save settings');
  await page.waitForFunction((w) => { const s = window.atelier.storage(); return s.written > w && s.state === 'saved'; },
                             written, { timeout: 20000 });

  await reloadReady(page);
  await click(page, 'Settings');
  await click(page, 'Cancellation fees by stage');
  await locate(page, 'Remove fee bridal pattern');
  const row = await itemStarting(page, 'Fee bridal pattern: ');
  expect(row).toContain('80.00');
  const body = await page.screenshot();
  fs.writeFileSync(testInfo.outputPath('settings-fees-1280x800.png'), body);
  await testInfo.attach('settings-fees-1280x800.png', { body, contentType: 'image/png' });
  expect(consoleErrors).toEqual([]);
});
