// The font atlas kept between starts (web/ui/font_atlas_cache.hpp): restored into the same fonts
// it is, glyph for glyph and pixel for pixel, the atlas a build makes; bytes made from anything
// else, or damaged, are refused and the atlas is then built as usual.
#include <doctest/doctest.h>
#include <imgui_internal.h>

#include <cstring>

#include "tests/ui/headless.hpp"
#include "web/ui/font_atlas_cache.hpp"
#include "web/ui/style.hpp"

using namespace atelier;

namespace {

// A bare ImGui context whose atlas holds the app's three fonts at `dpr`, added but not built.
struct Fonts {
    ImGuiContext* before = ImGui::GetCurrentContext();
    ImGuiContext* ctx = ImGui::CreateContext();
    ui::Look look;
    ImFontAtlas* atlas = nullptr;
    explicit Fonts(float dpr) {
        ImGui::SetCurrentContext(ctx);
        look.font_path = ATELIER_UI_FONT;
        ui::apply_display_scale(look, dpr);
        atlas = ImGui::GetIO().Fonts;
    }
    ~Fonts() {
        ImGui::DestroyContext(ctx);
        ImGui::SetCurrentContext(before);
    }
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;
};

void check_same_vec(const ImVec2& a, const ImVec2& b) {
    CHECK(a.x == b.x);
    CHECK(a.y == b.y);
}

// Everything drawing reads from an atlas: the texture, the white pixel and line UVs, and each
// font's metrics, glyphs and lookup tables.
void check_same_atlas(ImFontAtlas& built, ImFontAtlas& other) {
    unsigned char *pa = nullptr, *pb = nullptr;
    int wa = 0, ha = 0, wb = 0, hb = 0;
    built.GetTexDataAsRGBA32(&pa, &wa, &ha);
    other.GetTexDataAsRGBA32(&pb, &wb, &hb);
    REQUIRE(wa == wb);
    REQUIRE(ha == hb);
    CHECK(std::memcmp(pa, pb, static_cast<size_t>(wa) * static_cast<size_t>(ha) * 4) == 0);
    check_same_vec(built.TexUvWhitePixel, other.TexUvWhitePixel);
    check_same_vec(built.TexUvScale, other.TexUvScale);
    for (int i = 0; i <= IM_DRAWLIST_TEX_LINES_WIDTH_MAX; ++i) {
        CHECK(built.TexUvLines[i].x == other.TexUvLines[i].x);
        CHECK(built.TexUvLines[i].w == other.TexUvLines[i].w);
    }
    REQUIRE(built.Fonts.Size == other.Fonts.Size);
    for (int f = 0; f < built.Fonts.Size; ++f) {
        const ImFont& a = *built.Fonts[f];
        const ImFont& b = *other.Fonts[f];
        INFO("font of size " << a.FontSize);
        CHECK(a.FontSize == b.FontSize);
        CHECK(a.Ascent == b.Ascent);
        CHECK(a.Descent == b.Descent);
        CHECK(a.FallbackChar == b.FallbackChar);
        CHECK(a.FallbackAdvanceX == b.FallbackAdvanceX);
        CHECK(a.EllipsisChar == b.EllipsisChar);
        CHECK(a.DotChar == b.DotChar);
        CHECK(a.MetricsTotalSurface == b.MetricsTotalSurface);
        CHECK(a.FallbackGlyph - a.Glyphs.Data == b.FallbackGlyph - b.Glyphs.Data);
        CHECK(std::memcmp(a.Used4kPagesMap, b.Used4kPagesMap, sizeof a.Used4kPagesMap) == 0);
        REQUIRE(a.Glyphs.Size == b.Glyphs.Size);
        REQUIRE(a.Glyphs.Size > 1000);
        for (int i = 0; i < a.Glyphs.Size; ++i) {
            const ImFontGlyph& x = a.Glyphs[i];
            const ImFontGlyph& y = b.Glyphs[i];
            CHECK(x.Codepoint == y.Codepoint);
            CHECK(x.Visible == y.Visible);
            const float xs[] = {x.AdvanceX, x.X0, x.Y0, x.X1, x.Y1, x.U0, x.V0, x.U1, x.V1};
            const float ys[] = {y.AdvanceX, y.X0, y.Y0, y.X1, y.Y1, y.U0, y.V0, y.U1, y.V1};
            CHECK(std::memcmp(xs, ys, sizeof xs) == 0);
        }
        REQUIRE(a.IndexAdvanceX.Size == b.IndexAdvanceX.Size);
        CHECK(std::memcmp(a.IndexAdvanceX.Data, b.IndexAdvanceX.Data, sizeof(float) * static_cast<size_t>(a.IndexAdvanceX.Size)) == 0);
        REQUIRE(a.IndexLookup.Size == b.IndexLookup.Size);
        CHECK(std::memcmp(a.IndexLookup.Data, b.IndexLookup.Data, sizeof(ImWchar) * static_cast<size_t>(a.IndexLookup.Size)) == 0);
    }
}

}  // namespace

