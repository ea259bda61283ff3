// The design tokens (web/ui/style.hpp, docs/design.md): every text colour over every background it
// is drawn on reaches WCAG's 4.5:1 in both themes, and touch mode makes targets a finger's size.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/style.hpp"

namespace ui = atelier::ui;

TEST_CASE("contrast_ratio follows WCAG 2: black on white is 21, a colour on itself is 1") {
    CHECK(ui::contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(ui::contrast_ratio({255, 255, 255}, {0, 0, 0}) == doctest::Approx(21.0));
    CHECK(ui::contrast_ratio({120, 50, 30}, {120, 50, 30}) == doctest::Approx(1.0));
    // #777 on white is the well-known just-failing grey (4.48:1).
    CHECK(ui::contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.005));
}

TEST_CASE("every text/background pair of both themes reaches 4.5:1") {
    for (const ui::Theme* t : {&ui::light_theme(), &ui::dark_theme()}) {
        const auto pairs = ui::text_pairs(*t);
        CHECK(pairs.size() >= 50);
        for (const ui::ColourPair& p : pairs) {
            const double r = ui::contrast_ratio(p.text, p.background);
            INFO(p.what << ": " << r << ":1");
            CHECK(r >= 4.5);
        }
    }
}

TEST_CASE("the old palette would have failed the contrast check (the check can fail)") {
    // The first release's light-theme "due soon" orange as text on white.
    CHECK(ui::contrast_ratio({217, 135, 0}, {255, 255, 255}) < 4.5);
}

TEST_CASE("touch mode makes every frame at least 44 px tall, and the mouse layout stays compact") {
    atelier::test::Headless h;
    CHECK(ui::target_height() < ui::kTouchTargetPx);
    ui::set_touch(h.look, true);
    CHECK(ui::target_height() >= ui::kTouchTargetPx);
    CHECK(ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y >= ui::kTouchTargetPx);  // table rows
    ui::set_touch(h.look, false);
    CHECK(ui::target_height() < ui::kTouchTargetPx);
}

TEST_CASE("touch mode makes the small buttons and the clients list's rows at least 44 px tall") {
    atelier::test::Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const auto tall = [&](const char* item) {
        CAPTURE(item);
        INFO("items drawn:\n" << h.items());
        const ui::LocatedItem* it = h.find(item);
        REQUIRE(it);
        return it->y1 - it->y0;
    };
    const auto& a = h.app.store.state();
    // Mouse first: the same items stay compact, so the check below can fail.
    h.frame(2);
    h.nav("Clients");
    h.frame(2);
    // The top row: drawn in both layouts (the list is alphabetical and clipped to the window).
    const atelier::Client* who = nullptr;
    for (const atelier::Client& c : a.clients)
        if (h.visible(c.name) && (!who || h.find(c.name)->y0 < h.find(who->name)->y0)) who = &c;
    REQUIRE(who);
    const std::string client = who->name;
    const int client_id = who->id;
    const float row_mouse = tall(client.c_str());
    CHECK(row_mouse < ui::kTouchTargetPx);
    ui::set_touch(h.look, true);
    h.frame(2);
    CHECK(tall(client.c_str()) >= ui::kTouchTargetPx);

    h.app.open_client(client_id);
    h.frame(2);
    CHECK(tall("< All clients") >= ui::kTouchTargetPx);

    // An order of that client with a fitting booked and not yet done.
    const int number = a.profile.next_order;
    atelier::cmd::OrderCreate c;
    c.client = client_id;
    c.pipeline = "tailoring";
    c.deadline = atelier::add_days(h.app.today, 40);
    c.garment = "Suit";
    c.price = atelier::Money{100000};
    REQUIRE(h.app.dispatch(c));
    h.app.open_order(number);
    h.frame(2);
    h.click("Fitting schedule");
    h.fill("Fitting date", "2026-06-10");
    h.fill("Fitting time", "14:30");
    h.click("Add fitting");
    REQUIRE(a.order(number)->fittings.size() == 1);
    h.frame(2);
    CHECK(tall("Open client") >= ui::kTouchTargetPx);
    CHECK(tall("Done") >= ui::kTouchTargetPx);

    h.app.views.board.message = "Moved 12-ATL to Sewing";
    h.app.show(atelier::View::board);
    h.frame(2);
    CHECK(tall("Dismiss##board message") >= ui::kTouchTargetPx);

    ui::set_touch(h.look, false);
    h.frame(2);
    CHECK(tall("Dismiss##board message") < ui::kTouchTargetPx);
}

TEST_CASE("the type scale is loaded: body, small and title fonts at their sizes") {
    atelier::test::Headless h;
    REQUIRE(h.look.body);
    REQUIRE(h.look.small);
    REQUIRE(h.look.title);
    CHECK(h.look.body->FontSize == doctest::Approx(ui::TypeScale::body));
    CHECK(h.look.small->FontSize == doctest::Approx(ui::TypeScale::small));
    CHECK(h.look.title->FontSize == doctest::Approx(ui::TypeScale::title));
    CHECK(ImGui::GetFontSize() == doctest::Approx(ui::TypeScale::body));  // body is the default
}

TEST_CASE("the theme switch changes the bound look and ImGui's colours together") {
    atelier::test::Headless h;
    CHECK_FALSE(ui::is_dark_theme());
    ui::apply_theme(h.look, true);
    CHECK(h.look.dark);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const ImVec4 page = ui::vec4(ui::dark_theme().page);
    CHECK(bg.x == doctest::Approx(page.x));
    CHECK(bg.z == doctest::Approx(page.z));
}
