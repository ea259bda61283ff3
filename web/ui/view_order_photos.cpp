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

constexpr const char* kPhotoKinds[] = {"Reference", "Sketch", "Fabric swatch", "Stage photo"};
constexpr Msg kKindTexts[] = {Msg::doc_photo_reference, Msg::doc_photo_sketch, Msg::doc_photo_fabric, Msg::photo_kind_stage};

// Its caption, else "Photo 3" in `l` (English for a widget's name).
std::string photo_name(const Image& im, size_t index, Language l) {
    return im.caption.empty() ? fill(text(l, Msg::photo_numbered), {{"number", std::to_string(index + 1)}}) : im.caption;
}

// What the next photos will be: kind, the stage of a stage photo, a caption.
PhotoTarget add_form(const Atelier& a, Forms& f, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    ImGui::SetNextItemWidth(em(170));
    if (ImGui::BeginCombo(ui_label(Msg::photo_kind, "Kind##photo").c_str(), tr(kKindTexts[std::clamp(f.photo_kind, 0, kStagePhoto)]))) {
        for (int k = 0; k <= kStagePhoto; ++k)
            if (ImGui::Selectable(ui_label(kKindTexts[k], kPhotoKinds[k]).c_str(), f.photo_kind == k)) f.photo_kind = k;
        ImGui::EndCombo();
    }
    mark_last_item("Photo kind");
    std::string stage;
    if (f.photo_kind == kStagePhoto && p && !p->stages.empty()) {
        if (f.photo_stage.empty() || stage_index(*p, f.photo_stage) < 0) f.photo_stage = o.stage;
        const int i = std::max(0, stage_index(*p, f.photo_stage));
        same_line_if_fits(em(220));
        ImGui::SetNextItemWidth(em(200));
        if (ImGui::BeginCombo(ui_label(Msg::photo_stage, "Stage##photo").c_str(), p->stages[static_cast<size_t>(i)].name.c_str())) {
            for (const auto& s : p->stages)
                if (ImGui::Selectable(s.name.c_str(), s.id == f.photo_stage)) f.photo_stage = s.id;
            ImGui::EndCombo();
        }
        mark_last_item("Photo stage");
        stage = f.photo_stage;
    }
    ImGui::SetNextItemWidth(std::min(em(420), ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##photo caption", tr(Msg::photo_caption_hint), &f.photo_caption);
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
    section(tr(Msg::photo_add_title));
    const PhotoTarget target = add_form(a, f, o);
    const bool full = o.images.size() >= static_cast<size_t>(kMaxPhotosPerOrder);
    ImGui::BeginDisabled(full || sh.read_only());
    if (ImGui::Button(ui_label(Msg::photo_add, "Add photos…").c_str())) sh.add_photos(target, false);
    mark_last_item("Add photos");
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::photo_take, "Take photo").c_str())) sh.add_photos(target, true);
    mark_last_item("Take photo");
    ImGui::EndDisabled();
    const PhotoUsage busy = sh.photo_usage();
    if (busy.busy > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", trn(Msg::photo_preparing, busy.busy).c_str());
        mark_last_item("Preparing " + std::to_string(busy.busy) + (busy.busy == 1 ? " photo…" : " photos…"));
    }
    if (full) ImGui::TextDisabled("%s", trn(Msg::photo_full, kMaxPhotosPerOrder).c_str());
    if (const Stage* s = stage_needing_photo(a, o)) {
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::photo_stage_needs, {{"stage", s->name}}).c_str());
        mark_last_item("Stage \"" + s->name + "\" needs a photo before it can be done.");
    }

    section(tr(Msg::order_section_photos));
    if (o.images.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(Msg::photo_none));
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
        const std::string name = photo_name(im, i, Language::en), shown = photo_name(im, i, ui_locale().language);
        if (photo_button(sh, im, ImVec2(side, side), "Photo " + name)) open_viewer(u, sh, im);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + side);
        ImGui::TextUnformatted(shown.c_str());
        ImGui::TextDisabled("%s", photo_kind_text(a, o, im, ui_locale().language).c_str());
        ImGui::PopTextWrapPos();
        ImGui::BeginDisabled(sh.read_only());
        if (small_button(ui_label(Msg::photo_delete, "Delete").c_str())) {
            sh.ask(PendingConfirm{tr(Msg::photo_delete_title), tr(Msg::photo_delete_text, {{"photo", shown}, {"order", order_label(a.profile, o.number)}}),
                                  ui_label(Msg::photo_delete_confirm, "Delete photo"), cmd::OrderImageRemove{o.number, im.id}});
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
    const std::string title = tr(Msg::photo_viewer_title, {{"photo", photo_name(*it, i, ui_locale().language)},
                                                           {"number", std::to_string(i + 1)},
                                                           {"count", std::to_string(o.images.size())}});
    if (!begin_dialog(sh.dialogs(), kPhotoDialog, title.c_str(), 980)) return;
    auto go = [&](int step) {
        const int n = static_cast<int>(o.images.size());
        const int next = (static_cast<int>(i) + step + n) % n;
        v = PhotoViewerUi{o.images[static_cast<size_t>(next)].id};
    };
    std::string about = photo_kind_text(a, o, *it, ui_locale().language);
    if (!it->by.empty() && it->added) about += tr(Msg::photo_added_by_on, {{"who", it->by}, {"date", ui_date(date_of(*it->added))}});
    else if (!it->by.empty()) about += tr(Msg::photo_added_by, {{"who", it->by}});
    else if (it->added) about += tr(Msg::photo_added_on, {{"date", ui_date(date_of(*it->added))}});
    if (it->width) about += " · " + std::to_string(it->width) + " × " + std::to_string(it->height);
    ImGui::TextDisabled("%s", about.c_str());
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
    if (small_button(ui_label(Msg::photo_previous, "Previous").c_str())) go(-1);
    ImGui::SameLine();
    if (small_button(ui_label(Msg::photo_next, "Next").c_str())) go(1);
    ImGui::SameLine();
    if (small_button(ui_label(Msg::photo_zoom_out, "Zoom out").c_str())) v.zoom = std::max(1.0f, v.zoom / 1.5f);
    ImGui::SameLine();
    if (small_button(ui_label(Msg::photo_zoom_in, "Zoom in").c_str())) v.zoom = std::min(8.0f, v.zoom * 1.5f);
    ImGui::SameLine();
    const int percent = static_cast<int>(std::lround(v.zoom * 100));
    ImGui::TextDisabled("%s", local_percent_bp(percent * 100, ui_locale()).c_str());
    mark_last_item("Zoom " + std::to_string(percent) + " %");
    if (v.zoom == 1.0f) v.pan_x = v.pan_y = 0;
    end_dialog();
}

}  // namespace atelier::ui
