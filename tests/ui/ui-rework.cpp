// Issue 16 in the views: an order sent back (the board's drop on an earlier column, the order
// page's Send back…) with the reason asked in the house's modal, its Rework badge; fittings
// rescheduled and cancelled on the order page, struck through in the agenda.
#include <doctest/doctest.h>

#include "core/laws/undo_view.hpp"
#include "core/templates.hpp"
#include "tests/ui/headless.hpp"

using atelier::Atelier;
using atelier::View;
using atelier::test::Headless;
using atelier::test::order_of;
using atelier::test::at;
namespace cmd = atelier::cmd;

namespace {

// Tailoring (Measure, Cutting, Sewing, Fitting [QC], Finishing): 1-ATL at Fitting with a failed QC.
void open_at_fitting(atelier::App& app) {
    Atelier a;
    a.profile.settings.name = "Atelier Test";
    a.profile.settings.company_code = "ATL";
    a.profile.settings.currency = "EUR";
    a.pipelines = {atelier::tailoring_pipeline()};
    for (const auto& s : a.pipelines.front().stages)
        if (std::find(a.profile.teams.begin(), a.profile.teams.end(), s.team) == a.profile.teams.end())
            a.profile.teams.push_back(s.team);
    a.reindex();
    app.open(a);
    REQUIRE(app.dispatch(cmd::ClientCreate{"Ana Lima", "", "", ""}));
    cmd::OrderCreate c;
    c.client = 1;
    c.pipeline = "tailoring";
    c.deadline = atelier::date_from_civil(2026, 9, 1);
    c.garment = "Suit";
    REQUIRE(app.dispatch(c));
    REQUIRE(app.dispatch(cmd::OrderConfirm{1}));
    REQUIRE(app.dispatch(cmd::OrderStart{1}));
    for (int i = 0; i < 3; ++i) REQUIRE(app.dispatch(cmd::OrderAdvance{1}));
    REQUIRE(app.dispatch(cmd::OrderQc{1, false, "hem uneven"}));
    app.toasts.clear();
}

// The text drawn on card 1-ATL that starts with `prefix` ("" when none).
std::string card_run(Headless& h, const std::string& prefix) {
    h.record_text(true);
    h.frame();
    std::string found;
    for (const auto& r : h.runs.runs)
        if (r.where == "card 1-ATL" && r.text.rfind(prefix, 0) == 0) found = r.text;
    h.record_text(false);  // (clears what it recorded)
    return found;
}

}  // namespace

TEST_CASE("dropping a card on an earlier column asks why in the Send back dialog, then sends it back") {
    Headless h;
    open_at_fitting(h.app);
    h.app.show(View::board);
    h.frame(2);
    h.drag("Card 1-ATL", "Column Sewing");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == "Send back");
    CHECK(order_of(h).stage == "fitting");  // nothing yet: the reason comes first
    INFO(h.items());
    CHECK(h.visible("Send back/Back to stage"));
    h.fill("Send back/Reason", "hem uneven at the back");
    h.click("Send back/Send it back");
    CHECK(order_of(h).stage == "sewing");
    CHECK(order_of(h).stage_status == atelier::StageStatus::not_started);
    CHECK(order_of(h).log.back().event == atelier::Event::rework);
    CHECK(order_of(h).log.back().from == "fitting");
    CHECK(order_of(h).log.back().rework == atelier::ReworkKind::qc_fail);  // the failed QC suggested it
    CHECK(order_of(h).log.back().note == "hem uneven at the back");
    h.frame(2);
    CHECK(h.app.views.dialogs.open.empty());
    CHECK(h.label_starting("Board message: 1-ATL sent back to \"Sewing\"") != "");
    CHECK(card_run(h, "Rework") == "Rework: hem uneven at the back");
    // One Undo puts it back at Fitting, QC failed, no badge.
    h.click("Undo");
    CHECK(order_of(h).stage == "fitting");
    CHECK(order_of(h).qc == atelier::Qc::fail);
    CHECK(card_run(h, "Rework") == "");
}

TEST_CASE("an empty reason is refused inside the dialog and nothing changes; Keep it where it is closes it") {
    Headless h;
    open_at_fitting(h.app);
    h.app.show(View::board);
    h.frame(2);
    const Atelier before = h.app.store.state();
    h.drag("Card 1-ATL", "Column Measure");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == "Send back");
    h.click("Send back/Send it back");
    h.frame();
    CHECK(h.visible("Send back/Refused: say why the order goes back (what is to be redone)"));
    CHECK(atelier::undo_view(h.app.store.state()) == atelier::undo_view(before));
    h.click("Send back/Keep it where it is");
    h.frame(2);
    CHECK(h.app.views.dialogs.open.empty());
    CHECK(atelier::undo_view(h.app.store.state()) == atelier::undo_view(before));
    // A later column still moves forward as before (the QC gate refuses it here).
    h.drag("Card 1-ATL", "Column Finishing");
    CHECK(h.app.views.dialogs.open.empty());
    CHECK(h.label_starting("Board message: 1-ATL not moved") != "");
}

