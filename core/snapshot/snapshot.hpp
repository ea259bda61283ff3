#pragma once
// [SECTION] The whole atelier as one JSON document: {"schema": 1, "atelier", "pipelines", "clients", "orders"}.
// - read: parse, migrate older schemas, read typed fields, then validate cross-references (linear time).
// - write: one entity per line, so diffs and journals stay readable.
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"
#include "core/validate/validate.hpp"  // validate_atelier: the rules a read snapshot must meet

namespace atelier {

inline constexpr int kSchema = 2;

nlohmann::json snapshot_to_json(const Atelier& a);
std::string write_snapshot(const Atelier& a);

// Returns true and fills `out` (indexed) when the document is valid; otherwise appends problems with
// JSON paths (at most Reader::limit) and leaves `out` untouched. Never throws.
// `invalid`, when given, receives a document that read field by field but broke a rule of the
// validator: storage opens that read-only rather than nothing when no valid copy is left.
bool read_snapshot(std::string_view text, Atelier& out, Problems& problems, std::optional<Atelier>* invalid = nullptr);
bool snapshot_from_json(nlohmann::json j, Atelier& out, Problems& problems, std::optional<Atelier>* invalid = nullptr);

// Upgrades an older document in place to kSchema; refuses newer ones.
bool migrate_snapshot(nlohmann::json& j, Problems& problems);

}  // namespace atelier
