#pragma once
// [SECTION] The built font atlas as bytes, so a later start can skip building it.
// Building three sizes of Inter with Latin, Greek and Cyrillic is the longest piece of work
// between the WASM starting and the stored atelier opening (issue 12). The bytes hold what
// stb_truetype's build produced — the texture, each font's metrics and glyphs, the custom
// rectangles' places — and a key naming everything the build depended on (ImGui's version, the
// font file, the sizes, the ranges, the packing options). restore_font_atlas() refuses bytes
// made from anything else, and damaged bytes, and then the caller builds as usual.
#include <string>
#include <string_view>

struct ImFontAtlas;

namespace atelier::ui {

// The atlas's fonts as added (AddFont*), not yet built: what a build of them depends on.
std::string font_atlas_key(const ImFontAtlas& atlas);

// A built atlas (its texture in alpha-8 form) as bytes; "" when it is not built.
std::string save_font_atlas(const ImFontAtlas& atlas);

// Fills an atlas whose fonts were added but not built from `bytes` saved from the same fonts:
// afterwards it is as Build() would have left it. False (and the atlas untouched) when the bytes
// were saved from other fonts, sizes or versions, or are damaged.
bool restore_font_atlas(ImFontAtlas& atlas, std::string_view bytes);

}  // namespace atelier::ui
