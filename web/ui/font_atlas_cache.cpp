#include "web/ui/font_atlas_cache.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace atelier::ui {

namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'A', 'S', 'v', '1', '\n'};
constexpr int kMaxSide = 16384;  // no GPU takes a bigger texture

// A 64-bit FNV-1a over 8-byte words (and the tail byte by byte): the key's font files and the
// saved bytes' check. A damaged cache must be refused, not drawn as garbled glyphs.
uint64_t hash_bytes(const unsigned char* p, size_t n, uint64_t h = 1469598103934665603ull) {
    constexpr uint64_t kPrime = 1099511628211ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ w) * kPrime;
    }
    for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
    return h;
}

template <class T> void put(std::string& out, T v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

struct Reader {
    std::string_view in;
    size_t at = 0;
    bool ok = true;
    template <class T> T get() {
        T v{};
        if (!ok || in.size() - at < sizeof v) {
            ok = false;
            return v;
        }
        std::memcpy(&v, in.data() + at, sizeof v);
        at += sizeof v;
        return v;
    }
    std::string_view bytes(size_t n) {
        if (!ok || in.size() - at < n) {
            ok = false;
            return {};
        }
        const std::string_view s = in.substr(at, n);
        at += n;
        return s;
    }
};

struct SavedGlyph {
    uint32_t codepoint;
    float advance, x0, y0, x1, y1, u0, v0, u1, v1;
};
struct SavedFont {
    float ascent, descent;
    std::vector<SavedGlyph> glyphs;
};
struct SavedRect {
    uint16_t width, height, x, y;
};

// One font per configuration, none merged: what apply_display_scale adds. Anything else is
// built as usual rather than restored.
bool plain_fonts(const ImFontAtlas& atlas) {
    if (atlas.ConfigData.Size == 0 || atlas.ConfigData.Size != atlas.Fonts.Size) return false;
    for (int i = 0; i < atlas.ConfigData.Size; ++i)
        if (atlas.ConfigData[i].MergeMode || atlas.ConfigData[i].DstFont != atlas.Fonts[i] || !atlas.ConfigData[i].FontData) return false;
    return true;
}

}  // namespace

std::string font_atlas_key(const ImFontAtlas& atlas) {
    std::string k = "imgui " IMGUI_VERSION;
    k += " flags " + std::to_string(atlas.Flags) + " width " + std::to_string(atlas.TexDesiredWidth) + " padding " +
         std::to_string(atlas.TexGlyphPadding) + " builder " + std::to_string(atlas.FontBuilderFlags);
    for (const ImFontConfig& c : atlas.ConfigData) {
        std::string ranges = c.GlyphRanges ? "" : "default";
        for (const ImWchar* r = c.GlyphRanges; r && *r; ++r) ranges += std::to_string(*r) + ",";
        const float numbers[] = {c.SizePixels, c.GlyphExtraSpacing.x, c.GlyphExtraSpacing.y, c.GlyphOffset.x, c.GlyphOffset.y,
                                 c.GlyphMinAdvanceX, c.GlyphMaxAdvanceX, c.RasterizerMultiply};
        std::string fonts;
        for (float f : numbers) {
            uint32_t bits;
            std::memcpy(&bits, &f, 4);
            fonts += std::to_string(bits) + ",";
        }
        const auto* data = static_cast<const unsigned char*>(c.FontData);
        k += " | font " + std::to_string(c.FontDataSize) + ":" +
             std::to_string(data ? hash_bytes(data, static_cast<size_t>(c.FontDataSize)) : 0) + " no " + std::to_string(c.FontNo) +
             " over " + std::to_string(c.OversampleH) + "x" + std::to_string(c.OversampleV) + " snap " +
             std::to_string(c.PixelSnapH) + " merge " + std::to_string(c.MergeMode) + " flags " + std::to_string(c.FontBuilderFlags) +
             " ellipsis " + std::to_string(c.EllipsisChar) + " numbers " + fonts + " ranges " + ranges;
    }
    return k;
}

std::string save_font_atlas(const ImFontAtlas& atlas) {
    if (!atlas.TexReady || !atlas.TexPixelsAlpha8 || !plain_fonts(atlas)) return "";
    std::string out(kMagic, sizeof kMagic);
    const std::string key = font_atlas_key(atlas);
    put<uint32_t>(out, static_cast<uint32_t>(key.size()));
    out += key;
    put<int32_t>(out, atlas.TexWidth);
    put<int32_t>(out, atlas.TexHeight);
    put<uint32_t>(out, static_cast<uint32_t>(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& r : atlas.CustomRects) {
        put<uint16_t>(out, r.Width);
        put<uint16_t>(out, r.Height);
        put<uint16_t>(out, r.X);
        put<uint16_t>(out, r.Y);
    }
    put<uint32_t>(out, static_cast<uint32_t>(atlas.Fonts.Size));
    for (const ImFont* f : atlas.Fonts) {
        put<float>(out, f->Ascent);
        put<float>(out, f->Descent);
        put<uint32_t>(out, static_cast<uint32_t>(f->Glyphs.Size));
        for (const ImFontGlyph& g : f->Glyphs) {
            put<uint32_t>(out, g.Codepoint);
            for (float v : {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U0, g.V0, g.U1, g.V1}) put<float>(out, v);
        }
    }
    out.append(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8), static_cast<size_t>(atlas.TexWidth) * static_cast<size_t>(atlas.TexHeight));
    put<uint64_t>(out, hash_bytes(reinterpret_cast<const unsigned char*>(out.data()), out.size()));
    return out;
}

