// The font atlas (web/ui/style.cpp): built once before the first frame, so it holds only the glyph
// ranges people type and the UI draws — and every one of those in all three sizes.
#include <doctest/doctest.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "tests/ui/headless.hpp"
#include "web/ui/style.hpp"

namespace {

// Decodes UTF-8 (the test's own literals: well-formed) into code points.
std::vector<ImWchar> code_points(std::string_view s) {
    std::vector<ImWchar> out;
    for (size_t i = 0; i < s.size();) {
        unsigned int c = 0;
        i += static_cast<size_t>(ImTextCharFromUtf8(&c, s.data() + i, s.data() + s.size()));
        out.push_back(static_cast<ImWchar>(c));
    }
    return out;
}

}  // namespace

TEST_CASE("every font size has the UI's own symbols and the letters of client names from everywhere") {
    atelier::test::Headless h;
    const std::string wanted =
        // What the views draw: middle dot, ellipsis, dashes, quotes, ×, ÷, €, →, ‹ ›, №, ™.
        "·…—–“”‘’×÷€→‹›№™"
        // Names: French, German, Nordic, Polish, Czech, Turkish, Vietnamese, Greek, Cyrillic.
        "éèçàüöäßåøÆŁłŚźčřğşİıĐđơưẠếỹΑλέξανδροςЖжДмитриеваЁё";
    for (ImFont* font : {h.look.body, h.look.small, h.look.title}) {
        REQUIRE(font != nullptr);
        for (ImWchar c : code_points(wanted)) {
            INFO("U+" << std::hex << static_cast<unsigned>(c) << " in the font of size " << font->FontSize);
            CHECK(font->FindGlyphNoFallback(c) != nullptr);
        }
    }
}

TEST_CASE("the atlas is built without horizontal oversampling and without unused symbol blocks") {
    atelier::test::Headless h;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    REQUIRE(atlas.ConfigData.Size == 3);
    for (const ImFontConfig& cfg : atlas.ConfigData) CHECK(cfg.OversampleH == 1);
    // Geometric shapes and miscellaneous symbols (U+25A0..U+26FF) are drawn nowhere: not rasterised.
    for (ImWchar c : {ImWchar(0x25A0), ImWchar(0x25CF), ImWchar(0x2605), ImWchar(0x2600)})
        CHECK(h.look.body->FindGlyphNoFallback(c) == nullptr);
}

TEST_CASE("client names from everywhere are drawn; a letter the font lacks is a visible ?, never a blank") {
    atelier::test::Headless h;
    // Drawn as typed: Polish, Czech, Turkish, Greek, Cyrillic, Vietnamese.
    const std::vector<std::string> drawable = {"Łucja Wróblewska", "Jiří Dvořák", "Şükrü Gündoğdu", "Αλέξανδρος Παπαδόπουλος",
                                               "Дмитрий Ёлкин", "Nguyễn Thị Hương"};
    // Not in the UI font (Arabic, Hebrew, Chinese): each letter is the fallback mark (docs/i18n.md).
    const std::vector<std::string> not_drawable = {"محمد", "דוד", "王芳"};
    h.scene = [&] {
        ImGui::Begin("names", nullptr, ImGuiWindowFlags_NoTitleBar);
        for (const auto& n : drawable) ImGui::TextUnformatted(n.c_str());
        for (const auto& n : not_drawable) ImGui::TextUnformatted(n.c_str());
        ImGui::End();
    };
    h.frame(3);
    const std::string drawn = h.drawn_text();
    for (const auto& n : drawable) CHECK_MESSAGE(drawn.find(n + "\n") != std::string::npos, n << " in:\n" << drawn);
    for (const auto& n : not_drawable) {
        const std::string marks(code_points(n).size(), '?');
        CHECK_MESSAGE(drawn.find("\n" + marks + "\n") != std::string::npos, n << " as " << marks << " in:\n" << drawn);
    }
    CHECK(h.look.body->FallbackChar == '?');
}
