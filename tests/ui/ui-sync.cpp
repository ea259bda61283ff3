// Settings → Sync and Not applied through the real views: connect with a server address and a
// token, answer the first sync's question, see the state in the top bar; retry or dismiss a change
// another device's change made invalid. The server is the in-process one (core/sync/log_server.hpp).
#include <doctest/doctest.h>

#include <deque>

#include "core/storage/backup.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/sync_wire.hpp"
#include "web/ui/qr_code.hpp"

using atelier::test::Headless;
using atelier::test::Wire;


TEST_CASE("Settings → Sync connects, uploads this atelier when the server holds none, and the top bar says Synced") {
    Headless h;
    Wire wire(h);
    h.click("Settings");
    CHECK_FALSE(h.visible("Sync status"));
    h.fill("Sync server address", "http://studio:8080");
    h.fill("Sync token", "tok");
    h.fill("Sync device name", "Desk laptop");
    h.click("Sync connect");
    wire.pump(h, 3);
    REQUIRE(h.visible("First sync: upload question"));
    CHECK(h.visible("Sync status"));
    h.click("Upload this atelier");
    wire.pump(h);
    CHECK(h.app.sync.state() == atelier::SyncState::synced);
    CHECK(h.visible("Sync state: Synced"));
    CHECK(h.app.who == "ana");
    CHECK(wire.server.snapshot_get().status == 200);
    // The invitation as a QR code, square and large enough for a camera across a desk.
    CHECK_FALSE(h.visible("Invitation QR code"));
    h.click("Invitation QR code button");
    h.frame();
    const atelier::ui::LocatedItem* qr = h.find("Invitation QR code");
    REQUIRE(qr);
    CHECK(qr->x1 - qr->x0 >= 150.0f);
    CHECK(qr->x1 - qr->x0 == doctest::Approx(qr->y1 - qr->y0));
    h.click("Invitation QR code button");
    h.frame();
    CHECK_FALSE(h.visible("Invitation QR code"));
    // An edit is pending until pushed, then synced again.
    h.nav("Board");
    atelier::cmd::OrderUpdate u;
    u.order = h.app.store.state().orders[0].number;
    u.notes = "hem 2 cm";
    REQUIRE(h.app.dispatch(u));
    CHECK(h.app.sync.pending() == 1);
    wire.pump(h);
    CHECK(h.app.sync.pending() == 0);
    CHECK(wire.server.head() >= 2);
    h.click("Settings");
    h.click("Sync disconnect");
    CHECK(h.app.sync.state() == atelier::SyncState::off);
    h.frame();
    CHECK(h.visible("Sync connect"));
}

TEST_CASE("Not applied: Retry applies the change now and settles the record; Dismiss settles it") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    const auto& a = h.app.store.state();
    const int number = a.orders[0].number;
    const std::string pay = R"({"type":"order.update","order":)" + std::to_string(number) + R"(,"notes":"call the client"})";
    REQUIRE(h.app.dispatch(atelier::cmd::EntryRefused{"tablet-2.7", "order.update", "/notes: changed since", pay}));
    REQUIRE(h.app.dispatch(atelier::cmd::EntryRefused{"tablet-2.8", "order.pay", "/amount: overpayment refused", ""}));
    h.click("Settings");
    REQUIRE(h.visible("Not applied list"));
    CHECK(h.visible("Retry tablet-2.7"));
    CHECK_FALSE(h.visible("Retry tablet-2.8"));  // no command kept: dismiss only
    h.click("Dismiss tablet-2.8");
    h.click("Retry tablet-2.7");
    h.frame();
    const auto& kept = h.app.store.state().profile.not_applied;
    CHECK(kept[0].state == atelier::NotAppliedState::retried);
    CHECK(kept[1].state == atelier::NotAppliedState::dismissed);
    CHECK(h.app.store.state().order(number)->notes == "call the client");
    CHECK_FALSE(h.visible("Not applied list"));
}

TEST_CASE("restoring a backup while synced turns sync off instead of folding the studio's log onto it") {
    Headless h;
    Wire wire(h);
    wire.connect_and_upload(h);
    const atelier::Atelier backup = h.app.store.state();
    h.click("Settings");
    h.app.restore_text = atelier::backup_text(backup);
    h.frame(2);
    h.click("Replace my atelier with this backup");
    h.frame();
    CHECK(h.app.sync.state() == atelier::SyncState::off);
    CHECK(h.visible("Sync connect"));
}

