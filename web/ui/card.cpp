#include "web/ui/card.hpp"

#include <algorithm>

#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

ImU32 u32(ImVec4 c) { return ImGui::ColorConvertFloat4ToU32(c); }

ImVec2 badge_pad() { return ImVec2(look().px(Space::xs + 1), look().px(1)); }

// Runs `body` in the small font when one is loaded.
template <class F>
auto in_small(F&& body) {
    if (look().small) ImGui::PushFont(look().small);
    auto r = body();
    if (look().small) ImGui::PopFont();
    return r;
}

// One line: `right` (already measured, `right_w` px, drawn by `draw_right` at its x) takes its
// room first; the left text is cut into what remains. Nothing is drawn over anything.
template <class DrawRight>
void line(ImDrawList* dl, ImVec2 p, float width, std::string_view left, ImU32 left_colour, float right_w,
          DrawRight&& draw_right, std::string_view where) {
    const float gap = look().px(Space::s);
    float left_w = width;
    if (right_w > 0) {
        if (right_w <= width) {
            draw_right(p.x + width - right_w);
            left_w = std::max(0.f, width - right_w - gap);
        }
        // A right item wider than the whole card is left out (its line stays readable); the
        // layout check would show it as missing, never as overlapping.
    }
    if (!left.empty() && left_w > 0) fit_text(dl, p, left_w, left, left_colour, where);
}

}  // namespace

float card_line_height() { return ImGui::GetTextLineHeight() + look().px(3); }
float card_text_height() { return kCardLines * card_line_height(); }

float badge_width(const Badge& b) {
    return in_small([&] { return ImGui::CalcTextSize(b.text.c_str()).x + 2 * badge_pad().x; });
}

float draw_badge(ImDrawList* dl, ImVec2 p, const Badge& b, std::string_view where) {
    return in_small([&] {
        const ImVec2 pad = badge_pad();
        const ImVec2 size = ImGui::CalcTextSize(b.text.c_str());
        const ImVec2 max(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y);
        dl->AddRectFilled(p, max, u32(b.colour), look().px(Space::xs));
        const ImVec2 t(p.x + pad.x, p.y + pad.y);
        dl->AddText(t, u32(vec4(look().theme().on_status)), b.text.c_str());
        record_run(where, b.text, t, ImVec2(t.x + size.x, t.y + size.y), p, max);
        return max.x - p.x;
    });
}

void draw_card_text(ImDrawList* dl, ImVec2 min, float width, const CardText& c, std::string_view where) {
    const ImU32 text = u32(ImGui::GetStyleColorVec4(ImGuiCol_Text));
    const ImU32 muted = u32(vec4(look().theme().muted));
    const float lh = card_line_height();
    // Badges are a little shorter than a body line: centred on it.
    const float badge_dy = (ImGui::GetTextLineHeight() - in_small([] { return ImGui::GetTextLineHeight(); }) -
                            2 * badge_pad().y) * 0.5f;
    ImVec2 p = min;

    // 1: the number, the deadline badge on the right.
    line(dl, p, width, c.label, text, c.due ? badge_width(*c.due) : 0.f,
         [&](float x) { draw_badge(dl, ImVec2(x, p.y + badge_dy), *c.due, where); }, where);
    p.y += lh;
    // 2: the client.
    fit_text(dl, p, width, c.client, text, where);
    p.y += lh;
    // 3: the garment, cut first; the deadline whole on the right (or not at all on a sliver).
    const float due_w = c.deadline.empty() ? 0.f : ImGui::CalcTextSize(c.deadline.c_str()).x;
    line(dl, p, width, c.garment, muted, due_w,
         [&](float x) { fit_text(dl, ImVec2(x, p.y), due_w, c.deadline, muted, where); }, where);
    p.y += lh;
    // 4: what is owed.
    fit_text(dl, p, width, c.money, u32(c.money_colour), where);
    p.y += lh;
    // 5: the stage state, the marks on the right.
    float marks_w = 0;
    const float mgap = look().px(Space::xs);
    for (const Badge& b : c.marks) marks_w += badge_width(b) + (marks_w > 0 ? mgap : 0);
    line(dl, p, width, c.status, u32(c.status_colour), marks_w,
         [&](float x) {
             for (const Badge& b : c.marks) x += draw_badge(dl, ImVec2(x, p.y + badge_dy), b, where) + mgap;
         },
         where);
}

}  // namespace atelier::ui
