// The browser benchmarks still run and report every figure (smoke runs at a tiny size; the
// figures themselves are for the README, not checked against targets here).
const { execFileSync } = require('child_process');
const path = require('path');
const { test, expect } = require('./lib/app');

const repo = path.resolve(__dirname, '../..');
const root = process.env.ATELIER_WEB_ROOT || path.join(repo, 'build/web/dist');
const run = (script, args) => execFileSync('node', [path.join(repo, 'tests/bench', script), ...args, '--root', root],
                                           { encoding: 'utf8', timeout: 150000 })
  .split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));

test('the save benchmark makes real edits durable and reports their times', async () => {
  test.setTimeout(180000);
  const [r] = run('run_save_bench.js', ['--sizes', '300', '--edits', '3']);
  expect(r).toMatchObject({ orders: 300, edits: 3, target_ms: 20 });
  for (const k of ['save_edit_ms', 'p95_ms', 'max_ms', 'flush_ms']) expect(r[k]).toBeGreaterThan(0);
});

test('the cold-start benchmark opens the stored atelier from the service worker as the writer', async () => {
  test.setTimeout(180000);
  const [r] = run('run_cold_start_bench.js', ['--orders', '300', '--runs', '2']);
  expect(r).toMatchObject({ orders: 300, runs: 2, from_service_worker: true, not_writer: 0, target_ms: 500 });
  expect(r.cold_start_ms).toBeGreaterThan(0);
  expect(r.reload_ms).toBeGreaterThan(0);
  for (const k of ['script_ms', 'first_frame_ms', 'lock_ms', 'read_ms', 'installed_ms', 'open_ms']) {
    expect(typeof r.steps[k]).toBe('number');
  }
});

test('the frame benchmark measures the board and the table', async () => {
  test.setTimeout(180000);
  const [r] = run('run_frame_bench.js', ['--orders', '300', '--seconds', '1']);
  expect(r).toMatchObject({ orders: 300, target_ms: 4 });
  for (const k of ['board_frame_p50_ms', 'table_frame_p50_ms', 'board_frame_max_ms', 'table_frame_max_ms']) {
    expect(r[k]).toBeGreaterThan(0);
  }
});
