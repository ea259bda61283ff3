// The table's filter bar: quick toggles, the active filters as removable chips, "Add filter"
// (every filter the core knows, with the values present in the atelier), search and match count.
// - Filters are the command line's EXPRs kept in sh.prefs().filter (saved); search is sh.table_search
//   (not saved) and becomes a text= term in view_table.cpp.
// - Value lists scan the orders once per revision, and only while the menu is open.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/i18n/names.hpp"
#include "core/queries/filter.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_table.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

void refresh_values(const Atelier& a, FilterBarUi& u, Shell& sh) {
    if (u.revision == sh.revision()) return;
    u.revision = sh.revision();
    std::set<std::string> c, t(a.profile.teams.begin(), a.profile.teams.end()),
        s(a.profile.salespeople.begin(), a.profile.salespeople.end());
    for (const auto& o : a.orders) {
        if (!o.collection.empty()) c.insert(o.collection);
        if (!o.team.empty()) t.insert(o.team);
        if (!o.salesperson.empty()) s.insert(o.salesperson);
    }
    u.collections.assign(c.begin(), c.end());
    u.teams.assign(t.begin(), t.end());
    u.salespeople.assign(s.begin(), s.end());
}

// A value inside an EXPR: '|' separates terms and '\' escapes.
std::string escape_value(const std::string& v) {
    std::string out;
    for (char ch : v) {
        if (ch == '|' || ch == '\\') out += '\\';
        out += ch;
    }
    return out;
}

bool has_filter(Shell& sh, const std::string& expr) {
    return std::find(sh.prefs().filter.begin(), sh.prefs().filter.end(), expr) != sh.prefs().filter.end();
}

// Adds an EXPR the core accepts; says why otherwise.
bool add_filter(FilterBarUi& u, Shell& sh, std::string expr) {
    if (u.negate) expr = "!" + expr;
    Said why{};
    if (!parse_filter_expr(expr, why)) {
        u.error = view_error(why);
        return false;
    }
    u.error.clear();
    if (!has_filter(sh, expr)) {
        sh.prefs().filter.push_back(expr);
        sh.save_prefs();
    }
    return true;
}

void remove_filter(Shell& sh, const std::string& expr) {
    std::erase(sh.prefs().filter, expr);
    sh.save_prefs();
}

// One submenu item per value, then a field for any other value.
void value_menu(FilterBarUi& u, Shell& sh, const std::string& name, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [value, shown] : values) {
        const std::string label = shown + "###" + value + "##add-" + name;
        if (ImGui::MenuItem(label.c_str())) add_filter(u, sh, name + "=" + escape_value(value));
    }
    if (!values.empty()) ImGui::Separator();
    ImGui::SetNextItemWidth(em(180));
    const std::string field = "##value-" + name;
    const bool enter = ImGui::InputTextWithHint(field.c_str(), tr(Msg::filt_other_value), &u.value,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    mark_last_item("Filter value " + name);
    if (enter && !u.value.empty() && add_filter(u, sh, name + "=" + escape_value(u.value))) {
        u.value.clear();
        ImGui::CloseCurrentPopup();
    }
}

std::vector<std::pair<std::string, std::string>> same(const std::vector<std::string>& v) {
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(v.size());
    for (const auto& s : v) out.emplace_back(s, s);
    return out;
}

// An enum value's words ("unpaid" is "Unpaid", "Impayée"): for the filters that choose one.
template <class E>
std::optional<std::string> enum_words(std::string_view id, Msg (*to_msg)(E)) {
    const std::optional<E> e = enum_from_id<E>(id);
    if (!e) return std::nullopt;
    return std::string(tr(to_msg(*e)));
}