TEST_CASE("an order made after the block ran out shows a provisional label until the next sync renumbers it, page and all") {
    Headless h;
    Wire wire(h);
    wire.connect_and_upload(h);
    const atelier::NumbersLeft left = atelier::numbers_left(h.app.store.state().profile, h.app.device);
    REQUIRE(left.orders == 20);
    // Offline (nothing pumped): the block's 20 numbers, then a provisional one.
    atelier::cmd::OrderCreate c;
    c.client = h.app.store.state().clients[0].id;
    c.pipeline = h.app.store.state().pipelines[0].id;
    c.deadline = h.app.today;
    c.garment = "Cape";
    for (int i = 0; i <= left.orders; ++i) REQUIRE(h.app.dispatch(c));
    const int provisional = atelier::kProvisionalFrom;
    REQUIRE(h.app.store.state().order(provisional));
    h.app.open_order(provisional);
    h.frame();
    const std::string code = h.app.store.state().profile.settings.company_code;
    CHECK(h.visible("Provisional number: it gets its real number at the next sync"));
    CHECK(h.app.sync.waiting_for_numbers() == 1);
    CHECK(atelier::sync_status_text(h.app.sync) == "21 pending · 1 waits for a number");
    // Online: a new block, the order renumbered, then sent; the open page follows it.
    wire.pump(h, 10);
    CHECK(h.app.sync.pending() == 0);
    const int real = h.app.order;
    CHECK(real < atelier::kProvisionalFrom);
    REQUIRE(h.app.store.state().order(real));
    CHECK(h.app.store.state().order(real)->garment == "Cape");
    CHECK_FALSE(h.app.store.state().order(provisional));
    CHECK_FALSE(h.visible("Provisional number: it gets its real number at the next sync"));
    bool logged = false;
    for (const auto& e : wire.server.log())
        logged = logged || (e["command"].value("type", "") == "order.create" && e["command"].value("number", 0) == real);
    CHECK(logged);
}

TEST_CASE("the QR code of a link: finder patterns in three corners, the text decides the modules, too long gives none") {
    const atelier::QrModules q = atelier::qr_modules("http://192.168.1.20:8080/?sync=http%3A%2F%2F192.168.1.20%3A8080&token=abcdefghijklmnopqrstuvwxyz012345");
    REQUIRE(q.size >= 21);
    CHECK((q.size - 17) % 4 == 0);  // 21, 25, 29… modules: a version's size
    // A finder pattern: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre.
    auto finder = [&](int x0, int y0) {
        for (int y = 0; y < 7; ++y)
            for (int x = 0; x < 7; ++x) {
                const bool ring = x == 0 || y == 0 || x == 6 || y == 6, centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                if (q.at(x0 + x, y0 + y) != (ring || centre)) return false;
            }
        return true;
    };
    CHECK(finder(0, 0));
    CHECK(finder(q.size - 7, 0));
    CHECK(finder(0, q.size - 7));
    CHECK_FALSE(finder(q.size - 7, q.size - 7));
    const atelier::QrModules other = atelier::qr_modules("http://192.168.1.20:8080/?sync=http%3A%2F%2F192.168.1.20%3A8080&token=abcdefghijklmnopqrstuvwxyz012346");
    CHECK(other.size == q.size);
    CHECK(other.dark != q.dark);
    CHECK(atelier::qr_modules(std::string(atelier::kMaxQrText + 1, 'a')).size == 0);
}

TEST_CASE("synced, a new client and a new order open under the numbers of the device's block, not the counters'") {
    Headless h;
    Wire wire(h);
    wire.connect_and_upload(h);
    const atelier::Profile& p = h.app.store.state().profile;
    const atelier::NumberBlock* mine = nullptr;
    for (const auto& b : p.blocks)
        if (b.device == h.app.device) mine = &b;
    REQUIRE(mine);
    const int client_id = mine->clients.next, number = mine->orders.next;
    // The counters moved past the block: numbering from them would open the wrong record.
    REQUIRE(p.next_client != client_id);
    h.click("New client");
    h.fill("New client/Name", "Elira Hoxhá");
    h.click("Create client");
    REQUIRE(h.app.view == atelier::View::client);
    CHECK(h.app.client == client_id);
    REQUIRE(h.app.store.state().client(client_id));
    CHECK(h.app.store.state().client(client_id)->name == "Elira Hoxhá");
    h.click("New order for this client");
    h.fill("New order/Garment", "Three-piece suit");
    h.fill("New order/Deadline", "2026-07-15");
    h.click("Create order");
    REQUIRE(h.app.view == atelier::View::order);
    CHECK(h.app.order == number);
    REQUIRE(h.app.store.state().order(number));
    CHECK(h.app.store.state().order(number)->client == client_id);
}

TEST_CASE("while synced the token's role rules: a staff token's device shows no money and refuses payments") {
    Headless h;
    Wire wire(h);
    // This device's list says ana owns the atelier; the server gives her token the staff role.
    REQUIRE(h.app.dispatch(atelier::cmd::PersonPut{"ana", atelier::Role::owner, std::nullopt}));
    REQUIRE(h.app.role() == atelier::Role::staff);  // "owner" (the device's person) is not on the list
    h.app.who = "ana";
    REQUIRE(h.app.role() == atelier::Role::owner);
    wire.role = "staff";
    wire.connect_and_upload(h);
    CHECK(h.app.who == "ana");
    CHECK(h.app.sync.role() == atelier::Role::staff);
    CHECK(h.app.role() == atelier::Role::staff);
    const int n = h.app.store.state().orders.front().number;
    CHECK_FALSE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{100}, std::nullopt, "cash", ""}));
    CHECK(h.app.refusal().message == "staff may not record payments (order.pay); an owner or a manager can");
    h.app.open_order(n);
    h.frame();
    CHECK(h.visible("Details"));
    CHECK_FALSE(h.visible("Payments"));
    // The role is kept with the sync settings: after a restart the device still works as staff.
    atelier::App again;
    again.store.reset(h.app.store.state());
    again.sync_restore(nlohmann::json{{"server", "http://studio:8080"}, {"token", "tok"}}, h.app.sync.meta());
    CHECK(again.role() == atelier::Role::staff);
}

