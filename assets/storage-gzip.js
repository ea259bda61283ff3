// Big stored files are kept gzipped in IndexedDB (issue 12, cold start). The snapshot of a
// 10,000-order atelier is 9 MB of JSON and about 1 MB gzipped, and IndexedDB's read time grows
// with the bytes (measured here: ~10 ms a MB in a worker, 75–135 ms for 9 MB against 12–16 ms
// for 1 MB). The browser's own CompressionStream does the work, in a worker of its own, so the
// page's thread only copies 1 MB pieces out to it; the reader worker inflates them again
// (storage-idb.js inflateRecords). Without workers or CompressionStream a file is stored as is,
// which every loader still reads.
(function () {
  'use strict';
  const PIECE = 1 << 20;

  // Runs inside the worker, from its source text. One piece in flight: each is acknowledged once
  // the compressor took it, which also tells the flush that the save is alive.
  function gzipMain() {
    let writer = null, out = null;
    self.onmessage = async (e) => {
      try {
        if (e.data.piece) {
          if (!writer) {
            const cs = new CompressionStream('gzip');
            writer = cs.writable.getWriter();
            out = new Response(cs.readable).arrayBuffer();
          }
          await writer.write(e.data.piece);
          self.postMessage({ took: true });
          return;
        }
        await writer.close();
        const buf = await out;
        self.postMessage({ done: buf }, [buf]);
      } catch (err) {
        self.postMessage({ error: String(err && err.message || err) });
      }
    };
  }

  // The file's bytes gzipped, or null (no worker, no CompressionStream, or it failed: the caller
  // stores the bytes as they are). `alive` is called as each piece is taken.
  function gzip(bytes, alive = () => {}) {
    const worker = typeof CompressionStream === 'function' && bytes.length ? window.atelierIdb.workerFrom(`(${gzipMain})();`) : null;
    if (!worker) return Promise.resolve(null);
    return new Promise((resolve) => {
      let at = 0;
      const finish = (z) => { worker.terminate(); resolve(z); };
      const send = () => {
        if (at >= bytes.length) { worker.postMessage({ end: true }); return; }
        const piece = bytes.slice(at, at + PIECE);
        at += PIECE;
        worker.postMessage({ piece }, [piece.buffer]);
      };
      worker.onmessage = (e) => {
        if (e.data.error) finish(null);
        else if (e.data.done) finish(new Uint8Array(e.data.done));
        else { alive(); send(); }
      };
      worker.onerror = () => finish(null);
      send();
    });
  }

  window.atelierIdb.gzip = gzip;
})();
