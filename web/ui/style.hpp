#pragma once
#include <string>

namespace atelier::ui {

// How the UI is drawn on this device: kept by App (one per ImGui context), never in a global.
struct Look {
    std::string font_path = "/fonts/ui.otf";  // packaged with the app from Debian's fonts-inter
    float dpr = 1.0f;
    bool dark = false;
};

// Builds the font atlas and sizes the style for a device pixel ratio. The framebuffer is in
// device pixels (see web/platform/display.cpp), so fonts are rasterised at size x dpr and
// every style size is scaled from the unscaled base: text stays crisp on HiDPI screens.
// Returns false if the UI font could not be loaded (ImGui's built-in font is used instead).
bool apply_display_scale(Look& look, float dpr);
// Light (default) or dark colours; keeps the current scale. Cheap: called when the user toggles.
void apply_theme(Look& look, bool dark);
// Whether the current ImGui context wears the dark theme (read from its style, which apply_theme set).
bool is_dark_theme();

}  // namespace atelier::ui
