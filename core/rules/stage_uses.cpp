#include "core/rules/stage_uses.hpp"

#include <algorithm>
#include <vector>

#include "core/i18n/said_text.hpp"

namespace atelier {

std::map<std::string, StageUses> stage_uses(const Atelier& a, const std::string& pipeline) {
    std::map<std::string, StageUses> out;
    std::vector<StageUses*> named;  // the entries this order names, each once
    auto use = [&](const std::string& id) -> StageUses& {
        StageUses& u = out[id];
        if (std::find(named.begin(), named.end(), &u) == named.end()) named.push_back(&u);
        return u;
    };
    for (const Order& o : a.orders) {
        if (o.pipeline != pipeline) continue;
        named.clear();
        ++use(o.stage).orders;
        for (const auto& m : o.schedule)
            if (m.when != "order" && m.when != "handover") ++use(m.when).milestones;
        for (const auto& im : o.images)
            if (!im.stage.empty()) ++use(im.stage).images;
        for (const auto& l : o.log) {
            if (!l.stage.empty()) ++use(l.stage).logs;
            if (!l.from.empty() && l.from != "handover") ++use(l.from).logs;  // the stage a send-back left
        }
        for (StageUses* u : named) {
            if (u->naming < static_cast<int>(u->first.size())) u->first[static_cast<size_t>(u->naming)] = o.number;
            ++u->naming;
        }
    }
    for (const auto& f : a.profile.stage_fees)
        if (f.pipeline == pipeline) ++out[f.stage].fees;
    return out;
}

std::optional<Said> stage_uses_said(const Profile& p, const StageUses& u) {
    std::vector<Said> parts;
    auto count = [&](int n, Msg key) {
        if (n) parts.push_back(say_n(key, n));
    };
    count(u.orders, Msg::core_uses_orders);
    count(u.milestones, Msg::core_uses_milestones);
    count(u.images, Msg::core_uses_photos);
    count(u.logs, Msg::core_uses_logs);
    count(u.fees, Msg::core_uses_fees);
    if (parts.empty()) return std::nullopt;
    // "a, b and c": the last two joined by "and", each one before them by a comma.
    Said uses = parts.back();
    if (parts.size() >= 2) {
        uses = say(Msg::core_uses_and).with("first", parts[parts.size() - 2]).with("last", parts.back());
        for (size_t i = parts.size() - 2; i > 0; --i) uses = say(Msg::core_uses_comma).with("first", parts[i - 1]).with("rest", uses);
    }
    if (u.naming <= 0) return uses;
    const int shown = std::min(u.naming, static_cast<int>(u.first.size()));
    std::string orders;
    for (int i = 0; i < shown; ++i) orders += (i ? ", " : "") + order_label(p, u.first[static_cast<size_t>(i)]);
    if (u.naming > shown) {
        const int more = u.naming - shown;
        return say(u.naming == 1 ? Msg::core_uses_by_order : Msg::core_uses_by_orders)
            .with("uses", uses)
            .with("orders", say_n(Msg::core_uses_more, more, {{"orders", orders}}));
    }
    return say(u.naming == 1 ? Msg::core_uses_by_order : Msg::core_uses_by_orders, {{"orders", orders}}).with("uses", uses);
}

std::string stage_uses_text(const Profile& p, const StageUses& u) {
    const auto s = stage_uses_said(p, u);
    return s ? english(*s) : std::string();
}

std::optional<Said> stage_in_use_refusal(const Profile& p, const std::string& id, const StageUses& u, const std::string& renamed_to) {
    if (!u.any()) return std::nullopt;
    const auto uses = stage_uses_said(p, u);
    if (!uses) return std::nullopt;
    if (!renamed_to.empty()) return say(Msg::core_uses_refused_rename, {{"id", id}, {"to", renamed_to}}).with("uses", *uses);
    return say(Msg::core_uses_refused_remove, {{"id", id}}).with("uses", *uses);
}

}  // namespace atelier
