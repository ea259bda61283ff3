// Photos (issue 15): pictures and their thumbnails kept as Blobs in their own IndexedDB database,
// keyed by the SHA-256 of their bytes. The atelier (WASM, IDBFS) holds only each photo's
// description; nothing here runs at start, so opening the app reads no image bytes.
// - Adding: a file input (the camera on a tablet), each file checked, decoded with its EXIF
//   orientation applied, downscaled to 2048 px on the long edge and re-encoded as JPEG (which
//   drops every metadata block, location included), with a 256 px thumbnail; both go into the
//   database in one transaction, so a failure (a full disk) stores neither. The C side takes the
//   results (web/platform/photos.cpp) and adds them to the order with a command.
// - Showing: the C side asks for a hash each frame it draws it; the blob is read and decoded here
//   in the background, then uploaded as a GL texture by the C side's EM_JS (it owns the GL
//   context) and freed when it has not been drawn for a while.
(function () {
  'use strict';
  const P = {
    dbName: 'atelier-photos',
    store: 'blobs',
    longEdge: 2048,        // core/model/limits.hpp kPhotoLongEdge
    thumbEdge: 256,        // kThumbLongEdge
    maxMegapixels: 50,     // a bigger picture is refused before it is decoded (a tablet's memory)
    maxFileBytes: 64 * 1024 * 1024,
    quality: 0.85,
    results: [],           // finished files, taken by the C side: {ok, name, error | description}
    busy: 0,               // files being prepared
    entries: new Map(),    // hash -> {state: 'loading'|'decoded'|'ready'|'missing'|'failed', bitmap, tex, w, h, used}
    frame: 0,
    stats: null,           // {count: pictures, bytes: pictures and thumbnails} stored, once counted
    fetcher: null,         // set by sync.js: (hash) => Promise<Blob|null>, for another device's photos
  };
  window.atelierPhotos = P;

  let dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        const req = indexedDB.open(P.dbName, 1);
        req.onupgradeneeded = () => { req.result.createObjectStore(P.store, { keyPath: 'hash' }); };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error || new Error(window.atelierWords.say('shell_photo_store_closed')));
      });
      dbPromise.catch(() => { dbPromise = null; });
    }
    return dbPromise;
  }

  function get(hash) {
    return db().then((d) => new Promise((resolve, reject) => {
      const req = d.transaction([P.store], 'readonly').objectStore(P.store).get(hash);
      req.onsuccess = () => resolve(req.result || null);
      req.onerror = () => reject(req.error);
    }));
  }

  // Both records or neither: one transaction, resolved when it has committed.
  function putAll(records) {
    return db().then((d) => new Promise((resolve, reject) => {
      const tx = d.transaction([P.store], 'readwrite');
      const os = tx.objectStore(P.store);
      for (const r of records) os.put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('the photo was not stored'));
    }));
  }
  P.get = get;
  P.putAll = putAll;

  // [SECTION] Hashing: SubtleCrypto where the page is a secure context, else the same in JS
  // (a tablet reaching the studio's server over plain http on the local network).
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  function sha256Js(bytes) {
    const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    const total = Math.ceil((bytes.length + 9) / 64) * 64;
    const m = new Uint8Array(total);
    m.set(bytes);
    m[bytes.length] = 0x80;
    const view = new DataView(m.buffer);
    view.setUint32(total - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(total - 4, (bytes.length * 8) >>> 0);
    const w = new Uint32Array(64);
    const rotr = (x, n) => (x >>> n) | (x << (32 - n));
    for (let off = 0; off < total; off += 64) {
      for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
      for (let i = 16; i < 64; i++) {
        const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      let [a, b, c, d, e, f, g, k] = h;
      for (let i = 0; i < 64; i++) {
        const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }
    return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
  }
  P.sha256 = function (buffer) {
    const bytes = new Uint8Array(buffer);
    if (window.crypto && crypto.subtle && window.isSecureContext) {
      return crypto.subtle.digest('SHA-256', bytes).then((d) => Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join(''));
    }
    return Promise.resolve(sha256Js(bytes));
  };
  P.sha256Js = sha256Js;

  // [SECTION] Adding

  // The picture's size from its header, without decoding it (PNG, JPEG, WebP); null if unknown.
  function headerSize(b) {
    const u32 = (i) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return { w: u32(16), h: u32(20) };
    if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
      for (let i = 2; i + 9 < b.length;) {
        if (b[i] !== 0xff) { i++; continue; }
        const marker = b[i + 1];
        const len = (b[i + 2] << 8) | b[i + 3];
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
          return { w: (b[i + 7] << 8) | b[i + 8], h: (b[i + 5] << 8) | b[i + 6] };
        if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }
        i += 2 + len;
      }
    }
    if (b.length > 30 && b[0] === 0x52 && b[1] === 0x49 && b[8] === 0x57 && b[9] === 0x45 && b[12] === 0x56 && b[13] === 0x50 && b[14] === 0x38) {
      if (b[15] === 0x58) return { w: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), h: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
      if (b[15] === 0x20) return { w: ((b[26] | (b[27] << 8)) & 0x3fff), h: ((b[28] | (b[29] << 8)) & 0x3fff) };
      if (b[15] === 0x4c) { const v = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24); return { w: (v & 0x3fff) + 1, h: ((v >>> 14) & 0x3fff) + 1 }; }
    }
    return null;
  }
  P.headerSize = headerSize;

  function scaled(w, h, edge) {
    const s = Math.min(1, edge / Math.max(w, h));
    return { w: Math.max(1, Math.round(w * s)), h: Math.max(1, Math.round(h * s)) };
  }

  function encode(source, w, h, edge) {
    const size = scaled(w, h, edge);
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.w, size.h) : Object.assign(document.createElement('canvas'), { width: size.w, height: size.h });
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';  // a transparent PNG becomes JPEG on white, not black
    ctx.fillRect(0, 0, size.w, size.h);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, size.w, size.h);
    const blob = canvas.convertToBlob ? canvas.convertToBlob({ type: 'image/jpeg', quality: P.quality })
                                      : new Promise((res) => canvas.toBlob(res, 'image/jpeg', P.quality));
    return blob.then((b) => ({ blob: b, canvas, w: size.w, h: size.h }));
  }

  const mb = (n) => (n / 1048576).toFixed(n < 10485760 ? 1 : 0) + ' MB';

  // One file to a stored picture and thumbnail; throws an Error whose message is for the user.
  P.prepare = async function prepare(file) {
    if (!file.size) throw new Error('is empty (0 bytes)');
    if (file.size > P.maxFileBytes) throw new Error('is ' + mb(file.size) + '; a photo can be at most ' + mb(P.maxFileBytes));
    const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
    const known = headerSize(head);
    if (known && known.w * known.h > P.maxMegapixels * 1e6)
      throw new Error(window.atelierWords.say('shell_photo_megapixels_size', { mp: Math.round(known.w * known.h / 1e6), w: known.w, h: known.h, max: P.maxMegapixels }));
    let bitmap;
    try {
      bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch (e) {
      throw new Error(window.atelierWords.say('shell_photo_unreadable'));
    }
    try {
      if (bitmap.width * bitmap.height > P.maxMegapixels * 1e6)
        throw new Error(window.atelierWords.say('shell_photo_megapixels', { mp: Math.round(bitmap.width * bitmap.height / 1e6), max: P.maxMegapixels }));
      const big = await encode(bitmap, bitmap.width, bitmap.height, P.longEdge);
      const thumb = await encode(big.canvas, big.w, big.h, P.thumbEdge);
      if (!big.blob || !thumb.blob) throw new Error(window.atelierWords.say('shell_photo_no_jpeg'));
      const [id, thumbId] = await Promise.all([big.blob.arrayBuffer().then(P.sha256), thumb.blob.arrayBuffer().then(P.sha256)]);
      return {
        picture: { hash: id, role: 'picture', blob: big.blob, type: 'image/jpeg', bytes: big.blob.size, width: big.w, height: big.h },
        thumb: { hash: thumbId, role: 'thumb', blob: thumb.blob, type: 'image/jpeg', bytes: thumb.blob.size, width: thumb.w, height: thumb.h },
      };
    } finally {
      bitmap.close();
    }
  };

  function storeError(e) {
    const name = e && e.name ? e.name : '';
    if (name === 'QuotaExceededError' || /quota/i.test(String(e && e.message)))
      return window.atelierWords.say('shell_photos_no_room', { reason: name || String(e) });
    return window.atelierWords.say('shell_photo_refused', { reason: (name ? name + ': ' : '') + (e && e.message ? e.message : String(e)) });
  }

  async function addFile(file) {
    const name = file.name || 'photo';
    const started = performance.now();
    try {
      const p = await P.prepare(file);
      try {
        await putAll([p.picture, p.thumb]);
      } catch (e) {
        P.results.push({ ok: false, name, error: storeError(e) });
        return;
      }
      if (P.stats) { P.stats.count += 1; P.stats.bytes += p.picture.bytes + p.thumb.bytes; }
      P.results.push({ ok: true, name, id: p.picture.hash, thumb: p.thumb.hash, type: p.picture.type, bytes: p.picture.bytes,
                       width: p.picture.width, height: p.picture.height, ms: Math.round(performance.now() - started) });
    } catch (e) {
      P.results.push({ ok: false, name, error: name + ' ' + (e && e.message ? e.message : String(e)) });
    }
  }

  // Files one after another (a 12-megapixel decode holds ~50 MB: not several at once on a tablet).
  let queue = Promise.resolve();
  P.addFiles = function (files) {
    for (const f of files) {
      P.busy++;
      queue = queue.then(() => addFile(f)).finally(() => { P.busy--; });
    }
    return queue;
  };

  // Runs inside the frame that handled the click: still within the click's user activation.
  P.pick = function (camera) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = !camera;
    if (camera) input.setAttribute('capture', 'environment');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const files = Array.from(input.files || []);
      input.remove();
      P.addFiles(files);
    });
    document.body.appendChild(input);
    input.click();
  };

  P.takeResults = function () {
    const r = P.results;
    P.results = [];
    return r;
  };

  // A stored picture's bytes as a data: URL (a printed document's logo and thumbnails), fetched
  // from the studio's server when this device has not got it; null when neither has it.
  P.dataUrl = async function (hash) {
    let rec = null;
    try { rec = await get(hash); } catch (e) { rec = null; }
    const blob = rec ? rec.blob : (P.fetcher ? await P.fetcher(hash).catch(() => null) : null);
    if (!blob) return null;
    return new Promise((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.onerror = () => resolve(null);
      r.readAsDataURL(blob);
    });
  };

  // [SECTION] Showing: decode in the background, upload in the C side's frame.

  async function load(hash, e) {
    try {
      let rec = await get(hash);
      let fetched = false;
      if (!rec && P.fetcher) {
        const blob = await P.fetcher(hash);
        if (blob) {
          rec = { hash, blob, type: blob.type, bytes: blob.size };
          fetched = true;
        }
      }
      if (!rec) { e.state = 'missing'; return; }
      e.bitmap = await createImageBitmap(rec.blob);
      if (fetched) {
        // Another device's: a thumbnail when the atelier names it so, or by its size (the list
        // of thumbnails comes with the next sync round, a drawn one may be fetched before).
        const small = Math.max(e.bitmap.width, e.bitmap.height) <= P.thumbEdge;
        rec.role = P.thumbs.has(hash) || small ? 'thumb' : 'picture';
        rec.width = e.bitmap.width;
        rec.height = e.bitmap.height;
        await putAll([rec]);
        P.stats = null;
      }
      e.w = e.bitmap.width;
      e.h = e.bitmap.height;
      e.state = 'decoded';
    } catch (err) {
      e.state = 'failed';
      e.error = String(err);
    }
  }

  // The entry for `hash`, started if new; marks it used this frame. A picture not found (another
  // device's, not uploaded yet) is asked for again every 10 s while it is shown.
  P.entry = function (hash) {
    let e = P.entries.get(hash);
    if (e && e.state === 'missing' && P.fetcher && performance.now() - e.at > 10000) {
      if (e.tex) return e;
      e.state = 'loading';
      e.at = performance.now();
      load(hash, e);
    }
    if (!e) {
      e = { state: 'loading', bitmap: null, tex: 0, w: 0, h: 0, used: P.frame, at: performance.now() };
      P.entries.set(hash, e);
      load(hash, e);
    }
    e.used = P.frame;
    return e;
  };

  // [SECTION] Sync (issue 15 with issue 14's server): pictures go to the studio's server in the
  // background, content-addressed (PUT /api/v1/blobs/<sha256>); another device fetches a thumbnail
  // when it draws one and a picture when its viewer opens it. The C side calls sync() with every
  // id and thumbnail id the atelier names while sync is on.
  P.remote = null;                 // {server, token}
  P.thumbs = new Set();            // the thumbnail ids the atelier names (a fetched record's role)
  P.uploaded = new Set();          // on the server (known since this page started)
  P.upload = { left: 0, done: 0, problem: '' };
  let syncing = false, again = null;

  const auth = () => ({ Authorization: 'Bearer ' + P.remote.token });
  const blobUrl = (hash) => P.remote.server + '/api/v1/blobs/' + hash;

  async function fetchBlob(hash) {
    if (!P.remote) return null;
    const r = await fetch(blobUrl(hash), { headers: auth(), cache: 'no-store' });
    if (r.status !== 200) return null;
    const blob = await r.blob();
    return (await P.sha256(await blob.arrayBuffer())) === hash ? blob : null;
  }

  async function uploadMissing(hashes) {
    const local = [];
    for (const h of hashes) if (!P.uploaded.has(h) && (await get(h))) local.push(h);
    for (let i = 0; i < local.length; i += 1000) {
      const part = local.slice(i, i + 1000);
      const r = await fetch(P.remote.server + '/api/v1/blobs/missing', {
        method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: JSON.stringify({ hashes: part }), cache: 'no-store' });
      if (r.status !== 200) { P.upload.problem = 'the server answered ' + r.status; return; }
      const missing = new Set((await r.json()).missing || []);
      for (const h of part) if (!missing.has(h)) P.uploaded.add(h);
      P.upload.left += missing.size;
      for (const h of missing) {
        const rec = await get(h);
        const put = rec ? await fetch(blobUrl(h), { method: 'PUT', headers: { ...auth(), 'Content-Type': rec.type || 'image/jpeg' }, body: rec.blob }) : null;
        P.upload.left--;
        if (put && (put.status === 200 || put.status === 201)) {
          P.uploaded.add(h);
          P.upload.done++;
        } else if (put) {
          const j = await put.json().catch(() => ({}));
          P.upload.problem = (j && j.error) || ('the server answered ' + put.status);
        }
      }
    }
    P.upload.problem = '';
  }

  // `photos`: [{id, thumb}] of every photo the atelier names.
  P.sync = function (server, token, photos) {
    P.remote = server ? { server, token } : null;
    const hashes = [];
    for (const p of photos) {
      P.thumbs.add(p.thumb);
      hashes.push(p.thumb, p.id);  // thumbnails first: what another device draws first
    }
    P.fetcher = server ? fetchBlob : null;
    if (!server) return;
    if (syncing) { again = photos; return; }
    syncing = true;
    uploadMissing(hashes).catch((e) => { P.upload.problem = String(e && e.message || e); P.upload.left = 0; })
      .finally(() => {
        syncing = false;
        if (again) { const h = again; again = null; P.sync(P.remote && P.remote.server, P.remote && P.remote.token, h); }
      });
  };

  // Space the photo store uses (a cursor over the records' sizes; blobs are not read).
  P.count = function () {
    if (P.counting) return;
    P.counting = true;
    db().then((d) => new Promise((resolve) => {
      const s = { count: 0, bytes: 0 };
      const req = d.transaction([P.store], 'readonly').objectStore(P.store).openCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) { P.stats = s; resolve(); return; }
        if (c.value.role !== 'thumb') s.count++;
        s.bytes += c.value.bytes || (c.value.blob ? c.value.blob.size : 0);
        c.continue();
      };
      req.onerror = () => resolve();
    })).finally(() => { P.counting = false; });
  };
})();
