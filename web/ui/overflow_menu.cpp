#include "web/ui/overflow_menu.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // FindRenderedTextEnd

#include <string>
#include <vector>

#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"

namespace atelier::ui {

namespace {
constexpr const char* kMore = "…";  // Inter has no "⋯" (U+22EF): it drew as "?"

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

const char* name_of(const RowItem& it) { return it.name ? it.name : it.label; }

// The label's text run inside the button just drawn, for the layout check: it must stay in the row.
void record_label(const char* id, const char* label, float start, float right) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const char* end = ImGui::FindRenderedTextEnd(label);
    const ImVec2 size = ImGui::CalcTextSize(label, end);
    const ImVec2 min(a.x + pad.x, a.y + pad.y);
    record_run(id, std::string_view(label, size_t(end - label)), min, ImVec2(min.x + size.x, min.y + size.y),
               ImVec2(start, a.y), ImVec2(right, b.y));
}
}  // namespace

int overflow_row(const char* id, std::span<const RowItem> items, float right, bool* placed) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float start = ImGui::GetCursorScreenPos().x;
    std::vector<bool> on(items.size(), true);
    auto width = [&] {
        float w = 0;
        bool any_off = false;
        for (size_t i = 0; i < items.size(); ++i) {
            if (on[i]) w += button_width(items[i].label) + gap;
            else any_off = true;
        }
        if (any_off) w += button_width(kMore) + gap;
        return w - gap;
    };
    // Drop the lowest priority (the rightmost among equals) until the row fits.
    while (start + width() > right) {
        int drop = -1;
        for (size_t i = 0; i < items.size(); ++i)
            if (on[i] && (drop < 0 || items[i].priority <= items[size_t(drop)].priority)) drop = int(i);
        if (drop < 0) break;
        on[size_t(drop)] = false;
    }
    int pressed = -1;
    bool first = true;
    bool any_off = false;
    for (size_t i = 0; i < items.size(); ++i) {
        if (placed) placed[i] = on[i];
        if (!on[i]) {
            any_off = true;
            continue;
        }
        if (!first) ImGui::SameLine();
        first = false;
        const RowItem& it = items[i];
        if (it.active) {
            const Theme& t = look().theme();
            ImGui::PushStyleColor(ImGuiCol_Button, vec4(t.accent));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec4(t.accent));
            ImGui::PushStyleColor(ImGuiCol_Text, vec4(t.on_accent));
        }
        ImGui::BeginDisabled(!it.enabled);
        if (ImGui::Button(it.label)) pressed = int(i);
        ImGui::EndDisabled();
        if (it.active) ImGui::PopStyleColor(3);
        mark_last_item(name_of(it));
        record_label(id, it.label, start, right);
    }
    if (!any_off) return pressed;
    if (!first) ImGui::SameLine();
    const std::string more = std::string(kMore) + "##" + id;
    const std::string popup = std::string("menu ") + id;
    if (ImGui::Button(more.c_str())) ImGui::OpenPopup(popup.c_str());
    mark_last_item(std::string("More ") + id);
    record_label(id, kMore, start, right);
    if (ImGui::BeginPopup(popup.c_str())) {
        mark_current_window(popup);
        // Menu rows as tall as a button, so a finger can hit them in touch mode.
        const float h = ImGui::GetFrameHeight();
        for (size_t i = 0; i < items.size(); ++i) {
            if (on[i]) continue;
            const RowItem& it = items[i];
            ImGui::BeginDisabled(!it.enabled);
            if (ImGui::Selectable(it.label, it.active, 0, ImVec2(0, h))) pressed = int(i);
            ImGui::EndDisabled();
            mark_last_item(std::string("Menu ") + name_of(it));
        }
        ImGui::EndPopup();
    }
    return pressed;
}

}  // namespace atelier::ui
