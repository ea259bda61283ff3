#include "core/commands/concurrent.hpp"

#include "core/json/fields.hpp"

namespace atelier {

cmd::OrderFields order_fields_of(const Order& o) {
    cmd::OrderFields f;
    f.client = o.client;
    f.pipeline = o.pipeline;
    f.garment = o.garment;
    f.collection = o.collection;
    f.salesperson = o.salesperson;
    f.team = o.team;
    f.notes = o.notes;
    f.deadline = o.deadline;
    f.event = o.event;
    f.kind = o.kind;
    f.quantity = o.quantity;
    f.price = o.price;
    f.rush_fee = o.rush_fee;
    f.rush = o.rush;
    f.priority = o.priority;
    f.delivery = o.delivery;
    return f;
}

cmd::ClientFields client_fields_of(const Client& c) {
    cmd::ClientFields f;
    f.name = c.name;
    f.phone = c.phone;
    f.email = c.email;
    f.notes = c.notes;
    return f;
}

cmd::AtelierFields atelier_fields_of(const Profile& p) {
    cmd::AtelierFields f;
    f.name = p.settings.name;
    f.code = p.settings.company_code;
    f.currency = p.settings.currency;
    f.country = p.country;
    f.due_soon_days = p.due_soon_days;
    f.buffer_days = p.buffer_days;
    f.free_cancel_hours = p.free_cancel_hours;
    f.late_cancel_percent = p.late_cancel_percent;
    f.production_cancel_percent = p.production_cancel_percent;
    f.release_owing = p.release_owing;
    f.stage_fees = p.stage_fees;
    f.teams = p.teams;
    f.salespeople = p.salespeople;
    return f;
}

std::optional<Problem> from_outside_update(const nlohmann::json& from, const nlohmann::json& to) {
    for (auto it = from.begin(); it != from.end(); ++it)
        if (!to.contains(it.key())) return Problem{"/from/" + it.key(), "is not a field this update sets"};
    return std::nullopt;
}

namespace {

std::string text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// The latest history entry that changed `field`: who set the value now being replaced.
const HistoryEntry* last_change(const std::vector<HistoryEntry>& history, const std::string& field) {
    for (auto it = history.rbegin(); it != history.rend(); ++it)
        for (const auto& ch : it->changes)
            if (ch.field == field) return &*it;
    return nullptr;
}

template <class Fields>
std::optional<std::pair<Fields, Fields>> restore_value(const Conflict& c, const char* which, Problems& problems) {
    const nlohmann::json replaced = nlohmann::json::parse(c.replaced, nullptr, false);
    const nlohmann::json kept = nlohmann::json::parse(c.kept, nullptr, false);
    if (replaced.is_discarded() || kept.is_discarded()) {
        problems.push_back(Problem{which, "the conflict's values are not JSON"});
        return std::nullopt;
    }
    Fields to, seen;
    Reader r{problems};
    const PathSeg root{nullptr, which, 0};
    read_fields(nlohmann::json{{c.field, replaced}}, to, root, r);
    read_fields(nlohmann::json{{c.field, kept}}, seen, root, r);
    if (r.failed) return std::nullopt;
    return std::pair{to, seen};
}

template <class Fields>
bool reads(const Conflict& c) {
    Problems ignored;
    return restore_value<Fields>(c, "", ignored).has_value();
}

}  // namespace

std::vector<Conflict> concurrent_edits(const nlohmann::json& from, const nlohmann::json& before, const nlohmann::json& after,
                                       const std::vector<HistoryEntry>& history, const std::string& who, DateTime at) {
    std::vector<Conflict> out;
    for (auto it = from.begin(); it != from.end(); ++it) {
        const auto b = before.find(it.key()), a = after.find(it.key());
        if (b == before.end() || a == after.end() || *b == it.value() || *a == *b) continue;
        Conflict c;
        c.field = it.key();
        c.replaced = text(*b);
        c.kept = text(*a);
        if (const HistoryEntry* h = last_change(history, c.field)) {
            c.replaced_who = h->who;
            c.replaced_at = h->at;
        }
        c.who = who;
        c.at = at;
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<std::pair<cmd::OrderFields, cmd::OrderFields>> order_restore_value(const Conflict& c, const char* which, Problems& problems) {
    return restore_value<cmd::OrderFields>(c, which, problems);
}
std::optional<std::pair<cmd::ClientFields, cmd::ClientFields>> client_restore_value(const Conflict& c, const char* which, Problems& problems) {
    return restore_value<cmd::ClientFields>(c, which, problems);
}
std::optional<std::pair<cmd::AtelierFields, cmd::AtelierFields>> atelier_restore_value(const Conflict& c, const char* which, Problems& problems) {
    return restore_value<cmd::AtelierFields>(c, which, problems);
}
bool order_conflict_reads(const Conflict& c) { return reads<cmd::OrderFields>(c); }
bool client_conflict_reads(const Conflict& c) { return reads<cmd::ClientFields>(c); }
bool atelier_conflict_reads(const Conflict& c) { return reads<cmd::AtelierFields>(c) && c.field != "teams" && c.field != "salespeople"; }

Pipeline merged_pipeline(const Pipeline& now, const Pipeline& seen, const Pipeline& to) {
    if (now == seen) return to;
    auto find = [](const std::vector<Stage>& list, const std::string& id) -> const Stage* {
        for (const auto& s : list)
            if (s.id == id) return &s;
        return nullptr;
    };
    Pipeline out;
    out.id = to.id;
    out.name = seen.name != to.name ? to.name : now.name;
    for (const Stage& s : to.stages) {
        const Stage* was = find(seen.stages, s.id);
        const Stage* cur = find(now.stages, s.id);
        if (!was || !(*was == s)) out.stages.push_back(s);  // added or changed by the author
        else if (cur) out.stages.push_back(*cur);           // left alone: as it is now
    }
    for (size_t i = 0; i < now.stages.size(); ++i) {
        const Stage& s = now.stages[i];
        if (find(seen.stages, s.id) || find(to.stages, s.id)) continue;
        size_t at = 0;  // after the nearest stage before it (in `now`) that is kept
        for (size_t k = i; k-- > 0 && at == 0;)
            for (size_t j = 0; j < out.stages.size(); ++j)
                if (out.stages[j].id == now.stages[k].id) at = j + 1;
        out.stages.insert(out.stages.begin() + static_cast<std::ptrdiff_t>(at), s);
    }
    return out;
}

}  // namespace atelier
