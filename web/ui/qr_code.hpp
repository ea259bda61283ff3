#pragma once
// A QR code drawn with ImGui (qrcodegen encodes): the invitation link, so a tablet joins by
// pointing its camera at the laptop's screen.
#include <cstdint>
#include <string>
#include <vector>

namespace atelier::ui {

struct QrModules {
    int size = 0;               // modules per side; 0: the text does not fit a QR code
    std::vector<uint8_t> dark;  // size * size, row by row
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)] != 0; }
};

// Medium error correction (a smudged screen still scans). Text longer than kMaxQrText gives size 0.
inline constexpr size_t kMaxQrText = 1000;
QrModules qr_modules(const std::string& text);

// Draws the code on white with the four-module quiet zone scanners need, `module` pixels a module,
// as one item (for the locator: mark_last_item after it).
void draw_qr(const QrModules& q, float module);

}  // namespace atelier::ui
