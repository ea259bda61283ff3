// Issue 21, email that goes out by itself: a real serve.py whose atelier has SMTP set (`serve.py
// admin set-smtp`) to a real mail server on loopback (aiosmtpd: lib/smtp_sink.py). The laptop makes
// an atelier with the Alterations pipeline (its last stage tells the client by email) and a client
// with an email address, and uploads it; a tablet joins and, through the order page, takes the
// order through its stages to the last: exactly one email reaches the client, with the subject and
// the text the core wrote, and both devices show it sent by the server.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execSync } = require('child_process');
const { test, expect, openApp, click, fill, state, createAtelier, locate } = require('./lib/app');
const { freePort, admin: adminOf, startServe, synced, connectAndUpload } = require('./lib/sync_server');

let server, sink, base, token, dataDir, mailbox, smtpPort;
const admin = (...args) => adminOf(dataDir, ...args);

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-mail-e2e-'));
  mailbox = path.join(dataDir, 'received.jsonl');
  smtpPort = freePort();
  sink = spawn('python3', [path.join(__dirname, 'lib/smtp_sink.py'), smtpPort, mailbox], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    sink.stdout.on('data', (d) => { if (String(d).includes('ready')) resolve(); });
    sink.on('exit', (code) => reject(new Error(`the SMTP sink stopped (${code})`)));
  });
  token = admin('create-atelier', 'Maison Postale', '--code', 'BFG', '--owner', 'ana').match(/token: (\S+)/)[1];
  admin('set-smtp', '1', '--host', '127.0.0.1', '--port', smtpPort, '--security', 'none', '--from', 'Maison Postale <atelier@example.com>');
  ({ server, base } = await startServe(dataDir));
});

