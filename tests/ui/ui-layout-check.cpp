// The layout check (docs/design.md): every text run drawn on board cards, table cells and the top
// bar is recorded with the box it must stay in; none may overlap another or leave its box — at
// 768, 1024, 1280 and 1920 px wide, light and dark, on the demo atelier.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "tests/ui/headless.hpp"
#include "web/ui/style.hpp"

using atelier::View;
using atelier::test::Headless;

namespace {

constexpr float kWidths[] = {768, 1024, 1280, 1920};

size_t runs_in(const Headless& h, std::string_view where_prefix) {
    size_t n = 0;
    for (const auto& r : h.runs.runs) n += r.where.rfind(where_prefix, 0) == 0;
    return n;
}

// Each run of `where` that is a date ("due 12 Jun 2026" on a card; "12 Jun 2026" or
// "12 Jun 2026 · OVERDUE" in the table, the device locale's dates) is whole: never "due 12 Ju…"
// nor "12 J…". A table cell is a date when it reads as one: a day, then a month's first letters.
size_t whole_deadlines(const Headless& h, std::string_view where, std::string_view prefix) {
    static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    size_t n = 0;
    for (const auto& r : h.runs.runs) {
        if (r.where.rfind(where, 0) != 0 || r.text.rfind(prefix, 0) != 0) continue;
        std::string_view date = std::string_view(r.text).substr(prefix.size());
        date = date.substr(0, date.find(" · "));  // the badge after it may be left out, never the date
        const auto digit = [&](size_t i) { return i < date.size() && date[i] >= '0' && date[i] <= '9'; };
        if (!digit(0)) continue;  // "due now €500.00" is money, not a deadline ("due 1…" still starts with a digit)
        const size_t space = date.find(' ');
        const std::string_view month = space == std::string_view::npos ? "" : date.substr(space + 1, 3);
        const std::string_view word = month.substr(0, month.find("\xE2"));  // up to an ellipsis
        const bool dated = space <= 2 && !word.empty() && std::any_of(std::begin(kMonths), std::end(kMonths), [&](auto m) {
                               return m.rfind(word, 0) == 0;
                           });
        if (prefix.empty() && !dated) continue;  // in the table only the dates are looked at (an amount is not)
        const bool cut = date.find("…") != std::string_view::npos;
        const size_t e = date.size();
        const bool whole = !cut && e >= 4 && digit(e - 1) && digit(e - 2) && digit(e - 3) && digit(e - 4);
        CHECK_MESSAGE(whole, "cut deadline: " << r.text);
        n += whole;
    }
    return n;
}

void check_view(View v, const char* nav, std::string_view where, size_t at_least,
                const std::function<void(const Headless&)>& also = nullptr) {
    for (const bool dark : {false, true})
        for (const float w : kWidths) {
            CAPTURE(w);
            CAPTURE(dark);
            Headless h(w, 800);
            atelier::test::open_demo(h.app, 60);
            h.set_dark(dark);
            h.frame(2);
            if (v != View::dashboard) h.click(nav);
            REQUIRE(h.app.view == v);
            h.record_text(true);
            h.frame(2);
            const std::vector<std::string> problems = h.layout_problems();
            std::string all;
            for (const auto& p : problems) all += p + "\n";
            INFO("layout problems:\n" << all);
            CHECK(problems.empty());
            CHECK(runs_in(h, where) >= at_least);
            if (also) also(h);
        }
}

}  // namespace

TEST_CASE("layout check: the check itself finds an overlap and a run out of its box") {
    Headless h;
    h.scene = [] {};
    h.frame();
    h.runs.on = true;
    h.runs.runs = {{"card 1", "owes 3,257.50 EUR", {10, 10}, {150, 27}, {10, 10}, {300, 27}},
                   {"card 1", "not started", {140, 10}, {220, 27}, {140, 10}, {300, 27}}};
    REQUIRE(h.layout_problems().size() == 1);
    CHECK(h.layout_problems()[0].find("overlaps") != std::string::npos);
    h.runs.runs = {{"card 2", "due 2026-06-12", {10, 40}, {120, 57}, {10, 40}, {60, 57}}};
    REQUIRE(h.layout_problems().size() == 1);
    CHECK(h.layout_problems()[0].find("leaves its box") != std::string::npos);
    h.runs.runs = {{"card 3", "a", {10, 70}, {20, 87}, {10, 70}, {60, 87}},
                   {"card 3", "b", {20, 70}, {30, 87}, {20, 70}, {60, 87}}};  // touching is not overlapping
    CHECK(h.layout_problems().empty());
}

TEST_CASE("layout check: board cards (the deadline whole on every card)") {
    check_view(View::board, "Board", "card", 20, [](const Headless& h) {
        CHECK(whole_deadlines(h, "card", "due ") >= 4);
        // The first release's card: money and stage state on one line, drawn over each other.
        for (const auto& r : h.runs.runs)
            if (r.where.rfind("card", 0) == 0) {
                const bool both = r.text.find("owes") != std::string::npos && r.text.find("started") != std::string::npos;
                CHECK_FALSE(both);
            }
    });
}

TEST_CASE("layout check: table cells (deadlines whole)") {
    check_view(View::table, "Table", "table", 40, [](const Headless& h) {
        // At 768 px the deadline column is scrolled out of view to the right.
        const size_t whole = whole_deadlines(h, "table", "");
        if (ImGui::GetIO().DisplaySize.x >= 1024) CHECK(whole >= 10);
    });
}

TEST_CASE("layout check: top bar") {
    check_view(View::dashboard, "Dashboard", "top bar", 8);
}

TEST_CASE("top bar: one row; at 1280 px everything is on it, at 768 px the least needed go to the menu") {
    for (const float w : {1280.f, 1920.f}) {
        Headless h(w, 800);
        atelier::test::open_demo(h.app, 60);
        h.frame(2);
        CAPTURE(w);
        CHECK_FALSE(h.visible("More top bar"));
        for (const char* item : {"Dashboard", "Board", "Table", "Clients", "Fittings", "Reports", "Pipelines", "Settings", "New order",
                                 "New client", "Undo", "Redo", "Find", "Theme", "Save status: Opening…"}) {
            CAPTURE(item);
            REQUIRE(h.visible(item));
            CHECK(h.find(item)->y0 < h.find("Dashboard")->y1);  // same row
        }
    }
    Headless h(768, 1024);
    atelier::test::open_demo(h.app, 60);
    h.frame(2);
    REQUIRE(h.visible("More top bar"));
    for (const char* item : {"Dashboard", "Board", "Table", "Clients", "New order", "New client"}) {
        CAPTURE(item);
        REQUIRE(h.visible(item));
        CHECK(h.find(item)->y0 < h.find("Dashboard")->y1);
        CHECK(h.find(item)->x1 <= 768);
    }
    CHECK_FALSE(h.visible("Theme"));
    h.click("More top bar");
    h.click("Menu Theme");
    CHECK(h.look.dark);
    h.nav("Settings");
    CHECK(h.app.view == View::settings);
}