std::optional<std::string> choice_text(FilterKey k, std::string_view id) {
    switch (k) {
        case FilterKey::payment: return enum_words<PaymentStatus>(id, payment_status_msg);
        case FilterKey::payment_kind: return enum_words<PaymentKind>(id, payment_kind_msg);
        case FilterKey::delivery: return enum_words<Delivery>(id, delivery_msg);
        case FilterKey::kind: return enum_words<Kind>(id, kind_msg);
        case FilterKey::status: return enum_words<Status>(id, status_msg);
        default: return std::nullopt;
    }
}

bool takes_days(FilterKey k) { return k == FilterKey::due_within || k == FilterKey::fitting_within; }

// A value as a person reads it: a stage or pipeline by its name, days counted, an enum in words.
std::string value_text(const Atelier& a, FilterKey k, const std::string& value) {
    if (k == FilterKey::stage)
        for (const auto& p : a.pipelines)
            for (const auto& s : p.stages)
                if (s.id == value) return s.name;
    if (k == FilterKey::pipeline)
        if (const Pipeline* p = a.pipeline(value)) return p->name;
    if (takes_days(k) && !value.empty() && value.find_first_not_of("0123456789") == std::string::npos && value.size() < 9)
        return trn(Msg::filt_days, std::stoi(value));
    return choice_text(k, value).value_or(value);
}

std::string term_text(const Atelier& a, const FilterTerm& t) {
    const std::string name = tr(filter_name_msg(t.key));
    const std::string said = t.value.empty() ? name : tr(Msg::filt_with_value, {{"filter", name}, {"value", value_text(a, t.key, t.value)}});
    return t.negate ? tr(Msg::filt_not, {{"filter", said}}) : said;
}

// The values offered for `k`; `shape` is the part of the help EXPR after '=' ("ID", "N",
// "unpaid/deposit/paid"). Each as (the value, what the menu shows).
std::vector<std::pair<std::string, std::string>> values_for(const Atelier& a, FilterBarUi& u, FilterKey k, const std::string& shape) {
    std::vector<std::pair<std::string, std::string>> out;
    if (k == FilterKey::stage) {
        std::set<std::string> seen;
        for (const auto& p : a.pipelines)
            for (const auto& s : p.stages)
                if (seen.insert(s.id).second) out.emplace_back(s.id, s.name + " (" + p.name + ")");
    } else if (k == FilterKey::pipeline) {
        for (const auto& p : a.pipelines) out.emplace_back(p.id, p.name);
    } else if (k == FilterKey::collection) {
        out = same(u.collections);
    } else if (k == FilterKey::team) {
        out = same(u.teams);
    } else if (k == FilterKey::salesperson) {
        out = same(u.salespeople);
    } else if (takes_days(k)) {
        for (const int d : {0, 1, 3, 7, 14, 30}) out.emplace_back(std::to_string(d), trn(Msg::filt_days, d));
    } else if (shape.find('/') != std::string::npos) {
        size_t i = 0;
        while (i <= shape.size()) {
            const size_t j = std::min(shape.find('/', i), shape.size());
            const std::string id = shape.substr(i, j - i);
            out.emplace_back(id, choice_text(k, id).value_or(id));
            i = j + 1;
        }
    }
    return out;  // text=WORDS and number=NUMBER: only the field
}

void add_filter_menu(const Atelier& a, FilterBarUi& u, Shell& sh) {
    if (ImGui::Button(ui_label(Msg::filt_add, "Add filter").c_str())) ImGui::OpenPopup("Add filter##menu");
    if (!ImGui::BeginPopup("Add filter##menu")) return;
    mark_current_window("Add filter menu");
    refresh_values(a, u, sh);
    ImGui::Checkbox(ui_label(Msg::filt_exclude, "Exclude (not)").c_str(), &u.negate);
    ImGui::Separator();
    for (const FilterHelp& h : filter_help()) {
        const std::string expr = h.expr;
        if (is_money_filter(expr) && !sees_money(sh.role())) continue;
        const size_t eq = expr.find('=');
        const std::string name = expr.substr(0, eq);
        const std::optional<FilterKey> k = filter_key_named(name);
        if (!k) continue;
        if (eq == std::string::npos) {
            if (ImGui::MenuItem(ui_label(filter_name_msg(*k), expr).c_str(), nullptr, has_filter(sh, (u.negate ? "!" : "") + expr)))
                add_filter(u, sh, expr);
        } else {
            const std::string label = std::string(tr(filter_name_msg(*k))) + "…###" + name + "=…";
            if (ImGui::BeginMenu(label.c_str())) {
                value_menu(u, sh, name, values_for(a, u, *k, expr.substr(eq + 1)));
                ImGui::EndMenu();
            }
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(filter_meaning_msg(*k)));
    }
    ImGui::EndPopup();
}

