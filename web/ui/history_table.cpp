// The one history table (web/ui/history_table.hpp).
#include "web/ui/history_table.hpp"

#include <imgui.h>

#include <optional>
#include <string>

#include "core/i18n/names.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"

namespace atelier::ui {

void history_table(const char* id, const std::vector<HistoryLine>& lines, float height, HistoryMarks marks) {
    if (!ImGui::BeginTable(id, 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Msg::history_column_when));
    ImGui::TableSetupColumn(tr(Msg::history_column_who));
    ImGui::TableSetupColumn(tr(Msg::history_column_what));
    ImGui::TableSetupColumn(tr(Msg::history_column_details), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < lines.size(); ++i) {
        const HistoryLine& l = lines[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui_datetime(l.at).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(l.who.c_str());
        ImGui::TableNextColumn();
        // A production log's event ("QC fail") and a command ("order.pay": "Payment recorded") in the
        // device's language; a type it does not know as it is. The mark names the type (English).
        const std::optional<Msg> command = l.event ? std::nullopt : command_msg(l.what);
        ImGui::TextUnformatted(l.event ? tr(event_msg(*l.event)) : command ? tr(*command) : l.what.c_str());
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
