#pragma once
// [SECTION] Undo and redo as commands: an undo is the inverse of a step, written as an ordinary
// journal entry (cmd::Undo / cmd::Redo), so another device applying it in log order changes only
// the fields the step changed and keeps everything else it holds.
// - Per field (full JSON values, defaults included), by what the field is:
//   * editable (an order's or client's update fields): set; where the value found is no longer
//     `from`, a conflict record keeps the replaced value, as for order.update / client.update;
//   * add-only lists (payments, fittings, images, sessions, teams, ...): set when found as `from`,
//     else the difference `from` -> `to` is applied to what is there (another device's additions stay);
//     payments are never taken out: an undone payment gets a correcting entry of the opposite amount;
//   * state (status, stage, pipelines, the atelier's settings): set only when found as `from`;
//     otherwise refused, so an undo never overwrites work done since;
//   * never restored: identity, history (the undo adds its own entry), number counters and blocks
//     (a number once shown is never given again).
// - A created entity is removed only if nothing changed it since; a removed one is put back whole.
#include <string>
#include <variant>
#include <vector>

#include "core/commands/plan.hpp"

namespace atelier {

// One undo step as the store holds it: the touched entities before and after, what it created and removed.
struct StepImages {
    const Images& before;
    const Images& after;
    const RemovedIds& created;
    const RemovedIds& removed;
};

// The changes that take the atelier `now` back over step `s`. A problem when that would lose a
// later change (a state field or a created entity changed since). `kept` receives a warning for
// each editable field left as a later edit set it. Payment corrections are dated ctx.now.
std::variant<std::vector<cmd::EntityChange>, Problem> invert_step(const StepImages& s, const Atelier& now, const Context& ctx,
                                                                  std::vector<Notice>& kept);

// Every field's whole value, defaults included: the form of EntityChange values.
nlohmann::json full_json(const Profile& p);
nlohmann::json full_json(const Pipeline& p);
nlohmann::json full_json(const Client& c);
nlohmann::json full_json(const Order& o);

}  // namespace atelier
