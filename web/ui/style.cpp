#include "web/ui/style.hpp"

#include <imgui.h>

namespace atelier::ui {

namespace {
constexpr float kBaseFontPx = 17.0f;
constexpr const char* kFontPath = "/fonts/ui.otf";  // packaged with the app from Debian's fonts-inter

// Basic Latin to Latin Extended-B, Latin Extended Additional (Vietnamese, Welsh), general
// punctuation (dashes, quotes, €), Greek and Cyrillic: client names come from everywhere.
const ImWchar kRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x218F,
    0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0,
};
}  // namespace

bool apply_display_scale(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    const ImFont* font = io.Fonts->AddFontFromFileTTF(kFontPath, kBaseFontPx * dpr, &cfg, kRanges);
    if (!font) io.Fonts->AddFontDefault();

    ImGuiStyle base;
    ImGui::StyleColorsDark(&base);
    base.WindowRounding = 4.0f;
    base.FrameRounding = 3.0f;
    base.ScaleAllSizes(dpr);
    ImGui::GetStyle() = base;
    return font != nullptr;
}

}  // namespace atelier::ui
