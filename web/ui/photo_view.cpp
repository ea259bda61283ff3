#include "web/ui/photo_view.hpp"

#include <algorithm>
#include <cstdint>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

const char* placeholder(PhotoTexture::State s) {
    switch (s) {
        case PhotoTexture::State::loading: return tr(Msg::photo_loading);
        case PhotoTexture::State::missing: return tr(Msg::photo_missing);
        case PhotoTexture::State::failed: return tr(Msg::photo_failed);
        case PhotoTexture::State::ready: break;
    }
    return "";
}

}  // namespace

PhotoTexture draw_photo(Shell& sh, const Image& im, ImVec2 box_min, ImVec2 box_max, bool full, float zoom, ImVec2 pan) {
    // Before photo storage a photo had only an id: there is no thumbnail to ask for.
    const std::string& id = full || im.thumb.empty() ? im.id : im.thumb;
    PhotoTexture t = id.size() == 64 ? sh.photo(id) : PhotoTexture{PhotoTexture::State::missing};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bw = box_max.x - box_min.x, bh = box_max.y - box_min.y;
    if (t.state != PhotoTexture::State::ready || t.width <= 0 || t.height <= 0) {
        dl->AddRectFilled(box_min, box_max, ImGui::GetColorU32(ImGuiCol_FrameBg), em(4));
        const char* why = placeholder(t.state);
        const ImVec2 ts = ImGui::CalcTextSize(why, nullptr, false, bw - em(8));
        dl->AddText(nullptr, 0, ImVec2(box_min.x + std::max(em(4), (bw - ts.x) / 2), box_min.y + (bh - ts.y) / 2),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), why, nullptr, bw - em(8));
        return t;
    }
    const float fit = std::min(bw / static_cast<float>(t.width), bh / static_cast<float>(t.height)) * zoom;
    const float w = static_cast<float>(t.width) * fit, h = static_cast<float>(t.height) * fit;
    const ImVec2 c(box_min.x + bw / 2 + pan.x, box_min.y + bh / 2 + pan.y);
    dl->PushClipRect(box_min, box_max, true);
    dl->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(t.texture)), ImVec2(c.x - w / 2, c.y - h / 2),
                 ImVec2(c.x + w / 2, c.y + h / 2));
    dl->PopClipRect();
    return t;
}

bool photo_button(Shell& sh, const Image& im, ImVec2 size, const std::string& label, bool full) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(("##photo" + label).c_str(), size);
    mark_last_item(label);
    draw_photo(sh, im, p, ImVec2(p.x + size.x, p.y + size.y), full);
    if (ImGui::IsItemHovered()) ImGui::GetWindowDrawList()->AddRect(p, ImVec2(p.x + size.x, p.y + size.y), ImGui::GetColorU32(ImGuiCol_ButtonHovered), em(4), 0, 2);
    return clicked;
}

void stage_photo_buttons(Shell& sh, const Order& o, const Stage& s, int move_to, bool advance) {
    PhotoTarget t{o.number, PhotoKind::reference, s.id, "", move_to, advance, false, ""};
    ImGui::PushID(s.id.c_str());
    if (small_button(ui_label(Msg::photo_take, "Take photo").c_str())) sh.add_photos(t, true);
    mark_last_item("Take photo of " + s.name);
    ImGui::SameLine();
    if (small_button(ui_label(Msg::photo_add_from_files, "Add from files").c_str())) sh.add_photos(t, false);
    mark_last_item("Add photo of " + s.name + " from files");
    ImGui::PopID();
}

}  // namespace atelier::ui
