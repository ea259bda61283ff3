#include "core/rules/roles.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include "core/i18n/said_text.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {

// Money on an order, as its JSON names it: what staff may neither set nor change by an undo.
const nlohmann::json kOrderMoney = {"price", "rush", "rush_fee", "payments", "schedule", "cancel_fee"};

const nlohmann::json kRules = {
    {"manager", {{"refused", {"person.put", "person.remove"}}, {"absent", nlohmann::json::object()},
                 {"fields", nlohmann::json::object()},
                 {"undo_order_fields", nlohmann::json::array()}, {"undo_settings", true}}},
    {"staff",
     {{"refused",
       {"atelier.update", "atelier.resolve", "person.put", "person.remove", "team.rename", "salesperson.rename",
        "pipeline.put", "pipeline.resolve", "order.pay", "order.refund", "order.void", "order.schedule",
        "order.cancel", "order.invoice", "order.clone", "order.resolve", "style.create", "style.update", "style.state",
        "style.revise", "style.image", "style.image.remove", "production.create", "production.update", "production.plan", "production.release",
        "production.cancel", "production.complete", "sales.create", "sales.update", "sales.confirm", "sales.produce",
        "sales.ship", "sales.invoice", "sales.pay", "sales.cancel"}},
      // "absent": fields the command may not carry at all (even 0 or false changes a price);
      // "fields": fields that must hold nothing (a new order without a price).
      {"absent", {{"order.update", {"price", "rush_fee", "rush"}}}},
      {"fields", {{"order.create", {"price", "rush_fee"}}}},
      {"undo_order_fields", kOrderMoney},
      {"undo_settings", false}}},
};

// What a refused type does, for the message ("staff may not record payments"): a verb phrase of
// its own, worded inside the role's sentence.
Msg doing(const std::string& type) {
    static const std::pair<const char*, Msg> kDoing[] = {
        {"atelier.update", Msg::why_role_do_settings}, {"atelier.resolve", Msg::why_role_do_settings},
        {"person.put", Msg::why_role_do_people}, {"person.remove", Msg::why_role_do_people},
        {"team.rename", Msg::why_role_do_settings}, {"salesperson.rename", Msg::why_role_do_settings},
        {"pipeline.put", Msg::why_role_do_pipelines}, {"pipeline.resolve", Msg::why_role_do_pipelines},
        {"order.pay", Msg::why_role_do_payments}, {"order.refund", Msg::why_role_do_refunds}, {"order.void", Msg::why_role_do_void},
        {"order.schedule", Msg::why_role_do_schedules}, {"order.cancel", Msg::why_role_do_cancel},
        {"order.invoice", Msg::why_role_do_invoice}, {"order.clone", Msg::why_role_do_clone},
        {"order.resolve", Msg::why_role_do_resolve},
        {"style.create", Msg::why_role_do_styles}, {"style.update", Msg::why_role_do_styles},
        {"style.state", Msg::why_role_do_styles}, {"style.revise", Msg::why_role_do_styles},
        {"style.image", Msg::why_role_do_styles}, {"style.image.remove", Msg::why_role_do_styles},
        {"production.create", Msg::why_role_do_plan_production}, {"production.update", Msg::why_role_do_plan_production},
        {"production.plan", Msg::why_role_do_plan_production}, {"production.release", Msg::why_role_do_release_production},
        {"production.cancel", Msg::why_role_do_cancel_production}, {"production.complete", Msg::why_role_do_close_production},
        {"sales.create", Msg::why_role_do_sales}, {"sales.update", Msg::why_role_do_sales}, {"sales.confirm", Msg::why_role_do_sales},
        {"sales.produce", Msg::why_role_do_plan_production}, {"sales.ship", Msg::why_role_do_ship_sales}, {"sales.invoice", Msg::why_role_do_invoice_sales},
        {"sales.pay", Msg::why_role_do_payments}, {"sales.cancel", Msg::why_role_do_sales}};
    for (const auto& [t, d] : kDoing)
        if (type == t) return d;
    return Msg::why_role_do_that;
}

