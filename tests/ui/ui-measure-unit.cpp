// Centimetres or inches (issue 20): the atelier's unit in Settings, a switch on the client page and
// on the order's measurements; a bare number is in the unit shown, and every value is kept exactly.
#include <doctest/doctest.h>

#include "core/model/client.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

int measured_client(Headless& h) {
    const int id = h.app.store.state().profile.next_client;
    REQUIRE(h.app.dispatch(cmd::ClientCreate{"Ines Moreau", "+33612345678", "", ""}));
    REQUIRE(h.app.dispatch(cmd::ClientMeasure{id, atelier::date_from_civil(2026, 3, 1),
                                              {{"chest", *atelier::parse_length("91.44cm")}, {"waist", *atelier::parse_length("30in")}}}));
    h.frame();
    return id;
}

}  // namespace

TEST_CASE("the client page shows every value in one unit and switches without losing any") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const int id = measured_client(h);
    h.app.open_client(id);
    h.frame(2);
    // The atelier's unit (centimetres): the value taken in inches is shown in centimetres too.
    REQUIRE(h.find("Correct chest 2026-03-01"));
    h.click("Unit in client");
    h.frame(2);
    // 91.44 cm is exactly 36 in; 30 in stays 30 in.
    h.fill("Measurement value 1", "37");  // a bare number: in the unit shown, inches
    h.fill("Measurement value 2", "30");
    h.fill("Session date", "2026-05-20");
    h.click("Save measurements");
    INFO(h.label_starting("Measurements not saved"));
    const atelier::Client* c = h.app.store.state().client(id);
    REQUIRE(c->sessions.size() == 2);
    const atelier::Length chest = *atelier::current_measurement(*c, "chest");
    CHECK(chest.nm == 37 * 25'400'000LL);  // stored exactly: 37 in
    CHECK(chest.unit == atelier::Unit::in);
    CHECK(atelier::format_length_as(c->sessions[0].values[0].value, atelier::Unit::in) == "36in");
    // Back in centimetres: the first session reads 91.44 cm again, unchanged by the trip.
    h.click("Unit cm client");
    h.frame(2);
    CHECK(atelier::format_length(c->sessions[0].values[0].value) == "91.44cm");
    CHECK(c->sessions[0].values[1].value.nm == 30 * 25'400'000LL);
}

TEST_CASE("Settings sets the atelier's unit; an order's measurements follow it and switch on their own") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const int id = measured_client(h);
    const int number = atelier::test::made_order(h, 100000, "Suit", id);
    h.app.open_order(number);
    h.frame(2);
    h.click("Measurements");
    CHECK(h.visible("Used chest 91.44cm"));
    CHECK(h.visible("Used waist 76.2cm"));  // 30 in
    // The atelier works in inches from now on.
    h.nav("Settings");
    h.click("Measurements in inches");
    h.click("Save settings");
    REQUIRE(h.app.store.state().profile.measure_unit == atelier::Unit::in);
    h.app.open_order(number);
    h.frame(2);
    h.click("Measurements");
    CHECK(h.visible("Used chest 36in"));
    CHECK(h.visible("Used waist 30in"));
    // A bare override is in inches now; this page alone switches to centimetres.
    h.fill("Override chest", "36.5", true);
    REQUIRE(order_of(h, number).overrides.size() == 1);
    CHECK(order_of(h, number).overrides[0].value.nm == 365 * 2'540'000LL);
    h.click("Unit cm order");
    h.frame(2);
    CHECK(h.visible("Used chest 92.71cm (override)"));
    CHECK(h.app.store.state().profile.measure_unit == atelier::Unit::in);  // the atelier's stays
    // Typed the French way, with a decimal comma, and shown back in the field the same way.
    h.app.set_language("fr");
    h.frame(2);
    h.fill("Override chest", "92,5", true);
    CHECK(order_of(h, number).overrides[0].value.nm == 925'000'000LL);
    h.frame(2);
    CHECK(h.visible("Used chest 92.5cm (override)"));
    CHECK(h.drawn_text().find("92,5 cm (propre)") != std::string::npos);
}
