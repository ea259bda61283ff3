#include "core/rules/fittings.hpp"

namespace atelier {

std::vector<FittingRef> overlapping_fittings(const Atelier& a, DateTime at, int minutes, std::optional<FittingRef> self) {
    std::vector<FittingRef> out;
    const int64_t start = at.minutes, end = at.minutes + minutes;
    for (const Order& o : a.orders)
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& f = o.fittings[i];
            const FittingRef ref{o.number, static_cast<int>(i)};
            if (!fitting_booked(o, f) || (self && *self == ref)) continue;
            if (f.at.minutes < end && start < f.at.minutes + f.minutes) out.push_back(ref);
        }
    return out;
}

std::string overlap_warning(const Atelier& a, const std::vector<FittingRef>& clashes) {
    if (clashes.empty()) return "";
    const FittingRef& c = clashes.front();
    const Order* o = a.order(c.order);
    if (!o || c.index < 0 || static_cast<size_t>(c.index) >= o->fittings.size()) return "";
    const Fitting& f = o->fittings[static_cast<size_t>(c.index)];
    std::string t = "the fitting overlaps the " + f.kind + " fitting of " + order_label(a.profile, c.order) + " (" +
                    format_datetime(f.at) + ", " + std::to_string(f.minutes) + " min)";
    if (clashes.size() > 1) t += " and " + std::to_string(clashes.size() - 1) + " more";
    return t;
}

}  // namespace atelier
