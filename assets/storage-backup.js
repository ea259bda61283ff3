// Backup and raw-file downloads (the C side hands over the text: web/platform/storage.cpp), and
// the file picker for a restore, whose text the C side takes once it is read.
(function () {
  'use strict';
  const st = window.atelierStorage;

  st.download = function (name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };

  // Runs inside the frame that handled the click: still within the click's user activation.
  st.pickRestore = function () {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      // core's kMaxBackupBytes (core/storage/backup.hpp): refuse before the text enters the WASM heap.
      const maxBytes = 256 * 1024 * 1024;
      if (file.size > maxBytes) {
        window.alert('This file cannot be a backup: the file is ' + Math.ceil(file.size / 1048576) +
                     ' MB; a backup can be at most 256 MB.');
        return;
      }
      file.text().then((t) => { st.restoreText = t; }, (e) => { st.restoreText = ''; st.lastError = String(e); });
    });
    document.body.appendChild(input);
    input.click();
  };

  st.takeRestoreText = function () {
    const t = st.restoreText;
    st.restoreText = null;
    return t;
  };
})();
