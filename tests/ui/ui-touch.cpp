// A finger on the canvas (web/ui/touch_input, fed as the web shell feeds it): the first tap acts
// on the layout the finger saw, and only then do targets grow to finger size (docs/design.md, "Touch").
#include <doctest/doctest.h>

#include "tests/ui/headless.hpp"
#include "web/ui/style.hpp"

using atelier::test::Headless;
using atelier::test::height_of;
namespace ui = atelier::ui;
using Phase = ui::TouchInput::Phase;

namespace {

// As web/main_web.cpp does each frame: the page's touches, then the layout they call for.
void feed_touch(Headless& h) {
    h.before_frame = [&h](ImGuiIO& io) {
        h.app.touch.apply(io, 17.0f);
        ui::set_touch(h.look, h.app.touch.finger_layout());
    };
}

void tap(Headless& h, const ui::LocatedItem& it) {
    const float x = (it.x0 + it.x1) * 0.5f, y = (it.y0 + it.y1) * 0.5f;
    h.app.touch.push(Phase::down, x, y);
    h.frame();
    h.app.touch.push(Phase::up, x, y);
    h.frame(4);
}
}  // namespace

TEST_CASE("the first tap lands on what the finger aimed at; then the page is laid out for fingers") {
    Headless h(834, 1194);
    feed_touch(h);
    h.frame(2);
    REQUIRE(h.visible("Alterations"));  // the first start's third starter pipeline
    REQUIRE(h.app.views.start.pick == 0);
    const ui::LocatedItem aimed = *h.find("Alterations");
    CHECK(height_of(h.find("Atelier name")) < ui::kTouchTargetPx);  // laid out for a mouse
    tap(h, aimed);
    CHECK(h.app.views.start.pick == 2);
    CHECK(h.look.touch);
    CHECK(height_of(h.find("Atelier name")) >= ui::kTouchTargetPx);
    // Later taps find the taller layout already in place.
    tap(h, *h.find("Bespoke tailoring"));
    CHECK(h.app.views.start.pick == 1);
}
