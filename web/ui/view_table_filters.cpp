// The table's filter bar: quick toggles, the active filters as removable chips, "Add filter"
// (every filter the core knows, with the values present in the atelier), search and match count.
// - Filters are the command line's EXPRs kept in app.prefs.filter (saved); search is app.table_search
//   (not saved) and becomes a text= term in view_table.cpp.
// - Value lists scan the orders once per revision, and only while the menu is open.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/queries/filter.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_table.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

struct FilterBarUi {
    std::string value;    // the typed value of the "Add filter" submenu being used
    std::string error;    // why a typed filter was not added
    bool negate = false;  // "Exclude" in the menu: the next filter is added as !name
    // Distinct names used in the atelier, for the team=, collection=, salesperson= submenus.
    uint64_t revision = 0;
    std::vector<std::string> collections, teams, salespeople;
};

FilterBarUi& bar() {
    static FilterBarUi u;
    return u;
}

void refresh_values(App& app, FilterBarUi& u) {
    if (u.revision == app.revision()) return;
    u.revision = app.revision();
    const Atelier& a = app.store.state();
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

bool has_filter(const App& app, const std::string& expr) {
    return std::find(app.prefs.filter.begin(), app.prefs.filter.end(), expr) != app.prefs.filter.end();
}

// Adds an EXPR the core accepts; says why otherwise.
bool add_filter(App& app, std::string expr) {
    FilterBarUi& u = bar();
    if (u.negate) expr = "!" + expr;
    std::string error;
    if (!parse_filter_expr(expr, error)) {
        u.error = error;
        return false;
    }
    u.error.clear();
    if (!has_filter(app, expr)) {
        app.prefs.filter.push_back(expr);
        app.save_prefs();
    }
    return true;
}

void remove_filter(App& app, const std::string& expr) {
    std::erase(app.prefs.filter, expr);
    app.save_prefs();
}

// One submenu item per value, then a field for any other value.
void value_menu(App& app, const std::string& name, const std::vector<std::pair<std::string, std::string>>& values) {
    FilterBarUi& u = bar();
    for (const auto& [value, shown] : values) {
        const std::string label = shown + "##add-" + name;
        if (ImGui::MenuItem(label.c_str())) add_filter(app, name + "=" + escape_value(value));
    }
    if (!values.empty()) ImGui::Separator();
    ImGui::SetNextItemWidth(em(180));
    const std::string field = "##value-" + name;
    const bool enter = ImGui::InputTextWithHint(field.c_str(), "other value, Enter", &u.value,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    mark_last_item("Filter value " + name);
    if (enter && !u.value.empty() && add_filter(app, name + "=" + escape_value(u.value))) {
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

// The values offered for `name` ("stage", "team", "payment", …); `shape` is the part of the help
// EXPR after '=' ("ID", "N", "unpaid/deposit/paid").
std::vector<std::pair<std::string, std::string>> values_for(App& app, const std::string& name, const std::string& shape) {
    FilterBarUi& u = bar();
    const Atelier& a = app.store.state();
    std::vector<std::pair<std::string, std::string>> out;
    if (name == "stage") {
        std::set<std::string> seen;
        for (const auto& p : a.pipelines)
            for (const auto& s : p.stages)
                if (seen.insert(s.id).second) out.emplace_back(s.id, s.name + " (" + p.name + ")");
    } else if (name == "pipeline") {
        for (const auto& p : a.pipelines) out.emplace_back(p.id, p.name);
    } else if (name == "collection") {
        out = same(u.collections);
    } else if (name == "team") {
        out = same(u.teams);
    } else if (name == "salesperson") {
        out = same(u.salespeople);
    } else if (shape == "N") {
        for (const char* d : {"0", "1", "3", "7", "14", "30"}) out.emplace_back(d, std::string(d) + (d[0] == '1' && !d[1] ? " day" : " days"));
    } else if (shape.find('/') != std::string::npos) {
        size_t i = 0;
        while (i <= shape.size()) {
            const size_t j = std::min(shape.find('/', i), shape.size());
            out.emplace_back(shape.substr(i, j - i), shape.substr(i, j - i));
            i = j + 1;
        }
    }
    return out;  // text=WORDS and number=NUMBER: only the field
}

void add_filter_menu(App& app) {
    FilterBarUi& u = bar();
    if (ImGui::Button("Add filter")) ImGui::OpenPopup("Add filter##menu");
    if (!ImGui::BeginPopup("Add filter##menu")) return;
    mark_current_window("Add filter menu");
    refresh_values(app, u);
    ImGui::Checkbox("Exclude (not)", &u.negate);
    ImGui::Separator();
    for (const FilterHelp& h : filter_help()) {
        const std::string expr = h.expr;
        const size_t eq = expr.find('=');
        if (eq == std::string::npos) {
            if (ImGui::MenuItem(expr.c_str(), nullptr, has_filter(app, (u.negate ? "!" : "") + expr))) add_filter(app, expr);
        } else {
            const std::string name = expr.substr(0, eq);
            if (ImGui::BeginMenu((name + "=…").c_str())) {
                value_menu(app, name, values_for(app, name, expr.substr(eq + 1)));
                ImGui::EndMenu();
            }
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", h.meaning);
    }
    ImGui::EndPopup();
}

void quick_toggle(App& app, const char* label, const char* expr) {
    bool on = has_filter(app, expr);
    if (ImGui::Checkbox(label, &on)) {
        if (on) add_filter(app, expr);
        else remove_filter(app, expr);
    }
}

}  // namespace

void draw_table_filters(App& app, size_t matches, size_t total) {
    FilterBarUi& u = bar();
    ImGui::SetNextItemWidth(em(220));
    ImGui::InputTextWithHint("##search", "Search orders", &app.table_search);
    mark_last_item("Search orders");
    struct Quick { const char* label; const char* expr; };
    for (const Quick q : {Quick{"Overdue", "overdue"}, Quick{"Due soon", "due-soon"}, Quick{"Rush", "rush"},
                          Quick{"Owes", "owes"}}) {
        same_line_if_fits(ImGui::CalcTextSize(q.label).x + ImGui::GetFrameHeight() + em(12));
        quick_toggle(app, q.label, q.expr);
    }
    same_line_if_fits(em(100));
    add_filter_menu(app);
    const std::string count = std::to_string(matches) + " of " + std::to_string(total) + " orders";
    same_line_if_fits(ImGui::CalcTextSize(count.c_str()).x + em(10));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    mark_last_item("Matches: " + std::to_string(matches));

    // The active filters, each a chip that removes itself ("overdue ×").
    std::string remove;
    for (size_t i = 0; i < app.prefs.filter.size(); ++i) {
        const std::string& f = app.prefs.filter[i];
        const std::string label = f + " ×##chip" + std::to_string(i);
        if (i == 0) ImGui::AlignTextToFramePadding();
        else same_line_if_fits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + em(20));
        if (ImGui::SmallButton(label.c_str())) remove = f;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
    }
    if (!app.prefs.filter.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear filters")) {
            app.prefs.filter.clear();
            app.save_prefs();
        }
    }
    if (!remove.empty()) remove_filter(app, remove);
    if (!u.error.empty()) {
        ImGui::TextColored(colours().overdue, "Filter not added: %s", u.error.c_str());
        mark_last_item("Filter error: " + u.error);
    }
}

}  // namespace atelier::ui
