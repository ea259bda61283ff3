#pragma once
// [SECTION] Every file of the storage folder as one JSON document, for the user to keep when the
// stored atelier cannot be opened normally (salvage): nothing is interpreted, nothing is lost.
//   {"kind":"atelier-raw-files","files":[{"name":"journal-…atl","text":"…"}, {"name":…,"base64":"…"}]}
// A file that is valid UTF-8 is given as "text"; any other (a damaged byte) as "base64".
#include <string>

#include "core/model/atelier.hpp"
#include "core/storage/files.hpp"

namespace atelier {

// Files that cannot be read are listed with "error" instead of contents. Sorted by name.
std::string raw_files_text(Files& files);
// "atelier-raw-files-BFG-2026-06-01.json" ("atelier-raw-files-2026-06-01.json" without a code)
std::string raw_files_name(const std::string& company_code, Date today);

}  // namespace atelier
