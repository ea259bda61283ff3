// Image files made by the tests themselves (no third-party image library, nothing committed):
// JPEGs drawn by the browser's canvas, a PNG of any size written here, and the damaged kinds.
const zlib = require('zlib');

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// A valid grey PNG of w x h (every row filter 0, value `grey`): a 60-megapixel one is ~60 KB.
function greyPng(w, h, grey = 128) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const row = Buffer.alloc(1 + w, grey);
  row[0] = 0;
  const raw = Buffer.alloc((1 + w) * h);
  for (let y = 0; y < h; y++) row.copy(raw, y * (1 + w));
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat),
                        chunk('IEND', Buffer.alloc(0))]);
}

// A JPEG of w x h drawn by the page's canvas: a gradient, a label and noise (so it is as big as a
// camera's photo of that size), at `quality`.
async function canvasJpeg(page, w, h, { quality = 0.92, label = 'Atelier', noise = true } = {}) {
  const b64 = await page.evaluate(async ([w, h, quality, label, noise]) => {
    const c = new OffscreenCanvas(w, h);
    const x = c.getContext('2d');
    const g = x.createLinearGradient(0, 0, w, h);
    g.addColorStop(0, '#d8b4a0');
    g.addColorStop(1, '#2d3a5a');
    x.fillStyle = g;
    x.fillRect(0, 0, w, h);
    x.fillStyle = '#fff';
    x.font = `${Math.round(h / 6)}px sans-serif`;
    x.fillText(label, w / 10, h / 2);
    if (noise) {
      const band = 256;
      for (let y = 0; y < h; y += band) {
        const img = x.getImageData(0, y, w, Math.min(band, h - y));
        for (let i = 0; i < img.data.length; i += 4) {
          const n = (Math.random() * 40) | 0;
          img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n;
        }
        x.putImageData(img, 0, y);
      }
    }
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, [w, h, quality, label, noise]);
  return Buffer.from(b64, 'base64');
}

// The JPEG with an EXIF block after its start marker: orientation `orientation` (6: the camera
// was turned, show it rotated 90 degrees clockwise) and a GPS position (which must not be kept).
function withExif(jpeg, orientation) {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4);
  tiff.write('II', 0, 'ascii');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);                      // two entries in IFD0
  let e = 10;
  tiff.writeUInt16LE(0x0112, e); tiff.writeUInt16LE(3, e + 2); tiff.writeUInt32LE(1, e + 4); tiff.writeUInt16LE(orientation, e + 8);
  e += 12;
  const gpsIfd = 10 + 2 * 12 + 4;
  tiff.writeUInt16LE(0x8825, e); tiff.writeUInt16LE(4, e + 2); tiff.writeUInt32LE(1, e + 4); tiff.writeUInt32LE(gpsIfd, e + 8);
  tiff.writeUInt32LE(0, 10 + 2 * 12);            // no next IFD
  tiff.writeUInt16LE(1, gpsIfd);                 // GPS IFD: one entry, latitude ref 'N'
  tiff.writeUInt16LE(0x0001, gpsIfd + 2); tiff.writeUInt16LE(2, gpsIfd + 4); tiff.writeUInt32LE(2, gpsIfd + 6);
  tiff.write('N\0', gpsIfd + 10, 'ascii');
  tiff.writeUInt32LE(0, gpsIfd + 14);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

// A JPEG's start with its body overwritten: the header says JPEG, the data cannot be decoded.
function corruptJpeg(jpeg) {
  const bad = Buffer.from(jpeg);
  for (let i = 200; i < bad.length - 2; i++) bad[i] = (i * 7919) & 0xff;
  return bad;
}

module.exports = { greyPng, canvasJpeg, withExif, corruptJpeg };
