// Languages (issue 20) in the real app: a French browser gets the app in French, and a language
// chosen in Settings → Language is used at once and kept across a reload, while every item keeps
// its English name for tests. (Dates and amounts: tests/core/unit-i18n.cpp, tests/ui/ui-i18n.cpp.)
const { test, expect, click, locate, nextFrames } = require('./lib/app');
const { openDemo, reloadReady } = require('./lib/storage');

// Whether an item whose visible text is `text` was drawn (window.atelier.items(): "window/label",
// a translated label being "text###English name").
const shows = (page, text) => page.evaluate((t) => window.atelier.items().some((i) => i.endsWith('/' + t) || i.includes('/' + t + '###')), text);
const showsStarting = (page, prefix) => page.evaluate((p) => window.atelier.items().some((i) => i.includes('/' + p)), prefix);

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('opens the app in French', async ({ page, consoleErrors }) => {
    await openDemo(page);
    await expect.poll(() => shows(page, 'Tableau de bord')).toBe(true);
    expect(await shows(page, '+ Commande')).toBe(true);
    expect(await shows(page, 'Réglages')).toBe(true);
    expect(await showsStarting(page, 'Voir ')).toBe(true);  // the dashboard's tiles: "Voir 3"
    await click(page, 'Board');  // the stable English name answers in every language
    await page.waitForFunction(() => window.atelier.state().view === 'board');
    await nextFrames(page, 2);
    expect(await shows(page, 'Tableau')).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

test('a language chosen in Settings is used at once and kept across a reload', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await expect.poll(() => shows(page, 'Dashboard')).toBe(true);
  await click(page, 'Settings');
  await click(page, 'Language');
  await locate(page, 'Language: de');
  await click(page, 'Language: de');
  await expect.poll(() => shows(page, 'Übersicht')).toBe(true);
  expect(await shows(page, 'Einstellungen')).toBe(true);
  await reloadReady(page);
  await expect.poll(() => shows(page, 'Übersicht'), { timeout: 15000 }).toBe(true);
  // Back to the browser's language (English here).
  await click(page, 'Settings');
  await click(page, 'Language');
  await locate(page, 'Language: browser');
  await click(page, 'Language: browser');
  await expect.poll(() => shows(page, 'Dashboard')).toBe(true);
  expect(consoleErrors).toEqual([]);
});
