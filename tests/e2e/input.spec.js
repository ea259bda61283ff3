// Keyboard, on-screen keyboard, touch and clipboard through the real canvas.
const { test, expect, openApp, locate, click, nextFrames } = require('./lib/app');

const state = (page) => page.evaluate(() => window.atelier.state());

test('typed text arrives once, accents included', async ({ page, consoleErrors }) => {
  await openApp(page);
  await click(page, 'Atelier name');
  await nextFrames(page, 2);
  await page.keyboard.type('aé Ødegård');
  await nextFrames(page, 3);
  expect((await state(page)).start.name).toBe('aé Ødegård');
  await page.keyboard.press('Backspace');
  await nextFrames(page, 3);
  expect((await state(page)).start.name).toBe('aé Ødegår');
  expect(consoleErrors).toEqual([]);
});

test('copy reaches the page clipboard hook and paste inserts text', async ({ page }) => {
  await openApp(page);
  await click(page, 'Atelier name');
  await page.keyboard.type('Hoxhá');
  await nextFrames(page, 2);
  await page.keyboard.press('Control+A');
  await nextFrames(page, 2);
  await page.keyboard.press('Control+C');
  await nextFrames(page, 3);
  expect(await page.evaluate(() => window.atelierInput.lastCopied)).toBe('Hoxhá');
  await page.keyboard.press('End');
  await nextFrames(page, 2);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ' née Müller');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await nextFrames(page, 3);
  expect((await state(page)).start.name).toBe('Hoxhá née Müller');
});

test('Ctrl held over a frame, then a quick A: the whole text is selected', async ({ page }) => {
  await openApp(page);
  await click(page, 'Atelier name');
  await page.keyboard.type('Maison Ødegård');
  await nextFrames(page, 2);
  // Ctrl goes down in one frame; A is pressed and released, and Ctrl let go, before the next:
  // the last three events come in one task, so no frame can fall between them.
  await page.keyboard.down('Control');
  await nextFrames(page, 2);
  await page.evaluate(() => {
    const key = (type, k, code, keyCode) => window.dispatchEvent(new KeyboardEvent(type,
      { key: k, code, keyCode, which: keyCode, ctrlKey: type === 'keydown' || k !== 'Control', bubbles: true, cancelable: true }));
    key('keydown', 'a', 'KeyA', 65);
    key('keyup', 'a', 'KeyA', 65);
    key('keyup', 'Control', 'ControlLeft', 17);
  });
  await page.keyboard.up('Control');
  await nextFrames(page, 3);
  await page.keyboard.press('Delete');
  await nextFrames(page, 3);
  await page.keyboard.type('Atelier Nord');
  await nextFrames(page, 3);
  expect((await state(page)).start.name).toBe('Atelier Nord');
});

test('the app keeps its own shortcuts from the browser', async ({ page }) => {
  await openApp(page);
  const prevented = await page.evaluate(() => {
    const seen = {};
    const probe = (e) => { seen[(e.ctrlKey ? 'ctrl+' : '') + e.key] = e.defaultPrevented; };
    window.addEventListener('keydown', probe);
    for (const key of ['k', 'z', 'c'])
      document.getElementById('canvas').dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true }));
    window.removeEventListener('keydown', probe);
    return seen;
  });
  expect(prevented).toEqual({ 'ctrl+k': true, 'ctrl+z': true, 'ctrl+c': false });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 834, height: 1194 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('taps act once, where they land, and a text field raises the keyboard', async ({ page, consoleErrors }, testInfo) => {
    await openApp(page);
    const search = await locate(page, 'Atelier name');
    // Tap A (the name field), then B and C (two choices): each tap acts once, where it lands.
    await page.touchscreen.tap(search.cx, search.cy);
    await nextFrames(page, 4);
    // The first touch switches the layout to finger-sized targets (docs/design.md, "Touch"): B and C
    // are found where they are drawn now.
    const tailoring = await locate(page, 'Bespoke tailoring');
    const alterations = await locate(page, 'Alterations');
    expect(await page.evaluate(() => document.activeElement.id)).toBe('ime');
    await page.keyboard.insertText('Müller née Ødegård');
    await nextFrames(page, 3);
    expect((await state(page)).start.name).toBe('Müller née Ødegård');
    await page.touchscreen.tap(tailoring.cx, tailoring.cy);
    await nextFrames(page, 4);
    expect((await state(page)).start.pick).toBe(1);
    await page.touchscreen.tap(alterations.cx, alterations.cy);
    await nextFrames(page, 4);
    expect((await state(page)).start.pick).toBe(2);
    expect((await state(page)).start.name).toBe('Müller née Ødegård');
    await page.screenshot({ path: testInfo.outputPath('tablet-834x1194.png') });
    expect(consoleErrors).toEqual([]);
  });

  test('hardware typing into the focused field is not doubled', async ({ page }) => {
    await openApp(page);
    const search = await locate(page, 'Atelier name');
    await page.touchscreen.tap(search.cx, search.cy);
    await nextFrames(page, 4);
    await page.keyboard.type('abc');
    await nextFrames(page, 3);
    expect((await state(page)).start.name).toBe('abc');
  });
});
