#pragma once
// [SECTION] Folding the server's log into a state (issue 14): each entry checked and applied, or
// refused the same way on every device — and then kept, as a Not applied record
// (core/model/not_applied.hpp), never dropped.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/store.hpp"

namespace atelier {

enum class Folded { applied, refused, skipped };

// Applies a log entry (as pulled: the server's `pos`, `received` and other extra fields are
// ignored) to `store`. A command, undo or redo the rules refuse, or one this app cannot read,
// changes nothing but an `entry.refused` record made under the entry's own device and seq, so the
// clock moves past it and `why` says the reason. `skipped`: the atelier already holds the entry (or
// the entry has no author to record it under, which the server never sends).
Folded fold_entry(Store& store, const nlohmann::json& entry, std::string& why);
Folded fold_entry(Store& store, const JournalEntry& entry, std::string& why);

// True when `entry_version` (as "1.2.3") is newer than `ours`: such an entry is not folded — the
// app asks to be updated. Versions that do not read as numbers ("server") are never newer.
bool newer_version(std::string_view entry_version, std::string_view ours);

}  // namespace atelier
