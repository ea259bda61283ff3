// The design system's widgets (docs/design.md), each drawn alone in the headless harness:
// modal dialogs, the calendar date picker, text cut with an ellipsis, the overflow menu.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <string>

#include "tests/ui/headless.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/overflow_menu.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/widgets.hpp"

using atelier::test::Headless;
using atelier::test::height_of;
namespace ui = atelier::ui;

namespace {
constexpr int kEscape = 256;

// A page window under the scene's widgets, like the workspace under a dialog.
template <class F>
void page(F&& body) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("Page", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
    body();
    ImGui::End();
}

float width_of(const ui::LocatedItem* it) { return it->x1 - it->x0; }
}  // namespace

TEST_CASE("a dialog dims the app and closes by Escape or its close button") {
    Headless h;
    ui::DialogState dialogs;
    std::string name;
    int page_clicks = 0;
    h.scene = [&] {
        page([&] {
            if (ImGui::Button("Behind")) ++page_clicks;
            if (ImGui::Button("Open")) ui::open_dialog(dialogs, "New client");
        });
        if (ui::begin_dialog(dialogs, "New client", "New client")) {
            ImGui::InputText("Name##new client", &name);
            ui::end_dialog();
        }
    };
    h.frame(2);
    h.click("Open");
    REQUIRE(h.visible("New client/Name##new client"));
    // The backdrop: ImGui dims behind a modal, and the page does not take clicks.
    CHECK(ImGui::GetTopMostPopupModal() != nullptr);
    h.click("Behind");
    CHECK(page_clicks == 0);
    h.key(kEscape);
    CHECK(dialogs.open.empty());
    CHECK_FALSE(h.visible("Name##new client"));
    CHECK(ImGui::GetTopMostPopupModal() == nullptr);
    h.click("Behind");
    CHECK(page_clicks == 1);

    h.click("Open");
    REQUIRE(h.visible("Close New client"));
    h.click("Close New client");
    CHECK(dialogs.open.empty());
    CHECK_FALSE(h.visible("Name##new client"));
}

TEST_CASE("a dialog opened by a click gives the keyboard to its first field") {
    Headless h;
    ui::DialogState dialogs;
    std::string name, phone;
    h.scene = [&] {
        page([&] {
            if (ImGui::Button("Open")) ui::open_dialog(dialogs, "New client");
        });
        if (ui::begin_dialog(dialogs, "New client", "New client")) {
            ImGui::TextUnformatted("Who is the client?");
            ImGui::InputText("Name##new client", &name);
            ImGui::InputText("Phone##new client", &phone);
            ui::end_dialog();
        }
    };
    h.frame();
    h.click("Open");
    // ImGui measures an auto-sized window in a hidden first frame, then focuses: 4 frames in all.
    h.frame(2);
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("Camille");
    CHECK(name == "Camille");
    CHECK(phone.empty());
}

TEST_CASE("only one dialog at a time: a second is refused while the first is open") {
    Headless h;
    ui::DialogState dialogs;
    CHECK(ui::open_dialog(dialogs, "New order"));
    CHECK_FALSE(ui::open_dialog(dialogs, "New client"));
    CHECK(dialogs.open == "New order");
    CHECK(dialogs.refused == "New client");
    h.scene = [&] {
        for (const char* id : {"New order", "New client"})
            if (ui::begin_dialog(dialogs, id, id)) {
                ImGui::TextUnformatted(id);
                ui::end_dialog();
            }
    };
    h.frame(3);
    CHECK(h.visible("New order/Close New order"));
    CHECK_FALSE(h.visible("Close New client"));
    // Closed from outside (a Create button): the ImGui side follows, no backdrop is left behind.
    ui::close_dialog(dialogs);
    h.frame(3);
    CHECK(ImGui::GetTopMostPopupModal() == nullptr);
    CHECK(ui::open_dialog(dialogs, "New client"));
    h.frame(3);
    CHECK(h.visible("Close New client"));
}

TEST_CASE("the close button is a finger's size in touch mode") {
    Headless h;
    ui::DialogState dialogs;
    ui::open_dialog(dialogs, "Confirm");
    h.scene = [&] {
        if (ui::begin_dialog(dialogs, "Confirm", "Please confirm")) ui::end_dialog();
    };
    h.frame(2);
    REQUIRE(h.visible("Close Confirm"));
    CHECK(height_of(h.find("Close Confirm")) < ui::kTouchTargetPx);
    ui::set_touch(h.look, true);
    h.frame(2);
    CHECK(height_of(h.find("Close Confirm")) >= ui::kTouchTargetPx);
    CHECK(width_of(h.find("Close Confirm")) >= ui::kTouchTargetPx);
}

