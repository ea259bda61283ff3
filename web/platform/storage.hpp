#pragma once
// The app's storage in the browser: core/storage over IDBFS mounted at /atelier, flushed to
// IndexedDB by assets/storage*.js (serialised, coalesced, with timeout, retry and backoff), one
// writer per browser profile through Web Locks. The page side owns the lock and what IndexedDB
// confirmed; this side owns the files (core's Storage) and reads the page's facts each time it
// reports, keeping no copy of them. The app calls, from its frame loop:
//   storage_start() once before the first frame; storage_take_loaded() each frame until it gives
//   the atelier (again if a read-only tab takes over as writer); storage_record() after each
//   successful dispatch/undo/redo; storage_tick() each frame.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/store.hpp"
#include "web/storage_status.hpp"
#include "web/ui/shell.hpp"

namespace atelier::platform {

void storage_start();  // before the first frame: mount IDBFS, start the async load, ask for the writer lock

struct Loaded {
    std::optional<Atelier> atelier;  // empty: nothing stored yet (first start), or nothing readable (see report)
    std::string report;              // what was recovered, in English; "" when all loaded cleanly
    std::vector<Said> report_said;   // the same sentences, for the user in the device's language
    // No stored generation passes its checks but one reads (core's salvage): `atelier` is that
    // one, shown read-only with these problems ("path: message") until a backup is restored.
    bool salvaged = false;
    std::vector<std::string> problems;
};
// Once per completed load: the first one at startup, another when a read-only tab becomes the
// writer (the other tab closed) — then replace the state with it.
std::optional<Loaded> storage_take_loaded();

// After each successful dispatch/undo/redo (the Result's JournalAppend entry). Status says saved
// only once IndexedDB confirmed it.
// A read-only tab: what the writing tab saved since the last call, applied to `store` (true when
// anything changed). When it cannot be applied entry by entry, `reload` receives the whole
// atelier read afresh instead, to replace the store's.
bool storage_follow(Store& store, std::optional<Atelier>& reload);

// False once a restore replaced a salvaged atelier (here or in the writing tab).
bool storage_salvaged();

void storage_record(const nlohmann::json& journal_entry);
// Each frame: first snapshot, compaction when idle, status. The store's state includes every
// recorded entry. A compaction runs across frames (a slice each) and starts again later when the
// store changes meanwhile.
void storage_tick(const Store& store);

// Computed afresh from the page's facts and the files' state (web/storage_status.hpp).
StorageStatus storage_status();
// True for the first moments of a flush to IndexedDB: the frame loop holds off drawing meanwhile,
// so the save gets the CPU first (see main_web.cpp).
bool storage_flush_starting();

void storage_backup(const Atelier& state);               // downloads atelier-<code>-<date>.json
// Every file of the storage folder, as it is, in one JSON download (core/storage/raw_files.hpp).
void storage_download_raw(const std::string& company_code);
void storage_request_restore();                           // opens the file picker (call from a click)
std::optional<std::string> storage_take_restore_text();   // the chosen file's text, once
PhotoUsage storage_restore_photos();                      // and its photos (a ZIP backup)
void storage_import_restore_photos();                     // the restore was confirmed: store them
// Replaces the stored atelier (after core's preview_backup and the user's confirmation).
// How long a start draws nothing while the stored atelier opens (assets/storage.js config: 400 ms).
double storage_quiet_open_ms();
void storage_restore(const Atelier& a, uint64_t revision);  // the app's revision with `a` open
// A small file of the app's own beside the atelier's (sync.json): written now into the folder the
// journal is in, so it reaches IndexedDB in the same flush as the entries written this frame.
// Only the writing tab writes (false otherwise). Read: nullopt when there is none.
bool storage_write_side(const std::string& name, const std::string& text);
std::optional<std::string> storage_read_side(const std::string& name);
// For the frame benchmark (window.atelier.compactNow()): a snapshot is due even with no edit
// since the last one (written at the next quiet tick).
void storage_compact_soon();

}  // namespace atelier::platform
