#pragma once

namespace atelier::ui {

// Builds the font atlas and sizes the style for a device pixel ratio. The framebuffer is in
// device pixels (see web/platform/display.cpp), so fonts are rasterised at size x dpr and
// every style size is scaled from the unscaled base: text stays crisp on HiDPI screens.
// Returns false if the UI font could not be loaded (ImGui's built-in font is used instead).
bool apply_display_scale(float dpr);

}  // namespace atelier::ui
