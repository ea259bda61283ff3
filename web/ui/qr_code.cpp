#include "web/ui/qr_code.hpp"

#include <imgui.h>

namespace atelier::ui {

void draw_qr(const QrModules& q, float module) {
    constexpr int kQuiet = kQrQuietModules;
    const float side = static_cast<float>(q.size + 2 * kQuiet) * module;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    if (q.size == 0) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x) {
            if (!q.at(x, y)) continue;
            const float left = at.x + static_cast<float>(x + kQuiet) * module, top = at.y + static_cast<float>(y + kQuiet) * module;
            draw->AddRectFilled(ImVec2(left, top), ImVec2(left + module, top + module), IM_COL32(0, 0, 0, 255));
        }
}

}  // namespace atelier::ui
