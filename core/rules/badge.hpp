#pragma once
// [SECTION] The badges an order shows (board card, table row, order page), decided once.
// Priority, most urgent first — where one badge fits, show the first:
//   1. OVERDUE   the deadline has passed (core/rules/deadline.hpp)
//   2. AT RISK   not overdue, but the projected finish falls after the deadline (projection.hpp)
//   3. DUE SOON  the deadline is within the atelier's horizon (due_soon_days)
//   4. CONFLICT  two devices set a field without seeing each other's value: someone must choose
//   5. RUSH      the client pays for a faster finish
//   6. PRIORITY  marked priority by the atelier
// The first three are about the deadline and exclusive: an order shows at most one of them
// (at risk beats due soon: "it will be late" says more than "it is near"). Rush and priority are
// marks the order carries, shown beside it. No ImGui here: the views map the colour role to a colour.
#include <array>
#include <cstdint>
#include <ostream>

#include "core/model/date.hpp"
#include "core/queries/index.hpp"

namespace atelier {

enum class Badge : uint8_t { overdue, at_risk, due_soon, conflict, rush, priority };  // in priority order

struct BadgeText {
    const char* label;  // as shown: "OVERDUE"
    const char* role;   // the colour role, a name of the views' palette: "overdue"
    const char* id;     // the name of the filter that finds it (query --filter), for CLI and JSON: "at-risk"
};
const BadgeText& badge_text(Badge b);
// Overdue, at risk or due soon (else a mark: rush, priority).
inline bool is_deadline_badge(Badge b) { return b <= Badge::due_soon; }

// The badges of one order, most urgent first (at most one deadline badge).
struct Badges {
    std::array<Badge, 4> items{};
    uint8_t count = 0;
    const Badge* begin() const { return items.data(); }
    const Badge* end() const { return items.data() + count; }
    bool empty() const { return count == 0; }
    // The deadline badge, if any (always the first when present).
    const Badge* deadline() const { return count > 0 && is_deadline_badge(items[0]) ? &items[0] : nullptr; }
};

// The facts the badges read; the row function below fills them from a QueryRow.
struct BadgeFacts {
    bool overdue = false, at_risk = false, due_soon = false, conflict = false, rush = false, priority = false;
};
Badges badges_of(const BadgeFacts& f);
// `horizon`: the atelier's due_soon_days (QueryIndex::due_soon_days).
Badges order_badges(const QueryRow& r, Date today, int horizon);

std::ostream& operator<<(std::ostream& os, Badge b);
std::ostream& operator<<(std::ostream& os, const Badges& b);

}  // namespace atelier
