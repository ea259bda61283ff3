#pragma once
// [SECTION] One journal entry: the unit of change. The store emits it, storage replays it, `atelier
// apply` reads it and sync (issue 14) carries it — all through this one type and its JSON.
// - Shapes: {"id", "device", "seq", "at", "who", "app_version", "command": {...}}    a command,
//             re-checked when applied
//           {"id", "device", "seq", "at", "who", "app_version", "undo"|"redo": type, "put", "remove"}
//             the entities after an undo/redo
//           {"restore": name}   the atelier was replaced from a backup (a marker, not a change)
// - `id` is "<device>.<seq>" (core/model/device_clock.hpp). An entry whose seq the atelier's clock
//   already holds for its device is skipped when met again, so applying twice changes nothing.
// - Lines written before entries had authors (schema 2 journals) have no id, device, seq or
//   app_version; they still replay, in place, and are not counted in the clock.
// - `at` and `who` are required on command, undo and redo entries (the store always writes them),
//   so a replay never invents a time or an author.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/commands/plan.hpp"

namespace atelier {

class Store;

struct JournalEntry {
    enum class Kind { command, undo, redo, restore };
    Kind kind = Kind::command;
    std::string device;  // empty: a line from before entries had authors
    int64_t seq = 0;     // this device's entry number, from 1
    DateTime at;
    std::string who;
    std::string app_version;  // the version of the app that wrote it (for support; never applied)
    std::optional<Command> command;  // kind == command
    std::string what;                // undo/redo: the command type; restore: the atelier's name
    Images put;                      // undo/redo: the entities as they are afterwards
    RemovedIds remove;               // undo: what the undone step had created
};

nlohmann::json entry_to_json(const JournalEntry& line);
// Problems name the field ("/command/amount", "/at"); nullopt when anything is wrong.
std::optional<JournalEntry> entry_from_json(const nlohmann::json& j, Problems& problems);

// "<device>.<seq>", or "" for a line without an author.
std::string entry_id(const JournalEntry& e);

// Applies a command, undo or redo entry to the store (commands are re-checked against the state).
// An entry the atelier's clock already holds is skipped: true, nothing changes.
// A restore line is not applied (false, with a problem): it ends a replay. False with the reason
// when refused; the store is then unchanged.
bool apply_entry(Store& store, const JournalEntry& line, Problems& problems);
// Parse + apply, for callers holding JSON.
bool replay_entry(Store& store, const nlohmann::json& line, Problems& problems);

}  // namespace atelier
