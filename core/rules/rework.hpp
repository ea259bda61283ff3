#pragma once
// [SECTION] Rework: an order sent back to an earlier stage (order.rework). The one place for where an
// order may go back to, whether it is still working off a send-back (the "Rework" badge), how far
// production had reached (payment milestones once reached stay due) and when a send-back redoes
// the cut (measurements unfrozen).
#include <string>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/model/atelier.hpp"

namespace atelier {

// Where the order stands in its pipeline: its stage's index, or the number of stages once
// production is finished (the "handover" position). -1 when the stage is unknown.
int production_position(const Pipeline& p, const Order& o);
// The position a rework entry's `from` names: a stage's index, stages.size() for "handover", -1 unknown.
int rework_from_position(const Pipeline& p, const std::string& from);
// The furthest position production reached: the current one, or a stage left by a send-back.
int reached_position(const Pipeline& p, const Order& o);

// The indices of the stages an order in production may be sent back to: every stage before the one
// it stands at (every stage once production is finished). Empty when not in production.
std::vector<int> rework_targets(const Atelier& a, const Order& o);

// The send-back the order is working off: its last rework entry, while the order (in production)
// has not yet passed the stage it was sent back from. nullptr otherwise.
const LogEntry* open_rework(const Atelier& a, const Order& o);
// "Rework: hem uneven" — the badge a card and the order page show for it, in `language` (English
// for a widget's name); a card passes `max_bytes` to cut a long reason ("…", on a whole letter).
std::string rework_badge(const LogEntry& e, size_t max_bytes = 0, Language language = Language::en);

// The first freezing stage a send-back from position `from` to stage `target` makes the order do
// again (so the measurements it was cut from are unfrozen and freeze again there); -1 when none.
int refrozen_stage(const Pipeline& p, int target, int from);

}  // namespace atelier
