// A real serve.py for the specs that sync (sync.spec.js, mail.spec.js): started on a free port over
// a data folder of its own, its admin commands, and a laptop joining it through Settings → Sync.
const path = require('path');
const { spawn, execFileSync, execSync } = require('child_process');
const { expect, click, fill, state } = require('./app');

const root = path.resolve(__dirname, '../../..');
const webRoot = process.env.ATELIER_WEB_ROOT || path.join(root, 'build/web/dist');

const freePort = () => execSync(`python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`)
  .toString().trim();

// `serve.py admin --data dataDir …`: its output.
const admin = (dataDir, ...args) => execFileSync('python3', ['serve.py', 'admin', '--data', dataDir, ...args], { cwd: root }).toString();

// serve.py serving the built app and syncing over `dataDir`, once it answers: { server, base }.
async function startServe(dataDir) {
  const port = freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('python3', ['serve.py', '--root', webRoot, '--data', dataDir, '--port', port, '--quiet'], { cwd: root, stdio: 'inherit' });
  for (let i = 0; i < 100; ++i) {
    try {
      if ((await fetch(`${base}/`)).ok) return { server, base };
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('serve.py did not start');
}

// Until the page says it is synced with nothing pending.
const synced = (page) => expect.poll(async () => {
  const s = (await state(page)).sync;
  return `${s.state} ${s.pending}`;
}, { timeout: 20_000 }).toBe('Synced 0');

// Settings → Sync filled in with `token` and this device's atelier uploaded as the studio's.
async function connectAndUpload(page, base, token, deviceName = 'Desk laptop') {
  await click(page, 'Settings');
  await fill(page, 'Sync server address', base);
  await fill(page, 'Sync token', token);
  if (deviceName) await fill(page, 'Sync device name', deviceName);
  await click(page, 'Sync connect');
  await expect.poll(async () => (await state(page)).sync.first_sync).toBe('upload');
  await click(page, 'Upload this atelier');
  await synced(page);
}

module.exports = { root, webRoot, freePort, admin, startServe, synced, connectAndUpload };
