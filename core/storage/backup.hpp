#pragma once
// [SECTION] Backup and restore: the whole atelier as one JSON file (the snapshot format), and a
// preview of such a file before it replaces anything.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"

namespace atelier {

struct BackupPreview {
    bool ok = false;
    std::string error;        // when !ok: what is wrong, with JSON paths, for the user
    int schema = 0;           // as found in the file (older ones are migrated)
    std::string name, code;   // the atelier's
    size_t orders = 0, clients = 0, pipelines = 0;
    Atelier atelier;          // when ok: what a restore would install
    // "Maison Test (BFG): 12 orders, 3 clients, 2 pipelines — schema 1"
    std::string summary() const;
};

// The largest backup a restore reads: 256 MB. A 100,000-order snapshot is ~93 MB, so this leaves
// room to grow ~2.7x; and the preview holds the text and its parsed DOM (several times the text) in
// the browser's WASM heap (at most 2 GB), so a much larger file could not be previewed anyway.
// Checked before anything is parsed.
inline constexpr size_t kMaxBackupBytes = size_t{256} << 20;

// The backup file's text (the snapshot format, readable by `atelier check`).
std::string backup_text(const Atelier& a);
// "atelier-BFG-2026-06-01.json"
std::string backup_file_name(const Atelier& a, Date today);
// Parses (size, then depth checked first), migrates and validates; never throws.
BackupPreview preview_backup(std::string_view text);

}  // namespace atelier
