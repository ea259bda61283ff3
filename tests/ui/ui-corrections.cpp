// Issue 16's corrections of the atelier's records, driven like a person: a duplicate client merged
// into the one kept (search, pick, confirm), a client without orders deleted, a pipeline archived
// and brought back.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "tests/ui/headless.hpp"

using atelier::Money;
using atelier::View;
using atelier::test::Headless;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

// A client made by command (not under test); the page is then opened on it.
int made_client(Headless& h, const std::string& name) {
    const int id = h.app.store.state().profile.next_client;
    REQUIRE(h.app.dispatch(cmd::ClientCreate{name, "", "", ""}));
    return id;
}

int order_for(Headless& h, int client) { return atelier::test::made_order(h, 50000, "Jacket", client); }

}  // namespace

TEST_CASE("a duplicate is merged from its page: its order moves, the page shows the client kept, one undo") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    const int kept = made_client(h, "Inès Okafor");
    const int dup = made_client(h, "Ines Okafor");
    const int number = order_for(h, dup);
    const size_t clients = h.app.store.state().clients.size();
    h.app.open_client(dup);
    h.frame(2);
    REQUIRE(h.visible("Merge…"));
    h.click("Merge…");  // nothing picked yet: nothing asked
    CHECK_FALSE(h.app.confirm);
    CHECK_FALSE(h.find("Delete client…"));  // a client with orders is merged, never deleted

    h.click("Merge into");
    h.fill("Search clients to merge into", "ines oka");
    h.click("Merge into Inès Okafor");
    h.click("Merge…");
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->title == "Merge Ines Okafor into Inès Okafor?");
    CHECK(h.app.confirm->text.find("1 order, 0 measurement sessions and history move to Inès Okafor") != std::string::npos);
    h.click("Please confirm/Merge clients");
    CHECK_FALSE(h.app.confirm);
    CHECK(h.app.store.state().clients.size() == clients - 1);
    CHECK(order_of(h, number).client == kept);
    h.frame(2);
    CHECK(h.app.view == View::client);
    CHECK(h.app.client == kept);

    REQUIRE(h.app.store.can_undo());
    h.click("Undo");
    CHECK(h.app.store.state().clients.size() == clients);
    CHECK(order_of(h, number).client == dup);
}

TEST_CASE("a client with no orders is deleted after a confirmation; keeping it changes nothing") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    const int id = made_client(h, "Mistaken Entry");
    const size_t clients = h.app.store.state().clients.size();
    h.app.open_client(id);
    h.frame(2);
    h.click("Delete client…");
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->title == "Delete Mistaken Entry?");
    h.key(256);  // Escape: kept
    h.frame();
    CHECK_FALSE(h.app.confirm);
    CHECK(h.app.store.state().client(id));
    h.click("Delete client…");
    h.click("Please confirm/Delete client");
    CHECK(h.app.store.state().clients.size() == clients - 1);
    CHECK_FALSE(h.app.store.state().client(id));
}

TEST_CASE("a pipeline is archived from Pipelines: no new order goes there, its orders go on; unarchived again") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    const int client = made_client(h, "Ada Ferreira");
    const int number = order_for(h, client);
    h.frame();
    h.nav("Pipelines");
    REQUIRE(h.app.view == View::pipelines);
    h.click("Pipeline Tailored suit");
    h.click("Archive pipeline");
    REQUIRE(h.app.store.state().pipeline("tailoring")->archived);
    CHECK(h.visible("Archived pipeline"));
    CHECK(h.visible("Unarchive pipeline"));

    cmd::OrderCreate c;
    c.client = client;
    c.pipeline = "tailoring";
    c.deadline = atelier::add_days(h.app.today, 30);
    c.garment = "Coat";
    c.price = Money{50000};
    CHECK_FALSE(h.app.dispatch(c));
    CHECK(h.app.store.state().orders.size() == 1);
    CHECK(h.app.dispatch(cmd::OrderConfirm{number}));  // its own orders move on

    h.click("Unarchive pipeline");
    CHECK_FALSE(h.app.store.state().pipeline("tailoring")->archived);
    CHECK(h.app.dispatch(c));
}
