#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "core/calendar/time_zones.hpp"
#include "core/commands/concurrent.hpp"
#include "core/json/capped.hpp"
#include "core/commands/plan_detail.hpp"
#include "core/model/client.hpp"
#include "core/production/rules.hpp"
#include "core/model/limits.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/roles.hpp"
#include "core/rules/schedule.hpp"
#include "core/rules/stage_uses.hpp"
#include "core/text.hpp"

namespace atelier {


namespace detail {

bool check_text(Work& w, const std::string& field, const std::string& value, bool required, size_t max) {
    if (auto why = text_problem(value, required, max)) return w.fail(field, std::move(*why));
    return true;
}

namespace {

// "must be from 0 to 365" (IntRange::message's English).
Said range_said(IntRange r) { return say(Msg::set_range, {{"min", std::to_string(r.min)}, {"max", std::to_string(r.max)}}); }

bool known_name(const std::vector<std::string>& names, const std::string& n) {
    return n.empty() || std::find(names.begin(), names.end(), n) != names.end();
}

bool check_percent(Work& w, const char* field, const std::optional<int>& v) {
    if (v && !kPercent.contains(*v)) return w.fail(field, Msg::why_cmd_percent);
    return true;
}

bool check_range(Work& w, const char* field, const std::optional<int>& v, IntRange r) {
    if (v && !r.contains(*v)) return w.fail(field, range_said(r));
    return true;
}

// "37 orders", "1 stage".
Said count_of(size_t n, Msg key) { return say_n(key, static_cast<int64_t>(n)); }

// Refuses dropping a team that orders or stages still name, saying how many.
bool check_team_uses(Work& w, const std::vector<std::string>& now, const std::vector<std::string>& next) {
    for (const auto& t : now) {
        if (std::find(next.begin(), next.end(), t) != next.end()) continue;
        size_t orders = 0, stages = 0;
        for (const auto& o : w.a.orders) orders += o.team == t;
        for (const auto& p : w.a.pipelines)
            for (const auto& s : p.stages) stages += s.team == t;
        if (!orders && !stages) continue;
        // "37 orders and 2 stages": the uses that are there, joined.
        const Said uses = !stages   ? count_of(orders, Msg::why_cmd_n_orders)
                          : !orders ? count_of(stages, Msg::why_cmd_n_stages)
                                    : say(Msg::why_cmd_orders_and_stages)
                                          .with("orders", count_of(orders, Msg::why_cmd_n_orders))
                                          .with("stages", count_of(stages, Msg::why_cmd_n_stages));
        return w.fail("/teams", say(Msg::why_cmd_team_used, {{"team", t}}).with("uses", uses));
    }
    return true;
}

bool check_salesperson_uses(Work& w, const std::vector<std::string>& now, const std::vector<std::string>& next) {
    for (const auto& n : now) {
        if (std::find(next.begin(), next.end(), n) != next.end()) continue;
        size_t orders = 0;
        for (const auto& o : w.a.orders) orders += o.salesperson == n;
        if (orders)
            return w.fail("/salespeople", say(Msg::why_cmd_salesperson_used, {{"name", n}}).with("orders", count_of(orders, Msg::why_cmd_n_orders)));
    }
    return true;
}

bool check_names(Work& w, const char* field, const std::vector<std::string>& names) {
    std::set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string at = std::string(field) + "/" + std::to_string(i);
        if (!check_text(w, at, names[i], true, 80)) return false;
        if (!seen.insert(names[i]).second) return w.fail(at, Msg::why_cmd_listed_twice, {{"name", names[i]}});
    }
    return true;
}

// The list an update leaves: `to` when the list is still as its author saw it (or no `seen` was
// given); otherwise the author's removals (seen, not in to) taken out of the list as it is now and
// its additions (in to, not seen) appended, so names another device added meanwhile are kept.
std::vector<std::string> merged_names(const std::vector<std::string>& now, const std::optional<std::vector<std::string>>& seen,
                                      const std::vector<std::string>& to) {
    if (!seen || *seen == now) return to;
    auto has = [](const std::vector<std::string>& list, const std::string& x) { return std::find(list.begin(), list.end(), x) != list.end(); };
    std::vector<std::string> out;
    for (const auto& x : now)
        if (!(has(*seen, x) && !has(to, x))) out.push_back(x);
    for (const auto& x : to)
        if (!has(*seen, x) && !has(out, x)) out.push_back(x);
    return out;
}

void run(Work& w, const cmd::AtelierUpdate& c) {
    nlohmann::json seen_values, before;
    if (c.from) {
        seen_values = write_value(*c.from);
        if (auto outside = from_outside_update(seen_values, write_value(static_cast<const cmd::AtelierFields&>(c))))
            return (void)w.fail(std::move(*outside));
        // The name lists merge (below): another device's names are kept, nothing to choose between.
        seen_values.erase("teams");
        seen_values.erase("salespeople");
        before = write_value(atelier_fields_of(w.a.profile));
    }
    Profile p = w.a.profile;
    auto set_text = [&](const char* field, const std::optional<std::string>& v, std::string& dst,
                        std::optional<Said> (*check)(std::string_view)) {
        if (!v) return;
        if (auto why = check(*v)) w.fail(field, std::move(*why));
        dst = *v;
    };
    set_text("/name", c.name, p.settings.name, atelier_name_problem);
    set_text("/code", c.code, p.settings.company_code, company_code_problem);
    set_text("/currency", c.currency, p.settings.currency, currency_problem);
    set_text("/country", c.country, p.country, country_problem);
    if (!check_range(w, "/due_soon_days", c.due_soon_days, kDueSoonDays)) return;
    if (!check_range(w, "/buffer_days", c.buffer_days, kBufferDays)) return;
    if (!check_range(w, "/free_cancel_hours", c.free_cancel_hours, kFreeCancelHours)) return;
    if (!check_range(w, "/lock_minutes", c.lock_minutes, kLockMinutes)) return;
    if (c.lock_minutes) p.lock_minutes = *c.lock_minutes;
    if (c.tax_rate_bp && !kTaxRateBp.contains(*c.tax_rate_bp))
        return (void)w.fail("/tax_rate_bp", Msg::why_cmd_tax_rate, {{"rate", std::to_string(*c.tax_rate_bp)}});
    if (c.tax_rate_bp) p.tax_rate_bp = *c.tax_rate_bp;
    if (c.prices_include_tax) p.prices_include_tax = *c.prices_include_tax;
    if (c.reminder_message) {
        if (auto why = template_problem(*c.reminder_message)) return (void)w.fail("/reminder_message", std::move(*why));
        p.reminder_message = *c.reminder_message;
    }
    if (c.reminder_time) {
        if (auto why = reminder_time_problem(*c.reminder_time)) return (void)w.fail("/reminder_time", std::move(*why));
        p.reminder_time = *c.reminder_time;
    }
    if (c.reminder_translations) {
        size_t i = 0;
        if (auto why = texts_in_problem(*c.reminder_translations, i, template_problem))
            return (void)w.fail("/reminder_translations/" + std::to_string(i), std::move(*why));
        p.reminder_translations = *c.reminder_translations;
    }
    if (c.language) {
        if (auto why = language_problem(*c.language)) return (void)w.fail("/language", std::move(*why));
        p.language = *c.language;
    }
    // Printed as given, line breaks kept: bounded, UTF-8, no other control characters.
    for (auto [field, value, dst] : {std::tuple{"/letterhead", &c.letterhead, &p.letterhead}, std::tuple{"/payment_terms", &c.payment_terms, &p.payment_terms}}) {
        if (!*value) continue;
        if (auto why = document_text_problem(**value)) return (void)w.fail(field, std::move(*why));
        *dst = **value;
    }
    if (c.paper) p.paper = *c.paper;
    if (c.measure_unit) p.measure_unit = *c.measure_unit;
    if (c.logo) {
        std::string field;
        if (auto why = logo_problem(*c.logo, field)) return (void)w.fail("/logo/" + field, std::move(*why));
        p.logo = *c.logo;
    }
    if (c.time_zone) {
        if (auto why = time_zone_problem(*c.time_zone)) return (void)w.fail("/time_zone", std::move(*why));
        p.time_zone = *c.time_zone;
    }
    if (c.due_soon_days) p.due_soon_days = *c.due_soon_days;
    if (c.buffer_days) p.buffer_days = *c.buffer_days;
    if (c.free_cancel_hours) p.free_cancel_hours = *c.free_cancel_hours;
    if (!check_percent(w, "/late_cancel_percent", c.late_cancel_percent)) return;
    if (!check_percent(w, "/production_cancel_percent", c.production_cancel_percent)) return;
    if (c.late_cancel_percent) p.late_cancel_percent = *c.late_cancel_percent;
    if (c.production_cancel_percent) p.production_cancel_percent = *c.production_cancel_percent;
    if (c.release_owing) p.release_owing = *c.release_owing;
    const cmd::AtelierFields seen = c.from.value_or(cmd::AtelierFields{});
    if (c.teams && check_names(w, "/teams", *c.teams)) {
        std::vector<std::string> next = merged_names(p.teams, seen.teams, *c.teams);
        if (check_team_uses(w, p.teams, next)) p.teams = std::move(next);
    }
    if (c.salespeople && check_names(w, "/salespeople", *c.salespeople)) {
        std::vector<std::string> next = merged_names(p.salespeople, seen.salespeople, *c.salespeople);
        if (check_salesperson_uses(w, p.salespeople, next)) p.salespeople = std::move(next);
    }
    if (c.stage_fees) {
        for (size_t i = 0; i < c.stage_fees->size(); ++i) {
            const auto& f = (*c.stage_fees)[i];
            const std::string at = "/stage_fees/" + std::to_string(i);
            const Pipeline* pl = w.a.pipeline(f.pipeline);
            if (!pl) return (void)w.fail(at + "/pipeline", Msg::why_cmd_no_pipeline, {{"pipeline", f.pipeline}});
            if (stage_index(*pl, f.stage) < 0)
                return (void)w.fail(at + "/stage", Msg::why_cmd_no_stage_in, {{"stage", f.stage}, {"pipeline", f.pipeline}});
            if (f.percent < 0 || f.percent > 100) return (void)w.fail(at + "/percent", Msg::why_cmd_percent);
        }
        p.stage_fees = *c.stage_fees;
    }
    if (!w.out.ok) return;
    if (c.from)
        for (auto& k : concurrent_edits(seen_values, before, write_value(atelier_fields_of(p)), {}, w.ctx.who, w.ctx.now))
            p.conflicts.push_back(std::move(k));
    w.out.after.profile = std::move(p);
}

void run(Work& w, const cmd::AtelierResolve& c) {
    const auto& conflicts = w.a.profile.conflicts;
    if (c.conflict < 0 || static_cast<size_t>(c.conflict) >= conflicts.size())
        return (void)w.fail("/conflict", Msg::why_cmd_settings_no_conflict, {{"conflict", std::to_string(c.conflict)}});
    const Conflict k = conflicts[static_cast<size_t>(c.conflict)];
    if (k.state != ConflictState::open)
        return (void)w.fail("/conflict", Msg::why_cmd_conflict_settled, {{"field", k.field}, {"state", enum_id(k.state)}});
    if (c.restore) {
        Problems bad;
        auto values = atelier_restore_value(k, "/conflict", bad);
        if (!values) return (void)w.fail(bad.front());
        cmd::AtelierUpdate u;
        static_cast<cmd::AtelierFields&>(u) = values->first;
        u.from = values->second;
        run(w, u);
        if (!w.out.ok) return;
    }
    Conflict& settled = w.profile().conflicts[static_cast<size_t>(c.conflict)];
    settled.state = c.restore ? ConflictState::restored : ConflictState::kept;
    settled.resolved_who = w.ctx.who;
    settled.resolved_at = w.ctx.now;
}

// What a rename of a team or a salesperson says: no such name, the same name, a name taken.
struct RenameRefusals {
    Msg unknown, same, taken;
};
constexpr RenameRefusals kTeamRename{Msg::why_cmd_no_team, Msg::why_cmd_team_same_name, Msg::why_cmd_team_name_taken};
constexpr RenameRefusals kSalespersonRename{Msg::why_cmd_no_salesperson, Msg::why_cmd_salesperson_same_name,
                                            Msg::why_cmd_salesperson_name_taken};

// A new name for one entry of a name list: present, unused, valid text.
bool check_rename(Work& w, const std::vector<std::string>& names, const std::string& from, const std::string& to, const RenameRefusals& says) {
    if (std::find(names.begin(), names.end(), from) == names.end()) return w.fail("/from", says.unknown, {{"name", from}});
    if (!check_text(w, "/to", to, true, 80)) return false;
    if (to == from) return w.fail("/to", says.same, {{"name", to}});
    if (std::find(names.begin(), names.end(), to) != names.end()) return w.fail("/to", says.taken, {{"name", to}});
    return true;
}

void run(Work& w, const cmd::TeamRename& c) {
    if (!check_rename(w, w.a.profile.teams, c.from, c.to, kTeamRename)) return;
    Profile& p = w.profile();
    std::replace(p.teams.begin(), p.teams.end(), c.from, c.to);
    for (const auto& pl : w.a.pipelines)
        if (std::any_of(pl.stages.begin(), pl.stages.end(), [&](const Stage& s) { return s.team == c.from; })) {
            Pipeline copy = pl;
            for (auto& s : copy.stages)
                if (s.team == c.from) s.team = c.to;
            w.out.after.of<Pipeline>().push_back(std::move(copy));
        }
    for (const auto& o : w.a.orders)
        if (o.team == c.from) w.out.after.of<Order>().put(o).team = c.to;
}

// The atelier keeps an owner: nullopt when `next` has one (or lists nobody), else why not.
std::optional<Said> keeps_an_owner(const std::vector<Person>& next, const std::string& name) {
    if (next.empty() || std::any_of(next.begin(), next.end(), [](const Person& p) { return p.role == Role::owner; })) return std::nullopt;
    return say(Msg::why_cmd_only_owner, {{"name", name}});
}

void run(Work& w, const cmd::PersonPut& c) {
    if (!check_text(w, "/name", c.name, true, 80)) return;
    std::string pin_field;
    if (c.pin && !c.pin->empty() && people_problem({Person{c.name, Role::owner, *c.pin}}, pin_field))
        return (void)w.fail("/pin", Msg::why_cmd_pin_hash);
    std::vector<Person> next = w.a.profile.people;
    if (next.empty() && c.role != Role::owner)
        return (void)w.fail("/role", Msg::why_cmd_first_owner);
    auto it = std::find_if(next.begin(), next.end(), [&](const Person& p) { return p.name == c.name; });
    if (it == next.end()) it = next.insert(next.end(), Person{c.name, c.role, ""});
    it->role = c.role;
    if (c.pin) it->pin = *c.pin;
    if (auto why = keeps_an_owner(next, c.name)) return (void)w.fail("/role", std::move(*why));
    w.profile().people = std::move(next);
}

void run(Work& w, const cmd::PersonRemove& c) {
    std::vector<Person> next = w.a.profile.people;
    auto it = std::find_if(next.begin(), next.end(), [&](const Person& p) { return p.name == c.name; });
    if (it == next.end()) return (void)w.fail("/name", Msg::why_cmd_no_person, {{"name", c.name}});
    next.erase(it);
    if (auto why = keeps_an_owner(next, c.name)) return (void)w.fail("/name", std::move(*why));
    w.profile().people = std::move(next);
}

void run(Work& w, const cmd::SalespersonRename& c) {
    if (!check_rename(w, w.a.profile.salespeople, c.from, c.to, kSalespersonRename)) return;
    Profile& p = w.profile();
    std::replace(p.salespeople.begin(), p.salespeople.end(), c.from, c.to);
    for (const auto& o : w.a.orders)
        if (o.salesperson == c.from) w.out.after.of<Order>().put(o).salesperson = c.to;
}

bool valid_slug(const std::string& s) {
    if (s.empty() || s.size() > 40) return false;
    return std::all_of(s.begin(), s.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
    });
}

bool valid_colour(const std::string& s) {
    if (s.empty()) return true;
    if (s.size() != 7 || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    });
}

