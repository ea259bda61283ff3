#pragma once
// [SECTION] Photos on an order: the one place for what a photo's description must hold (the
// command and the loader check it with these), which stage still needs one, and how a photo is
// named to people. The pictures themselves live outside the atelier (the browser's photo store,
// the sync server's blobs), found by content id.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

// A content id: SHA-256 as 64 lowercase hex digits.
bool is_content_id(std::string_view s);
// The picture types the photo store keeps.
bool is_photo_type(std::string_view mime);

// The problem with a new photo's description (nullopt when it may be added): content ids, type, size,
// dimensions. Photos loaded from older files are held to less (validate.cpp): only their id.
std::optional<Said> photo_problem(const Image& im, std::string& field);

// The problem with the atelier's logo (nullopt when it may be kept): none at all (id ""), or a
// picture described as a new photo is, with no stage.
std::optional<Said> logo_problem(const Image& logo, std::string& field);

// Every picture the atelier names (the orders' photos, the styles', the logo) that the photo store holds
// under a content id with its thumbnail: what sync uploads and a backup carries.
std::vector<const Image*> stored_pictures(const Atelier& a);

// The current stage when it needs a photo the order does not have yet, else nullptr: what the
// views offer "Take photo" for, where a move is refused for it.
const Stage* stage_needing_photo(const Atelier& a, const Order& o);

// "Sketch", "Fabric swatch", "Stage photo · Cutting" (the stage's name when the pipeline has it), in `l`.
std::string photo_kind_text(const Atelier& a, const Order& o, const Image& im, Language l = Language::en);

// The photo a board card shows: the newest photo of the current stage, else the first added.
const Image* cover_photo(const Order& o);

}  // namespace atelier
