// Atelier's service worker: the app shell from one versioned cache per build, so the app starts
// offline and an old app.js never meets a new app.wasm (that fails with a LinkError).
// web/pwa/stamp_sw.py fills in both constants when it copies this file into the web root.
'use strict';

const BUILD_ID = '@BUILD_ID@';
const SHELL = ['@SHELL@'];
const PREFIX = 'atelier-';
const CACHE = PREFIX + BUILD_ID;

// Built from pieces so the stamping step cannot rewrite this comparison too.
const UNSTAMPED = BUILD_ID === '@' + 'BUILD_ID@';

const shellUrls = new Set(SHELL.map((p) => new URL(p, self.location).href));
const indexUrl = new URL('index.html', self.location).href;

self.addEventListener('install', (event) => {
  // An unstamped worker (assets/sw.js served as is) has no shell list: refuse rather than cache nothing.
  if (UNSTAMPED) {
    event.waitUntil(Promise.reject(new Error('sw.js was not stamped with a build id')));
    return;
  }
  // cache: 'reload' skips the HTTP cache: a stale app.js from it would defeat the versioning.
  // No skipWaiting(): the page asks for it once the user accepts the update.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll([...shellUrls].map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || UNSTAMPED) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  let key = null;
  if (request.mode === 'navigate') key = indexUrl;
  else if (url.search === '' && shellUrls.has(url.href)) key = url.href;
  if (key === null) return;  // not shell: the network, uncached
  // This worker's own cache only: while a newer worker waits, its cache must not leak into this page.
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(key))
    .then((hit) => hit || fetch(request)));
});