// Replacing a pipeline must not drop a stage id that anything still names (core/rules/stage_uses.hpp):
// neither by removing the stage nor by changing its id.
bool check_stage_uses(Work& w, const Pipeline& p, const std::set<std::string>& kept) {
    const Pipeline* old = w.a.pipeline(p.id);
    if (!old) return true;
    std::optional<std::map<std::string, StageUses>> uses;  // counted only when an id is dropped
    for (size_t i = 0; i < old->stages.size(); ++i) {
        const std::string& id = old->stages[i].id;
        if (kept.count(id)) continue;
        if (!uses) uses = stage_uses(w.a, p.id);
        const auto it = uses->find(id);
        if (it == uses->end() || !it->second.any()) continue;
        // As many stages, and this one's place holds an id the pipeline did not have: its id was changed.
        const bool renamed = p.stages.size() == old->stages.size() && stage_index(*old, p.stages[i].id) < 0;
        if (renamed)
            return w.fail("/pipeline/stages/" + std::to_string(i) + "/id",
                          *stage_in_use_refusal(w.a.profile, id, it->second, p.stages[i].id));
        return w.fail("/pipeline/stages", *stage_in_use_refusal(w.a.profile, id, it->second));
    }
    return true;
}

void run(Work& w, const cmd::PipelinePut& c) {
    if (c.from && c.from->id != c.pipeline.id) return (void)w.fail("/from/id", Msg::why_cmd_from_pipeline_id);
    const Pipeline* now = w.a.pipeline(c.pipeline.id);
    // Checked as it will be stored: merged with another device's edit when the author's view was stale.
    Pipeline p = c.from && now ? merged_pipeline(*now, *c.from, c.pipeline) : c.pipeline;
    // The conflict records are the core's: kept as they are, with this put's own added.
    p.conflicts = now ? now->conflicts : std::vector<Conflict>{};
    if (c.from && now)
        for (auto& k : pipeline_concurrent_edits(*now, *c.from, c.pipeline, p, w.ctx.who, w.ctx.now)) p.conflicts.push_back(std::move(k));
    if (!valid_slug(p.id)) return (void)w.fail("/pipeline/id", Msg::why_cmd_slug);
    if (!check_text(w, "/pipeline/name", p.name, true)) return;
    if (p.stages.empty()) return (void)w.fail("/pipeline/stages", Msg::why_cmd_pipeline_no_stage);
    std::set<std::string> ids;
    for (size_t i = 0; i < p.stages.size(); ++i) {
        const Stage& s = p.stages[i];
        const std::string at = "/pipeline/stages/" + std::to_string(i);
        if (!valid_slug(s.id)) return (void)w.fail(at + "/id", Msg::why_cmd_slug);
        if (s.id == "order" || s.id == "handover") return (void)w.fail(at + "/id", Msg::why_cmd_stage_id_reserved, {{"id", s.id}});
        if (!ids.insert(s.id).second) return (void)w.fail(at + "/id", Msg::why_cmd_stage_twice, {{"stage", s.id}});
        if (!check_text(w, at + "/name", s.name, true)) return;
        if (!known_name(w.a.profile.teams, s.team)) return (void)w.fail(at + "/team", Msg::why_cmd_no_team, {{"name", s.team}});
        if (!valid_colour(s.colour)) return (void)w.fail(at + "/colour", Msg::why_cmd_colour);
        if (s.notify != Channel::none && trim(s.message).empty()) return (void)w.fail(at + "/message", Msg::why_cmd_stage_needs_message);
        if (auto why = template_problem(s.message)) return (void)w.fail(at + "/message", std::move(*why));
        size_t t = 0;
        if (auto why = texts_in_problem(s.translations, t, template_problem))
            return (void)w.fail(at + "/translations/" + std::to_string(t), std::move(*why));
        if (!kStageDays.contains(s.days)) return (void)w.fail(at + "/days", range_said(kStageDays));
    }
    if (auto why = schedule_problem(p)) return (void)w.fail("/pipeline/" + why->field, std::move(why->why));
    if (!check_stage_uses(w, p, ids)) return;
    w.out.after.of<Pipeline>().push_back(p);
}

