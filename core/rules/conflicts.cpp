#include "core/rules/conflicts.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n/local_format.hpp"
#include "core/i18n/said_text.hpp"
#include "core/text/phone.hpp"

namespace atelier {

std::vector<OpenConflict> list_open_conflicts(const Atelier& a) {
    std::vector<OpenConflict> out;
    auto add = [&](EntityKind kind, int id, const std::vector<Conflict>& cs, const std::string& pipeline = "") {
        for (size_t i = 0; i < cs.size(); ++i)
            if (cs[i].state == ConflictState::open) out.push_back({kind, id, pipeline, static_cast<int>(i), &cs[i]});
    };
    add(EntityKind::profile, 0, a.profile.conflicts);
    for (const auto& p : a.pipelines) add(EntityKind::pipeline, 0, p.conflicts, p.id);
    for (const auto& o : a.orders) add(EntityKind::order, o.number, o.conflicts);
    for (const auto& c : a.clients) add(EntityKind::client, c.id, c.conflicts);
    return out;
}

size_t count_open_conflicts(const Atelier& a) {
    size_t n = open_conflicts(a.profile.conflicts);
    for (const auto& p : a.pipelines) n += open_conflicts(p.conflicts);
    for (const auto& o : a.orders) n += open_conflicts(o.conflicts);
    for (const auto& c : a.clients) n += open_conflicts(c.conflicts);
    return n;
}

namespace {

// The fields a conflict may name (order, client, atelier and pipeline edits) and how the forms
// name them; the English of each is the field's name made a label ("due_soon_days" → "Due soon days").
struct FieldWords {
    const char* field;
    Msg key;
};
constexpr FieldWords kFields[] = {
    {"event", Msg::order_event},
    {"client", Msg::order_client},
    {"pipeline", Msg::order_pipeline},
    {"garment", Msg::order_garment},
    {"collection", Msg::order_collection},
    {"salesperson", Msg::order_salesperson},
    {"team", Msg::order_team},
    {"notes", Msg::order_notes},
    {"tracking", Msg::col_tracking},
    {"deadline", Msg::order_deadline},
    {"kind", Msg::order_kind},
    {"quantity", Msg::order_quantity},
    {"price", Msg::order_price},
    {"rush_fee", Msg::order_rush_fee},
    {"rush", Msg::order_rush},
    {"priority", Msg::order_priority},
    {"delivery", Msg::order_delivery},
    {"name", Msg::cl_name},
    {"phone", Msg::cl_phone},
    {"email", Msg::cl_email},
    {"language", Msg::cl_language},
    {"channel", Msg::core_conflict_field_channel},
    {"code", Msg::core_conflict_field_code},
    {"currency", Msg::set_currency},
    {"country", Msg::core_conflict_field_country},
    {"due_soon_days", Msg::core_conflict_field_due_soon_days},
    {"buffer_days", Msg::core_conflict_field_buffer_days},
    {"free_cancel_hours", Msg::core_conflict_field_free_cancel_hours},
    {"late_cancel_percent", Msg::core_conflict_field_late_cancel_percent},
    {"production_cancel_percent", Msg::core_conflict_field_production_cancel_percent},
    {"lock_minutes", Msg::core_conflict_field_lock_minutes},
    {"tax_rate_bp", Msg::core_conflict_field_tax_rate_bp},
    {"release_owing", Msg::core_conflict_field_release_owing},
    {"prices_include_tax", Msg::set_prices_include_tax},
    {"reminder_message", Msg::core_conflict_field_reminder_message},
    {"reminder_time", Msg::set_reminder_time},
    {"letterhead", Msg::core_conflict_field_letterhead},
    {"payment_terms", Msg::doc_payment_terms},
    {"time_zone", Msg::set_time_zone},
    {"reminder_translations", Msg::core_conflict_field_reminder_translations},
    {"paper", Msg::core_conflict_field_paper},
    {"measure_unit", Msg::core_conflict_field_measure_unit},
    {"logo", Msg::core_conflict_field_logo},
    {"stage_fees", Msg::core_conflict_field_stage_fees},
    {"teams", Msg::set_teams},
    {"salespeople", Msg::set_salespeople},
};

// Data as it is, in a sentence of the catalogue.
Said as_is(std::string text) { return say(Msg::core_conflict_as_is, {{"text", text}}); }

}  // namespace

Said conflict_field_said(const std::string& field) {
    if (field.rfind("stages/", 0) == 0) return say(Msg::core_conflict_field_stage, {{"stage", field.substr(7)}});
    for (const auto& f : kFields)
        if (field == f.field) return say(f.key);
    // A field this program does not know (a newer device's): its name made a label.
    std::string s = field;
    for (auto& ch : s)
        if (ch == '_') ch = ' ';
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return as_is(s);
}

std::string conflict_field_label(const std::string& field) { return english(conflict_field_said(field)); }

Said conflict_value_said(const Atelier& a, const std::string& field, const std::string& json_text) {
    const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded()) return as_is(json_text);
    if (field.rfind("stages/", 0) == 0) {
        if (j.is_null()) return say(Msg::core_conflict_removed);
        if (!j.is_object()) return as_is(j.dump());
        // The stage as the editor shows it: its name and what is set.
        Said s = as_is(j.value("name", std::string()));
        auto then = [&](Said part) { s = say(Msg::core_conflict_stage_more).with("value", s).with("part", std::move(part)); };
        if (const auto t = j.value("team", std::string()); !t.empty()) then(say(Msg::core_conflict_stage_team, {{"team", t}}));
        if (const int d = j.value("days", 0); d > 0) then(say_n(Msg::core_conflict_stage_days, d));
        if (j.value("qc", false)) then(say(Msg::board_mark_qc));
        if (j.value("optional", false)) then(say(Msg::board_mark_optional));
        if (j.value("photo", false)) then(say(Msg::board_mark_photo));
        return s;
    }
    if (j.is_null()) return say(Msg::picker_none);
    if (j.is_boolean()) return say(j.get<bool>() ? Msg::core_conflict_yes : Msg::core_conflict_no);
    if (field == "stage_fees" && j.is_array()) {
        std::string s;
        for (const auto& f : j) {
            if (!f.is_object()) return as_is(j.dump());
            const auto amount = f.find("amount");
            std::string fee = amount != f.end() && amount->is_number_integer() && amount->get<int64_t>() != 0
                                  ? format_money(Money{amount->get<int64_t>()})
                                  : std::to_string(f.value("percent", 0)) + "%";
            if (!s.empty()) s += ", ";
            s += f.value("stage", std::string()) + " " + fee;
        }
        return s.empty() ? say(Msg::picker_none) : as_is(s);
    }
    if ((field == "price" || field == "rush_fee") && j.is_number_integer()) {
        std::string s = format_money(Money{j.get<int64_t>()});
        return as_is(a.profile.settings.currency.empty() ? s : s + " " + a.profile.settings.currency);
    }
    if (field == "client" && j.is_number_integer()) {
        const Client* c = a.client(j.get<int>());
        return c ? as_is(c->name) : say(Msg::sales_client_n, {{"id", std::to_string(j.get<int>())}});
    }
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        if (field == "phone") return as_is(format_phone(s, a.profile.country));
        return s.empty() ? say(Msg::core_conflict_empty) : as_is(s);
    }
    return as_is(j.dump());
}

