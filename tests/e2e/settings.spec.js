// Settings through the real canvas (issue 11): a team renamed everywhere in one step, and a team
// still in use refused with the core's reason beside the list.
const { test, expect, click, fill, locate } = require('./lib/app');
const { openDemo } = require('./lib/storage');

// The label of the first item drawn whose label starts with `prefix` (see workspace.spec.js).
const itemStarting = (page, prefix) => page.evaluate((p) => {
  const hit = window.atelier.items().find((i) => i.includes('/' + p));
  return hit ? hit.slice(hit.indexOf('/' + p) + 1) : '';
}, prefix);
const ordersWithTeam = (page, team) => page.evaluate((t) => {
  // Order numbers need not start at 1 (the demo's start at 10001): look through a wide span.
  let n = 0;
  for (let k = 1; k <= 20000 + window.atelier.state().orders; ++k) {
    const o = window.atelier.order(k);
    if (o && o.team === t) ++n;
  }
  return n;
}, team);

test('a team renamed in Settings is renamed on its orders; removing it while used is refused', async ({ page, consoleErrors }) => {
  await openDemo(page);
  const sewing = await ordersWithTeam(page, 'Sewing');
  expect(sewing).toBeGreaterThan(0);
  await click(page, 'Settings');
  await click(page, 'Rename team Sewing');
  await fill(page, 'New team name', 'Bridal sewing', { enter: true });
  await locate(page, 'Rename team Bridal sewing');
  expect(await ordersWithTeam(page, 'Sewing')).toBe(0);
  expect(await ordersWithTeam(page, 'Bridal sewing')).toBe(sewing);

  const before = await page.evaluate(() => window.atelier.state());
  await click(page, 'Remove team Bridal sewing');
  await expect.poll(() => itemStarting(page, 'team error: ')).toMatch(
    new RegExp(`^team error: team "Bridal sewing" is used by ${sewing} orders( and \\d+ stages?)?; ` +
               'move them to another team first \\(or rename the team\\)$'));
  await locate(page, 'Remove team Bridal sewing');  // still listed
  expect(await ordersWithTeam(page, 'Bridal sewing')).toBe(sewing);
  expect((await page.evaluate(() => window.atelier.state())).can_undo).toBe(before.can_undo);
  expect(consoleErrors).toEqual([]);
});
