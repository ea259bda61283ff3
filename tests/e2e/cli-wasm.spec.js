// Native and WASM give byte-identical states (issue 13): the `atelier` CLI built for node
// (build/web/atelier-cli.js, web/CMakeLists.txt) and the native one (build/native/atelier, or
// build/tests/atelier-checked, the same CLI on the ASan+UBSan core, which scripts/test.sh builds) apply
// the same entry log to the same demo atelier and must print the same state hash: a hand-written
// log and a seeded random one (every command type, undo, redo), and the law checker runs alike.
// No browser: the WASM is compiled from the same core as the app's, run under node (~10 s here).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { test, expect } = require('@playwright/test');

const repo = path.resolve(__dirname, '../..');
const native = process.env.ATELIER_NATIVE_CLI ||
  ['build/native/atelier', 'build/native/atelier-checked', 'build/tests/atelier-checked'].map((p) => path.join(repo, p)).find((p) => fs.existsSync(p)) ||
  path.join(repo, 'build/native/atelier');
const wasm = process.env.ATELIER_WASM_CLI || path.join(repo, 'build/web/atelier-cli.js');

// One CLI run; `input` is a file fed to stdin. Node 20's fetch makes Emscripten 3.1.6 load the
// .wasm by URL, which fails for a file: hence --no-experimental-fetch (TOOLCHAIN.md).
function run(which, args, input) {
  const [cmd, argv] = which === 'wasm' ? ['node', ['--no-experimental-fetch', wasm, ...args]] : [native, args];
  const r = spawnSync(cmd, argv, {
    input: input === undefined ? undefined : fs.readFileSync(input),
    maxBuffer: 256 << 20, timeout: 60000,
  });
  return { status: r.status, out: r.stdout ? r.stdout.toString('utf8') : '', err: r.stderr ? r.stderr.toString('utf8') : '' };
}

// Exit 0 or fail showing what the CLI said; stdout, and stderr in `said` (apply reports its count there).
const said = {};
function ok(which, args, input) {
  const r = run(which, args, input);
  expect(r.status, `${which} ${args.join(' ')}: ${r.err}`).toBe(0);
  said[which] = r.err;
  return r.out;
}

