// Backup and raw-file downloads (the C side hands over the text: web/platform/storage.cpp) — a
// backup with photos is one ZIP file (assets/zip.js) — and the file picker for a restore, whose
// text the C side takes once it is read, its photos stored once the restore is confirmed.
(function () {
  'use strict';
  const st = window.atelierStorage;

  function save(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  st.download = function (name, text) { save(name, new Blob([text], { type: 'application/json' })); };
  st.save = save;  // any Blob as a download (web/platform/files.cpp: the CSV export)

  // The browser's file picker for one file of `accept`; `onFile` gets the chosen File. Call it
  // inside the frame that handled the click: still within the click's user activation.
  st.pickFile = function (accept, onFile) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (file) onFile(file);
    });
    document.body.appendChild(input);
    input.click();
  };

  // The backup with the photos the atelier names (`photos`: [{id, thumb}]): one ZIP file
  // (assets/zip.js) holding atelier.json and every picture and thumbnail on this device. Without
  // photos, the JSON file as before. Pictures not on this device (another's, not fetched yet) are
  // left out and counted in backupReport.
  st.downloadBackup = async function (name, text, photos) {
    const P = window.atelierPhotos;
    if (!photos.length || !P || !window.atelierZip) return st.download(name, text);
    const entries = [{ name: 'atelier.json', data: new TextEncoder().encode(text) }];
    let missing = 0;
    const seen = new Set();
    for (const p of photos) {
      for (const [hash, folder] of [[p.id, 'photos/'], [p.thumb, 'thumbs/']]) {
        if (!hash || seen.has(hash)) continue;
        seen.add(hash);
        const rec = await P.get(hash).catch(() => null);
        if (!rec) { if (folder === 'photos/') missing++; continue; }
        entries.push({ name: folder + hash + '.jpg', data: new Uint8Array(await rec.blob.arrayBuffer()) });
      }
    }
    st.backupReport = { photos: entries.filter((e) => e.name.startsWith('photos/')).length, missing };
    save(name.replace(/\.json$/, '') + '.zip', window.atelierZip.write(entries));
  };

  // A chosen .zip backup: its atelier.json becomes the restore text; its pictures wait, as slices
  // of the file (nothing read), until the restore is confirmed (st.importRestorePhotos).
  async function readZipBackup(file) {
    const entries = await window.atelierZip.read(file);
    const json = entries.find((e) => e.name === 'atelier.json');
    if (!json) throw new Error('it holds no atelier.json');
    if (json.size > 256 * 1024 * 1024)
      throw new Error('its atelier.json is ' + Math.ceil(json.size / 1048576) + ' MB; a backup can be at most 256 MB');
    const photos = [];
    for (const e of entries) {
      const m = /^(photos|thumbs)\/([0-9a-f]{64})\.jpg$/.exec(e.name);
      if (m) photos.push({ hash: m[2], role: m[1] === 'photos' ? 'picture' : 'thumb', blob: e.blob, size: e.size, name: e.name });
    }
    return { text: await json.blob.text(), photos };
  }

  st.restorePhotos = [];
  // Once the restore is confirmed: each picture checked against its name, then stored; a damaged
  // one is reported (window.atelierPhotos results) and left out.
  st.importRestorePhotos = async function () {
    const list = st.restorePhotos;
    st.restorePhotos = [];
    const P = window.atelierPhotos;
    if (!P || !list.length) return;
    P.busy++;
    try {
      for (const p of list) {
        const bytes = await p.blob.arrayBuffer();
        if ((await P.sha256(bytes)) !== p.hash) {
          P.results.push({ ok: false, name: p.name, error: window.atelierWords.say('shell_backup_photo_damaged', { name: p.name }) });
          continue;
        }
        try {
          await P.putAll([{ hash: p.hash, role: p.role, blob: new Blob([bytes], { type: 'image/jpeg' }), type: 'image/jpeg', bytes: bytes.byteLength }]);
        } catch (e) {
          P.results.push({ ok: false, name: p.name, error: window.atelierWords.say('shell_backup_photos_no_room', { reason: e && e.name ? e.name : String(e) }) });
          break;
        }
      }
    } finally {
      P.busy--;
      P.stats = null;
    }
  };

  st.pickRestore = function () {
    st.pickFile('.json,.zip,application/json,application/zip', (file) => {
      // core's kMaxBackupBytes (core/storage/backup.hpp): refuse before the text enters the WASM
      // heap. A ZIP's photos stay outside it: its atelier.json is held to the limit.
      const maxBytes = 256 * 1024 * 1024;
      const tooBig = (size) => {
        if (size <= maxBytes) return false;
        window.alert(window.atelierWords.say('shell_backup_too_large', { mb: Math.ceil(size / 1048576), max: 256 }));
        return true;
      };
      st.restorePhotos = [];
      st.restorePhotoBytes = 0;
      const isZip = /\.zip$/i.test(file.name) || file.type === 'application/zip';
      if (!isZip && tooBig(file.size)) return;
      if (!isZip) {
        file.text().then((t) => { st.restoreText = t; }, (e) => { st.restoreText = ''; st.lastError = String(e); });
        return;
      }
      readZipBackup(file).then((b) => {
        st.restorePhotos = b.photos;
        st.restorePhotoBytes = b.photos.reduce((n, p) => n + p.size, 0);
        st.restoreText = b.text;
      }, (e) => {
        window.alert(window.atelierWords.say('shell_not_a_backup', { reason: e && e.message ? e.message : String(e) }));
      });
    });
  };

  st.takeRestoreText = function () {
    const t = st.restoreText;
    st.restoreText = null;
    return t;
  };
})();
