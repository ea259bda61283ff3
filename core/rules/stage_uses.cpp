#include "core/rules/stage_uses.hpp"

#include <algorithm>
#include <vector>

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

namespace {
std::string count_of(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }
}  // namespace

std::string stage_uses_text(const Profile& p, const StageUses& u) {
    std::vector<std::string> parts;
    if (u.orders) parts.push_back(count_of(u.orders, "order standing at it", "orders standing at it"));
    if (u.milestones) parts.push_back(count_of(u.milestones, "payment milestone", "payment milestones"));
    if (u.images) parts.push_back(count_of(u.images, "photo", "photos"));
    if (u.logs) parts.push_back(count_of(u.logs, "production log entry", "production log entries"));
    if (u.fees) parts.push_back(count_of(u.fees, "cancellation fee", "cancellation fees"));
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    if (u.naming > 0) {
        out += u.naming == 1 ? " (order " : " (orders ";
        const int shown = std::min(u.naming, static_cast<int>(u.first.size()));
        for (int i = 0; i < shown; ++i) out += (i ? ", " : "") + order_label(p, u.first[static_cast<size_t>(i)]);
        if (u.naming > shown) out += " and " + std::to_string(u.naming - shown) + " more";
        out += ")";
    }
    return out;
}

std::string stage_in_use_refusal(const Profile& p, const std::string& id, const StageUses& u, const std::string& renamed_to) {
    if (!u.any()) return "";
    const std::string uses = stage_uses_text(p, u);
    if (!renamed_to.empty()) return "stage id \"" + id + "\" cannot change to \"" + renamed_to + "\": it is named by " + uses;
    return "stage \"" + id + "\" cannot be removed: it is named by " + uses;
}

}  // namespace atelier
