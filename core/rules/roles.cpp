#include "core/rules/roles.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

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

// What a refused type does, for the message ("staff may not record payments").
std::string doing(const std::string& type) {
    static const std::pair<const char*, const char*> kDoing[] = {
        {"atelier.update", "change the atelier's settings"}, {"atelier.resolve", "change the atelier's settings"},
        {"person.put", "change the people and their roles"}, {"person.remove", "change the people and their roles"},
        {"team.rename", "change the atelier's settings"}, {"salesperson.rename", "change the atelier's settings"},
        {"pipeline.put", "change the pipelines"}, {"pipeline.resolve", "change the pipelines"},
        {"order.pay", "record payments"}, {"order.refund", "record refunds"}, {"order.void", "void ledger lines"},
        {"order.schedule", "change payment schedules"}, {"order.cancel", "cancel orders (a cancellation charges a fee)"},
        {"order.invoice", "invoice orders"}, {"order.clone", "copy orders (a copy carries the price)"},
        {"order.resolve", "settle an order's conflicts (one may be of its price)"},
        {"style.create", "change styles and tech packs"}, {"style.update", "change styles and tech packs"},
        {"style.state", "change styles and tech packs"}, {"style.revise", "change styles and tech packs"},
        {"style.image", "change styles and tech packs"}, {"style.image.remove", "change styles and tech packs"},
        {"production.create", "plan production orders"}, {"production.update", "plan production orders"},
        {"production.plan", "plan production orders"}, {"production.release", "release production orders"},
        {"production.cancel", "cancel production orders"}, {"production.complete", "close production orders"},
        {"sales.create", "write sales orders"}, {"sales.update", "write sales orders"}, {"sales.confirm", "write sales orders"},
        {"sales.produce", "plan production orders"}, {"sales.ship", "ship sales orders"}, {"sales.invoice", "invoice sales orders"},
        {"sales.pay", "record payments"}, {"sales.cancel", "write sales orders"}};
    for (const auto& [t, d] : kDoing)
        if (type == t) return d;
    return "do that";
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

std::string who_can(Role r) { return r == Role::manager ? "an owner can" : "an owner or a manager can"; }

std::optional<Problem> refusal_of(Role r, const nlohmann::json& c) {
    const nlohmann::json& rules = kRules.at(role_name(r));
    const std::string type = c.value("type", "");
    const std::string role = role_name(r);
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
        if (t == type) return Problem{"", role + " may not " + doing(type) + " (" + type + "); " + who_can(r)};
    if (auto f = rules["absent"].find(type); f != rules["absent"].end())
        for (const auto& field : *f)
            if (c.is_object() && c.contains(field.get<std::string>()))
                return Problem{"/" + field.get<std::string>(),
                               role + " may not set prices (" + type + " " + field.get<std::string>() + "); " + who_can(r)};
    if (auto f = rules["fields"].find(type); f != rules["fields"].end())
        for (const auto& field : *f)
            if (!holds_nothing(field_of(c, field)))
                return Problem{"/" + field.get<std::string>(),
                               role + " may not set prices (" + type + " " + field.get<std::string>() + "); " + who_can(r)};
    if (type == "undo" || type == "redo") {
        const auto& changes = field_of(c, "changes");
        if (!changes.is_array()) return std::nullopt;
        for (const auto& ch : changes) {
            const std::string kind = ch.value("kind", "");
            const bool settings = kind == "profile" || kind == "pipeline";
            if (settings && !rules["undo_settings"].get<bool>())
                return Problem{"", role + " may not " + type + " a change of settings or pipelines; " + who_can(r)};
            if (kind != "order") continue;
            for (const auto& field : rules["undo_order_fields"])
                if (!same_money(field_of(ch["from"], field), field_of(ch["to"], field)))
                    return Problem{"", role + " may not " + type + " a change of prices or payments (" +
                                           field.get<std::string>() + "); " + who_can(r)};
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
        return std::string(role_name(r)) + " may not write an " + shape + " entry carrying whole entities (only an owner may)";
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

std::string people_problem(const std::vector<Person>& people) {
    std::set<std::string> names;
    bool owner = false;
    for (size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        std::string at = "/";  // not "/" + to_string: GCC 12 -O2 warns falsely (-Wrestrict) on that
        at += std::to_string(i);
        if (trim(p.name).empty()) return at + "/name: must not be empty";
        if (p.name.size() > 80) return at + "/name: must be at most 80 bytes";
        if (!is_valid_utf8(p.name) || has_control_chars(p.name)) return at + "/name: must be text without control characters";
        if (!names.insert(p.name).second) return at + "/name: \"" + p.name + "\" is listed twice";
        const bool hex = std::all_of(p.pin.begin(), p.pin.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
        if (!p.pin.empty() && (p.pin.size() != 16 || !hex)) return at + "/pin: must be a PIN's hash (16 hex digits)";
        owner = owner || p.role == Role::owner;
    }
    if (!people.empty() && !owner) return "at least one person must be an owner";
    return "";
}

}  // namespace atelier
