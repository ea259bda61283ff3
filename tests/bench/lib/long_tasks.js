// Long tasks on the page's main thread, for the benchmarks: a PerformanceObserver installed
// before any script of the page runs (Chromium reports every task over 50 ms as a 'longtask'),
// and the figures the issue asks for over a window of time: the longest task and the total
// blocking time (each task counts its time beyond 50 ms).
'use strict';

// Call once per context, before pages open.
async function observeLongTasks(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    const keep = (entries) => { for (const e of entries) window.__longTasks.push([e.startTime, e.duration]); };
    try {
      const observer = new PerformanceObserver((list) => keep(list.getEntries()));
      observer.observe({ type: 'longtask', buffered: true });
      // Entries reach the callback late on a busy page: longTasks() takes the pending ones first.
      window.__takeLongTasks = () => keep(observer.takeRecords());
    } catch (e) { window.__longTasks = null; }  // no longtask support: reported as null
  });
}

// Longest task and total blocking time of the tasks that started in [from, to) (page ms).
async function longTasks(page, from, to = Infinity) {
  return page.evaluate(([a, b]) => {
    if (!window.__longTasks) return null;
    window.__takeLongTasks();
    const tasks = window.__longTasks.filter(([start]) => start >= a && start < (b === null ? Infinity : b));
    const longest = tasks.reduce((m, [, d]) => Math.max(m, d), 0);
    const blocking = tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    return { longest_ms: Math.round(longest), blocking_ms: Math.round(blocking), count: tasks.length };
  }, [from, to === Infinity ? null : to]);
}

// Chromium's CPU slowed `rate` times (DevTools' throttling) for this page; 1 ends it.
async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

module.exports = { observeLongTasks, longTasks, throttleCpu };