void run(Work& w, const cmd::PipelineResolve& c) {
    const Pipeline* now = w.a.pipeline(c.pipeline);
    if (!now) return (void)w.fail("/pipeline", Msg::why_cmd_no_pipeline, {{"pipeline", c.pipeline}});
    if (c.conflict < 0 || static_cast<size_t>(c.conflict) >= now->conflicts.size())
        return (void)w.fail("/conflict", Msg::why_cmd_pipeline_no_conflict, {{"pipeline", c.pipeline}, {"conflict", std::to_string(c.conflict)}});
    const Conflict k = now->conflicts[static_cast<size_t>(c.conflict)];
    if (k.state != ConflictState::open)
        return (void)w.fail("/conflict", Msg::why_cmd_conflict_settled, {{"field", k.field}, {"state", enum_id(k.state)}});
    if (c.restore) {
        Problems bad;
        auto restored = pipeline_restored(*now, k, "/conflict", bad);
        if (!restored) return (void)w.fail(bad.front());
        run(w, cmd::PipelinePut{*restored, *now});  // checked as any put (a stage in use, a team)
        if (!w.out.ok) return;
    }
    Pipeline* settled = w.out.after.of<Pipeline>().find(c.pipeline);
    if (!settled) settled = &w.out.after.of<Pipeline>().put(*now);
    Conflict& done = settled->conflicts[static_cast<size_t>(c.conflict)];
    done.state = c.restore ? ConflictState::restored : ConflictState::kept;
    done.resolved_who = w.ctx.who;
    done.resolved_at = w.ctx.now;
}

