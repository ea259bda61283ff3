#include "core/queries/filter.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>

#include "core/derive.hpp"

namespace atelier {

namespace {

enum class Arg : uint8_t { none, text, days, choice };

struct KeyInfo {
    FilterKey key;
    const char* name;
    Arg arg;
    std::span<const char* const> choices;  // the ids of an enum, for Arg::choice
    const char* meaning;
};

// The one table: names, arguments and the help text shown by `atelier query --help` and docs/queries.md.
const std::array<KeyInfo, 27> kKeys{{
    {FilterKey::overdue, "overdue", Arg::none, {}, "deadline passed, not handed over, not cancelled"},
    {FilterKey::due_soon, "due-soon", Arg::none, {}, "due within the atelier's horizon (due_soon_days), not overdue"},
    {FilterKey::due_within, "due-within", Arg::days, {}, "deadline within N days from today, not handed over"},
    {FilterKey::fitting_within, "fitting-within", Arg::days, {}, "a fitting not yet done in the next N days (0 = today)"},
    {FilterKey::draft, "draft", Arg::none, {}, "a draft"},
    {FilterKey::completed, "completed", Arg::none, {}, "handed over: shipped, collected, invoiced or paid"},
    {FilterKey::cancelled, "cancelled", Arg::none, {}, "cancelled"},
    {FilterKey::active, "active", Arg::none, {}, "confirmed or in production"},
    {FilterKey::stuck, "stuck", Arg::none, {}, "in its stage longer than the stage's expected days"},
    {FilterKey::at_risk, "at-risk", Arg::none, {}, "projected finish after the deadline, not yet overdue"},
    {FilterKey::stage, "stage", Arg::text, {}, "at stage ID (any pipeline)"},
    {FilterKey::pipeline, "pipeline", Arg::text, {}, "in pipeline ID"},
    {FilterKey::collection, "collection", Arg::text, {}, "in collection NAME (case and accents ignored)"},
    {FilterKey::team, "team", Arg::text, {}, "assigned to team NAME (case and accents ignored)"},
    {FilterKey::salesperson, "salesperson", Arg::text, {}, "sold by NAME (case and accents ignored)"},
    {FilterKey::payment, "payment", Arg::choice, EnumNames<PaymentStatus>::names, "payment status"},
    {FilterKey::owes, "owes", Arg::none, {}, "a balance is still owed (drafts and cancelled orders owe nothing)"},
    {FilterKey::due_now, "due-now", Arg::none, {}, "a payment milestone is reached and not yet paid (the order's due now)"},
    {FilterKey::rush, "rush", Arg::none, {}, "a rush order"},
    {FilterKey::conflict, "conflict", Arg::none, {}, "an open conflict: a field two devices set without seeing each other's value"},
    {FilterKey::priority, "priority", Arg::none, {}, "marked priority"},
    {FilterKey::delivery, "delivery", Arg::choice, EnumNames<Delivery>::names, "delivery method"},
    {FilterKey::payment_kind, "payment-kind", Arg::choice, EnumNames<PaymentKind>::names, "what has been paid: nothing, a deposit, in full"},
    {FilterKey::kind, "kind", Arg::choice, EnumNames<Kind>::names, "made to order or bulk"},
    {FilterKey::status, "status", Arg::choice, EnumNames<Status>::names, "commercial status"},
    {FilterKey::text, "text", Arg::text, {},
     "every word found in number, client, garment, collection or notes (case and accents ignored)"},
    {FilterKey::number, "number", Arg::text, {}, "order number 12345 (or 12345-BFG)"},
}};

const KeyInfo& info(FilterKey k) {
    for (const auto& ki : kKeys)
        if (ki.key == k) return ki;
    return kKeys[0];
}

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

std::optional<FilterTerm> parse_term(std::string_view s, std::string& error) {
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
        if (ki.arg == Arg::none) {
            if (has_value) {
                error = "filter '" + std::string(name) + "' takes no value";
                return std::nullopt;
            }
            return t;
        }
        if (!has_value || value.empty()) {
            error = "filter '" + std::string(name) + "' needs a value: " + std::string(name) + "=" +
                    (ki.arg == Arg::days ? "N" : ki.arg == Arg::choice ? joined(ki.choices, ',') : "TEXT");
            return std::nullopt;
        }
        if (ki.arg == Arg::days) {
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            if (*end || n < 0 || n > 36500) {
                error = "filter '" + std::string(name) + "' needs a number of days from 0 to 36500, not '" + value + "'";
                return std::nullopt;
            }
            t.value = std::to_string(n);
            return t;
        }
        if (ki.arg == Arg::choice && !in_choices(ki.choices, value)) {
            error = "filter '" + std::string(name) + "' is one of " + joined(ki.choices, ',') + ", not '" + value + "'";
            return std::nullopt;
        }
        t.value = value;
        return t;
    }
    error = "unknown filter '" + std::string(name) + "' (see atelier query --help)";
    return std::nullopt;
}

}  // namespace

std::optional<std::vector<FilterTerm>> parse_filter_expr(std::string_view expr, std::string& error) {
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

std::optional<Filter> parse_filter(const std::vector<std::string>& exprs, std::string& error) {
    Filter f;
    for (const auto& e : exprs) {
        auto g = parse_filter_expr(e, error);
        if (!g) return std::nullopt;
        f.all.push_back(std::move(*g));
    }
    return f;
}

std::string format_term(const FilterTerm& t) {
    const KeyInfo& ki = info(t.key);
    std::string s = t.negate ? "!" : "";
    s += ki.name;
    if (ki.arg != Arg::none) {
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
            if (ki.arg == Arg::days) e += "=N";
            else if (ki.arg == Arg::text)
                e += ki.key == FilterKey::text     ? "=WORDS"
                     : ki.key == FilterKey::number ? "=NUMBER"
                     : ki.key == FilterKey::stage || ki.key == FilterKey::pipeline ? "=ID"
                                                                                   : "=NAME";
            else if (ki.arg == Arg::choice) {
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
