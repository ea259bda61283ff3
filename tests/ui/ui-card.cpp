// The card layout (web/ui/card.hpp): at every width from a sliver to a 2560-px column, no text run
// overlaps another or leaves its box, and the deadline is whole or absent, never "due 202".
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "tests/ui/headless.hpp"
#include "web/ui/card.hpp"
#include "web/ui/style.hpp"
#include "web/ui/widgets.hpp"

using atelier::test::Headless;
namespace ui = atelier::ui;

namespace {
ui::CardText worst_case() {
    const ui::Theme& t = ui::look().theme();
    ui::CardText c;
    c.label = "10234-BFG";
    c.due = ui::Badge{"DUE SOON", ui::vec4(t.due_soon)};
    c.client = "Maria-Magdalena Świętochowska-Łukasiewicz";
    c.garment = "Robe de mariée en dentelle de Calais, traîne cathédrale";
    c.deadline = "due 2026-06-12";
    c.money = "owes 3,257.50 EUR";
    c.money_colour = ui::vec4(t.due_soon);
    c.status = "not started (confirmed)";
    c.status_colour = ui::vec4(t.stage_not_started);
    c.marks = {{"RUSH", ui::vec4(t.rush)}, {"PRIORITY", ui::vec4(t.priority)}};
    return c;
}
}  // namespace

TEST_CASE("a card's text never overlaps and never leaves its box, from 60 px to 2560 px wide") {
    for (const bool dark : {false, true}) {
        Headless h(2800, 600);
        h.set_dark(dark);
        float width = 0;
        h.scene = [&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(2800, 600));
            ImGui::Begin("Page", nullptr, ImGuiWindowFlags_NoDecoration);
            ui::draw_card_text(ImGui::GetWindowDrawList(), ImVec2(20, 20), width, worst_case(), "card 10234-BFG");
            ImGui::End();
        };
        h.record_text(true);
        for (width = 60; width <= 2560; width += width < 600 ? 3 : 97) {
            h.frame();
            CAPTURE(width);
            CAPTURE(dark);
            const auto problems = h.layout_problems();
            std::string all;
            for (const auto& p : problems) all += p + "\n";
            INFO(all);
            CHECK(problems.empty());
            bool deadline_seen = false;
            for (const ui::TextRun& r : h.runs.runs) {
                CHECK(r.max.x <= 20 + width + 0.5f);  // inside the card, whatever the box said
                if (r.text.rfind("due", 0) == 0 || r.text.rfind("du…", 0) == 0) {
                    CHECK(r.text == "due 2026-06-12");
                    deadline_seen = true;
                }
            }
            // From the width of a narrow tablet column on, everything that matters is there.
            if (width >= 190) {
                CHECK(deadline_seen);
                bool money = false, label = false;
                for (const ui::TextRun& r : h.runs.runs) {
                    money |= r.text == "owes 3,257.50 EUR";
                    label |= r.text == "10234-BFG";
                }
                CHECK(money);
                CHECK(label);
            }
        }
    }
}

TEST_CASE("the layout check would catch the first release's card: money and status on one line") {
    Headless h(800, 600);
    h.scene = [&] {
        ImGui::Begin("Page");
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // As view_board drew it: the status right-aligned over the money when the card is narrow.
        const float x = 20, right = 150;
        const char* money = "owes 3,257.50 EUR";
        const char* st = "not started (confirmed)";
        dl->AddText(ImVec2(x, 20), IM_COL32_WHITE, money);
        ui::record_run("card", money, ImVec2(x, 20), ImVec2(x + ImGui::CalcTextSize(money).x, 37), ImVec2(x, 20),
                       ImVec2(right, 37));
        const float sx = right - ImGui::CalcTextSize(st).x;
        ui::record_run("card", st, ImVec2(sx, 20), ImVec2(right, 37), ImVec2(x, 20), ImVec2(right, 37));
        ImGui::End();
    };
    h.record_text(true);
    h.frame();
    const auto problems = h.layout_problems();
    CHECK(problems.size() >= 2);  // the money leaves its box, and the two overlap
}