// Null, false, zero, "", "0.00", [] and {}: a field that holds no money.
bool holds_nothing(const nlohmann::json& v) {
    if (v.is_null()) return true;
    if (v.is_boolean()) return !v.get<bool>();
    if (v.is_number()) return v == 0;
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        return std::all_of(s.begin(), s.end(), [](char c) { return c == '0' || c == '.'; });
    }
    return v.empty();
}

const nlohmann::json& field_of(const nlohmann::json& values, const std::string& field) {
    static const nlohmann::json kNull;
    if (!values.is_object()) return kNull;
    auto it = values.find(field);
    return it == values.end() ? kNull : *it;
}

bool same_money(const nlohmann::json& a, const nlohmann::json& b) {
    return (holds_nothing(a) && holds_nothing(b)) || a == b;
}

// The sentence of a refused role: its role names the subject and who can instead ("an owner
// can" for a manager, "an owner or a manager can" for staff), so each is a sentence of its own.
Msg by_role(Role r, Msg manager, Msg staff) { return r == Role::manager ? manager : staff; }

// "undo" or "redo" as the verb of a refusal ("staff may not undo a change of ...").
Said undo_verb(const std::string& type) { return say(type == "redo" ? Msg::why_role_verb_redo : Msg::why_role_verb_undo); }

std::optional<Problem> refusal_of(Role r, const nlohmann::json& c) {
    const nlohmann::json& rules = kRules.at(role_name(r));
    const std::string type = c.value("type", "");
    if (type == "batch") {
        const auto& list = field_of(c, "commands");
        if (!list.is_array()) return std::nullopt;
        for (size_t i = 0; i < list.size(); ++i)
            if (auto p = refusal_of(r, list[i])) {
                p->path = "/commands/" + std::to_string(i) + p->path;
                return p;
            }
        return std::nullopt;
    }
    for (const auto& t : rules["refused"])
        if (t == type)
            return problem_at("", say(by_role(r, Msg::why_role_manager_may_not, Msg::why_role_staff_may_not), {{"type", type}})
                                      .with("doing", say(doing(type))));
    auto prices = [&](const std::string& field) {
        return problem_at("/" + field, say(by_role(r, Msg::why_role_manager_prices, Msg::why_role_staff_prices),
                                           {{"type", type}, {"field", field}}));
    };
    if (auto f = rules["absent"].find(type); f != rules["absent"].end())
        for (const auto& field : *f)
            if (c.is_object() && c.contains(field.get<std::string>())) return prices(field.get<std::string>());
    if (auto f = rules["fields"].find(type); f != rules["fields"].end())
        for (const auto& field : *f)
            if (!holds_nothing(field_of(c, field))) return prices(field.get<std::string>());
    if (type == "undo" || type == "redo") {
        const auto& changes = field_of(c, "changes");
        if (!changes.is_array()) return std::nullopt;
        for (const auto& ch : changes) {
            const std::string kind = ch.value("kind", "");
            const bool settings = kind == "profile" || kind == "pipeline";
            if (settings && !rules["undo_settings"].get<bool>())
                return problem_at("", say(by_role(r, Msg::why_role_manager_undo_settings, Msg::why_role_staff_undo_settings))
                                          .with("verb", undo_verb(type)));
            if (kind != "order") continue;
            for (const auto& field : rules["undo_order_fields"])
                if (!same_money(field_of(ch["from"], field), field_of(ch["to"], field)))
                    return problem_at("", say(by_role(r, Msg::why_role_manager_undo_money, Msg::why_role_staff_undo_money),
                                              {{"field", field.get<std::string>()}})
                                              .with("verb", undo_verb(type)));
        }
    }
    return std::nullopt;
}

}  // namespace

const char* role_name(Role r) { return EnumNames<Role>::names[static_cast<size_t>(r)]; }