TEST_CASE("the date picker: a month grid picks a day, arrows change the month, typing still works") {
    Headless h;
    std::string deadline = "2026-06-12";
    const atelier::Date today = *atelier::parse_date("2026-06-01");
    int changes = 0;
    h.scene = [&] { page([&] { changes += ui::date_field("Deadline##order", deadline, today); }); };
    h.frame(2);
    h.click("Pick Deadline");
    REQUIRE(h.visible("Calendar month: June 2026"));
    // A Monday-first grid: June 2026 starts on a Monday, so the first cell is the 1st.
    CHECK(ui::grid_start(2026, 6, atelier::locale_for("fr")) == *atelier::parse_date("2026-06-01"));
    CHECK(ui::grid_start(2026, 7, atelier::locale_for("en-GB")) == *atelier::parse_date("2026-06-29"));
    // Sunday-first in the United States: June 2026's grid starts on Sunday 31 May.
    CHECK(ui::grid_start(2026, 6, atelier::locale_for("en-US")) == *atelier::parse_date("2026-05-31"));
    h.click("Day 2026-06-24");
    CHECK(deadline == "2026-06-24");
    CHECK(changes == 1);
    CHECK_FALSE(h.visible("Calendar month: June 2026"));  // a date alone closes the calendar

    h.click("Pick Deadline");
    h.click("Next month");
    CHECK(h.visible("Calendar month: July 2026"));
    h.click("Previous month");
    h.click("Previous month");
    CHECK(h.visible("Calendar month: May 2026"));
    h.click("Day 2026-05-04");
    CHECK(deadline == "2026-05-04");

    h.fill("Deadline", "2026-09-30");
    CHECK(deadline == "2026-09-30");
    h.click("Pick Deadline");
    CHECK(h.visible("Calendar month: September 2026"));  // opens on the typed day's month
}

TEST_CASE("the date picker's day cells and arrows are at least 44 px in touch mode") {
    Headless h;
    std::string d = "2026-06-12";
    h.scene = [&] { page([&] { ui::date_field("Event", d, *atelier::parse_date("2026-06-01")); }); };
    ui::set_touch(h.look, true);
    h.frame(2);
    h.click("Pick Event");
    for (const char* item : {"Day 2026-06-12", "Next month", "Previous month", "Pick Event"}) {
        CAPTURE(item);
        REQUIRE(h.visible(item));
        CHECK(height_of(h.find(item)) >= ui::kTouchTargetPx);
    }
    CHECK(width_of(h.find("Day 2026-06-12")) >= ui::kTouchTargetPx);
}

TEST_CASE("a fitting's date and time are picked on the calendar: a day, then the hour and quarter") {
    Headless h;
    std::string when = "2026-06-03T10:00";
    h.scene = [&] { page([&] { ui::datetime_field("Fitting##new", when, *atelier::parse_date("2026-06-01")); }); };
    h.frame(2);
    h.click("Pick Fitting");
    h.click("Day 2026-06-05");
    CHECK(when == "2026-06-05T10:00");
    h.click("Later hour");
    h.click("Later hour");
    h.click("Minutes 45");
    CHECK(when == "2026-06-05T12:45");
    h.click("Earlier hour");
    CHECK(when == "2026-06-05T11:45");
    REQUIRE(h.visible("Done Fitting"));  // a time does not close the calendar by itself
    h.click("Done Fitting");
    CHECK_FALSE(h.visible("Done Fitting"));
    CHECK(atelier::parse_datetime(when).has_value());
}