void quick_toggle(FilterBarUi& u, Shell& sh, const std::string& label, const char* expr) {
    bool on = has_filter(sh, expr);
    if (ImGui::Checkbox(label.c_str(), &on)) {
        if (on) add_filter(u, sh, expr);
        else remove_filter(sh, expr);
    }
}

}  // namespace

std::string filter_text(const Atelier& a, const std::string& expr) {
    std::string error;
    const auto terms = parse_filter_expr(expr, error);
    if (!terms || terms->empty()) return expr;
    std::string out = term_text(a, terms->front());
    for (size_t i = 1; i < terms->size(); ++i) out = tr(Msg::filt_or, {{"first", out}, {"second", term_text(a, (*terms)[i])}});
    return out;
}

void draw_table_filters(const Atelier& a, TableUi& t, Shell& sh, size_t matches, size_t total) {
    FilterBarUi& u = t.bar;
    ImGui::SetNextItemWidth(em(220));
    ImGui::InputTextWithHint("##search", tr(Msg::filt_search_hint), &t.search);
    mark_last_item("Search orders");
    struct Quick { const char* label; const char* expr; };
    for (const Quick q : {Quick{"Overdue", "overdue"}, Quick{"Due soon", "due-soon"}, Quick{"Rush", "rush"},
                          Quick{"Owes", "owes"}}) {
        if (is_money_filter(q.expr) && !sees_money(sh.role())) continue;  // staff: no money
        const std::string label = ui_label(filter_name_msg(filter_key_named(q.expr).value_or(FilterKey::overdue)), q.label);
        same_line_if_fits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetFrameHeight() + em(12));
        quick_toggle(u, sh, label, q.expr);
    }
    same_line_if_fits(em(100));
    add_filter_menu(a, u, sh);
    const std::string count = trn(Msg::filt_matches, static_cast<int64_t>(total), {{"shown", ui_integer(static_cast<int64_t>(matches))}});
    same_line_if_fits(ImGui::CalcTextSize(count.c_str()).x + em(10));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    mark_last_item("Matches: " + std::to_string(matches));

    // The active filters, each a chip that removes itself ("overdue ×").
    std::string remove;
    for (size_t i = 0; i < sh.prefs().filter.size(); ++i) {
        const std::string& f = sh.prefs().filter[i];
        // Shown in words; named by its EXPR ("overdue ×"), as the command line writes it.
        const std::string label = filter_text(a, f) + " ×###" + f + " ×##chip" + std::to_string(i);
        if (i == 0) ImGui::AlignTextToFramePadding();
        else same_line_if_fits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + em(20));
        if (small_button(label.c_str())) remove = f;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::filt_remove_tip));
    }
    if (!sh.prefs().filter.empty()) {
        ImGui::SameLine();
        if (small_button(ui_label(Msg::filt_clear_all, "Clear filters").c_str())) {
            sh.prefs().filter.clear();
            sh.save_prefs();
        }
    }
    if (!remove.empty()) remove_filter(sh, remove);
    if (!u.error.empty()) {
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::filt_not_added, {{"reason", u.error.shown}}).c_str());
        mark_last_item("Filter error: " + u.error.english);
    }
}

}  // namespace atelier::ui