let dir;
test.beforeAll(() => {
  for (const f of [native, wasm]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: build it (scripts/build.sh native web)`);
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-cli-wasm-'));
});
test.afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

test('the same entry log gives the same state hash natively and in WASM', () => {
  const file = (name) => path.join(dir, name);
  // The demo generator itself, run on both: same seed, same bytes.
  const demoArgs = ['demo', '--orders', '1500', '--seed', '13', '--today', '2026-06-01'];
  fs.writeFileSync(file('demo.json'), ok('native', demoArgs));
  fs.writeFileSync(file('demo-wasm.json'), ok('wasm', demoArgs));
  expect(fs.readFileSync(file('demo-wasm.json')).equals(fs.readFileSync(file('demo.json')))).toBe(true);

  // The log (tests/data/entry-log.jsonl) creates a client and an order; fill in the ids they get.
  const profile = JSON.parse(fs.readFileSync(file('demo.json'), 'utf8')).atelier;
  const log = fs.readFileSync(path.join(repo, 'tests/data/entry-log.jsonl'), 'utf8')
    .replaceAll('@CLIENT@', String(profile.next_client)).replaceAll('@ORDER@', String(profile.next_order));
  fs.writeFileSync(file('log.jsonl'), log);

  const apply = ['apply', file('demo.json'), '--who', 'ana', '--now', '2026-06-02T09:00'];
  fs.writeFileSync(file('native.json'), ok('native', apply, file('log.jsonl')));
  fs.writeFileSync(file('wasm.json'), ok('wasm', apply, file('log.jsonl')));
  const applied = `applied ${log.trim().split('\n').length} commands\n`;
  expect(said).toEqual({ native: applied, wasm: applied });
  expect(fs.readFileSync(file('wasm.json')).equals(fs.readFileSync(file('native.json')))).toBe(true);

  const before = ok('native', ['state-hash', file('demo.json')]);
  const hashes = {
    native: ok('native', ['state-hash', file('native.json')]),
    wasm: ok('wasm', ['state-hash', file('wasm.json')]),
    nativeOfWasm: ok('native', ['state-hash', file('wasm.json')]),
    wasmOfNative: ok('wasm', ['state-hash', file('native.json')]),
  };
  expect(hashes.native).toMatch(/^[0-9a-f]{64}\n$/);
  for (const h of Object.values(hashes)) expect(h).toBe(hashes.native);
  expect(ok('wasm', ['state-hash', file('demo.json')])).toBe(before);
  expect(hashes.native).not.toBe(before);  // the log did change the atelier
  // Every command of the log took effect, on both.
  const after = JSON.parse(fs.readFileSync(file('wasm.json'), 'utf8'));
  const order = after.orders.find((o) => o.number === profile.next_order);
  expect(order).toMatchObject({ garment: 'Iris — ivoire', status: 'in_production' });
});

test('a seeded random log of every command type, undo and redo replays to the same hash on both', () => {
  const file = (name) => path.join(dir, name);
  fs.writeFileSync(file('small.json'), ok('native', ['demo', '--orders', '200', '--seed', '21', '--today', '2026-06-01']));
  // The generator runs on both too: the same seed draws the same steps and the same refusals.
  const gen = ['random-log', file('small.json'), '--steps', '600', '--seed', '21', '--now', '2026-06-01T08:00'];
  fs.writeFileSync(file('random.jsonl'), ok('native', gen));
  expect(ok('wasm', gen)).toBe(fs.readFileSync(file('random.jsonl'), 'utf8'));
  const lines = fs.readFileSync(file('random.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(lines.length).toBeGreaterThan(200);
  // The store's own undo and redo: entries whose command inverts the step before.
  expect(lines.some((l) => l.command && l.command.type === 'undo')).toBe(true);
  expect(lines.some((l) => l.command && l.command.type === 'redo')).toBe(true);
  expect(new Set(lines.filter((l) => l.command).map((l) => l.command.type)).size).toBeGreaterThan(15);

  const apply = ['apply', file('small.json')];
  fs.writeFileSync(file('random-native.json'), ok('native', apply, file('random.jsonl')));
  fs.writeFileSync(file('random-wasm.json'), ok('wasm', apply, file('random.jsonl')));
  const h = ok('native', ['state-hash', file('random-native.json')]);
  expect(ok('wasm', ['state-hash', file('random-wasm.json')])).toBe(h);
  expect(ok('native', ['state-hash', file('random-wasm.json')])).toBe(h);
  expect(h).not.toBe(ok('native', ['state-hash', file('small.json')]));
});

test('the laws hold in WASM, over the same random steps as natively', () => {
  // Validity, refusals, undo/redo, replay, compaction and snapshot round trips, every step
  // (core/laws/laws.hpp), on the WASM build: the same commands drawn and taken, no failure.
  const args = ['bench', '--laws', '--seeds', '4', '--steps', '150'];
  const [n, w] = ['native', 'wasm'].map((which) => JSON.parse(ok(which, args)).laws);
  expect(w.failures).toBe(0);
  delete n.seconds;
  delete w.seconds;
  expect(w).toEqual(n);
  expect(w.accepted).toBeGreaterThan(200);
});

test('the WASM CLI reports a refused entry and a broken file with the native exit codes', () => {
  const broken = path.join(repo, 'tests/data/broken/dangling-client.json');
  const n = run('native', ['state-hash', broken]);
  const w = run('wasm', ['state-hash', broken]);
  expect(n.status).toBe(1);
  expect(w.status).toBe(1);
  expect(w.out).toBe('');
  expect(w.err).toBe(n.err);
  expect(w.err).toContain('/orders/1/client');
  const bad = path.join(dir, 'bad.jsonl');
  fs.writeFileSync(bad, '{"type":"order.pay","order":12,"amount":999999}\n');
  const valid = path.join(repo, 'tests/data/valid.json');
  const wa = run('wasm', ['apply', valid, '--now', '2026-06-02T09:00'], bad);
  expect(wa.status).toBe(1);
  expect(wa.err).toBe(run('native', ['apply', valid, '--now', '2026-06-02T09:00'], bad).err);
});
