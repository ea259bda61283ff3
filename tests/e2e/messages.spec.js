// Issue 17, messages that reach the client, through the real canvas: a fitting booked for tomorrow
// (from the tablet: window.atelier.applyEntry) makes the dashboard offer its reminder; Write
// reminders writes it; WhatsApp opens wa.me in a new tab with the client's number and the exact
// text; Mark sent records it, and the order page's Outbox says it was sent.
const { test, expect, locate, click, state } = require('./lib/app');
const { openDemo } = require('./lib/storage');

const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);

test('a fitting reminder goes out by WhatsApp and is marked sent', async ({ page, context, consoleErrors }) => {
  // wa.me is not reached from the test machine: the new tab gets a small page instead.
  await context.route('https://wa.me/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>WhatsApp</p>' }));
  await openDemo(page);
  const today = (await state(page)).today;
  const t = new Date(today + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + 1);
  const tomorrow = t.toISOString().slice(0, 10);
  // An order the dashboard lists (its line: "12-BFG  Client name").
  await click(page, 'Dashboard');
  await locate(page, 'Show Overdue');
  const labels = (await page.evaluate(() => window.atelier.items())).map((l) => l.slice(l.lastIndexOf('/') + 1));
  const line = labels.find((l) => /^\d+-[A-Z]{3}  /.test(l));
  expect(line).toBeTruthy();
  const n = Number(line.split('-')[0]);
  const before = await order(page, n);
  expect(await page.evaluate((e) => window.atelier.applyEntry(e), {
    id: 'tablet-9.1', device: 'tablet-9', seq: 1, at: `${today}T08:00`, who: 'Sofia',
    command: { type: 'order.fitting', order: n, at: `${tomorrow}T11:15`, kind: 'final' },
  })).toBe('');
  const fitting = (await order(page, n)).fittings.length - 1;

  await locate(page, 'Fitting reminders for tomorrow');
  await click(page, 'Write reminders');
  await expect.poll(async () => (await order(page, n)).outbox.filter((m) => m.fitting === `${tomorrow}T11:15`).length).toBe(1);
  const written = await order(page, n);
  const index = written.outbox.findIndex((m) => m.fitting === `${tomorrow}T11:15`);
  const message = written.outbox[index];
  expect(message.channel).toBe('whatsapp');
  expect(message.text).toContain('11:15');
  expect(written.fittings[fitting].at).toBe(`${tomorrow}T11:15`);
  expect((before.outbox || []).length).toBe(index);  // written last

  const id = `${n}/${index}`;
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, `WhatsApp ${id}`)]);
  await tab.waitForLoadState();
  const url = new URL(tab.url());
  expect(url.origin).toBe('https://wa.me');
  expect(url.pathname).toBe('/' + message.to.replace('+', ''));
  expect(url.searchParams.get('text')).toBe(message.text);
  await tab.close();

  // On the order page (opened from its line on the dashboard): its Outbox, Mark sent.
  await click(page, line);
  await page.waitForFunction((k) => window.atelier.state().view === 'order' && window.atelier.state().order === k, n);
  await click(page, 'Outbox');
  await click(page, `Mark sent ${id}`);
  await expect.poll(async () => Boolean((await order(page, n)).outbox[index].sent_at)).toBe(true);
  const sent = (await order(page, n)).outbox[index];
  expect(sent.sent_via ?? 'whatsapp').toBe('whatsapp');  // the default is not written
  await locate(page, `Sent ${id}`);
  expect(consoleErrors).toEqual([]);
});
