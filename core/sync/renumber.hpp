#pragma once
// [SECTION] Provisional numbers leaving a device (issue 14). A device whose blocks are used up
// gives provisional numbers (core/model/number_block.hpp), so an order made offline is never
// refused. Such an entry stays on the device: pushing stops before the first pending entry that
// names a provisional number. Once a pull brings the device a new block, the rebase gives each
// provisional create, in the order written, the next number of the device's blocks, and rewrites
// every later pending entry that names it; those entries have never left the device, so nothing
// the server holds changes.
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/model/atelier.hpp"

namespace atelier {

// How many numbers the device's blocks have left; `held`: it holds a block at all.
struct NumbersLeft {
    int orders = 0, clients = 0;
    bool held = false;
};
NumbersLeft numbers_left(const Profile& p, const std::string& device);

// Provisional number -> the number it became.
using Renumbering = std::map<int, int>;

// The field a create command's JSON records the number it gave in: "number" (order.create,
// order.clone), "id" (client.create); nullptr for any other command.
const char* created_number_field(const nlohmann::json& command);

// The entry (a journal entry's JSON) names a provisional number: an order's or client's.
bool names_provisional(const nlohmann::json& entry);

// Gives the entry's provisional creates numbers from the device's blocks in `before` (the state the
// entry applies to), adds them to `map` and rewrites the entry with the whole map. All or nothing:
// false, and the entry unchanged but for earlier renumberings, when the blocks run short.
bool renumber_entry(nlohmann::json& entry, const Profile& before, const std::string& device, Renumbering& map);

}  // namespace atelier
