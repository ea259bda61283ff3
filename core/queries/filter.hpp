#pragma once
// [SECTION] Filter and Sort: plain values the CLI parses, the UI edits and remembers (JSON), and run_query uses.
// - A Filter is an AND of groups; a group is an OR of terms ("overdue|due-soon"); a term may be negated ("!rush").
// - Every term has one text form, the CLI's EXPR: "overdue", "stage=cutting", "team=Atelier A", "fitting-within=7".
// - format_filter(parse_filter(x)) == x for canonical x; JSON is the list of group strings.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/catalogue.hpp"
#include "core/said.hpp"

namespace atelier {

enum class FilterKey : uint8_t {
    overdue,         // deadline passed, not handed over, not cancelled
    conflict,        // an open conflict: two devices set a field concurrently
    due_soon,        // due within the atelier's due_soon_days, not overdue
    due_within,      // due-within=N: deadline in [today, today+N], not handed over
    fitting_within,  // fitting-within=N: a fitting not done in [today, today+N] days
    draft,
    completed,       // handed over: shipped, collected, invoiced or paid
    cancelled,
    active,          // confirmed or in production
    stuck,           // in its stage longer than the stage's expected days
    at_risk,         // projected finish after the deadline, not yet overdue
    stage,           // stage=ID (any pipeline)
    pipeline,        // pipeline=ID
    collection,      // collection=NAME (case- and accent-insensitive)
    team,            // team=NAME (case- and accent-insensitive)
    salesperson,     // salesperson=NAME (case- and accent-insensitive)
    payment,         // payment=unpaid|deposit|paid
    owes,            // a balance is owed
    due_now,         // a payment milestone reached and not paid
    rush,
    priority,
    delivery,        // delivery=ship|collect
    payment_kind,    // payment-kind=none|deposit|full
    kind,            // kind=mto|bulk
    status,          // status=draft|confirmed|in_production|shipped|collected|invoiced|paid|cancelled
    text,            // text=WORDS: every word in number, client, garment, collection or notes
    number,          // number=12345 (or "12345-BFG")
};

struct FilterTerm {
    FilterKey key = FilterKey::overdue;
    std::string value;  // for keys that take one; numbers as text
    bool negate = false;
    bool operator==(const FilterTerm&) const = default;
};

struct Filter {
    std::vector<std::vector<FilterTerm>> all;  // AND of (OR of terms); empty matches every order
    bool operator==(const Filter&) const = default;

    Filter& add(FilterTerm t) { all.push_back({std::move(t)}); return *this; }
    Filter& any_of(std::vector<FilterTerm> ts) { all.push_back(std::move(ts)); return *this; }
    bool empty() const { return all.empty(); }
};

// One EXPR (one --filter): terms separated by '|'; '\' escapes a '|' or '\' inside a value.
// Returns nullopt and sets `error` for an unknown name, a missing or bad value.
std::optional<std::vector<FilterTerm>> parse_filter_expr(std::string_view expr, Said& error);
std::optional<Filter> parse_filter(const std::vector<std::string>& exprs, Said& error);
// The same with the reason in English (the command line's).
std::optional<std::vector<FilterTerm>> parse_filter_expr(std::string_view expr, std::string& error);
std::optional<Filter> parse_filter(const std::vector<std::string>& exprs, std::string& error);
std::string format_term(const FilterTerm& t);
std::string format_group(const std::vector<FilterTerm>& g);
std::vector<std::string> format_filter(const Filter& f);

nlohmann::json filter_to_json(const Filter& f);  // ["overdue|due-soon", "team=Sewing"]
std::optional<Filter> filter_from_json(const nlohmann::json& j, std::string& error);

// Sort keys; ties fall back to the order number (ascending; :desc reverses the whole order), so results are stable.
enum class SortKey : uint8_t { created, number, client, deadline, owed, stage, days_in_production, priority };
struct Sort {
    SortKey key = SortKey::deadline;
    bool desc = false;
    bool operator==(const Sort&) const = default;
};
// "deadline", "owed:desc", "days-in-production:asc".
std::optional<Sort> parse_sort(std::string_view s, std::string& error);
std::string format_sort(const Sort& s);

// The key an EXPR's name stands for ("due-soon"); nullopt for an unknown name.
std::optional<FilterKey> filter_key_named(std::string_view name);
// What the filter bar calls a filter ("Due soon") and says it does, in any language.
Msg filter_name_msg(FilterKey k);
Msg filter_meaning_msg(FilterKey k);

// The names, for --help and docs: {"overdue", "due-soon", "stage=ID", ...}.
struct FilterHelp { const char* expr; const char* meaning; };
const std::vector<FilterHelp>& filter_help();
const std::vector<FilterHelp>& sort_help();

std::ostream& operator<<(std::ostream& os, const FilterTerm& t);
std::ostream& operator<<(std::ostream& os, const Filter& f);
std::ostream& operator<<(std::ostream& os, const Sort& s);

}  // namespace atelier
