// The fittings agenda: week and day views, navigation, marking a fitting done, opening the order.
#include <doctest/doctest.h>

#include "core/templates.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;
using atelier::test::at;
namespace cmd = atelier::cmd;

namespace {

// One client, one confirmed tailoring order (1-ATL). Today is Monday 2026-06-01.
void open_small(atelier::App& app) {
    atelier::Atelier a;
    a.profile.settings.name = "Atelier Test";
    a.profile.settings.company_code = "ATL";
    a.profile.settings.currency = "EUR";
    a.pipelines = {atelier::tailoring_pipeline()};
    a.reindex();
    app.open(a);
    REQUIRE(app.dispatch(cmd::ClientCreate{"Clara Núñez", "", "", ""}));
    cmd::OrderCreate c;
    c.client = 1;
    c.pipeline = "tailoring";
    c.deadline = atelier::date_from_civil(2026, 9, 1);
    c.garment = "Suit";
    REQUIRE(app.dispatch(c));
    REQUIRE(app.dispatch(cmd::OrderConfirm{1}));
}

}  // namespace

TEST_CASE("the week view lists a fitting made through a command, and Mark done marks it") {
    Headless h;
    open_small(h.app);
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 3, 10, 30), "first", "bring the shoes"}));
    h.frame();
    h.click("Fittings");
    REQUIRE(h.app.view == View::fittings);
    CHECK(h.app.prefs.fittings_week);
    INFO(h.items());
    CHECK(h.visible("Fitting 1-ATL first"));
    CHECK(h.visible("Clara Núñez"));
    CHECK(h.visible("Wednesday 3 June 2026"));
    h.click("Mark done 1-ATL first");
    REQUIRE(h.app.store.state().order(1)->fittings.size() == 1);
    CHECK(h.app.store.state().order(1)->fittings[0].done);
    CHECK(h.visible("Done 1-ATL first"));
    CHECK_FALSE(h.visible("Mark done 1-ATL first"));
}

TEST_CASE("the day view shows one day, navigates, is remembered, and a fitting opens its order") {
    Headless h;
    open_small(h.app);
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 3, 10, 30), "first", ""}));
    REQUIRE(h.app.dispatch(cmd::OrderFitting{1, at(2026, 6, 10, 15, 0), "final", ""}));
    std::vector<atelier::UiPrefs> saved;
    h.app.on_prefs = [&](const atelier::UiPrefs& p) { saved.push_back(p); };
    h.app.show(View::fittings);
    h.frame();
    CHECK(h.visible("Fitting 1-ATL first"));
    CHECK_FALSE(h.visible("Fitting 1-ATL final"));  // next week
    h.click("Next");
    CHECK(h.visible("Fitting 1-ATL final"));
    CHECK_FALSE(h.visible("Fitting 1-ATL first"));

    h.click("Today");
    h.click("Day");
    CHECK_FALSE(h.app.prefs.fittings_week);
    REQUIRE_FALSE(saved.empty());
    CHECK_FALSE(saved.back().fittings_week);
    CHECK(h.visible("Agenda Monday 1 June 2026"));
    CHECK_FALSE(h.visible("Fitting 1-ATL first"));
    h.click("Next");
    h.click("Next");
    CHECK(h.visible("Agenda Wednesday 3 June 2026"));
    h.click("Fitting 1-ATL first");
    CHECK(h.app.view == View::order);
    CHECK(h.app.order == 1);
}
