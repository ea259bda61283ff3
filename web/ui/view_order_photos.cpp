// The order page's photos (issue 15): adding them (files, or the camera on a tablet) with their
// kind, stage and caption; the thumbnails; the full-size viewer (arrows and swipe between photos,
// wheel or pinch to zoom, drag to look around); delete, which asks and is undoable.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "core/model/limits.hpp"
#include "core/rules/photos.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

namespace {

constexpr const char* kKinds[] = {"Reference", "Sketch", "Fabric swatch", "Stage photo"};

std::string photo_name(const Image& im, size_t index) {
    return im.caption.empty() ? "Photo " + std::to_string(index + 1) : im.caption;
}

// What the next photos will be: kind, the stage of a stage photo, a caption.
PhotoTarget add_form(const Atelier& a, Forms& f, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    ImGui::SetNextItemWidth(em(170));
    if (ImGui::BeginCombo("Kind##photo", kKinds[std::clamp(f.photo_kind, 0, kStagePhoto)])) {
        for (int k = 0; k <= kStagePhoto; ++k)
            if (ImGui::Selectable(kKinds[k], f.photo_kind == k)) f.photo_kind = k;
        ImGui::EndCombo();
    }
    mark_last_item("Photo kind");
    std::string stage;
    if (f.photo_kind == kStagePhoto && p && !p->stages.empty()) {
        if (f.photo_stage.empty() || stage_index(*p, f.photo_stage) < 0) f.photo_stage = o.stage;
        const int i = std::max(0, stage_index(*p, f.photo_stage));
        same_line_if_fits(em(220));
        ImGui::SetNextItemWidth(em(200));
        if (ImGui::BeginCombo("Stage##photo", p->stages[static_cast<size_t>(i)].name.c_str())) {
            for (const auto& s : p->stages)
                if (ImGui::Selectable(s.name.c_str(), s.id == f.photo_stage)) f.photo_stage = s.id;
            ImGui::EndCombo();
        }
        mark_last_item("Photo stage");
        stage = f.photo_stage;
    }
    ImGui::SetNextItemWidth(std::min(em(420), ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##photo caption", "Caption (optional): the client's inspiration, the lace…", &f.photo_caption);
    mark_last_item("Photo caption");
    PhotoTarget t;
    t.order = o.number;
    t.kind = f.photo_kind < kStagePhoto ? static_cast<PhotoKind>(f.photo_kind) : PhotoKind::reference;
    t.stage = stage;
    t.caption = f.photo_caption;
    return t;
}

void open_viewer(OrderUi& u, Shell& sh, const Image& im) {
    if (!open_dialog(sh.dialogs(), kPhotoDialog)) return;
    u.viewer = PhotoViewerUi{im.id};
}

}  // namespace

void order_photos(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    section("Add photos");
    const PhotoTarget target = add_form(a, f, o);
    const bool full = o.images.size() >= static_cast<size_t>(kMaxPhotosPerOrder);
    ImGui::BeginDisabled(full || sh.read_only());
    if (ImGui::Button("Add photos…")) sh.add_photos(target, false);
    mark_last_item("Add photos");
    ImGui::SameLine();
    if (ImGui::Button("Take photo")) sh.add_photos(target, true);
    mark_last_item("Take photo");
    ImGui::EndDisabled();
    const PhotoUsage busy = sh.photo_usage();
    if (busy.busy > 0) {
        ImGui::SameLine();
        const std::string t = "Preparing " + std::to_string(busy.busy) + (busy.busy == 1 ? " photo…" : " photos…");
        ImGui::TextDisabled("%s", t.c_str());
        mark_last_item(t);
    }
    if (full) ImGui::TextDisabled("This order has %d photos, the most an order holds.", kMaxPhotosPerOrder);
    if (const Stage* s = stage_needing_photo(a, o)) {
        const std::string t = "Stage \"" + s->name + "\" needs a photo before it can be done.";
        ImGui::TextColored(colours().due_soon, "%s", t.c_str());
        mark_last_item(t);
    }

    section("Photos");
    if (o.images.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("No photos yet. Add the client's inspiration, the sketch and the fabric swatches, and a photo "
                            "of each stage that asks for one.");
        ImGui::PopTextWrapPos();
        return;
    }
    const float side = em(132);
    const float cell = side + ImGui::GetStyle().ItemSpacing.x;
    const int per_row = std::max(1, static_cast<int>((ImGui::GetContentRegionAvail().x + ImGui::GetStyle().ItemSpacing.x) / cell));
    for (size_t i = 0; i < o.images.size(); ++i) {
        const Image& im = o.images[i];
        ImGui::PushID(static_cast<int>(i));
        if (i % static_cast<size_t>(per_row) != 0) ImGui::SameLine();
        ImGui::BeginGroup();
        const std::string name = photo_name(im, i);
        if (photo_button(sh, im, ImVec2(side, side), "Photo " + name)) open_viewer(u, sh, im);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + side);
        ImGui::TextUnformatted(name.c_str());
        ImGui::TextDisabled("%s", photo_kind_text(a, o, im, ui_locale().language).c_str());
        ImGui::PopTextWrapPos();
        ImGui::BeginDisabled(sh.read_only());
        if (small_button("Delete")) {
            sh.ask(PendingConfirm{"Delete photo?",
                                  "\"" + name + "\" comes off order " + order_label(a.profile, o.number) +
                                      ". Undo (Ctrl+Z) puts it back.",
                                  "Delete photo", cmd::OrderImageRemove{o.number, im.id}});
        }
        mark_last_item("Delete photo " + name);
        ImGui::EndDisabled();
        ImGui::EndGroup();
        ImGui::PopID();
    }
}

void draw_photo_viewer(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    PhotoViewerUi& v = u.viewer;
    auto it = std::find_if(o.images.begin(), o.images.end(), [&](const Image& im) { return im.id == v.id; });
    if (it == o.images.end()) {  // deleted meanwhile (undo, another device)
        if (sh.dialogs().open == kPhotoDialog) close_dialog(sh.dialogs());
        return;
    }
    const size_t i = static_cast<size_t>(it - o.images.begin());
    const std::string title = photo_name(*it, i) + "  (" + std::to_string(i + 1) + " of " + std::to_string(o.images.size()) + ")";
    if (!begin_dialog(sh.dialogs(), kPhotoDialog, title.c_str(), 980)) return;
    auto go = [&](int step) {
        const int n = static_cast<int>(o.images.size());
        const int next = (static_cast<int>(i) + step + n) % n;
        v = PhotoViewerUi{o.images[static_cast<size_t>(next)].id};
    };
    ImGui::TextDisabled("%s", (photo_kind_text(a, o, *it, ui_locale().language) + (it->by.empty() ? "" : " · added by " + it->by) +
                               (it->added ? " on " + format_date(date_of(*it->added)) : "") +
                               (it->width ? " · " + std::to_string(it->width) + " x " + std::to_string(it->height) : ""))
                                  .c_str());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = std::max(em(200), std::min(vp->WorkSize.y * 0.68f, vp->WorkSize.y - em(220)));
    const ImVec2 box(ImGui::GetContentRegionAvail().x, h);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##picture", box);
    mark_last_item("Photo viewer picture");
    const bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemActive()) sh.claim_touch_drag();  // a finger on the picture pans or swipes, not scrolls
    ImGuiIO& io = ImGui::GetIO();
    if (const float pinch = sh.pinch(); pinch != 1.0f) {
        v.zoom = std::clamp(v.zoom * pinch, 1.0f, 8.0f);
        if (v.zoom == 1.0f) v.pan_x = v.pan_y = 0;
    }
    if (hovered && io.MouseWheel != 0) {
        v.zoom = std::clamp(v.zoom * std::pow(1.15f, io.MouseWheel), 1.0f, 8.0f);
        if (v.zoom == 1.0f) v.pan_x = v.pan_y = 0;
    }
    if (ImGui::IsItemActive() && v.zoom > 1.0f) {
        v.pan_x += io.MouseDelta.x;
        v.pan_y += io.MouseDelta.y;
    }
    // A swipe across the picture at its normal size goes to the next or the previous photo.
    if (ImGui::IsItemDeactivated() && v.zoom == 1.0f) {
        const float dx = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x;
        if (std::fabs(dx) > em(60)) go(dx < 0 ? 1 : -1);
    }
    draw_photo(sh, *it, p0, ImVec2(p0.x + box.x, p0.y + box.y), true, v.zoom, ImVec2(v.pan_x, v.pan_y));
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) go(1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) go(-1);
    if (small_button("Previous")) go(-1);
    ImGui::SameLine();
    if (small_button("Next")) go(1);
    ImGui::SameLine();
    if (small_button("Zoom out")) v.zoom = std::max(1.0f, v.zoom / 1.5f);
    ImGui::SameLine();
    if (small_button("Zoom in")) v.zoom = std::min(8.0f, v.zoom * 1.5f);
    ImGui::SameLine();
    const std::string z = std::to_string(static_cast<int>(std::lround(v.zoom * 100))) + " %";
    ImGui::TextDisabled("%s", z.c_str());
    mark_last_item("Zoom " + z);
    if (v.zoom == 1.0f) v.pan_x = v.pan_y = 0;
    end_dialog();
}

}  // namespace atelier::ui