bool check_client_fields(Work& w, Client& c, const std::string* phone, const std::string* email) {
    if (!check_text(w, "/name", c.name, true)) return false;
    if (!check_text(w, "/notes", c.notes, false, kMaxNotesBytes)) return false;
    if (phone) {
        if (!check_text(w, "/phone", *phone, false, 40)) return false;
        const Phone ph = normalise_phone(*phone);
        if (!phone->empty() && !ph.normalised) w.warn(say(Msg::why_cmd_phone_kept, {{"phone", *phone}}));
        c.phone = ph.value;
    }
    if (email) {
        if (!email->empty() && !plausible_email(*email)) return w.fail("/email", Msg::why_cmd_not_email, {{"email", *email}});
        c.email = *email;
    }
    if (auto why = language_problem(c.language)) return w.fail("/language", std::move(*why));
    return true;
}

void run(Work& w, const cmd::NumbersReserve& c) {
    if (!valid_device_id(c.device)) return (void)w.fail("/device", Msg::why_cmd_device_id);
    const IntRange size{0, kMaxBlock};
    if (!size.contains(c.orders)) return (void)w.fail("/orders", range_said(size));
    if (!size.contains(c.clients)) return (void)w.fail("/clients", range_said(size));
    Profile& p = w.profile();
    if (p.next_order > kProvisionalFrom - c.orders || p.next_client > kProvisionalFrom - c.clients)
        return (void)w.fail("/orders", Msg::why_cmd_no_numbers_left);
    NumberBlock b{c.device, {p.next_order, p.next_order, p.next_order + c.orders}, {p.next_client, p.next_client, p.next_client + c.clients}};
    p.next_order += c.orders;
    p.next_client += c.clients;
    // The device's used-up blocks go; one with numbers left stays: creates that took them may reach
    // the log after this reservation.
    std::erase_if(p.blocks, [&](const NumberBlock& x) {
        return x.device == c.device && x.orders.next == x.orders.end && x.clients.next == x.clients.end;
    });
    p.blocks.push_back(std::move(b));
}

