// The one history table (web/ui/history_table.hpp).
#include "web/ui/history_table.hpp"

#include <imgui.h>

#include <string>

#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"

namespace atelier::ui {

void history_table(const char* id, const std::vector<HistoryLine>& lines, float height, HistoryMarks marks) {
    if (!ImGui::BeginTable(id, 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY, ImVec2(0, height))) return;
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
        if (marks.what) mark_last_item(std::string(marks.what) + " " + l.what);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(l.details.c_str());
        ImGui::PopTextWrapPos();
        if (marks.row) mark_last_item(std::string(marks.row) + " " + std::to_string(i + 1));
    }
    ImGui::EndTable();
}

}  // namespace atelier::ui
