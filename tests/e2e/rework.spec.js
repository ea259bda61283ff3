// Issue 16 through the real canvas: an order failing QC is sent back to Sewing with a reason (the
// order page's Send back… and its dialog), shows its Rework badge, and goes forward again to the
// end; on a tablet a fitting is rescheduled by touch with the calendar (no keyboard raised).
const { test, expect, openApp, locate, click, fill, nextFrames, createAtelier, clientAndOrder } = require('./lib/app');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
// Setting the scene as another device would (not under test): one journal entry per command.
let seq = 0;
async function apply(page, command) {
  seq += 1;
  const entry = { id: `tablet-9.${seq}`, device: 'tablet-9', seq, at: '2026-12-03T08:00', who: 'Sofia', command };
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), entry)).toBe('');
}

test('a QC fail goes back to Sewing with its reason, shows Rework, and moves forward again to the end', async ({ page, consoleErrors }) => {
  seq = 0;
  await openApp(page);
  await createAtelier(page);
  await clientAndOrder(page);
  for (const type of ['order.confirm', 'order.start', 'order.advance', 'order.advance', 'order.advance'])
    await apply(page, { type, order: 1 });
  expect((await order(page, 1)).stage).toBe('fitting');

  await click(page, 'Production');
  await fill(page, 'QC note', 'hem uneven at the back');
  await click(page, 'QC fail');
  await expect.poll(async () => (await order(page, 1)).qc).toBe('fail');
  await click(page, 'Send back');
  await locate(page, 'Send back/Back to stage');  // the dialog, on the stage before: Sewing
  await fill(page, 'Send back/Reason', 'redo the hem');
  await click(page, 'Send back/Send it back');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('sewing');
  const back = await order(page, 1);
  expect(back.stage_status || 'not_started').toBe('not_started');
  expect(back.log[back.log.length - 1]).toMatchObject({ event: 'rework', stage: 'sewing', from: 'fitting', rework: 'qc_fail', note: 'redo the hem' });
  await locate(page, 'Badge Rework: redo the hem');

  // Forward again as usual: Sewing, then Fitting with a QC pass, then Finishing.
  await click(page, 'Advance stage');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('fitting');
  await locate(page, 'Badge Rework: redo the hem');  // not yet past the stage it was sent back from
  await click(page, 'QC pass');
  await click(page, 'Advance stage');
  await expect.poll(async () => (await order(page, 1)).stage).toBe('finishing');
  await nextFrames(page, 3);
  expect(await page.evaluate(() => window.atelier.locate('Badge Rework: redo the hem'))).toBeNull();
  await click(page, 'Advance stage');
  await expect.poll(async () => (await order(page, 1)).stage_status).toBe('done');
  expect(consoleErrors).toEqual([]);
});

test.describe('on a tablet held sideways', () => {
  test.use({ viewport: { width: 1194, height: 834 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  async function tap(page, label) {
    const r = await locate(page, label);
    await page.touchscreen.tap(r.cx, r.cy);
    await nextFrames(page, 4);
    return r;
  }

  test('a fitting is rescheduled by touch on the calendar', async ({ page, consoleErrors }) => {
    seq = 0;
    await openApp(page);
    await createAtelier(page);
    await clientAndOrder(page);
    // Booked for the 10th of next month at 10:00; moved by finger to the 11th at 11:30.
    const now = new Date();
    const y = now.getMonth() === 11 ? now.getFullYear() + 1 : now.getFullYear();
    const m = String((now.getMonth() + 1) % 12 + 1).padStart(2, '0');
    await apply(page, { type: 'order.fitting', order: 1, at: `${y}-${m}-10T10:00`, kind: 'first' });

    await tap(page, 'Fitting schedule');
    await tap(page, 'Reschedule fitting 0');
    await tap(page, 'Pick New');
    expect(await page.evaluate(() => document.activeElement.id)).not.toBe('ime');  // no keyboard for a pick
    const cell = await locate(page, `Day ${y}-${m}-11`);
    expect(cell.height).toBeGreaterThanOrEqual(44);  // finger-sized
    await tap(page, `Day ${y}-${m}-11`);
    await tap(page, 'Later hour');
    await tap(page, 'Minutes 30');
    await tap(page, 'Done New');
    await tap(page, 'Save new time');
    await expect.poll(async () => (await order(page, 1)).fittings[0].at).toBe(`${y}-${m}-11T11:30`);
    const f = (await order(page, 1)).fittings[0];
    expect(f.minutes || 60).toBe(60);
    expect(f.cancelled || false).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