TEST_CASE("the order page's Send back… offers the earlier stages; the badge stays until the stage left is passed") {
    Headless h(1280, 1000);
    open_at_fitting(h.app);
    h.app.open_order(1);
    h.frame(2);
    h.click("Production");
    h.frame();
    INFO(h.items());
    h.click("Send back");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == "Send back");
    h.click("Send back/Back to stage");
    h.frame();
    h.click("Cutting##back1");
    h.fill("Send back/Reason", "recut the back panel");
    h.click("Send back/Send it back");
    CHECK(order_of(h).stage == "cutting");
    h.frame(2);
    CHECK(h.visible("Badge Rework: recut the back panel"));
    REQUIRE(h.app.dispatch(cmd::OrderAdvance{1}));  // cutting
    REQUIRE(h.app.dispatch(cmd::OrderAdvance{1}));  // sewing
    h.frame(2);
    CHECK(h.visible("Badge Rework: recut the back panel"));  // at Fitting again, not yet passed
    REQUIRE(h.app.dispatch(cmd::OrderQc{1, true, ""}));
    REQUIRE(h.app.dispatch(cmd::OrderAdvance{1}));  // fitting passed
    h.frame(2);
    CHECK_FALSE(h.visible("Badge Rework: recut the back panel"));
    CHECK(order_of(h).stage == "finishing");
}

TEST_CASE("a fitting is rescheduled and cancelled on the order page; the agenda strikes the cancelled one through") {
    Headless h(1280, 1000);
    open_at_fitting(h.app);
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 3, 10, 30), "first", ""}));
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 10, 15, 0), "final", ""}));
    h.app.open_order(1);
    h.frame(2);
    h.click("Fitting schedule");
    h.frame();
    INFO(h.items());
    h.click("Reschedule fitting 0");
    h.frame();
    h.fill("New date", "2026-06-04");
    h.fill("New time", "11:15");
    h.click("New length");
    h.frame();
    h.click("45 min");
    h.click("Save new time");
    REQUIRE(order_of(h).fittings[0].at == at(2026, 6, 4, 11, 15));
    CHECK(order_of(h).fittings[0].minutes == 45);
    h.frame();
    CHECK_FALSE(h.visible("Save new time"));

    h.click("Cancel fitting 1");
    h.frame();
    h.click("Cancel fitting");
    h.frame();
    CHECK(h.label_starting("Fitting refused: say why the fitting is cancelled") != "");
    CHECK_FALSE(order_of(h).fittings[1].cancelled);
    h.fill("Cancel reason", "the client is ill");
    h.click("Cancel fitting");
    CHECK(order_of(h).fittings[1].cancelled);
    CHECK(order_of(h).fittings[1].cancel_reason == "the client is ill");
    h.frame();
    CHECK(h.visible("Fitting 1 cancelled: the client is ill"));
    CHECK_FALSE(h.visible("Reschedule fitting 1"));

    h.app.show(View::fittings);
    h.app.views.fittings.anchor = atelier::date_from_civil(2026, 6, 10);
    h.app.views.fittings.anchored = true;
    h.frame(2);
    CHECK(h.visible("Cancelled 1-ATL final"));
    CHECK_FALSE(h.visible("Mark done 1-ATL final"));
}

TEST_CASE("booking over another booked fitting warns in a toast and still books it") {
    Headless h(1280, 1000);
    open_at_fitting(h.app);
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 3, 10, 30), "first", ""}));
    h.app.toasts.clear();
    h.app.open_order(1);
    h.frame(2);
    h.click("Fitting schedule");
    h.frame();
    h.fill("Fitting date", "2026-06-03");
    h.fill("Fitting time", "11:00");
    h.click("Add fitting");
    CHECK(order_of(h).fittings.size() == 2);
    bool warned = false;
    for (const auto& t : h.app.toasts) warned |= t.text.find("overlaps the first fitting of 1-ATL") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("Send back… is offered only to an order in production past its first stage; a QC fail says it is the next step") {
    Headless h(1280, 1000);
    open_at_fitting(h.app);
    h.app.open_order(1);
    h.frame(2);
    h.click("Production");
    h.frame();
    CHECK(h.visible("Send back"));
    CHECK(h.visible("QC failed: send the order back to the stage that must redo it."));
    cmd::OrderCreate c;
    c.client = 1;
    c.pipeline = "tailoring";
    c.deadline = atelier::date_from_civil(2026, 9, 1);
    REQUIRE(h.app.dispatch(c));
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{2}));
    h.app.open_order(2);
    h.frame(2);
    h.click("Production");
    h.frame();
    CHECK_FALSE(h.visible("Send back"));  // confirmed: not in production
    REQUIRE(h.app.dispatch(cmd::OrderStart{2}));
    h.frame(2);
    CHECK_FALSE(h.visible("Send back"));  // at the first stage: nothing earlier
}
