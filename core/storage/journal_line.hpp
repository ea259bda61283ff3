#pragma once
// [SECTION] One journal line: the unit the store emits, storage replays and `atelier apply` reads.
// - Shapes: {"at", "who", "command": {...}}              a command, re-checked when applied
//           {"at", "who", "undo"|"redo": type, "put", "remove"}  the entities after an undo/redo
//           {"restore": name}                              the atelier was replaced from a backup
// - `at` and `who` are required on command, undo and redo lines (the store always writes them), so
//   a replay never invents a time or an author.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/commands/plan.hpp"

namespace atelier {

class Store;

// What an undo removes: the entities the undone step had created.
struct RemovedIds {
    std::vector<int> orders, clients;
    std::vector<std::string> pipelines;
    bool empty() const { return orders.empty() && clients.empty() && pipelines.empty(); }
    bool operator==(const RemovedIds&) const = default;
    template <class V> void fields(V& v) {
        v.opt("orders", orders);
        v.opt("clients", clients);
        v.opt("pipelines", pipelines);
    }
};

struct JournalLine {
    enum class Kind { command, undo, redo, restore };
    Kind kind = Kind::command;
    DateTime at;
    std::string who;
    std::optional<Command> command;  // kind == command
    std::string what;                // undo/redo: the command type; restore: the atelier's name
    Images put;                      // undo/redo: the entities as they are afterwards
    RemovedIds remove;               // undo: what the undone step had created
};

nlohmann::json journal_line_to_json(const JournalLine& line);
// Problems name the field ("/command/amount", "/at"); nullopt when anything is wrong.
std::optional<JournalLine> journal_line_from_json(const nlohmann::json& j, Problems& problems);

// Applies a command, undo or redo line to the store (commands are re-checked against the state).
// A restore line is not applied (false, with a problem): it ends a replay. False with the reason
// when refused; the store is then unchanged.
bool apply_journal_line(Store& store, const JournalLine& line, Problems& problems);
// Parse + apply, for callers holding JSON.
bool replay_journal_line(Store& store, const nlohmann::json& line, Problems& problems);

}  // namespace atelier
