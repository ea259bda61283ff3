// Issue 18, a producer through the real canvas: a style made and its bill of materials, a
// production order from the matrix, a release refused before the tech pack is Production Ready (the
// core's reason on screen, nothing changed), the tech pack taken there and the order released, two
// batches through every stage, the order completed, and the materials summary downloaded as CSV.
const fs = require('fs');
const { test, expect, click, fill, nextFrames, locate } = require('./lib/app');
const { openDemo } = require('./lib/storage');
const { production, firstNumber, goTo, newStyle, startTwoBatches } = require('./lib/production');

test.use({ viewport: { width: 1280, height: 1900 } });


test('a style to Production Ready, a production order released on it, two batches through the floor, the materials', async ({ page, consoleErrors }, testInfo) => {
  test.setTimeout(180000);  // a long walk through the canvas: over a minute on a busy 2-core machine
  await openDemo(page);
  await goTo(page, 'production');
  await locate(page, 'No styles');
  await newStyle(page, { code: 'SS27-DR01', name: 'Wrap dress', sizes: 'S, M, L', colourways: 'Navy, Ecru', material: 'Viscose crepe', quantities: '2.1, 2.25, 2.4' });
  await locate(page, 'Production');  // the top bar shows it to a producer

  await click(page, 'New production order');
  await click(page, 'Production pipeline');
  await click(page, 'Pipeline Tailored suit');  // five stages
  await fill(page, 'Matrix Navy S', '10');
  await fill(page, 'Matrix Navy M', '20');
  await fill(page, 'Matrix Ecru L', '5');
  await click(page, 'Create production order');
  const number = await firstNumber(page, 'production');
  const po = await production(page, number);
  expect(po.state).toBe('draft');
  expect(po.matrix.map((c) => `${c.colour} ${c.size} ${c.quantity}`)).toEqual(['Navy S 10', 'Navy M 20', 'Ecru L 5']);
  await click(page, `Production ${po.label}`);
  await locate(page, 'Required Viscose crepe');

  // Too early: refused with the reason, and the order stays a draft.
  await click(page, 'Release');
  await locate(page, 'Production problem');
  expect((await production(page, number)).state).toBe('draft');

  for (const state of ['Design', 'Approval', 'Production Ready']) await click(page, `Move to ${state}`);
  await click(page, 'Release');
  await expect.poll(async () => (await production(page, number)).state).toBe('released');
  expect((await production(page, number)).version).toBe(1);

  await startTwoBatches(page, number, 'Ecru');  // Navy: what is left of it, S 10 and M 20; Ecru L 5
  // Each batch through every stage of the pipeline: its Done button is drawn while pieces wait.
  for (const batch of [1, 2]) {
    let stages = 0;
    while (await page.evaluate((l) => window.atelier.locate(l), `Batch done ${batch}`)) {
      const before = JSON.stringify((await production(page, number)).batches[batch - 1].progress || []);
      await click(page, `Batch done ${batch}`);
      await expect.poll(async () => JSON.stringify((await production(page, number)).batches[batch - 1].progress || [])).not.toBe(before);
      await nextFrames(page, 2);
      expect(++stages).toBeLessThan(20);
    }
    expect((await production(page, number)).batches[batch - 1].progress.length).toBe(stages);
  }
  await click(page, 'Complete');
  await expect.poll(async () => (await production(page, number)).state).toBe('completed');
  // Its history, opened under the order.
  await click(page, 'Production history');
  await locate(page, 'Production history 1');

  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export materials CSV')]);
  const file = testInfo.outputPath('materials.csv');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe(`materials-${po.label.replace(/^PO /, '')}.csv`);
  const lines = fs.readFileSync(file, 'utf8').slice(1).split('\r\n').filter((l) => l);
  expect(lines[0]).toBe('material,kind,unit,supplier,required,with waste');
  expect(lines[1]).toBe('Viscose crepe,fabric,m,,78,81.9');  // 10 × 2.1 + 20 × 2.25 + 5 × 2.4, and 5% waste
  expect(consoleErrors).toEqual([]);
});