void run(Work& w, const cmd::EntryRefused& c) {
    if (!parse_entry_id(c.entry)) return (void)w.fail("/entry", Msg::why_cmd_entry_id);
    Profile& p = w.profile();
    for (const auto& k : p.not_applied)
        if (k.entry == c.entry) return (void)w.fail("/entry", Msg::why_cmd_entry_listed, {{"entry", c.entry}});
    if (!check_text(w, "/what", c.what, true)) return;
    if (!check_text(w, "/reason", c.reason, true, 4000)) return;
    if (!check_text(w, "/command", c.command, false, kMaxRefusedCommand)) return;
    p.not_applied.push_back(NotApplied{c.entry, c.what, w.ctx.who, w.ctx.now, c.reason, c.command, NotAppliedState::open, "", std::nullopt});
}

void run(Work& w, const cmd::EntryDismiss& c) {
    Profile& p = w.profile();
    auto it = std::find_if(p.not_applied.begin(), p.not_applied.end(), [&](const NotApplied& k) { return k.entry == c.entry; });
    if (it == p.not_applied.end()) return (void)w.fail("/entry", Msg::why_cmd_no_entry, {{"entry", c.entry}});
    if (it->state != NotAppliedState::open)
        return (void)w.fail("/entry", Msg::why_cmd_entry_settled, {{"entry", c.entry}, {"state", enum_id(it->state)}});
    it->state = c.retried ? NotAppliedState::retried : NotAppliedState::dismissed;
    it->settled_who = w.ctx.who;
    it->settled_at = w.ctx.now;
}

