#include "core/rules/badge.hpp"

#include "core/queries/projection.hpp"

namespace atelier {

const BadgeText& badge_text(Badge b) {
    static constexpr std::array<BadgeText, 6> kText{{
        {"OVERDUE", "overdue", "overdue"},
        {"AT RISK", "at_risk", "at-risk"},
        {"DUE SOON", "due_soon", "due-soon"},
        {"CONFLICT", "at_risk", "conflict"},
        {"RUSH", "rush", "rush"},
        {"PRIORITY", "priority", "priority"},
    }};
    return kText[static_cast<size_t>(b)];
}

Badges badges_of(const BadgeFacts& f) {
    Badges out;
    auto add = [&](Badge b) { out.items[out.count++] = b; };
    if (f.overdue) add(Badge::overdue);
    else if (f.at_risk) add(Badge::at_risk);
    else if (f.due_soon) add(Badge::due_soon);
    if (f.conflict) add(Badge::conflict);
    if (f.rush) add(Badge::rush);
    if (f.priority) add(Badge::priority);
    return out;
}

Badges order_badges(const QueryRow& r, Date today, int horizon) {
    BadgeFacts f;
    f.overdue = is_overdue(r, today);
    f.due_soon = is_due_soon(r, horizon, today);
    // The projection costs a little: only worth it when no deadline badge is settled yet.
    f.at_risk = !f.overdue && project(r, today).at_risk;
    f.conflict = r.conflict;
    f.rush = r.rush;
    f.priority = r.priority;
    return badges_of(f);
}

std::ostream& operator<<(std::ostream& os, Badge b) { return os << badge_text(b).label; }

std::ostream& operator<<(std::ostream& os, const Badges& b) {
    os << "[";
    for (uint8_t i = 0; i < b.count; ++i) os << (i ? ", " : "") << b.items[i];
    return os << "]";
}

}  // namespace atelier
