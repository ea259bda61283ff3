#include "core/commands/concurrent.hpp"

#include <algorithm>

#include "core/i18n/said_text.hpp"

#include "core/json/capped.hpp"
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
    f.tracking = o.tracking;
    return f;
}

cmd::ClientFields client_fields_of(const Client& c) {
    cmd::ClientFields f;
    f.name = c.name;
    f.phone = c.phone;
    f.email = c.email;
    f.notes = c.notes;
    f.channel = c.channel;
    f.language = c.language;
    f.do_not_contact = c.do_not_contact;
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
    f.lock_minutes = p.lock_minutes;
    f.tax_rate_bp = p.tax_rate_bp;
    f.prices_include_tax = p.prices_include_tax;
    f.reminder_message = p.reminder_message;
    f.reminder_translations = p.reminder_translations;
    f.reminder_time = p.reminder_time;
    f.language = p.language;
    f.letterhead = p.letterhead;
    f.payment_terms = p.payment_terms;
    f.paper = p.paper;
    f.measure_unit = p.measure_unit;
    f.time_zone = p.time_zone;
    f.logo = p.logo;
    return f;
}

std::optional<Problem> from_outside_update(const nlohmann::json& from, const nlohmann::json& to) {
    for (auto it = from.begin(); it != from.end(); ++it)
        if (!to.contains(it.key())) return problem_at("/from/" + it.key(), say(Msg::why_sales_update_not_field));
    return std::nullopt;
}

namespace {


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
        problems.push_back(problem_at(which, say(Msg::why_sales_conflict_not_json)));
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
        c.replaced = json_text(*b);
        c.kept = json_text(*a);
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

namespace {

const Stage* find_stage(const std::vector<Stage>& list, const std::string& id) {
    for (const auto& s : list)
        if (s.id == id) return &s;
    return nullptr;
}

nlohmann::json stage_value(const Stage* s) { return s ? write_value(*s) : nlohmann::json(); }

const std::string kStagePrefix = "stages/";

// A record's two values, read: the name as text, a stage as a Stage of the id its field names (or
// null, removed). Nullopt when they do not read so, or both say "removed".
struct PipelineValues {
    std::string name;
    std::optional<Stage> stage;
};
std::optional<PipelineValues> read_pipeline_value(const Conflict& c, const std::string& json_text) {
    const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded()) return std::nullopt;
    PipelineValues v;
    if (c.field == "name") {
        if (!j.is_string()) return std::nullopt;
        v.name = j.get<std::string>();
        return v;
    }
    if (c.field.rfind(kStagePrefix, 0) != 0) return std::nullopt;
    if (j.is_null()) return v;
    Stage s;
    Problems ignored;
    Reader r{ignored};
    read_fields(j, s, PathSeg{nullptr, "", 0}, r);
    if (r.failed || s.id != c.field.substr(kStagePrefix.size())) return std::nullopt;
    v.stage = std::move(s);
    return v;
}

}  // namespace

std::vector<Conflict> pipeline_concurrent_edits(const Pipeline& now, const Pipeline& seen, const Pipeline& to, const Pipeline& stored,
                                                const std::string& who, DateTime at) {
    std::vector<Conflict> out;
    auto record = [&](std::string field, const nlohmann::json& replaced, const nlohmann::json& kept) {
        Conflict c;
        c.field = std::move(field);
        c.replaced = json_text(replaced);
        c.kept = json_text(kept);
        c.who = who;
        c.at = at;
        out.push_back(std::move(c));
    };
    if (seen.name != to.name && seen.name != now.name && stored.name != now.name) record("name", now.name, stored.name);
    // Every stage id any side knows, in a fixed order: the author's, then now's, then seen's.
    std::vector<std::string> ids;
    for (const auto* list : {&to.stages, &now.stages, &seen.stages})
        for (const auto& s : *list)
            if (std::find(ids.begin(), ids.end(), s.id) == ids.end()) ids.push_back(s.id);
    for (const auto& id : ids) {
        const nlohmann::json was = stage_value(find_stage(seen.stages, id)), cur = stage_value(find_stage(now.stages, id)),
                             mine = stage_value(find_stage(to.stages, id)), kept = stage_value(find_stage(stored.stages, id));
        if (mine != was && cur != was && kept != cur) record(kStagePrefix + id, cur, kept);
    }
    return out;
}

std::optional<Pipeline> pipeline_restored(const Pipeline& now, const Conflict& c, const char* which, Problems& problems) {
    const auto v = read_pipeline_value(c, c.replaced);
    if (!v) {
        problems.push_back(problem_at(which, say(Msg::why_sales_conflict_not_pipeline, {{"pipeline", now.id}})));
        return std::nullopt;
    }
    Pipeline p = now;
    if (c.field == "name") {
        p.name = v->name;
        return p;
    }
    const std::string id = c.field.substr(kStagePrefix.size());
    auto it = std::find_if(p.stages.begin(), p.stages.end(), [&](const Stage& s) { return s.id == id; });
    if (!v->stage) {
        if (it != p.stages.end()) p.stages.erase(it);
    } else if (it != p.stages.end()) {
        *it = *v->stage;
    } else {
        p.stages.push_back(*v->stage);
    }
    return p;
}

bool pipeline_conflict_reads(const Conflict& c) {
    const auto replaced = read_pipeline_value(c, c.replaced), kept = read_pipeline_value(c, c.kept);
    return replaced && kept && (c.field == "name" || replaced->stage || kept->stage);
}

Pipeline merged_pipeline(const Pipeline& now, const Pipeline& seen, const Pipeline& to) {
    if (now == seen) return to;
    Pipeline out;
    out.id = to.id;
    out.name = seen.name != to.name ? to.name : now.name;
    out.archived = seen.archived != to.archived ? to.archived : now.archived;
    out.schedule = seen.schedule != to.schedule ? to.schedule : now.schedule;
    out.conflicts = now.conflicts;
    for (const Stage& s : to.stages) {
        const Stage* was = find_stage(seen.stages, s.id);
        const Stage* cur = find_stage(now.stages, s.id);
        if (!was || !(*was == s)) out.stages.push_back(s);  // added or changed by the author
        else if (cur) out.stages.push_back(*cur);           // left alone: as it is now
    }
    for (size_t i = 0; i < now.stages.size(); ++i) {
        const Stage& s = now.stages[i];
        if (find_stage(seen.stages, s.id) || find_stage(to.stages, s.id)) continue;
        size_t at = 0;  // after the nearest stage before it (in `now`) that is kept
        for (size_t k = i; k-- > 0 && at == 0;)
            for (size_t j = 0; j < out.stages.size(); ++j)
                if (out.stages[j].id == now.stages[k].id) at = j + 1;
        out.stages.insert(out.stages.begin() + static_cast<std::ptrdiff_t>(at), s);
    }
    return out;
}

}  // namespace atelier
