#pragma once

namespace atelier::ui {

// Builds the font atlas and sizes the style for a device pixel ratio. The framebuffer is in
// device pixels (see web/platform/display.cpp), so fonts are rasterised at size x dpr and
// every style size is scaled from the unscaled base: text stays crisp on HiDPI screens.
// Returns false if the UI font could not be loaded (ImGui's built-in font is used instead).
bool apply_display_scale(float dpr);
// Light (default) or dark colours; keeps the current scale. Cheap: called when the user toggles.
void apply_theme(bool dark);
bool is_dark_theme();
// Loads fonts from `path` instead of the web bundle's (native UI tests).
void set_font_path(const char* path);

}  // namespace atelier::ui