void run(Work& w, const cmd::ClientCreate& c) {
    // A merged client's number keeps pointing at the kept client: never given again.
    if (c.id && live_client(w.a.profile, c.id) != c.id)
        return (void)w.fail("/id", Msg::why_cmd_client_merged_new,
                            {{"client", std::to_string(c.id)}, {"into", std::to_string(live_client(w.a.profile, c.id))}});
    Client cl;
    cl.id = take_number(w, false, c.id, "/id");
    if (!cl.id) return;
    if (c.id == 0) {
        cmd::ClientCreate given = c;
        given.id = cl.id;
        w.out.recorded = given;
    }
    cl.name = c.name;
    cl.notes = c.notes;
    cl.channel = c.channel;
    cl.language = c.language;
    if (!check_client_fields(w, cl, &c.phone, &c.email)) return;
    w.out.after.of<Client>().push_back(std::move(cl));
}

void run(Work& w, const cmd::ClientUpdate& c) {
    Client* cl = w.client(c.client);
    if (!cl) return;
    nlohmann::json seen, before;
    if (c.from) {
        seen = write_value(*c.from);
        if (auto outside = from_outside_update(seen, write_value(static_cast<const cmd::ClientFields&>(c))))
            return (void)w.fail(std::move(*outside));
        before = write_value(client_fields_of(*cl));
    }
    if (c.name) cl->name = *c.name;
    if (c.notes) cl->notes = *c.notes;
    if (c.channel) cl->channel = *c.channel;
    if (c.language) cl->language = *c.language;
    if (c.do_not_contact) cl->do_not_contact = *c.do_not_contact;
    if (!check_client_fields(w, *cl, c.phone ? &*c.phone : nullptr, c.email ? &*c.email : nullptr) || !c.from) return;
    for (auto& k : concurrent_edits(seen, before, write_value(client_fields_of(*cl)), cl->history, w.ctx.who, w.ctx.now))
        cl->conflicts.push_back(std::move(k));
}

// Conflicts and sessions are numbered per client: a number written for a client merged away since
// means nothing on the kept one.
bool not_merged(Work& w, int id) {
    const int to = live_client(w.a.profile, id);
    if (to == id) return true;
    return w.fail("/client", Msg::why_cmd_client_merged, {{"client", std::to_string(id)}, {"into", std::to_string(to)}});
}

void run(Work& w, const cmd::ClientResolve& c) {
    if (!not_merged(w, c.client)) return;
    Client* cl = w.client(c.client);
    if (!cl) return;
    if (c.conflict < 0 || static_cast<size_t>(c.conflict) >= cl->conflicts.size())
        return (void)w.fail("/conflict", Msg::why_cmd_client_no_conflict, {{"client", std::to_string(c.client)}, {"conflict", std::to_string(c.conflict)}});
    const Conflict k = cl->conflicts[static_cast<size_t>(c.conflict)];
    if (k.state != ConflictState::open)
        return (void)w.fail("/conflict", Msg::why_cmd_conflict_settled, {{"field", k.field}, {"state", enum_id(k.state)}});
    if (c.restore) {
        Problems bad;
        auto values = client_restore_value(k, "/conflict", bad);
        if (!values) return (void)w.fail(bad.front());
        cmd::ClientUpdate u;
        static_cast<cmd::ClientFields&>(u) = values->first;
        u.client = c.client;
        u.from = values->second;
        run(w, u);
        if (!w.out.ok) return;
        cl = w.client(c.client);
    }
    Conflict& settled = cl->conflicts[static_cast<size_t>(c.conflict)];
    settled.state = c.restore ? ConflictState::restored : ConflictState::kept;
    settled.resolved_who = w.ctx.who;
    settled.resolved_at = w.ctx.now;
}

bool check_values(Work& w, const std::vector<Measurement>& values) {
    if (values.empty()) return w.fail("/values", Msg::why_cmd_session_empty);
    std::set<std::string> seen;
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string at = "/values/" + std::to_string(i) + "/name";
        if (!check_text(w, at, values[i].name, true, 60)) return false;
        if (!seen.insert(values[i].name).second) return w.fail(at, Msg::why_cmd_measured_twice, {{"name", values[i].name}});
    }
    return true;
}

