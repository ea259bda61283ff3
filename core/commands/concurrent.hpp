#pragma once
// [SECTION] Concurrent field edits: an update says what its author saw (`from`); where the field
// has changed since, the update still wins (journal order decides) and a Conflict keeps the value
// it replaced. Pure: every input is passed in, so each device records the same conflicts.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/commands/command.hpp"

namespace atelier {

// Every update field, set to the entity's current value.
cmd::OrderFields order_fields_of(const Order& o);
cmd::ClientFields client_fields_of(const Client& c);

// A problem naming "/from/<field>" when `from` names a field the update does not set.
std::optional<Problem> from_outside_update(const nlohmann::json& from, const nlohmann::json& to);

// The conflicts an update makes: fields whose value the author saw (`from`) is not the one it
// found (`before`) and which it then changed (`after`). Who set the replaced value comes from the
// entity's history; `who`/`at` are the update's author and time. Sorted by field name.
std::vector<Conflict> concurrent_edits(const nlohmann::json& from, const nlohmann::json& before, const nlohmann::json& after,
                                       const std::vector<HistoryEntry>& history, const std::string& who, DateTime at);

// The update that puts a conflict's replaced value back: {fields to set, fields seen (the value
// kept)}. Nullopt (with a problem) when the record does not read as values of its field.
std::optional<std::pair<cmd::OrderFields, cmd::OrderFields>> order_restore_value(const Conflict& c, const char* which, Problems& problems);
std::optional<std::pair<cmd::ClientFields, cmd::ClientFields>> client_restore_value(const Conflict& c, const char* which, Problems& problems);

// What a pipeline.put leaves when the pipeline changed between what its author saw (`seen`) and
// now: the author's name and stages where the author changed them, the others as they are now.
// Stages in the author's order; a stage another device removed stays removed unless the author
// changed it; one another device added is kept, after the stage it follows now.
Pipeline merged_pipeline(const Pipeline& now, const Pipeline& seen, const Pipeline& to);

// True when the record names a field of the kind and both values read as that field's values.
bool order_conflict_reads(const Conflict& c);
bool client_conflict_reads(const Conflict& c);

}  // namespace atelier