TEST_CASE("ellipsize cuts at a character, ends with …, and leaves a text that fits alone") {
    Headless h;
    h.scene = [] {};
    h.frame();
    const std::string long_name = "Maria-Magdalena Świętochowska-Łukasiewicz";
    const float full = ImGui::CalcTextSize(long_name.c_str()).x;
    CHECK(ui::ellipsize(long_name, full + 1) == long_name);
    for (float w : {full * 0.75f, full * 0.5f, full * 0.2f, 30.f}) {
        const std::string cut = ui::ellipsize(long_name, w);
        CAPTURE(w);
        CAPTURE(cut);
        CHECK(ImGui::CalcTextSize(cut.c_str()).x <= w);
        REQUIRE(cut.size() >= 3);
        CHECK(cut.substr(cut.size() - 3) == "…");
        const std::string kept = cut.substr(0, cut.size() - 3);
        CHECK(long_name.rfind(kept, 0) == 0);  // a prefix, never a broken UTF-8 sequence
        CHECK(atelier::ui::was_cut(cut, long_name));
    }
    CHECK(ui::ellipsize(long_name, 1) == "");
}

TEST_CASE("a cut text shows its whole on hover, and on a long press in touch mode") {
    Headless h;
    const std::string text = "Robe de mariée en dentelle de Calais, traîne cathédrale";
    ImVec2 at;
    h.scene = [&] {
        page([&] {
            at = ImGui::GetCursorScreenPos();
            ui::fit_text_item(text, 120, nullptr, "test");
        });
    };
    h.frame(2);
    auto tooltip_open = [] {
        for (ImGuiWindow* w : GImGui->Windows)
            if (w->Active && (w->Flags & ImGuiWindowFlags_Tooltip)) return true;
        return false;
    };
    h.move_mouse(ImVec2(at.x + 20, at.y + 5));
    h.frame();
    CHECK(tooltip_open());
    h.move_mouse(ImVec2(at.x + 400, at.y + 200));
    h.frame();
    CHECK_FALSE(tooltip_open());

    // A finger: nothing while it merely touches, the whole text after half a second held.
    ui::set_touch(h.look, true);
    ImGuiIO& io = ImGui::GetIO();
    h.move_mouse(ImVec2(at.x + 20, at.y + 5));
    io.MouseDown[0] = true;
    h.frame();
    CHECK_FALSE(tooltip_open());
    h.frame(40);
    CHECK(tooltip_open());
    io.MouseDown[0] = false;
    h.frame();
}

TEST_CASE("the overflow row keeps what fits, in order, and puts the rest in its menu") {
    Headless h(768, 800);
    const ui::RowItem items[] = {{"Dashboard", 9}, {"Board", 9}, {"Table", 9}, {"Undo", 1},
                                 {"Redo", 1},      {"Find", 2},  {"Theme", 0}};
    bool placed[7] = {};
    float right = 768;
    int pressed = -1;
    h.scene = [&] {
        page([&] {
            const int p = ui::overflow_row("bar", items, right, placed);
            if (p >= 0) pressed = p;
        });
    };
    h.frame(2);
    for (bool b : placed) CHECK(b);  // 768 px holds all seven
    CHECK_FALSE(h.visible("More bar"));

    right = 330;
    h.frame(2);
    CHECK(placed[0]);
    CHECK(placed[1]);
    CHECK(placed[2]);
    CHECK_FALSE(placed[6]);  // the theme goes first
    REQUIRE(h.visible("More bar"));
    const auto* more = h.find("More bar");
    CHECK(more->x1 <= right + 0.5f);
    // Row order is kept: each item is to the right of the one before.
    float x = -1;
    for (size_t i = 0; i < 7; ++i)
        if (placed[i]) {
            const auto* it = h.find(items[i].label);
            REQUIRE(it);
            CHECK(it->x0 > x);
            CHECK(it->x1 <= right + 0.5f);
            x = it->x0;
        }
    h.click("More bar");
    REQUIRE(h.visible("Menu Theme"));
    h.click("Menu Theme");
    CHECK(pressed == 6);
    h.click("Table");
    CHECK(pressed == 2);
}

TEST_CASE("overflow menu rows are a finger's size in touch mode") {
    Headless h(400, 800);
    const ui::RowItem items[] = {{"Dashboard", 9}, {"Board", 9}, {"Table", 9}, {"Clients", 9}, {"Settings", 0}};
    h.scene = [&] { page([&] { ui::overflow_row("bar", items, 300); }); };
    ui::set_touch(h.look, true);
    h.frame(2);
    h.click("More bar");
    REQUIRE(h.visible("Menu Settings"));
    CHECK(height_of(h.find("Menu Settings")) >= ui::kTouchTargetPx);
    CHECK(height_of(h.find("More bar")) >= ui::kTouchTargetPx);
}
