#include "web/ui/qr_code.hpp"

#include <imgui.h>
#include <qrcodegen.hpp>

namespace atelier::ui {

QrModules qr_modules(const std::string& text) {
    QrModules out;
    // Within the limit, encoding cannot fail (version 40 holds 2,331 bytes at this level), so
    // qrcodegen never throws here: the web build does not catch exceptions.
    if (text.size() > kMaxQrText || text.find('\0') != std::string::npos) return out;
    const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    out.size = code.getSize();
    out.dark.resize(static_cast<size_t>(out.size) * static_cast<size_t>(out.size));
    for (int y = 0; y < out.size; ++y)
        for (int x = 0; x < out.size; ++x) out.dark[static_cast<size_t>(y * out.size + x)] = code.getModule(x, y) ? 1 : 0;
    return out;
}

void draw_qr(const QrModules& q, float module) {
    constexpr int kQuiet = 4;
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
