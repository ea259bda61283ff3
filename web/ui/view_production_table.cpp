// Every production order in one table (Production view, fourth tab): state, style, due, the plan and
// what the floor made of it, its sales order; sorted by a column header, open ones only or all.
// A row opens the order in the Styles tab.
#include <imgui.h>

#include <algorithm>

#include "core/i18n/names.hpp"
#include "core/production/floor.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// -1: a before b, 1: after, 0: the same for this column.
int compare_rows(const ProductionRow& x, const ProductionRow& y, int column) {
    const auto cmp = [](auto p, auto q) { return p < q ? -1 : q < p ? 1 : 0; };
    switch (column) {
        case 1: return cmp(x.style, y.style);
        case 2: return cmp(static_cast<int>(x.state), static_cast<int>(y.state));
        case 3: return cmp(x.due.days, y.due.days);
        case 4: return cmp(x.planned, y.planned);
        case 5: return cmp(x.made, y.made);
        case 6: return cmp(x.rejected, y.rejected);
        default: return cmp(x.number, y.number);
    }
}

}  // namespace

void draw_production_table(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (u.table_revision != sh.revision() || u.table_day != sh.today().days) {
        u.table = production_rows(a, sh.today());
        u.table_revision = sh.revision();
        u.table_day = sh.today().days;
        u.table_sorted = false;
    }
    if (ImGui::Checkbox(ui_label(Msg::pr_open_only, "Open orders only").c_str(), &u.table_open_only)) u.table_sorted = false;
    mark_last_item("Open orders only");
    size_t shown = 0;
    for (const auto& r : u.table)
        if (!u.table_open_only || (r.state != ProductionState::completed && r.state != ProductionState::cancelled)) ++shown;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trn(Msg::pr_n_orders, static_cast<int64_t>(shown)).c_str());
    mark_last_item("Production orders shown");
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##po_table", 8, flags, ImVec2(0, std::max(em(300), ImGui::GetContentRegionAvail().y)))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Msg::col_order), ImGuiTableColumnFlags_DefaultSort);
    ImGui::TableSetupColumn(tr(Msg::style_pick));
    ImGui::TableSetupColumn(tr(Msg::prod_column_state));
    ImGui::TableSetupColumn(tr(Msg::pr_due));
    ImGui::TableSetupColumn(tr(Msg::pr_col_planned));
    ImGui::TableSetupColumn(tr(Msg::pr_col_made));
    ImGui::TableSetupColumn(tr(Msg::pr_col_rejected));
    ImGui::TableSetupColumn(tr(Msg::sales_col_sales_order), ImGuiTableColumnFlags_NoSort);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && (spec->SpecsDirty || !u.table_sorted) && spec->SpecsCount > 0) {
        const int column = spec->Specs[0].ColumnIndex;
        const bool down = spec->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        std::stable_sort(u.table.begin(), u.table.end(), [&](const ProductionRow& x, const ProductionRow& y) {
            const int c = compare_rows(x, y, column);
            return c != 0 ? (down ? c > 0 : c < 0) : x.number < y.number;
        });
        spec->SpecsDirty = false;
        u.table_sorted = true;
    }
    u.table_visible.clear();
    for (size_t i = 0; i < u.table.size(); ++i) {
        const ProductionRow& r = u.table[i];
        if (!u.table_open_only || (r.state != ProductionState::completed && r.state != ProductionState::cancelled)) u.table_visible.push_back(i);
    }
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(u.table_visible.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const ProductionRow& r = u.table[u.table_visible[static_cast<size_t>(i)]];
            const std::string label = production_label(a.profile, r.number);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(r.number);
            if (ImGui::Selectable(label.c_str(), false)) {
                show_production_order(a, u, r.number);
                ImGui::PopID();
                continue;
            }
            mark_last_item("Row " + label);
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(r.style.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(tr(production_state_msg(r.state)));
            ImGui::TableSetColumnIndex(3);
            if (r.late) ImGui::TextColored(colours().overdue, "%s", ui_date(r.due).c_str());
            else ImGui::TextUnformatted(ui_date(r.due).c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(ui_integer(r.planned).c_str());
            ImGui::TableSetColumnIndex(5);
            ImGui::TextUnformatted(ui_integer(r.made).c_str());
            mark_last_item("Made " + label);
            ImGui::TableSetColumnIndex(6);
            ImGui::TextUnformatted(ui_integer(r.rejected).c_str());
            ImGui::TableSetColumnIndex(7);
            if (r.sales_order) ImGui::TextUnformatted(sales_label(a.profile, r.sales_order).c_str());
        }
    ImGui::EndTable();
}

}  // namespace atelier::ui
