#include "core/rules/photos.hpp"

#include "core/derive.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/said_text.hpp"
#include "core/model/limits.hpp"

namespace atelier {

bool is_content_id(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

bool is_photo_type(std::string_view mime) { return mime == "image/jpeg" || mime == "image/webp" || mime == "image/png"; }

std::optional<Said> photo_problem(const Image& im, std::string& field) {
    auto bad = [&](const char* f, Said why) {
        field = f;
        return std::optional<Said>(std::move(why));
    };
    if (!is_content_id(im.id)) return bad("id", say(Msg::why_ord_photo_id));
    if (!is_content_id(im.thumb)) return bad("thumb", say(Msg::why_ord_photo_thumb));
    if (!is_photo_type(im.type)) return bad("type", say(Msg::why_ord_photo_type));
    if (im.bytes < 1 || im.bytes > kMaxPhotoBytes) return bad("bytes", say(Msg::why_ord_photo_bytes, {{"max", std::to_string(kMaxPhotoBytes)}}));
    const std::string min = std::to_string(kPhotoSide.min), max = std::to_string(kPhotoSide.max);
    if (!kPhotoSide.contains(im.width)) return bad("width", say(Msg::why_ord_photo_side, {{"min", min}, {"max", max}}));
    if (!kPhotoSide.contains(im.height)) return bad("height", say(Msg::why_ord_photo_side, {{"min", min}, {"max", max}}));
    if (!im.stage.empty() && im.kind != PhotoKind::reference) return bad("kind", say(Msg::why_ord_photo_stage_kind));
    return std::nullopt;
}

std::optional<Said> logo_problem(const Image& logo, std::string& field) {
    if (logo.id.empty()) {
        if (logo == Image{}) return std::nullopt;
        field = "id";
        return say(Msg::why_ord_logo_empty);
    }
    if (std::optional<Said> why = photo_problem(logo, field)) return why;
    if (!logo.stage.empty()) {
        field = "stage";
        return say(Msg::why_ord_logo_stage);
    }
    return std::nullopt;
}

std::vector<const Image*> stored_pictures(const Atelier& a) {
    std::vector<const Image*> out;
    if (!a.profile.logo.thumb.empty()) out.push_back(&a.profile.logo);
    for (const auto& o : a.orders)
        for (const auto& im : o.images)
            if (!im.thumb.empty()) out.push_back(&im);
    for (const auto& s : a.styles)
        for (const auto& im : s.images)
            if (!im.thumb.empty()) out.push_back(&im);
    return out;
}

const Stage* stage_needing_photo(const Atelier& a, const Order& o) {
    if (o.status != Status::in_production) return nullptr;
    const Stage* s = current_stage(a, o);
    if (!s || !s->photo || o.stage_status == StageStatus::done) return nullptr;
    for (const auto& im : o.images)
        if (im.stage == s->id) return nullptr;
    return s;
}

std::string photo_kind_text(const Atelier& a, const Order& o, const Image& im, Language l) {
    if (im.stage.empty()) {
        const Msg m = im.kind == PhotoKind::sketch ? Msg::doc_photo_sketch : im.kind == PhotoKind::fabric ? Msg::doc_photo_fabric : Msg::doc_photo_reference;
        return std::string(text(l, m));
    }
    const Pipeline* p = a.pipeline(o.pipeline);
    const int i = p ? stage_index(*p, im.stage) : -1;
    return fill(text(l, Msg::doc_photo_stage), {{"stage", i >= 0 ? p->stages[static_cast<size_t>(i)].name : im.stage}});
}

const Image* cover_photo(const Order& o) {
    for (auto it = o.images.rbegin(); it != o.images.rend(); ++it)
        if (!it->stage.empty() && it->stage == o.stage) return &*it;
    return o.images.empty() ? nullptr : &o.images.front();
}

}  // namespace atelier