TEST_CASE("a payment made offline under an older role is kept by the server as Not applied, and an owner retries it") {
    Headless h;
    Wire wire(h);
    wire.connect_and_upload(h);  // ana, owner
    REQUIRE(h.app.role() == atelier::Role::owner);
    const int n = h.app.store.state().orders.front().number;
    const size_t paid = h.app.store.state().order(n)->payments.size();
    // The owner makes ana staff on the server; this device has not asked since and takes a payment.
    wire.role = "staff";
    REQUIRE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{100}, std::nullopt, "cash", "offline"}));
    wire.pump(h);
    const atelier::Atelier& a = h.app.store.state();
    CHECK(a.order(n)->payments.size() == paid);  // not applied: the log holds its refusal
    REQUIRE(a.profile.not_applied.size() == 1);
    const auto& k = a.profile.not_applied.front();
    CHECK(k.what == "order.pay");
    CHECK(k.reason == "staff may not record payments (order.pay); an owner or a manager can (the token's role on the server)");
    CHECK_FALSE(k.command.empty());
    const std::string refused = k.entry;  // (the state changes below)
    CHECK(h.app.sync.state() == atelier::SyncState::synced);  // nothing stuck pending
    CHECK(h.app.role() == atelier::Role::staff);               // and the device has heard its new role
    // ana is an owner again (the server says so at the next ask); she retries it from Settings.
    wire.role = "owner";
    h.app.seconds += 61;
    wire.pump(h);
    REQUIRE(h.app.role() == atelier::Role::owner);
    h.nav("Settings");
    h.click("Retry " + refused);
    wire.pump(h);
    CHECK(h.app.store.state().order(n)->payments.size() == paid + 1);
    CHECK(h.app.store.state().profile.not_applied.front().state == atelier::NotAppliedState::retried);
}

TEST_CASE("Settings → Sync → Calendar subscription: an owner makes the link, the agenda is uploaded, Stop ends it") {
    Headless h;
    Wire wire(h);
    wire.connect_and_upload(h);
    // The calendar's routes answered here, as backend/calendars.py does (the in-process server has none).
    std::string link, uploaded;
    int puts = 0;
    double clock = h.app.seconds + 100;  // past the pause the in-process server's 404 started
    auto pump = [&](int rounds) {
        for (int i = 0; i < rounds; ++i) {
            h.app.seconds = clock += 6;  // the frames keep their own clock; the feed's pauses are seconds
            h.app.sync_frame(true, false);
            while (!wire.queue.empty()) {
                const atelier::SyncRequest r = wire.queue.front();
                wire.queue.pop_front();
                if (r.url.find("/api/v1/calendar") == std::string::npos) {
                    const atelier::ServerReply reply = atelier::test::route(wire.server, "http://studio:8080", r, "ana", wire.role);
                    h.app.sync_reply(r.id, reply.status, reply.body.dump());
                    continue;
                }
                nlohmann::json info{{"link", link.empty() ? nlohmann::json(nullptr) : nlohmann::json(link)}, {"bytes", uploaded.size()},
                                    {"person", "ana"}, {"updated", puts ? "2026-12-05T09:00:00.000Z" : ""}};
                if (r.method == "POST") {
                    link = nlohmann::json::parse(r.body)["action"] == "new" ? "/api/v1/calendar/" + std::string(43, 'k') + ".ics" : "";
                    info["link"] = link.empty() ? nlohmann::json(nullptr) : nlohmann::json(link);
                } else if (r.method == "PUT") {
                    CHECK(r.content_type == "text/calendar");
                    uploaded = r.body;
                    ++puts;
                    info = {{"bytes", r.body.size()}, {"updated", "2026-12-05T09:00:00.000Z"}};
                }
                h.app.sync_reply(r.id, 200, info.dump());
            }
            h.frame();
        }
    };
    h.click("Settings");
    pump(2);
    REQUIRE(h.visible("Make calendar link"));
    CHECK_FALSE(h.visible("Calendar link"));
    CHECK(puts == 0);  // no link: nothing sent
    h.click("Make calendar link");
    pump(3);
    REQUIRE(h.visible("Calendar link"));
    CHECK(h.app.calendar_feed.link() == "http://studio:8080/api/v1/calendar/" + std::string(43, 'k') + ".ics");
    CHECK(puts == 1);
    CHECK(uploaded.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    pump(3);
    CHECK(puts == 1);  // unchanged agenda: not sent again
    h.click("Stop calendar link");
    pump(2);
    CHECK_FALSE(h.visible("Calendar link"));
    CHECK(h.visible("Make calendar link"));
}
