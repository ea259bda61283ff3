#include "core/rules/conflicts.hpp"

#include <nlohmann/json.hpp>

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

std::string conflict_field_label(const std::string& field) {
    if (field == "event") return "Event date";
    if (field.rfind("stages/", 0) == 0) return "Stage " + field.substr(7);
    std::string s = field;
    for (auto& ch : s)
        if (ch == '_') ch = ' ';
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string conflict_value_text(const Atelier& a, const std::string& field, const std::string& json_text) {
    const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded()) return json_text;
    if (field.rfind("stages/", 0) == 0) {
        if (j.is_null()) return "(removed)";
        if (!j.is_object()) return j.dump();
        // The stage as the editor shows it: its name and what is set.
        std::string s = j.value("name", std::string());
        if (const auto t = j.value("team", std::string()); !t.empty()) s += ", team " + t;
        if (const int d = j.value("days", 0); d > 0) s += ", " + std::to_string(d) + (d == 1 ? " day" : " days");
        if (j.value("qc", false)) s += ", QC";
        if (j.value("optional", false)) s += ", optional";
        if (j.value("photo", false)) s += ", photo";
        return s;
    }
    if (j.is_null()) return "(none)";
    if (j.is_boolean()) return j.get<bool>() ? "yes" : "no";
    if (field == "stage_fees" && j.is_array()) {
        std::string s;
        for (const auto& f : j) {
            if (!f.is_object()) return j.dump();
            const auto amount = f.find("amount");
            std::string fee = amount != f.end() && amount->is_number_integer() && amount->get<int64_t>() != 0
                                  ? format_money(Money{amount->get<int64_t>()})
                                  : std::to_string(f.value("percent", 0)) + "%";
            if (!s.empty()) s += ", ";
            s += f.value("stage", std::string()) + " " + fee;
        }
        return s.empty() ? "(none)" : s;
    }
    if ((field == "price" || field == "rush_fee") && j.is_number_integer()) {
        std::string s = format_money(Money{j.get<int64_t>()});
        return a.profile.settings.currency.empty() ? s : s + " " + a.profile.settings.currency;
    }
    if (field == "client" && j.is_number_integer()) {
        const Client* c = a.client(j.get<int>());
        return c ? c->name : "client " + std::to_string(j.get<int>());
    }
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        if (field == "phone") return format_phone(s, a.profile.country);
        return s.empty() ? "(empty)" : s;
    }
    return j.dump();
}

namespace {
std::string when(DateTime t) {
    std::string s = format_datetime(t);
    if (const auto at = s.find('T'); at != std::string::npos) s[at] = ' ';
    return s;
}
}  // namespace

std::string conflict_sentence(const Atelier& a, const Conflict& c) {
    std::string s = conflict_field_label(c.field) + ": " + c.who + " set " + conflict_value_text(a, c.field, c.kept) + " on " +
                    when(c.at) + " without seeing " + conflict_value_text(a, c.field, c.replaced);
    if (!c.replaced_who.empty()) {
        s += ", set by " + c.replaced_who;
        if (c.replaced_at) s += " on " + when(*c.replaced_at);
    }
    return s + ".";
}

}  // namespace atelier
