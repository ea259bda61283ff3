#include "web/ui/quantity_grid.hpp"

#include <imgui.h>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"

namespace atelier::ui {

void quantity_grid(const char* id, const TechPack& pack, std::vector<int>& cells, const std::string& label) {
    const size_t n = pack.colours.size() * pack.sizes.size();
    cells.resize(n, 0);
    if (n == 0 || !ImGui::BeginTable(id, static_cast<int>(pack.sizes.size()) + 1, ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn(tr(Msg::style_colour));
    for (const auto& z : pack.sizes) ImGui::TableSetupColumn(z.c_str());
    ImGui::TableHeadersRow();
    for (size_t c = 0; c < pack.colours.size(); ++c) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(pack.colours[c].c_str());
        for (size_t z = 0; z < pack.sizes.size(); ++z) {
            ImGui::TableSetColumnIndex(static_cast<int>(z) + 1);
            ImGui::PushID(static_cast<int>(c * pack.sizes.size() + z));
            ImGui::SetNextItemWidth(-1);
            ImGui::InputInt("##q", &cells[c * pack.sizes.size() + z], 0);
            mark_last_item(label + " " + pack.colours[c] + " " + pack.sizes[z]);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace atelier::ui
