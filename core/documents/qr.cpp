#include "core/documents/qr.hpp"

#include <qrcodegen.hpp>

namespace atelier {

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

std::string qr_svg(const QrModules& q, const std::string& css_class) {
    if (q.size == 0) return "";
    const std::string side = std::to_string(q.size + 2 * kQrQuietModules);
    // One path: a printed page keeps it sharp at any size, and a page's policy allows no inline
    // style, so colour is the presentation attributes' own.
    std::string d;
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x)
            if (q.at(x, y)) {
                // Appended piece by piece: GCC 12 warns (falsely, -Wrestrict) on the chained +.
                d += 'M';
                d += std::to_string(x + kQrQuietModules);
                d += ' ';
                d += std::to_string(y + kQrQuietModules);
                d += "h1v1h-1z";
            }
    return "<svg class=\"" + css_class + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side +
           "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"" + side + "\" height=\"" + side +
           "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
}

}  // namespace atelier
