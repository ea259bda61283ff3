#pragma once
// [SECTION] The whole atelier as one JSON document: {"schema": 1, "atelier", "pipelines", "clients", "orders"}.
// - read: parse, migrate older schemas, read typed fields, then validate cross-references (linear time).
// - write: one entity per line, so diffs and journals stay readable.
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"

namespace atelier {

inline constexpr int kSchema = 2;

nlohmann::json snapshot_to_json(const Atelier& a);
std::string write_snapshot(const Atelier& a);

// Returns true and fills `out` (indexed) when the document is valid; otherwise appends problems with
// JSON paths (at most Reader::limit) and leaves `out` untouched. Never throws.
bool read_snapshot(std::string_view text, Atelier& out, Problems& problems);
bool snapshot_from_json(nlohmann::json j, Atelier& out, Problems& problems);

// Upgrades an older document in place to kSchema; refuses newer ones.
bool migrate_snapshot(nlohmann::json& j, Problems& problems);

// The cross-reference and consistency rules, on an already typed atelier.
void validate_atelier(const Atelier& a, Problems& problems, size_t limit = 50);

}  // namespace atelier