void run(Work& w, const cmd::ClientMeasure& c) {
    Client* cl = w.client(c.client);
    if (!cl || !check_values(w, c.values)) return;
    if (c.date > w.today()) return (void)w.fail("/date", Msg::why_cmd_session_future);
    // Sessions stay in date order so "latest" is the last one; same-day sessions keep entry order.
    auto pos = std::upper_bound(cl->sessions.begin(), cl->sessions.end(), c.date,
                                [](Date d, const MeasureSession& s) { return d < s.date; });
    cl->sessions.insert(pos, MeasureSession{c.date, c.values});
}

void run(Work& w, const cmd::ClientCorrect& c) {
    if (!not_merged(w, c.client)) return;
    Client* cl = w.client(c.client);
    if (!cl) return;
    if (c.session < 0 || static_cast<size_t>(c.session) >= cl->sessions.size())
        return (void)w.fail("/session", Msg::why_cmd_client_no_session, {{"client", std::to_string(c.client)}, {"session", std::to_string(c.session)}});
    if (!check_text(w, "/name", c.name, true, 60)) return;
    auto& values = cl->sessions[static_cast<size_t>(c.session)].values;
    for (auto& m : values)
        if (m.name == c.name) {
            if (m.value == c.value) return (void)w.fail("/value", Msg::why_cmd_already_value, {{"value", format_length(c.value)}});
            m.value = c.value;
            return;
        }
    values.push_back(Measurement{c.name, c.value});
}

// A batch's commands must each see the ones before applied, which one pure plan over the state
// as it is cannot give (a rule reads the atelier, not the after-images): Store::dispatch applies them.
void run(Work& w, const cmd::Undo& c) { run_revert(w, c); }
void run(Work& w, const cmd::Redo& c) { run_revert(w, c); }

void run(Work& w, const cmd::Batch&) { w.fail("/type", Msg::why_cmd_batch); }

}  // namespace

// GCC 12 at -O2 warns (falsely) that moving the effects' variants on growth reads an
// uninitialised alternative; the other compilers and GCC at -O1 do not.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
void Work::notice(Said what) {
    std::string text = english(what);
    out.effects.push_back(Notice{std::move(text), std::move(what)});
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

int take_number(Work& w, bool order, int requested, const char* field) {
    Profile& p = w.profile();
    // Production orders are numbered with the orders.
    const auto used = [&](int n) { return w.a.orders.find(n) || w.a.clients.find(n) || w.a.productions.find(n) || w.a.sales.find(n); };
    std::vector<NumberRange*> held;  // the device's ranges, oldest first
    for (auto& b : p.blocks)
        if (b.device == w.ctx.device) held.push_back(order ? &b.orders : &b.clients);
    int& counter = order ? p.next_order : p.next_client;
    if (requested != 0 && is_provisional(requested)) {
        if (used(requested)) return w.fail(field, Msg::why_cmd_provisional_taken, {{"number", std::to_string(requested)}}), 0;
        return requested;
    }
    if (held.empty() && !(w.ctx.synced && requested == 0)) {  // the atelier's counter
        const int n = requested != 0 ? requested : counter;
        if (n >= kProvisionalFrom) return w.fail(field, order ? Msg::why_cmd_no_order_number_left : Msg::why_cmd_no_client_id_left), 0;
        if (n < counter)
            return w.fail(field, order ? Msg::why_cmd_order_number_not_free : Msg::why_cmd_client_id_not_free,
                          {{"number", std::to_string(n)}, {"next", std::to_string(counter)}}),
                   0;
        counter = n + 1;
        return n;
    }
    for (NumberRange* r : held) {
        const bool fits = requested == 0 ? r->next < r->end : requested >= r->next && requested < r->end;
        if (!fits) continue;
        const int n = requested == 0 ? r->next : requested;
        r->next = n + 1;
        return n;
    }
    if (requested != 0) {
        std::string free;
        for (const NumberRange* r : held)
            if (r->next < r->end) free += (free.empty() ? "" : ", ") + std::to_string(r->next) + "-" + std::to_string(r->end - 1);
        const std::string number = std::to_string(requested);
        if (free.empty())
            w.fail(field, order ? Msg::why_cmd_order_number_device_none : Msg::why_cmd_client_id_device_none,
                   {{"number", number}, {"device", w.ctx.device}});
        else
            w.fail(field, order ? Msg::why_cmd_order_number_device_free : Msg::why_cmd_client_id_device_free,
                   {{"number", number}, {"device", w.ctx.device}, {"free", free}});
        return 0;
    }
    // Every number of the device's blocks is given (or, syncing, it has none yet): a provisional one,
    // renumbered by its sync client from its next block before the entry leaves it (core/sync/renumber.hpp).
    int n = kProvisionalFrom;
    while (n < kMaxNumber && used(n)) ++n;
    if (n >= kMaxNumber) return w.fail(field, Msg::why_cmd_no_provisional), 0;
    // An order is shown by its label ("12-BFG"), a client by its number: one sentence for each.
    const std::string shown = order ? order_label(w.a.profile, n) : provisional_label(n);
    const Msg says = held.empty() ? (order ? Msg::why_cmd_order_provisional_none : Msg::why_cmd_client_provisional_none)
                                  : (order ? Msg::why_cmd_order_provisional_used : Msg::why_cmd_client_provisional_used);
    w.warn(say(says, {{"device", w.ctx.device}, {"number", shown}}));
    return n;
}

std::string take_invoice_number(Work& w, const char* field) {
    // The year of the command's time (recorded in the entry: a replay gives the same number;
    // entries applied in log order number without gaps).
    Profile& p = w.profile();
    const int year = civil_from_date(date_of(w.ctx.now)).year;
    if (p.invoice_year != year) {
        p.invoice_year = year;
        p.invoice_next = 1;
    }
    if (p.invoice_next > kMaxInvoicesPerYear)
        return w.fail(field, Msg::why_cmd_invoice_numbers_used, {{"year", std::to_string(year)}}), "";
    return invoice_number(year, p.invoice_next++);
}

std::vector<FieldChange> diff(const nlohmann::json& before, const nlohmann::json& after,
                              std::initializer_list<std::string_view> by_element) {
    std::vector<FieldChange> out;
    static const nlohmann::json kNone;
    auto value = [](const nlohmann::json& j, const std::string& k) -> const nlohmann::json& {
        auto it = j.find(k);
        return it == j.end() ? kNone : *it;
    };
    // Replace, not throw: a bad byte is refused afterwards by the store's read-back check.
    auto text = [](const nlohmann::json& v) { return v.is_null() ? std::string() : json_text(v); };
    std::set<std::string> keys;
    for (auto it = before.begin(); it != before.end(); ++it) keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it) keys.insert(it.key());
    for (const auto& k : keys) {
        if (k == "history" || k == "conflicts") continue;  // their own records, not field edits
        const nlohmann::json& bv = value(before, k);
        const nlohmann::json& av = value(after, k);
        const bool lists = (bv.is_null() || bv.is_array()) && (av.is_null() || av.is_array());
        if (lists && std::find(by_element.begin(), by_element.end(), k) != by_element.end()) {
            const size_t n = std::max(bv.is_array() ? bv.size() : 0, av.is_array() ? av.size() : 0);
            for (size_t i = 0; i < n; ++i) {
                std::string b = bv.is_array() && i < bv.size() ? text(bv[i]) : std::string();
                std::string a = av.is_array() && i < av.size() ? text(av[i]) : std::string();
                if (b != a) out.push_back(FieldChange{k + "/" + std::to_string(i), std::move(b), std::move(a)});
            }
            continue;
        }
        std::string b = text(bv), a = text(av);
        if (b != a) out.push_back(FieldChange{k, std::move(b), std::move(a)});
    }
    return out;
}