bool restore_font_atlas(ImFontAtlas& atlas, std::string_view bytes) {
    if (!plain_fonts(atlas) || bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return false;
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    uint64_t check;
    std::memcpy(&check, bytes.data() + body.size(), 8);
    if (hash_bytes(reinterpret_cast<const unsigned char*>(body.data()), body.size()) != check) return false;

    // Everything is read and checked before the atlas is touched.
    Reader r{body, sizeof kMagic};
    const auto key_size = r.get<uint32_t>();
    if (r.bytes(key_size) != font_atlas_key(atlas)) return false;
    const auto width = r.get<int32_t>(), height = r.get<int32_t>();
    if (!r.ok || width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide) return false;
    const auto rect_count = r.get<uint32_t>();
    if (!r.ok || rect_count > 64) return false;
    std::vector<SavedRect> rects(rect_count);
    for (SavedRect& x : rects) {
        x = {r.get<uint16_t>(), r.get<uint16_t>(), r.get<uint16_t>(), r.get<uint16_t>()};
        if (x.x + x.width > width || x.y + x.height > height) return false;
    }
    const auto font_count = r.get<uint32_t>();
    if (!r.ok || font_count != static_cast<uint32_t>(atlas.Fonts.Size)) return false;
    std::vector<SavedFont> fonts(font_count);
    for (SavedFont& f : fonts) {
        f.ascent = r.get<float>();
        f.descent = r.get<float>();
        const auto glyphs = r.get<uint32_t>();
        if (!r.ok || glyphs >= 0xFFFF || glyphs * sizeof(SavedGlyph) > body.size()) return false;
        f.glyphs.resize(glyphs);
        for (SavedGlyph& g : f.glyphs) {
            g.codepoint = r.get<uint32_t>();
            for (float* v : {&g.advance, &g.x0, &g.y0, &g.x1, &g.y1, &g.u0, &g.v0, &g.u1, &g.v1}) *v = r.get<float>();
            if (g.codepoint > IM_UNICODE_CODEPOINT_MAX) return false;
        }
    }
    const size_t pixel_count = static_cast<size_t>(width) * static_cast<size_t>(height);
    const std::string_view pixels = r.bytes(pixel_count);
    if (!r.ok || r.at != body.size()) return false;

    // As stb_truetype's build does it, with its results: the custom rectangles registered and
    // placed, the texture, each font set up and given its glyphs, then ImGui's own finish (the
    // white pixel and baked lines drawn, lookup tables, fallback and ellipsis characters).
    ImFontAtlasBuildInit(&atlas);
    if (atlas.CustomRects.Size != static_cast<int>(rects.size())) return false;  // Build() registers these anyway
    for (int i = 0; i < atlas.CustomRects.Size; ++i)
        if (atlas.CustomRects[i].Width != rects[i].width || atlas.CustomRects[i].Height != rects[i].height) return false;
    atlas.ClearTexData();
    atlas.TexID = nullptr;
    for (int i = 0; i < atlas.CustomRects.Size; ++i) {
        atlas.CustomRects[i].X = rects[i].x;
        atlas.CustomRects[i].Y = rects[i].y;
    }
    atlas.TexWidth = width;
    atlas.TexHeight = height;
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(width), 1.0f / static_cast<float>(height));
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(pixel_count));
    std::memcpy(atlas.TexPixelsAlpha8, pixels.data(), pixel_count);
    for (int i = 0; i < atlas.Fonts.Size; ++i) {
        ImFont* font = atlas.Fonts[i];
        ImFontAtlasBuildSetupFont(&atlas, font, &atlas.ConfigData[i], fonts[i].ascent, fonts[i].descent);
        const auto& glyphs = fonts[i].glyphs;
        font->Glyphs.reserve(static_cast<int>(glyphs.size()));
        // The last, a tab, is not a glyph the build added: ImGui's finish makes it from the space.
        const size_t added = !glyphs.empty() && glyphs.back().codepoint == '\t' ? glyphs.size() - 1 : glyphs.size();
        for (size_t k = 0; k < added; ++k) {
            const SavedGlyph& g = glyphs[k];
            font->AddGlyph(nullptr, static_cast<ImWchar>(g.codepoint), g.x0, g.y0, g.x1, g.y1, g.u0, g.v0, g.u1, g.v1, g.advance);
        }
    }
    ImFontAtlasBuildFinish(&atlas);
    return true;
}

}  // namespace atelier::ui
