// The clients list, the client page and the new-client form, driven like a person.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/text/phone.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/widgets.hpp"

using atelier::Money;
using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

namespace {

int add_client(Headless& h, const std::string& name) {
    const int id = h.app.store.state().profile.next_client;
    REQUIRE(h.app.dispatch(cmd::ClientCreate{name, "+33612345678", "", ""}));
    h.frame();
    return id;
}

}  // namespace

TEST_CASE("client search without accents finds Hoxhá and opens the page") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int id = add_client(h, "Elira Hoxhá");
    h.click("Clients");
    REQUIRE(h.app.view == View::clients);
    const std::string other = h.app.store.state().clients.front().name;
    CHECK(h.visible(other));
    h.fill("Search clients", "hoxha");
    CHECK(h.visible("Elira Hoxhá"));
    CHECK_FALSE(h.visible(other));
    h.fill("Search clients", "HOXHA");
    h.click("Elira Hoxhá");
    CHECK(h.app.view == View::client);
    CHECK(h.app.client == id);
    CHECK(h.visible("Client page"));
}

TEST_CASE("the client page shows their orders and what they owe in total; a row opens the order") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const auto& a = h.app.store.state();
    // A client with orders that owe money.
    const atelier::Client* who = nullptr;
    int64_t owed = 0;
    for (const auto& c : a.clients) {
        int64_t sum = 0;
        for (const auto& o : a.orders)
            if (o.client == c.id && o.status != atelier::Status::cancelled && o.status != atelier::Status::draft)
                sum += atelier::balance_owed(o).minor;
        if (sum > 0) {
            who = &c;
            owed = sum;
            break;
        }
    }
    REQUIRE(who);
    h.app.open_client(who->id);
    h.frame(2);
    CHECK(h.visible("Owes " + atelier::ui::money_text(Money{owed}, a.profile.settings.currency) + " in total"));
    int first = 0;
    for (const auto& o : a.orders)
        if (o.client == who->id) {
            first = o.number;
            break;
        }
    h.click(atelier::order_label(a.profile, first));
    CHECK(h.app.view == View::order);
    CHECK(h.app.order == first);
}

TEST_CASE("contacts are edited in one update, and a bad email is refused visibly") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const int id = add_client(h, "Ana Pérez");
    h.app.open_client(id);
    h.frame(2);
    h.fill("Email", "not an email");
    h.click("Save contacts");
    CHECK(h.app.store.state().client(id)->email.empty());
    CHECK_FALSE(h.label_starting("Contacts not saved: ").empty());
    h.fill("Email", "ana@example.com");
    h.fill("Notes", "prefers mornings");
    h.click("Save contacts");
    const auto* c = h.app.store.state().client(id);
    CHECK(c->email == "ana@example.com");
    CHECK(c->notes == "prefers mornings");
    CHECK(c->history.back().what == "client.update");
}

TEST_CASE("a re-measure adds a dated session; a correction amends a value in place") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const int id = add_client(h, "Jonas Berg");
    REQUIRE(h.app.dispatch(cmd::ClientMeasure{id, atelier::date_from_civil(2026, 3, 1),
                                              {{"chest", *atelier::parse_length("96cm")}}}));
    h.app.open_client(id);
    h.frame(2);
    // The new session offers the names already measured.
    h.fill("Session date", "2026-05-20");
    h.fill("Measurement value 1", "98 cm");
    h.click("Save measurements");
    const auto* c = h.app.store.state().client(id);
    REQUIRE(c->sessions.size() == 2);
    CHECK(atelier::format_date(c->sessions[1].date) == "2026-05-20");
    CHECK(atelier::format_length(*atelier::current_measurement(*c, "chest")) == "98cm");

    h.fill("Correct chest 2026-03-01", "95.5cm", true);
    c = h.app.store.state().client(id);
    CHECK(atelier::format_length(c->sessions[0].values[0].value) == "95.5cm");
    CHECK(c->sessions.size() == 2);
    CHECK(c->history.back().what == "client.correct");

    h.fill("Session date", "2027-01-01");  // in the future: refused by the core
    h.fill("Measurement value 1", "99");
    h.click("Save measurements");
    CHECK(h.app.store.state().client(id)->sessions.size() == 2);
    CHECK_FALSE(h.label_starting("Measurements not saved: ").empty());
}

TEST_CASE("a refused new client keeps the form open with the reason") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    const size_t n = h.app.store.state().clients.size();
    h.click("New client");
    h.click("Create client");  // no name
    CHECK((h.app.views.dialogs.open == "New client"));
    CHECK(h.app.store.state().clients.size() == n);
    CHECK_FALSE(h.label_starting("Client not created: ").empty());
    h.click("New client/Close");
    CHECK_FALSE((h.app.views.dialogs.open == "New client"));
}

TEST_CASE("hostile names display safely in the list, the page and the order") {
    Headless h(800, 1100);  // a portrait tablet
    atelier::test::open_demo(h.app);
    const std::string hostile = "%s%n%d \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80 " + std::string(150, 'W') + " ##x";
    const int id = add_client(h, hostile);
    h.click("Clients");
    h.fill("Search clients", "%s%n");
    CHECK(h.visible(hostile));
    h.click(hostile);
    REQUIRE(h.app.client == id);
    h.click("New order for this client");
    h.fill("New order/Garment", "%n%n%n");
    h.click("New order/Create order");
    REQUIRE(h.app.view == View::order);
    CHECK(h.app.store.state().order(h.app.order)->client == id);
    h.click("History");
    h.click("Details");
    CHECK(h.app.store.state().order(h.app.order)->garment == "%n%n%n");
}

TEST_CASE("phone numbers show in the atelier's national format: the clients list and the order page") {
    Headless h(1280, 800);
    atelier::test::open_demo(h.app);
    const auto& a = h.app.store.state();
    REQUIRE(a.profile.country == "FR");  // the demo atelier is French
    const atelier::Client* c = nullptr;
    for (const auto& cl : a.clients)
        if (cl.phone.rfind("+33", 0) == 0) c = &cl;
    REQUIRE(c);
    const std::string shown = atelier::format_phone(c->phone, "FR");
    CHECK(shown.rfind("0", 0) == 0);  // 06 90 48 22 34, not +33690482234
    h.app.views.clients.search = c->name;
    h.frame(2);
    h.nav("Clients");
    CHECK(h.visible("Phone " + shown));
    int number = 0;
    for (const auto& o : a.orders)
        if (o.client == c->id) number = o.number;
    if (number) {
        h.app.open_order(number);
        h.frame(2);
        CHECK(h.visible("Client phone " + shown));
    }
}
