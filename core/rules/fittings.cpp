#include "core/rules/fittings.hpp"

#include "core/i18n/said_text.hpp"

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

std::optional<Said> overlap_warning(const Atelier& a, const std::vector<FittingRef>& clashes) {
    if (clashes.empty()) return std::nullopt;
    const FittingRef& c = clashes.front();
    const Order* o = a.order(c.order);
    if (!o || c.index < 0 || static_cast<size_t>(c.index) >= o->fittings.size()) return std::nullopt;
    const Fitting& f = o->fittings[static_cast<size_t>(c.index)];
    const std::string order = order_label(a.profile, c.order), at = format_datetime(f.at), minutes = std::to_string(f.minutes);
    Said t = clashes.size() > 1 ? say(Msg::why_ord_fitting_overlap_more,
                                      {{"order", order}, {"at", at}, {"minutes", minutes}, {"more", std::to_string(clashes.size() - 1)}})
                                : say(Msg::why_ord_fitting_overlap, {{"order", order}, {"at", at}, {"minutes", minutes}});
    // The kinds the app offers are worded in each language; a kind typed otherwise stays as typed.
    const Msg kinds[] = {Msg::fit_kind_first, Msg::fit_kind_second, Msg::fit_kind_final};
    for (Msg k : kinds)
        if (f.kind == english(say(k))) return t.with("kind", say(k));
    t.values.push_back({"kind", f.kind, {}});
    return t;
}

}  // namespace atelier
