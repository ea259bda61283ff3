#pragma once
// Files the user takes out of the app or brings into it, other than backups (storage.hpp): a CSV
// export downloaded, a CSV file chosen for import.
#include <optional>
#include <string>

namespace atelier::platform {

// Saves `bytes` as a download named `name` (the bytes as they are: a CSV's byte-order mark kept).
void download_file(const std::string& name, const std::string& mime, const std::string& bytes);
// Opens the browser's file picker for a .csv file; its bytes arrive later through take_csv.
void pick_csv();
// The bytes of the file chosen since the last call, once.
std::optional<std::string> take_csv();

}  // namespace atelier::platform