TEST_CASE("a saved atlas restored into the same fonts is the atlas a build makes, and draws the same text") {
    test::Headless h;  // its atlas built as the app builds it
    ImFontAtlas& built = *ImGui::GetIO().Fonts;
    const std::string bytes = ui::save_font_atlas(built);
    REQUIRE(bytes.size() > static_cast<size_t>(built.TexWidth) * static_cast<size_t>(built.TexHeight));
    {
        Fonts fresh(1.0f);
        CHECK(ui::font_atlas_key(*fresh.atlas) == ui::font_atlas_key(built));
        REQUIRE(ui::restore_font_atlas(*fresh.atlas, bytes));
        CHECK(fresh.atlas->IsBuilt());
        check_same_atlas(built, *fresh.atlas);
        // Saved again, it is the same bytes: nothing is lost on the way round.
        CHECK(ui::save_font_atlas(*fresh.atlas) == bytes);
    }
    // The views drawn with a restored atlas: the same text in the same places.
    h.frame(2);
    const std::string drawn = h.drawn_text();
    test::Headless again;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    ui::apply_display_scale(again.look, 1.0f);
    REQUIRE(ui::restore_font_atlas(atlas, bytes));
    again.frame(2);
    CHECK(again.drawn_text() == drawn);
    REQUIRE(!drawn.empty());
}

TEST_CASE("bytes saved from other sizes, damaged or cut short are refused; the atlas then builds as usual") {
    test::Headless h;
    ImFontAtlas& built = *ImGui::GetIO().Fonts;
    const std::string bytes = ui::save_font_atlas(built);
    std::string at_two;
    {
        Fonts tablet(2.0f);  // a display of twice the pixels: fonts of twice the size
        CHECK(ui::font_atlas_key(*tablet.atlas) != ui::font_atlas_key(built));
        CHECK_FALSE(ui::restore_font_atlas(*tablet.atlas, bytes));
        tablet.atlas->Build();
        at_two = ui::save_font_atlas(*tablet.atlas);
        REQUIRE(!at_two.empty());
    }
    std::string damaged = bytes;
    damaged[damaged.size() / 2] ^= 0x5A;  // a pixel
    std::string glyph = bytes;
    glyph[bytes.rfind("ranges") + 600] ^= 0x01;  // past the key: the sizes and glyphs
    const std::vector<std::pair<const char*, std::string>> refused = {
        {"from a display of another density", at_two},
        {"a pixel changed", damaged},
        {"a byte of the glyphs changed", glyph},
        {"cut short", bytes.substr(0, bytes.size() - 100)},
        {"cut to its start", bytes.substr(0, 12)},
        {"empty", ""},
        {"not an atlas", std::string(4096, 'x')},
    };
    for (const auto& [why, b] : refused) {
        const std::string shown = why;  // INFO's lambda cannot capture a structured binding in clang 14
        INFO(shown);
        Fonts fresh(1.0f);
        CHECK_FALSE(ui::restore_font_atlas(*fresh.atlas, b));
        CHECK_FALSE(fresh.atlas->IsBuilt());
        fresh.atlas->Build();
        check_same_atlas(built, *fresh.atlas);
    }
}

TEST_CASE("an atlas not built yet has nothing to save") {
    test::Headless h;
    Fonts fresh(1.0f);
    CHECK(ui::save_font_atlas(*fresh.atlas).empty());
}
