// The backup's container when the atelier has photos (docs/storage.md "Backup with photos"): a ZIP
// archive whose entries are stored as they are (method 0: JPEGs do not compress), written and read
// here. `atelier.json` is the backup text; `photos/<sha256>.jpg` and `thumbs/<sha256>.jpg` the
// pictures and thumbnails the atelier names. Any ZIP tool opens it. Reading takes the central
// directory only, so a restore's preview reads no picture; an entry is a slice of the file.
(function () {
  'use strict';
  const CRC = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  function crc32(bytes) {
    let c = -1;
    for (let i = 0; i < bytes.length; i++) c = CRC[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  }

  // DOS date and time of `d` (local), as ZIP headers hold them.
  function dosTime(d) {
    return {
      time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
      date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    };
  }

  // entries: [{name, data: Uint8Array}] -> Blob (application/zip). At most 65,535 entries and
  // 4 GB (no ZIP64): far above 200 photos per order times any atelier a device holds.
  function write(entries, when = new Date()) {
    const { time, date } = dosTime(when);
    const enc = new TextEncoder();
    const parts = [];
    const central = [];
    let offset = 0;
    for (const e of entries) {
      const name = enc.encode(e.name);
      const crc = crc32(e.data);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);          // version needed
      local.setUint16(6, 0x0800, true);      // names in UTF-8
      local.setUint16(8, 0, true);           // stored
      local.setUint16(10, time, true);
      local.setUint16(12, date, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, e.data.length, true);
      local.setUint32(22, e.data.length, true);
      local.setUint16(26, name.length, true);
      local.setUint16(28, 0, true);
      parts.push(local.buffer, name, e.data);
      const c = new DataView(new ArrayBuffer(46));
      c.setUint32(0, 0x02014b50, true);
      c.setUint16(4, 20, true);
      c.setUint16(6, 20, true);
      c.setUint16(8, 0x0800, true);
      c.setUint16(10, 0, true);
      c.setUint16(12, time, true);
      c.setUint16(14, date, true);
      c.setUint32(16, crc, true);
      c.setUint32(20, e.data.length, true);
      c.setUint32(24, e.data.length, true);
      c.setUint16(28, name.length, true);
      c.setUint32(42, offset, true);
      central.push(c.buffer, name);
      offset += 30 + name.length + e.data.length;
    }
    const size = central.reduce((n, p) => n + (p.byteLength !== undefined ? p.byteLength : p.length), 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob([...parts, ...central, end.buffer], { type: 'application/zip' });
  }

  // The entries of a ZIP file (a Blob): [{name, size, blob, crc}], each blob a slice of `file`.
  // Throws an Error for the user when the file is not such an archive.
  async function read(file) {
    const tailLen = Math.min(file.size, 22 + 65535);
    const tail = new DataView(await file.slice(file.size - tailLen).arrayBuffer());
    let at = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.getUint32(i, true) === 0x06054b50) { at = i; break; }
    if (at < 0) throw new Error('not a ZIP archive (no end of central directory)');
    const count = tail.getUint16(at + 10, true);
    const cdSize = tail.getUint32(at + 12, true);
    const cdOffset = tail.getUint32(at + 16, true);
    if (cdOffset + cdSize > file.size) throw new Error('the archive is cut short');
    const cd = new DataView(await file.slice(cdOffset, cdOffset + cdSize).arrayBuffer());
    const dec = new TextDecoder();
    const out = [];
    for (let i = 0, p = 0; i < count; i++) {
      if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== 0x02014b50) throw new Error('its directory is damaged');
      const method = cd.getUint16(p + 10, true);
      const crc = cd.getUint32(p + 16, true);
      const packed = cd.getUint32(p + 20, true);
      const size = cd.getUint32(p + 24, true);
      const nameLen = cd.getUint16(p + 28, true), extraLen = cd.getUint16(p + 30, true), commentLen = cd.getUint16(p + 32, true);
      const local = cd.getUint32(p + 42, true);
      const name = dec.decode(new Uint8Array(cd.buffer, cd.byteOffset + p + 46, nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      if (method !== 0 || packed !== size) throw new Error(`${name} is compressed; Atelier's backups store their files as they are`);
      const head = new DataView(await file.slice(local, local + 30).arrayBuffer());
      if (head.byteLength < 30 || head.getUint32(0, true) !== 0x04034b50) throw new Error(`${name}: its entry is damaged`);
      const start = local + 30 + head.getUint16(26, true) + head.getUint16(28, true);
      if (start + size > file.size) throw new Error(`${name} is cut short`);
      out.push({ name, size, crc, blob: file.slice(start, start + size) });
    }
    return out;
  }

  window.atelierZip = { write, read, crc32 };
})();