std::string conflict_value_text(const Atelier& a, const std::string& field, const std::string& json_text) {
    return english(conflict_value_said(a, field, json_text));
}

namespace {
std::string when(DateTime t, const Locale* l) {
    if (l) return local_date(date_of(t), *l) + " " + local_time(minute_of_day(t), *l);
    std::string s = format_datetime(t);
    if (const auto at = s.find('T'); at != std::string::npos) s[at] = ' ';
    return s;
}
}  // namespace

Said conflict_said(const Atelier& a, const Conflict& c, const Locale* times_in) {
    const Msg key = c.replaced_who.empty() ? Msg::core_conflict_sentence
                    : c.replaced_at        ? Msg::core_conflict_sentence_by_at
                                           : Msg::core_conflict_sentence_by;
    const std::string at = when(c.at, times_in), replaced_at = c.replaced_at ? when(*c.replaced_at, times_in) : std::string();
    return say(key, {{"who", c.who}, {"at", at}, {"replaced_who", c.replaced_who}, {"replaced_at", replaced_at}})
        .with("field", conflict_field_said(c.field))
        .with("kept", conflict_value_said(a, c.field, c.kept))
        .with("replaced", conflict_value_said(a, c.field, c.replaced));
}

std::string conflict_sentence(const Atelier& a, const Conflict& c) { return english(conflict_said(a, c)); }

}  // namespace atelier
