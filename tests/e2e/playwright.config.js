// End-to-end tests in Debian's headless Chromium against the built app served by serve.py.
const { defineConfig } = require('@playwright/test');
const { execSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '../..');
// One free port for the whole run; workers inherit it through the environment.
if (!process.env.ATELIER_E2E_PORT) {
  process.env.ATELIER_E2E_PORT = execSync(
    `python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"`,
  ).toString().trim();
}
const port = process.env.ATELIER_E2E_PORT;
const webRoot = process.env.ATELIER_WEB_ROOT || path.join(root, 'build/web/dist');

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js/,
  outputDir: path.join(root, 'build/e2e/results'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'build/e2e/report.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    // The app's default language is the browser's: pinned, whatever the machine's LANG says.
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // The machine has no network: keep Chromium from trying to reach Google's services.
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `python3 serve.py --root "${webRoot}" --port ${port} --quiet`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
