#pragma once
// [SECTION] QR codes (qrcodegen encodes): the sync invitation the laptop shows a tablet, and the
// job card's link back to its order. Here so a printed page and the screen use one encoder.
#include <cstdint>
#include <string>
#include <vector>

namespace atelier {

struct QrModules {
    int size = 0;               // modules per side; 0: the text does not fit a QR code
    std::vector<uint8_t> dark;  // size * size, row by row
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)] != 0; }
};

// Medium error correction (a smudged screen or a creased card still scans). Text longer than
// kMaxQrText, or holding a NUL, gives size 0.
inline constexpr size_t kMaxQrText = 1000;
QrModules qr_modules(const std::string& text);

// Scanners need this many light modules around the code.
inline constexpr int kQrQuietModules = 4;

// The code as an SVG element (one path of unit squares, quiet zone included), sized by the
// stylesheet through `css_class`; "" when q is empty.
std::string qr_svg(const QrModules& q, const std::string& css_class);

}  // namespace atelier
