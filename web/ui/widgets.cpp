#include "web/ui/widgets.hpp"

#include <algorithm>
#include <cstdio>

#include "core/i18n/local_format.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"

namespace atelier::ui {

namespace {
Palette palette_of(const Theme& t) {
    return {vec4(t.overdue), vec4(t.due_soon), vec4(t.at_risk), vec4(t.ok), vec4(t.muted), vec4(t.rush), vec4(t.priority)};
}
}  // namespace

const Palette& colours() {
    static const Palette light = palette_of(light_theme());
    static const Palette dark = palette_of(dark_theme());
    return look().dark ? dark : light;
}

ImVec4 role_colour(std::string_view role) {
    const Palette& p = colours();
    if (role == "overdue") return p.overdue;
    if (role == "due_soon") return p.due_soon;
    if (role == "at_risk") return p.at_risk;
    if (role == "ok") return p.ok;
    if (role == "rush") return p.rush;
    if (role == "priority") return p.priority;
    return p.muted;
}

ImVec4 hex_colour(std::string_view hex, ImVec4 fallback) {
    if (hex.size() != 7 || hex[0] != '#') return fallback;
    unsigned v = 0;
    for (size_t i = 1; i < 7; ++i) {
        const char c = hex[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
        else return fallback;
    }
    return ImVec4(float((v >> 16) & 255) / 255.f, float((v >> 8) & 255) / 255.f, float(v & 255) / 255.f, 1.f);
}

void badge(std::string_view text, ImVec4 colour) {
    const ImVec2 pad(em(4), em(1));
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y),
                      ImGui::ColorConvertFloat4ToU32(colour), em(4));
    // The label in the theme's on-status ink: white on light-theme fills, ink on dark-theme ones.
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ImGui::ColorConvertFloat4ToU32(vec4(look().theme().on_status)),
                text.data(), text.data() + text.size());
    ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

void struck_text(std::string_view text, ImVec4 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float y = (a.y + b.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), ImGui::ColorConvertFloat4ToU32(colour), std::max(1.f, em(1)));
}

std::string money_text(Money m, std::string_view currency) { return local_money(m, currency, look().locale); }

void same_line_if_fits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title);
    ImGui::Separator();
}

float em(float units) { return units * ImGui::GetFontSize() / 17.0f; }

bool empty_state(std::string_view text, const char* button) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    mark_last_item(text);
    return ImGui::Button(button);
}

// ImGui's SmallButton drops the frame padding, which leaves a finger a 20 px strip to hit.
bool small_button(const char* label) { return look().touch ? ImGui::Button(label) : ImGui::SmallButton(label); }

}  // namespace atelier::ui