namespace {

template <class T, class Find>
void record_history(ImageTable<T>& touched, Find find, const Context& ctx, const char* what,
                    std::initializer_list<std::string_view> by_element = {}) {
    for (auto& e : touched) {
        const T* before = find(e);
        nlohmann::json b = before ? write_fields_only(*before) : nlohmann::json::object();
        e.history.push_back(HistoryEntry{ctx.now, ctx.who, what, diff(b, write_fields_only(e), by_element)});
    }
}

// The command's own planner when this file has one, else the order commands' (plan_order.cpp).
// Unqualified, inside the namespace: so it finds this file's overloads whatever else is compiled
// with it (the unity build puts other files before and after this one).
template <class T> void plan_one(Work& w, const Command& c, const T& x) {
    if constexpr (requires { run(w, x); }) run(w, x);
    else if constexpr (requires { T::kProducer; }) plan_producer(w, c);
    else plan_order(w, c);
}

}  // namespace
}  // namespace detail

Plan plan_command(const Atelier& a, const Command& c, const Context& ctx) {
    Plan out;
    detail::Work w{a, ctx, out};
    if (auto why = role_refusal(ctx.role, c)) {
        out.ok = false;
        out.error = std::move(*why);
        return out;
    }
    std::visit([&](const auto& x) { detail::plan_one(w, c, x); }, c);
    if (!out.ok) {
        out.after = Images{};
        out.effects.clear();
        out.warnings.clear();
        return out;
    }
    detail::plan_reminders(w);
    const char* what = command_type(c);
    if (!w.own_history)
        detail::record_history(out.after.of<Order>(), [&](const Order& o) { return a.order(o.number); }, ctx, what);
    detail::record_history(out.after.of<Client>(), [&](const Client& cl) { return a.client(cl.id); }, ctx, what);
    // A producer's lists grow with the work: their history records the element that changed.
    detail::record_history(out.after.of<Style>(), [&](const Style& s) { return a.style(s.code); }, ctx, what, {"versions", "images"});
    detail::record_history(out.after.of<ProductionOrder>(), [&](const ProductionOrder& p) { return a.production(p.number); }, ctx, what,
                           {"batches", "matrix"});
    detail::record_history(out.after.of<SalesOrder>(), [&](const SalesOrder& s) { return a.sales_order(s.number); }, ctx, what,
                           {"lines", "shipments", "payments"});
    return out;
}

}  // namespace atelier
