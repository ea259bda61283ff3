#include "web/ui/style.hpp"

#include <imgui.h>

namespace atelier::ui {

namespace {
constexpr float kBaseFontPx = 17.0f;

// Basic Latin to Latin Extended-B, Latin Extended Additional (Vietnamese, Welsh), general
// punctuation (dashes, quotes, €), Greek and Cyrillic: client names come from everywhere.
const ImWchar kRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x218F,
    0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0,
};
}  // namespace

bool apply_display_scale(Look& look, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    const ImFont* font = io.Fonts->AddFontFromFileTTF(look.font_path.c_str(), kBaseFontPx * dpr, &cfg, kRanges);
    if (!font) io.Fonts->AddFontDefault();
    look.dpr = dpr;
    apply_theme(look, look.dark);
    return font != nullptr;
}

void apply_theme(Look& look, bool dark) {
    look.dark = dark;
    ImGuiStyle base;
    if (dark) {
        ImGui::StyleColorsDark(&base);
    } else {
        // ImGui's light theme with a warmer page and stronger borders: readable in a bright studio.
        ImGui::StyleColorsLight(&base);
        base.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.96f, 0.95f, 1.0f);
        base.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.0f);
        base.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.18f);
        base.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.035f);
    }
    base.WindowRounding = 4.0f;
    base.FrameRounding = 3.0f;
    base.ChildRounding = 4.0f;
    base.ScaleAllSizes(look.dpr);
    ImGui::GetStyle() = base;
}

bool is_dark_theme() {
    // The page colour is the one thing both themes set apart: dark pages are dark.
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return bg.x + bg.y + bg.z < 1.5f;
}

}  // namespace atelier::ui
