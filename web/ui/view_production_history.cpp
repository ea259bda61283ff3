// A production order's history on its page: who started, moved or closed what, newest first, in
// the floor's words (core/production/history).
#include <imgui.h>

#include <algorithm>

#include "core/production/history.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_production.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_production_history(const Atelier& a, const ProductionOrder& po) {
    if (po.history.empty()) return;
    const bool open = ImGui::CollapsingHeader("History##po");
    mark_last_item("Production history");
    if (!open) return;
    const std::vector<HistoryLine> lines = production_history(a, po);
    const float height = std::min(em(320), ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(lines.size() + 2));
    if (!ImGui::BeginTable("##po_history", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("When");
    ImGui::TableSetupColumn("Who");
    ImGui::TableSetupColumn("What");
    ImGui::TableSetupColumn("Details", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < lines.size(); ++i) {
        const HistoryLine& l = lines[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(order_page::when_text(l.at).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(l.who.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(l.what.c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(l.details.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Production history " + std::to_string(i + 1));
    }
    ImGui::EndTable();
}

}  // namespace atelier::ui
