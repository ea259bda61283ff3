// The floor (Production view, third tab): the batches of released orders by the stage where their
// pieces wait, one column per stage with its piece count (core/production/floor.hpp). A card opens
// its production order, where the pieces are moved on.
#include <imgui.h>

#include <algorithm>

#include "core/production/floor.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void show_production_order(const Atelier& a, ProductionUi& u, int number) {
    const ProductionOrder* p = a.production(number);
    if (!p) return;
    u.style = p->style;
    u.production = number;
    u.pieces.clear();
    u.batch_sizes.clear();
    u.error.clear();
    u.show_tab = ProductionTab::styles;
}

void draw_floor(const Atelier& a, ProductionUi& u, Shell& sh) {
    const std::vector<std::string> used = floor_pipelines(a);  // a pass over the orders, no more
    if (used.empty()) {
        ImGui::TextWrapped("%s", tr(Msg::floor_empty));
        mark_last_item("Floor empty");
        return;
    }
    if (std::find(used.begin(), used.end(), u.floor_pipeline) == used.end()) u.floor_pipeline = used.front();
    if (used.size() > 1) {
        ImGui::SetNextItemWidth(em(220));
        const Pipeline* shown = a.pipeline(u.floor_pipeline);
        if (ImGui::BeginCombo(ui_label(Msg::order_pipeline, "Pipeline##floor").c_str(), shown ? shown->name.c_str() : "")) {
            for (const auto& id : used) {
                const Pipeline* pl = a.pipeline(id);
                if (ImGui::Selectable(pl->name.c_str(), id == u.floor_pipeline)) u.floor_pipeline = id;
                mark_last_item("Floor pipeline " + pl->name);
            }
            ImGui::EndCombo();
        } else {
            mark_last_item("Floor pipeline");
        }
    }
    if (u.floor_revision != sh.revision() || u.floor_day != sh.today().days || u.floor.pipeline != u.floor_pipeline) {
        u.floor = floor_board(a, u.floor_pipeline, sh.today());
        u.floor_revision = sh.revision();
        u.floor_day = sh.today().days;
    }
    const FloorBoard& board = u.floor;
    ImGui::TextDisabled("%s", trn(Msg::floor_finished, board.finished_batches, {{"pieces", trn(Msg::floor_n_pieces, board.finished_pieces)}}).c_str());
    mark_last_item("Floor finished");
    const int n = static_cast<int>(board.columns.size());
    if (n == 0) return;
    const float width = std::max(em(170), (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(n - 1)) / static_cast<float>(n));
    ImGui::BeginChild("##floor", ImVec2(0, std::max(em(240), ImGui::GetContentRegionAvail().y)), false, ImGuiWindowFlags_HorizontalScrollbar);
    for (int k = 0; k < n; ++k) {
        const FloorColumn& col = board.columns[static_cast<size_t>(k)];
        if (k > 0) ImGui::SameLine();
        ImGui::BeginChild(("##col" + col.stage).c_str(), ImVec2(width, 0), true);
        ImGui::TextUnformatted(trn(Msg::floor_column, col.waiting, {{"stage", col.name}}).c_str());
        mark_last_item("Floor column " + col.name);
        ImGui::Separator();
        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(col.cards.size()), ImGui::GetTextLineHeightWithSpacing() * 2 + ImGui::GetStyle().ItemSpacing.y);
        while (clip.Step())
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const FloorCard& c = col.cards[static_cast<size_t>(i)];
                const std::string label = order_label(a.profile, c.production);
                ImGui::PushID(i);
                const std::string text = tr(Msg::floor_card_batch, {{"order", label}, {"batch", std::to_string(c.batch)}}) + "\n" +
                                         tr(Msg::floor_card_here, {{"style", c.style},
                                                                   {"colour", c.colour},
                                                                   {"waiting", ui_integer(c.waiting)},
                                                                   {"pieces", ui_integer(c.pieces)}});
                if (c.late) ImGui::PushStyleColor(ImGuiCol_Text, colours().overdue);
                if (ImGui::Selectable(text.c_str(), false, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2))) show_production_order(a, u, c.production);
                if (c.late) ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(c.late ? Msg::floor_due_late : Msg::floor_due, {{"date", ui_date(c.due)}}).c_str());
                mark_last_item("Floor card " + col.name + " " + label + " " + std::to_string(c.batch));
                ImGui::PopID();
            }
        ImGui::EndChild();
    }
    ImGui::EndChild();
}

}  // namespace atelier::ui
