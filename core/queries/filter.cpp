#include "core/queries/filter.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>

#include "core/derive.hpp"
#include "core/i18n/said_text.hpp"

namespace atelier {

namespace {

enum class Takes : uint8_t { none, text, days, choice };

struct KeyInfo {
    FilterKey key;
    const char* name;
    Takes arg;
    std::span<const char* const> choices;  // the ids of an enum, for Takes::choice
    Msg shown, means;     // the filter bar's name and tooltip, in the device's language
    const char* meaning;  // the command line's help: names its EXPR's placeholders (ID, N, NAME)
};

// The one table: names, arguments and the help text shown by `atelier query --help` and docs/queries.md.
const std::array<KeyInfo, 27> kKeys{{
    {FilterKey::overdue, "overdue", Takes::none, {}, Msg::filt_overdue, Msg::filt_overdue_means, "deadline passed, not handed over, not cancelled"},
    {FilterKey::due_soon, "due-soon", Takes::none, {}, Msg::filt_due_soon, Msg::filt_due_soon_means, "due within the atelier's horizon (due_soon_days), not overdue"},
    {FilterKey::due_within, "due-within", Takes::days, {}, Msg::filt_due_within, Msg::filt_due_within_means, "deadline within N days from today, not handed over"},
    {FilterKey::fitting_within, "fitting-within", Takes::days, {}, Msg::filt_fitting_within, Msg::filt_fitting_within_means, "a fitting not yet done in the next N days (0 = today)"},
    {FilterKey::draft, "draft", Takes::none, {}, Msg::filt_draft, Msg::filt_draft_means, "a draft"},
    {FilterKey::completed, "completed", Takes::none, {}, Msg::filt_completed, Msg::filt_completed_means, "handed over: shipped, collected, invoiced or paid"},
    {FilterKey::cancelled, "cancelled", Takes::none, {}, Msg::filt_cancelled, Msg::filt_cancelled_means, "cancelled"},
    {FilterKey::active, "active", Takes::none, {}, Msg::filt_active, Msg::filt_active_means, "confirmed or in production"},
    {FilterKey::stuck, "stuck", Takes::none, {}, Msg::filt_stuck, Msg::filt_stuck_means, "in its stage longer than the stage's expected days"},
    {FilterKey::at_risk, "at-risk", Takes::none, {}, Msg::filt_at_risk, Msg::filt_at_risk_means, "projected finish after the deadline, not yet overdue"},
    {FilterKey::stage, "stage", Takes::text, {}, Msg::filt_stage, Msg::filt_stage_means, "at stage ID (any pipeline)"},
    {FilterKey::pipeline, "pipeline", Takes::text, {}, Msg::filt_pipeline, Msg::filt_pipeline_means, "in pipeline ID"},
    {FilterKey::collection, "collection", Takes::text, {}, Msg::filt_collection, Msg::filt_collection_means, "in collection NAME (case and accents ignored)"},
    {FilterKey::team, "team", Takes::text, {}, Msg::filt_team, Msg::filt_team_means, "assigned to team NAME (case and accents ignored)"},
    {FilterKey::salesperson, "salesperson", Takes::text, {}, Msg::filt_salesperson, Msg::filt_salesperson_means, "sold by NAME (case and accents ignored)"},
    {FilterKey::payment, "payment", Takes::choice, EnumNames<PaymentStatus>::names, Msg::filt_payment, Msg::filt_payment_means, "payment status"},
    {FilterKey::owes, "owes", Takes::none, {}, Msg::filt_owes, Msg::filt_owes_means, "a balance is still owed (drafts and cancelled orders owe nothing)"},
    {FilterKey::due_now, "due-now", Takes::none, {}, Msg::filt_due_now, Msg::filt_due_now_means, "a payment milestone is reached and not yet paid (the order's due now)"},
    {FilterKey::rush, "rush", Takes::none, {}, Msg::filt_rush, Msg::filt_rush_means, "a rush order"},
    {FilterKey::conflict, "conflict", Takes::none, {}, Msg::filt_conflict, Msg::filt_conflict_means, "an open conflict: a field two devices set without seeing each other's value"},
    {FilterKey::priority, "priority", Takes::none, {}, Msg::filt_priority, Msg::filt_priority_means, "marked priority"},
    {FilterKey::delivery, "delivery", Takes::choice, EnumNames<Delivery>::names, Msg::filt_delivery, Msg::filt_delivery_means, "delivery method"},
    {FilterKey::payment_kind, "payment-kind", Takes::choice, EnumNames<PaymentKind>::names, Msg::filt_payment_kind, Msg::filt_payment_kind_means, "what has been paid: nothing, a deposit, in full"},
    {FilterKey::kind, "kind", Takes::choice, EnumNames<Kind>::names, Msg::filt_kind, Msg::filt_kind_means, "made to order or bulk"},
    {FilterKey::status, "status", Takes::choice, EnumNames<Status>::names, Msg::filt_status, Msg::filt_status_means, "commercial status"},
    {FilterKey::text, "text", Takes::text, {}, Msg::filt_text, Msg::filt_text_means,
     "every word found in number, client, garment, collection or notes (case and accents ignored)"},
    {FilterKey::number, "number", Takes::text, {}, Msg::filt_number, Msg::filt_number_means, "order number 12345 (or 12345-BFG)"},
}};

const KeyInfo& info(FilterKey k) {
    for (const auto& ki : kKeys)
        if (ki.key == k) return ki;
    return kKeys[0];
}

}  // namespace

std::optional<FilterKey> filter_key_named(std::string_view name) {
    for (const auto& ki : kKeys)
        if (name == ki.name) return ki.key;
    return std::nullopt;
}
Msg filter_name_msg(FilterKey k) { return info(k).shown; }
Msg filter_meaning_msg(FilterKey k) { return info(k).means; }

namespace {

bool in_choices(std::span<const char* const> choices, std::string_view v) {
    return std::any_of(choices.begin(), choices.end(), [&](const char* c) { return v == c; });
}

std::string joined(std::span<const char* const> choices, char sep) {
    std::string s;
    for (const char* c : choices) {
        if (!s.empty()) s += sep;
        s += c;
    }
    return s;
}

constexpr long kMaxDays = 36500;  // a hundred years: further is a typo, not a horizon

std::optional<FilterTerm> parse_term(std::string_view s, Said& error) {
    FilterTerm t;
    if (!s.empty() && s.front() == '!') {
        t.negate = true;
        s.remove_prefix(1);
    }
    const size_t eq = s.find('=');
    const std::string_view name = s.substr(0, eq);
    const bool has_value = eq != std::string_view::npos;
    const std::string value = has_value ? std::string(s.substr(eq + 1)) : std::string();
    for (const auto& ki : kKeys) {
        if (name != ki.name) continue;
        t.key = ki.key;
        if (ki.arg == Takes::none) {
            if (has_value) {
                error = say(Msg::why_filter_no_value, {{"name", name}});
                return std::nullopt;
            }
            return t;
        }
        if (!has_value || value.empty()) {
            const std::string form = ki.arg == Takes::days ? "N" : ki.arg == Takes::choice ? joined(ki.choices, ',') : "TEXT";
            error = say(Msg::why_filter_needs_value, {{"name", name}, {"form", form}});
            return std::nullopt;
        }
        if (ki.arg == Takes::days) {
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            if (*end || n < 0 || n > kMaxDays) {
                error = say(Msg::why_filter_days, {{"name", name}, {"max", std::to_string(kMaxDays)}, {"value", value}});
                return std::nullopt;
            }
            t.value = std::to_string(n);
            return t;
        }
        if (ki.arg == Takes::choice && !in_choices(ki.choices, value)) {
            error = say(Msg::why_filter_one_of, {{"name", name}, {"choices", joined(ki.choices, ',')}, {"value", value}});
            return std::nullopt;
        }
        t.value = value;
        return t;
    }
    error = say(Msg::why_filter_unknown, {{"name", name}});
    return std::nullopt;
}

}  // namespace

std::optional<std::vector<FilterTerm>> parse_filter_expr(std::string_view expr, Said& error) {
    std::vector<FilterTerm> group;
    std::string cur;
    auto flush = [&]() {
        auto t = parse_term(cur, error);
        if (!t) return false;
        group.push_back(std::move(*t));
        cur.clear();
        return true;
    };
    for (size_t i = 0; i < expr.size(); ++i) {
        const char c = expr[i];
        if (c == '\\' && i + 1 < expr.size()) {
            cur += expr[++i];
        } else if (c == '|') {
            if (!flush()) return std::nullopt;
        } else {
            cur += c;
        }
    }
    if (!flush()) return std::nullopt;
    return group;
}

std::optional<std::vector<FilterTerm>> parse_filter_expr(std::string_view expr, std::string& error) {
    Said why{};
    auto g = parse_filter_expr(expr, why);
    if (!g) error = english(why);
    return g;
}

std::optional<Filter> parse_filter(const std::vector<std::string>& exprs, Said& error) {
    Filter f;
    for (const auto& e : exprs) {
        auto g = parse_filter_expr(e, error);
        if (!g) return std::nullopt;
        f.all.push_back(std::move(*g));
    }
    return f;
}

std::optional<Filter> parse_filter(const std::vector<std::string>& exprs, std::string& error) {
    Said why{};
    auto f = parse_filter(exprs, why);
    if (!f) error = english(why);
    return f;
}

std::string format_term(const FilterTerm& t) {
    const KeyInfo& ki = info(t.key);
    std::string s = t.negate ? "!" : "";
    s += ki.name;
    if (ki.arg != Takes::none) {
        s += '=';
        for (char c : t.value) {
            if (c == '|' || c == '\\') s += '\\';
            s += c;
        }
    }
    return s;
}

std::string format_group(const std::vector<FilterTerm>& g) {
    std::string s;
    for (size_t i = 0; i < g.size(); ++i) {
        if (i) s += '|';
        s.append(format_term(g[i]));
    }
    return s;
}

std::vector<std::string> format_filter(const Filter& f) {
    std::vector<std::string> out;
    for (const auto& g : f.all) out.push_back(format_group(g));
    return out;
}

nlohmann::json filter_to_json(const Filter& f) { return format_filter(f); }

std::optional<Filter> filter_from_json(const nlohmann::json& j, std::string& error) {
    if (!j.is_array()) {
        error = "a filter is a list of expressions";
        return std::nullopt;
    }
    std::vector<std::string> exprs;
    for (const auto& e : j) {
        if (!e.is_string()) {
            error = "a filter expression is a string";
            return std::nullopt;
        }
        exprs.push_back(e.get<std::string>());
    }
    return parse_filter(exprs, error);
}

namespace {
struct SortInfo {
    SortKey key;
    const char* name;
    const char* meaning;
};
const std::array<SortInfo, 8> kSorts{{
    {SortKey::created, "created", "when the order was created (undated orders first, by number)"},
    {SortKey::number, "number", "order number"},
    {SortKey::client, "client", "client name (case and accents ignored)"},
    {SortKey::deadline, "deadline", "deadline"},
    {SortKey::owed, "owed", "balance owed"},
    {SortKey::stage, "stage", "pipeline, then stage in pipeline order"},
    {SortKey::days_in_production, "days-in-production", "days since the WIP start (not started: before 0)"},
    {SortKey::priority, "priority", "rush and priority: neither < priority < rush < both"},
}};
}  // namespace

std::optional<Sort> parse_sort(std::string_view s, std::string& error) {
    Sort out;
    const size_t colon = s.find(':');
    if (colon != std::string_view::npos) {
        const std::string_view dir = s.substr(colon + 1);
        if (dir == "desc") out.desc = true;
        else if (dir != "asc") {
            error = "sort direction is asc or desc, not '" + std::string(dir) + "'";
            return std::nullopt;
        }
        s = s.substr(0, colon);
    }
    for (const auto& si : kSorts)
        if (s == si.name) {
            out.key = si.key;
            return out;
        }
    error = "unknown sort '" + std::string(s) + "' (see atelier query --help)";
    return std::nullopt;
}

std::string format_sort(const Sort& s) {
    for (const auto& si : kSorts)
        if (si.key == s.key) return std::string(si.name) + (s.desc ? ":desc" : "");
    return "deadline";
}

const std::vector<FilterHelp>& filter_help() {
    static const std::vector<FilterHelp> help = [] {
        std::vector<FilterHelp> h;
        static std::vector<std::string> exprs;  // stable storage for the c_str()s below
        exprs.reserve(kKeys.size());
        for (const auto& ki : kKeys) {
            std::string e = ki.name;
            if (ki.arg == Takes::days) e += "=N";
            else if (ki.arg == Takes::text)
                e += ki.key == FilterKey::text     ? "=WORDS"
                     : ki.key == FilterKey::number ? "=NUMBER"
                     : ki.key == FilterKey::stage || ki.key == FilterKey::pipeline ? "=ID"
                                                                                   : "=NAME";
            else if (ki.arg == Takes::choice) {
                e += '=';
                e += joined(ki.choices, '/');
            }
            exprs.push_back(std::move(e));
        }
        for (size_t i = 0; i < kKeys.size(); ++i) h.push_back({exprs[i].c_str(), kKeys[i].meaning});
        return h;
    }();
    return help;
}

const std::vector<FilterHelp>& sort_help() {
    static const std::vector<FilterHelp> help = [] {
        std::vector<FilterHelp> h;
        for (const auto& si : kSorts) h.push_back({si.name, si.meaning});
        return h;
    }();
    return help;
}

std::ostream& operator<<(std::ostream& os, const FilterTerm& t) { return os << format_term(t); }
std::ostream& operator<<(std::ostream& os, const Filter& f) {
    os << "Filter{";
    for (size_t i = 0; i < f.all.size(); ++i) os << (i ? " & " : "") << format_group(f.all[i]);
    return os << "}";
}
std::ostream& operator<<(std::ostream& os, const Sort& s) { return os << format_sort(s); }

}  // namespace atelier
