// Issue 21, email that goes out by itself: a real serve.py whose atelier has SMTP set (`serve.py
// admin set-smtp`) to a real mail server on loopback (aiosmtpd: lib/smtp_sink.py). The laptop makes
// an atelier with the Alterations pipeline (its last stage tells the client by email) and a client
// with an email address, and uploads it; a tablet joins and, through the order page, takes the
// order through its stages to the last: exactly one email reaches the client, with the subject and
// the text the core wrote, and both devices show it sent by the server.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync, execSync } = require('child_process');
const { test, expect, openApp, click, fill, state, createAtelier, locate } = require('./lib/app');

const root = path.resolve(__dirname, '../..');
const webRoot = process.env.ATELIER_WEB_ROOT || path.join(root, 'build/web/dist');
const freePort = () => execSync(`python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`)
  .toString().trim();
let server, sink, base, token, dataDir, mailbox;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-mail-e2e-'));
  mailbox = path.join(dataDir, 'received.jsonl');
  const smtpPort = freePort();
  sink = spawn('python3', [path.join(__dirname, 'lib/smtp_sink.py'), smtpPort, mailbox], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    sink.stdout.on('data', (d) => { if (String(d).includes('ready')) resolve(); });
    sink.on('exit', (code) => reject(new Error(`the SMTP sink stopped (${code})`)));
  });
  const admin = (...args) => execFileSync('python3', ['serve.py', 'admin', '--data', dataDir, ...args], { cwd: root }).toString();
  token = admin('create-atelier', 'Maison Postale', '--code', 'BFG', '--owner', 'ana').match(/token: (\S+)/)[1];
  admin('set-smtp', '1', '--host', '127.0.0.1', '--port', smtpPort, '--security', 'none', '--from', 'Maison Postale <atelier@example.com>');
  const port = freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('python3', ['serve.py', '--root', webRoot, '--data', dataDir, '--port', port, '--quiet'], { cwd: root, stdio: 'inherit' });
  for (let i = 0; i < 100; ++i) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('serve.py did not start');
});

test.afterAll(async () => {
  if (server) server.kill();
  if (sink) sink.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const received = () => (fs.existsSync(mailbox) ? fs.readFileSync(mailbox, 'utf8').split('\n').filter(Boolean).map(JSON.parse) : []);
const order = (page, n) => page.evaluate((k) => window.atelier.order(k), n);
const synced = (page) => expect.poll(async () => {
  const s = (await state(page)).sync;
  return `${s.state} ${s.pending}`;
}, { timeout: 20_000 }).toBe('Synced 0');

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
  await click(laptop, 'Settings');
  await fill(laptop, 'Sync server address', base);
  await fill(laptop, 'Sync token', token);
  await fill(laptop, 'Sync device name', 'Desk laptop');
  await click(laptop, 'Sync connect');
  await expect.poll(async () => (await state(laptop)).sync.first_sync).toBe('upload');
  await click(laptop, 'Upload this atelier');
  await synced(laptop);

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
