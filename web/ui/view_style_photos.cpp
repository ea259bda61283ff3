// A style's sketches and sample photos (Production → Styles): added from files or the camera,
// shown as thumbnails, removed after a confirmation. The pictures are stored by content beside the
// atelier, like an order's, and travel with sync and backups (core/rules/photos.hpp).
#include <imgui.h>

#include "core/model/limits.hpp"
#include "core/production/rules.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_style_photos(const Style& s, Shell& sh) {
    section(tr(Msg::style_photos));
    // Staff see the pictures but may not change them (core/rules/roles): no buttons to be refused.
    const bool may_change = !role_refusal(sh.role(), Command{cmd::StyleImage{}});
    if (may_change) {
        const bool full = s.images.size() >= kMaxStylePhotos;
        ImGui::BeginDisabled(full);
        PhotoTarget t;
        t.style = s.code;
        t.kind = PhotoKind::sketch;
        if (ImGui::Button(ui_label(Msg::style_add_photos, "Add sketches or photos…").c_str())) sh.add_photos(t, false);
        mark_last_item("Add style photos");
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::photo_take, "Take photo##style").c_str())) sh.add_photos(t, true);
        mark_last_item("Take style photo");
        ImGui::EndDisabled();
    }
    if (s.images.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::style_no_photos));
        return;
    }
    const float side = em(96);
    for (size_t i = 0; i < s.images.size(); ++i) {
        const Image& im = s.images[i];
        if (i > 0) same_line_if_fits(side);
        ImGui::BeginGroup();
        ImGui::PushID(static_cast<int>(i));
        const std::string name = im.caption.empty() ? s.code + " " + std::to_string(i + 1) : im.caption;  // the style's code: data
        photo_button(sh, im, ImVec2(side, side), "Style photo " + std::to_string(i + 1));
        if (may_change) {
            if (small_button(ui_label(Msg::sched_remove, "Remove").c_str()))
                sh.ask(PendingConfirm{tr(Msg::style_photo_remove_title), tr(Msg::style_photo_remove_text, {{"photo", name}, {"style", s.code}}),
                                      ui_label(Msg::style_photo_remove, "Remove photo"), cmd::StyleImageRemove{s.code, im.id}});
            mark_last_item("Remove style photo " + std::to_string(i + 1));
        }
        ImGui::PopID();
        ImGui::EndGroup();
    }
}

}  // namespace atelier::ui
