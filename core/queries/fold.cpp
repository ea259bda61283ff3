#include "core/queries/fold.hpp"

#include <cstdint>

namespace atelier {

namespace {

// U+00C0..U+00FF folded; "" entries are not letters (×, ÷) and are kept as they are.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};

// U+0100..U+017F (Latin Extended-A) folded, two code points per base letter mostly.
constexpr const char* kExtA[128] = {
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",     // 100-10F
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",     // 110-11F
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",     // 120-12F
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",   // 130-13F
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",     // 140-14F
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",   // 150-15F
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",     // 160-16F
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",     // 170-17F
};

void put_utf8(uint32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Greek: capitals to small, tonos/dialytika forms to plain; final sigma to sigma.
uint32_t fold_greek(uint32_t cp) {
    switch (cp) {
        case 0x386: case 0x3AC: return 0x3B1;  // ά
        case 0x388: case 0x3AD: return 0x3B5;  // έ
        case 0x389: case 0x3AE: return 0x3B7;  // ή
        case 0x38A: case 0x3AF: case 0x3AA: case 0x3CA: case 0x390: return 0x3B9;  // ί ϊ
        case 0x38C: case 0x3CC: return 0x3BF;  // ό
        case 0x38E: case 0x3CD: case 0x3AB: case 0x3CB: case 0x3B0: return 0x3C5;  // ύ ϋ
        case 0x38F: case 0x3CE: return 0x3C9;  // ώ
        case 0x3C2: return 0x3C3;              // ς
        default: break;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
    return cp;
}

uint32_t fold_cyrillic(uint32_t cp) {
    if (cp == 0x401 || cp == 0x451) return 0x435;      // Ё ё -> е, as people type it
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // А-Я
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;  // Ѐ-Џ
    return cp;
}

}  // namespace

void fold_append(std::string_view s, std::string& out) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        // Decode two- and three-byte sequences; anything else is copied byte by byte.
        uint32_t cp = 0;
        size_t len = 0;
        if ((c & 0xE0) == 0xC0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
            len = 2;
        } else if ((c & 0xF0) == 0xE0 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
            cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            len = 3;
        }
        if (len == 0) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const char* ascii = nullptr;
        if (cp >= 0xC0 && cp <= 0xFF) ascii = kLatin1[cp - 0xC0];
        else if (cp >= 0x100 && cp <= 0x17F) ascii = kExtA[cp - 0x100];
        if (ascii) {
            out += ascii;
        } else if (cp >= 0x370 && cp <= 0x3FF) {
            put_utf8(fold_greek(cp), out);
        } else if (cp >= 0x400 && cp <= 0x4FF) {
            put_utf8(fold_cyrillic(cp), out);
        } else {
            out.append(s.data() + i, len);
        }
        i += len;
    }
}

std::string fold_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    fold_append(s, out);
    return out;
}

}  // namespace atelier
