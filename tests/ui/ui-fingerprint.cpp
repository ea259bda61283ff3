// Frames that look the same are not redrawn in the browser (web/main_web.cpp): the fingerprint
// must stay put on a still screen and change with anything visible.
#include <doctest/doctest.h>

#include "tests/ui/headless.hpp"
#include "web/ui/draw_fingerprint.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
uint64_t look(uint64_t extra = 0) { return ui::draw_fingerprint(*ImGui::GetDrawData(), extra); }
}  // namespace

TEST_CASE("a still screen keeps its fingerprint; a view change, a hover and the frame size change it") {
    Headless h;
    open_demo(h.app);
    h.move_mouse(ImVec2(-100, -100));
    h.frame(4);
    const uint64_t still = look();
    h.frame(3);
    CHECK(look() == still);
    CHECK(look(1) != still);  // the caller's extra (framebuffer size, theme) counts

    h.click("Board");
    h.move_mouse(ImVec2(-100, -100));
    h.frame(3);
    const uint64_t board = look();
    CHECK(board != still);

    const ui::LocatedItem* table = h.find("Table");
    REQUIRE(table);
    h.move_mouse(ImVec2((table->x0 + table->x1) / 2, (table->y0 + table->y1) / 2));
    h.frame(2);
    CHECK(look() != board);  // the hovered button is drawn lighter
    h.move_mouse(ImVec2(-100, -100));
    h.frame(2);
    CHECK(look() == board);

    h.resize(1000, 700);
    h.frame(3);
    CHECK(look() != board);
}
