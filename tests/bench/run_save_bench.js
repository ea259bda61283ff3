#!/usr/bin/env node
// Save benchmark in the browser: one edit made durable. Opens the demo atelier at each size (a
// fresh profile each), shows the table and changes the team of the first row --edits times
// with the mouse (double-click the cell, click another team). Each edit is timed from the mouseup event to the moment the
// journal file that holds it is in IndexedDB (storage.js's flush called back without error).
// Prints one JSON line per size: save_edit_ms (median), p95, max, and flush_ms (the flush alone).
// Target (issue 6): save_edit_ms < 20 at 1,000 and 100,000 orders.
//   node tests/bench/run_save_bench.js [--sizes 1000,100000] [--edits N] [--root build/web/dist]
'use strict';
const { parseArgs, startServer, launchChromium, clickLabel, doubleClickAt, openDemo, median, round1 } = require('./lib/browser');

const opt = parseArgs('node tests/bench/run_save_bench.js [--sizes 1000,100000] [--edits N] [--root DIR]',
                      { sizes: '1000,100000', edits: '15' });

// Arms a timer on the next mouseup; resolves with the milliseconds from it until everything
// written since is durable.
function armed(page) {
  return page.evaluate(() => {
    const st = window.atelierStorage;
    const wanted0 = st.wanted;
    window.__saved = new Promise((resolve) => {
      window.addEventListener('mouseup', (e) => {
        const t0 = e.timeStamp;
        const ch = new MessageChannel();
        const deadline = performance.now() + 30000;
        ch.port1.onmessage = () => {
          if (st.wanted > wanted0 && st.durable >= st.wanted && !st.inFlight) {
            resolve({ ms: performance.now() - t0, flush_ms: st.lastFlushMs });
          } else if (performance.now() > deadline) {
            resolve({ ms: null, flush_ms: null });
          } else {
            ch.port2.postMessage(0);
          }
        };
        ch.port2.postMessage(0);
      }, { once: true, capture: true });
    });
  });
}

async function measure(browser, url, orders) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await openDemo(page, url, orders, { saved: true });
    await clickLabel(page, 'Table');
    await page.waitForFunction(() => window.atelier.state().view === 'table');
    const label = await (await page.waitForFunction(() => {
      const item = window.atelier.items().find((i) => /\/Team \d+-/.test(i));
      return item ? item.slice(item.lastIndexOf('/Team ') + 6) : null;
    })).jsonValue();
    const number = parseInt(label, 10);
    const samples = [];
    const flushes = [];
    for (let i = 0; i < Number(opt.edits); ++i) {
      await page.waitForTimeout(150);
      const cell = await (await page.waitForFunction((l) => window.atelier.locate(l), 'Team ' + label)).jsonValue();
      await doubleClickAt(page, cell.cx, cell.cy);
      const other = await (await page.waitForFunction((n) => {
        const team = window.atelier.order(n).team;
        const option = window.atelier.items().find((i) => i.endsWith('##team-option') && !i.endsWith('/' + team + '##team-option') &&
                                                          !i.includes('(no team)##team-option'));  // its label: "(no team)###(no team)##team-option"
        return option ? option.slice(option.lastIndexOf('/') + 1) : null;
      }, number)).jsonValue();
      await armed(page);
      await clickLabel(page, other, { timeout: 10000 });
      const r = await page.evaluate(() => window.__saved);
      if (r.ms === null) throw new Error(`edit ${i + 1} at ${orders} orders was not saved within 30 s`);
      samples.push(r.ms);
      flushes.push(r.flush_ms);
    }
    const changed = await page.evaluate((n) => window.atelier.order(n).history.length, number);
    if (changed < samples.length) throw new Error(`only ${changed} changes recorded for ${samples.length} edits`);
    const sorted = samples.slice().sort((a, b) => a - b);
    return { orders, edits: samples.length, save_edit_ms: round1(median(samples)),
             p95_ms: round1(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]),
             max_ms: round1(sorted[sorted.length - 1]), flush_ms: round1(median(flushes)), target_ms: 20 };
  } finally {
    await context.close();
  }
}

(async () => {
  const server = await startServer(opt.root);
  let browser;
  try {
    browser = await launchChromium();
    for (const size of opt.sizes.split(',').map(Number)) console.log(JSON.stringify(await measure(browser, server.url, size)));
  } finally {
    if (browser) await browser.close();
    server.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
