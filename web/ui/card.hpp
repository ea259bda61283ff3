#pragma once
// The one card layout of docs/design.md ("Cards"): five lines of text that never overlap at any
// width — a right-hand item takes its width first, the left one is cut with "…" in what is left,
// and the deadline is one piece that is never split. Every run is recorded for the layout check.
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier::ui {

struct Badge {
    std::string text;  // "OVERDUE", "RUSH"
    ImVec4 colour;     // the fill; the label is the theme's on_status ink
};

struct CardText {
    std::string label;            // line 1, left: "12-ATL"
    std::optional<Badge> due;     // line 1, right: OVERDUE / AT RISK / DUE SOON
    std::string client;           // line 2
    std::string garment;          // line 3, left (cut first)
    std::string deadline;         // line 3, right: "due 2026-06-12", whole or not at all
    std::string money;            // line 4: "owes 3,257.50 EUR" / "paid up"
    ImVec4 money_colour;
    std::string status;           // line 5, left: stage state or QC result
    ImVec4 status_colour;
    std::vector<Badge> marks;     // line 5, right: RUSH, PRIORITY
};

constexpr int kCardLines = 5;
// Height of one card line (text plus the gap under it) and of the whole text block.
float card_line_height();
float card_text_height();

// A small filled label at `p` in the small font; returns its width. Recorded as a run.
float draw_badge(ImDrawList* dl, ImVec2 p, const Badge& b, std::string_view where);
float badge_width(const Badge& b);

// Draws the card's lines from `min` (top-left of the text area) across `width` px.
void draw_card_text(ImDrawList* dl, ImVec2 min, float width, const CardText& c, std::string_view where);

}  // namespace atelier::ui
