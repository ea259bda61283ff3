// The table's column layout (order, widths) is remembered with the prefs, like filters and sort.
#include <doctest/doctest.h>

#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;

namespace {
void open_table(Headless& h) {
    atelier::test::open_demo(h.app, 40);
    h.frame();
    h.click("Table");
    REQUIRE(h.app.view == View::table);
}
float x_of(Headless& h, const char* label) {
    const auto* it = h.find(label);
    INFO(h.items());
    REQUIRE_MESSAGE(it, "not drawn: " << label);
    return it->x0;
}
}  // namespace

TEST_CASE("a column moved in the table is saved in the prefs and comes back in the next session") {
    std::string layout;
    {
        Headless h(2400, 800);
        ImGui::GetIO().IniSavingRate = 0.05f;  // save within a few frames instead of after 5 s
        open_table(h);
        int saves = 0;
        h.app.on_prefs = [&](const atelier::UiPrefs&) { ++saves; };
        REQUIRE(x_of(h, "Client") < x_of(h, "Garment"));
        h.drag("Garment", "Client");
        h.frame(10);
        CHECK(x_of(h, "Garment") < x_of(h, "Client"));
        CHECK(saves > 0);
        REQUIRE(h.app.prefs.layout.find("[Table]") != std::string::npos);
        layout = h.app.prefs.layout;
        CHECK(atelier::prefs_from_json(atelier::prefs_to_json(h.app.prefs)).layout == layout);
    }
    Headless h(2400, 800);
    h.app.prefs.layout = layout;
    h.app.restore_layout();
    open_table(h);
    CHECK(x_of(h, "Garment") < x_of(h, "Client"));
}
