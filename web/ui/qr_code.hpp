#pragma once
// A QR code drawn with ImGui (core/documents/qr.hpp encodes): the invitation link, so a tablet
// joins by pointing its camera at the laptop's screen.
#include "core/documents/qr.hpp"

namespace atelier::ui {

// Draws the code on white with the quiet zone scanners need, `module` pixels a module, as one
// item (for the locator: mark_last_item after it).
void draw_qr(const QrModules& q, float module);

}  // namespace atelier::ui