test.afterAll(async () => {
  if (server) server.kill();
  if (sink) sink.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const received = () => (fs.existsSync(mailbox) ? fs.readFileSync(mailbox, 'utf8').split('\n').filter(Boolean).map(JSON.parse) : []);
const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);

test('a stage that tells the client, done on a tablet, sends exactly one email through the server', async ({ browser }) => {
  test.setTimeout(120_000);
  // The laptop: a new atelier (Alterations), a client with an email address and an order, uploaded.
  const laptopContext = await browser.newContext({ baseURL: base });
  const laptop = await laptopContext.newPage();
  await openApp(laptop, `${base}/`);
  await createAtelier(laptop, { name: 'Maison Postale', code: 'BFG', template: 'Alterations' });
  await click(laptop, 'New client');
  await fill(laptop, 'New client/Name', 'Léa Dubois');
  await fill(laptop, 'New client/Email', 'lea@example.com');
  await click(laptop, 'Create client');
  await laptop.waitForFunction(() => window.atelier.state().view === 'client');
  await click(laptop, 'New order for this client');
  await fill(laptop, 'New order/Garment', 'Hem');
  await click(laptop, 'Create order');
  await laptop.waitForFunction(() => window.atelier.state().view === 'order');
  await connectAndUpload(laptop, base, token);

  // The tablet joins from the invitation link and takes the order to its last stage, then through it.
  const tabletContext = await browser.newContext({ baseURL: base, viewport: { width: 834, height: 1194 } });
  const tablet = await tabletContext.newPage();
  await tablet.goto(`${base}/?sync=${encodeURIComponent(base)}&token=${encodeURIComponent(token)}`);
  await tablet.waitForFunction(() => window.atelier.state().ready && window.atelier.state().orders === 1, null, { timeout: 20_000 });
  await synced(tablet);
  await click(tablet, 'Table');
  await click(tablet, 'Order 1-BFG');
  await tablet.waitForFunction(() => window.atelier.state().view === 'order');
  await click(tablet, 'Confirm order');
  await expect.poll(async () => (await order(tablet, 1)).status).toBe('confirmed');
  await click(tablet, 'Start production');
  await expect.poll(async () => (await order(tablet, 1)).status).toBe('in_production');
  await click(tablet, 'Production');
  await click(tablet, 'Advance stage');
  await expect.poll(async () => (await order(tablet, 1)).stage).toBe('alter');
  await click(tablet, 'Advance stage');
  await expect.poll(async () => (await order(tablet, 1)).stage).toBe('press');
  expect(received()).toEqual([]);  // nothing before the stage that tells the client
  await click(tablet, 'QC pass');
  await click(tablet, 'Advance stage');
  await expect.poll(async () => ((await order(tablet, 1)).outbox || []).length).toBe(1);
  const written = (await order(tablet, 1)).outbox[0];
  expect(written.channel ?? 'email').toBe('email');
  expect(written.id).toMatch(/\.1\.0$/);

  // Exactly one email: the client's address, the subject and the text the core wrote.
  await expect.poll(() => received().length, { timeout: 30_000 }).toBe(1);
  const [mail] = received();
  expect(mail.to).toEqual(['lea@example.com']);
  expect(mail.subject).toBe('Maison Postale: order 1-BFG');
  expect(mail.text.trim()).toBe(written.text);
  expect(written.text).toBe('Dear Léa Dubois, your alteration 1-BFG is ready to collect.');
  expect(mail.message_id).toContain(written.id);

  // Both devices learn it was sent (the server's order.message_delivery), and the laptop shows it.
  for (const page of [tablet, laptop]) {
    await expect.poll(async () => ((await order(page, 1)).outbox || [])[0]?.mail, { timeout: 40_000 }).toBe('sent');
  }
  await click(laptop, 'Table');
  await click(laptop, 'Order 1-BFG');
  await laptop.waitForFunction(() => window.atelier.state().view === 'order');
  await click(laptop, 'Outbox');
  await locate(laptop, 'Sent 1/0');
  // Handed by both devices, sent once.
  await new Promise((r) => setTimeout(r, 3000));
  expect(received().length).toBe(1);
  await laptopContext.close();
  await tabletContext.close();
});

test('a fitting reminder written ahead is sent by the server at its time; a cancelled fitting\'s never', async ({ browser }) => {
  test.setTimeout(120_000);
  const created = admin('create-atelier', 'Maison Rappel', '--code', 'RAP', '--owner', 'ana');
  const own = created.match(/token: (\S+)/)[1];
  const id = created.match(/Created atelier (\d+)/)[1];
  admin('set-smtp', id, '--host', '127.0.0.1', '--port', smtpPort, '--security', 'none', '--from', 'Maison Rappel <atelier@example.com>');
  const mailTo = 'ines@example.com';
  const mine = () => received().filter((m) => m.to.includes(mailTo));

  const laptopContext = await browser.newContext({ baseURL: base });
  const laptop = await laptopContext.newPage();
  await openApp(laptop, `${base}/`);
  await createAtelier(laptop, { name: 'Maison Rappel', code: 'RAP', template: 'Alterations' });
  // Settings: reminders go the day before at midnight (so tomorrow's is due already).
  await click(laptop, 'Settings');
  await click(laptop, 'Fitting reminder message');
  await click(laptop, 'Reminder time');
  await click(laptop, '00:00');
  await click(laptop, 'Save settings');
  await click(laptop, 'New client');
  await fill(laptop, 'New client/Name', 'Inès Moreau');
  await fill(laptop, 'New client/Email', mailTo);
  await click(laptop, 'Create client');
  await laptop.waitForFunction(() => window.atelier.state().view === 'client');
  await click(laptop, 'New order for this client');
  await fill(laptop, 'New order/Garment', 'Sleeves');
  await click(laptop, 'Create order');
  await laptop.waitForFunction(() => window.atelier.state().view === 'order');
  await connectAndUpload(laptop, base, own);

  // Two fittings booked on the order page: tomorrow (its reminder due now) and in three days.
  const today = (await state(laptop)).today;
  const day = (n) => {
    const t = new Date(today + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + n);
    return t.toISOString().slice(0, 10);
  };
  await click(laptop, 'Table');
  await click(laptop, 'Order 1-RAP');
  await laptop.waitForFunction(() => window.atelier.state().view === 'order');
  await click(laptop, 'Fitting schedule');
  for (const n of [1, 3]) {
    await fill(laptop, 'Fitting date', day(n));
    await fill(laptop, 'Fitting time', '10:00');
    await click(laptop, 'Add fitting');
    await expect.poll(async () => ((await order(laptop, 1)).fittings ?? []).length).toBe(n === 1 ? 1 : 2);
  }
  const written = (await order(laptop, 1)).outbox;
  expect(written.map((m) => m.due)).toEqual([`${day(0)}T00:00`, `${day(2)}T00:00`]);
  await synced(laptop);

  // Tomorrow's goes at once; the other is held for its time.
  await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(1);
  expect(mine()[0].text.trim()).toBe(written[0].text);
  expect(written[0].text).toContain('10:00');
  const count = (word) => admin('smtp', id).match(new RegExp(`(\\d+) ${word}`))?.[1];
  await expect.poll(() => count('held'), { timeout: 20_000 }).toBe('1');
  await click(laptop, 'Outbox');
  await locate(laptop, 'Due by server 1/1');

  // The second fitting is cancelled: the server is told, and its reminder never goes.
  await click(laptop, 'Fitting schedule');
  await click(laptop, 'Cancel fitting 1');
  await fill(laptop, 'Cancel reason', 'client away');
  await click(laptop, 'Cancel fitting');
  await expect.poll(async () => (await order(laptop, 1)).outbox[1].withdrawn).toBe(true);
  await expect.poll(() => count('withdrawn'), { timeout: 20_000 }).toBe('1');
  expect(count('held')).toBe('0');
  await click(laptop, 'Outbox');
  await locate(laptop, 'Withdrawn 1/1');
  expect(mine().length).toBe(1);
  await laptopContext.close();
});