const Person* find_person(const Profile& p, const std::string& name) {
    for (const auto& x : p.people)
        if (x.name == name) return &x;
    return nullptr;
}

Role role_of(const Profile& p, const std::string& who) {
    if (p.people.empty()) return Role::owner;
    const Person* x = find_person(p, who);
    return x ? x->role : Role::staff;
}

bool sees_money(Role r) { return r != Role::staff; }
bool changes_settings(Role r) { return r != Role::staff; }
bool manages_people(Role r) { return r == Role::owner; }

const nlohmann::json& role_rules() { return kRules; }

bool is_money_filter(std::string_view expr) {
    if (!expr.empty() && expr.front() == '!') expr.remove_prefix(1);
    const std::string_view name = expr.substr(0, expr.find('='));
    for (const char* m : {"owes", "due-now", "payment", "payment-kind"})
        if (name == m) return true;
    return false;
}

bool is_money_field(std::string_view field) {
    for (const auto& f : kOrderMoney)
        if (f.get_ref<const std::string&>() == field) return true;
    return false;
}

std::optional<Problem> role_refusal(Role r, const Command& c) {
    if (r == Role::owner) return std::nullopt;
    return refusal_of(r, command_to_json(c));
}

bool role_refuses_type(Role r, std::string_view type) {
    if (r == Role::owner) return false;
    for (const auto& t : kRules.at(role_name(r)).at("refused"))
        if (t.get_ref<const std::string&>() == type) return true;
    return false;
}

std::optional<Problem> role_refusal(Role r, const nlohmann::json& command) {
    if (r == Role::owner || !command.is_object()) return std::nullopt;
    return refusal_of(r, command);
}

std::optional<std::string> entry_role_refusal(Role r, const nlohmann::json& entry) {
    if (r == Role::owner || !entry.is_object()) return std::nullopt;
    if (!entry.contains("command")) {
        const std::string shape = entry.contains("undo") ? "undo" : "redo";
        return english(say(by_role(r, Msg::why_role_manager_entry, Msg::why_role_staff_entry), {{"shape", shape}}));
    }
    auto p = role_refusal(r, entry["command"]);
    if (!p) return std::nullopt;
    return p->path.empty() ? p->message : p->path + ": " + p->message;
}

std::string pin_hash(const std::string& name, const std::string& pin) {
    // FNV-1a, 64 bits: enough to tell PINs apart; not a secret keeper (see the header).
    uint64_t h = 14695981039346656037ull;
    for (const std::string& part : {std::string("atelier-pin"), name, pin})
        for (unsigned char ch : part + '\x1f') {
            h ^= ch;
            h *= 1099511628211ull;
        }
    static const char* kHex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kHex[h & 15];
    return out;
}

bool pin_opens(const Person& p, const std::string& pin) { return p.pin.empty() || p.pin == pin_hash(p.name, pin); }

bool valid_pin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 12 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Said> people_problem(const std::vector<Person>& people, std::string& at) {
    std::set<std::string> names;
    bool owner = false;
    for (size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        std::string row = "/";  // not "/" + to_string: GCC 12 -O2 warns falsely (-Wrestrict) on that
        row += std::to_string(i);
        at = row + "/name";
        if (trim(p.name).empty()) return say(Msg::why_empty);
        if (p.name.size() > 80) return say(Msg::why_too_long, {{"max", "80"}});
        if (!is_valid_utf8(p.name) || has_control_chars(p.name)) return say(Msg::why_role_name_text);
        if (!names.insert(p.name).second) return say(Msg::why_role_name_twice, {{"name", p.name}});
        const bool hex = std::all_of(p.pin.begin(), p.pin.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
        at = row + "/pin";
        if (!p.pin.empty() && (p.pin.size() != 16 || !hex)) return say(Msg::why_role_pin_hash);
        owner = owner || p.role == Role::owner;
    }
    at.clear();
    if (!people.empty() && !owner) return say(Msg::why_role_one_owner);
    return std::nullopt;
}

}  // namespace atelier
