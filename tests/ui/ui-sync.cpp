// Settings → Sync and Not applied through the real views: connect with a server address and a
// token, answer the first sync's question, see the state in the top bar; retry or dismiss a change
// another device's change made invalid. The server is the in-process one (core/sync/log_server.hpp).
#include <doctest/doctest.h>

#include <deque>

#include "core/storage/backup.hpp"
#include "tests/core/sync_transport.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

// The app's requests answered by an in-process server, a few frames' worth.
struct Wire {
    atelier::LogServer server;
    std::deque<atelier::SyncRequest> queue;
    // The demo atelier open in `h`, its requests answered here.
    explicit Wire(Headless& h) {
        h.app.on_sync_send = [this](const atelier::SyncRequest& r, const std::string&) { queue.push_back(r); };
        atelier::test::open_demo(h.app);
        h.frame();
    }
    void pump(Headless& h, int rounds = 6) {
        for (int i = 0; i < rounds; ++i) {
            h.app.seconds += 1;
            h.app.sync_frame(true, false);
            while (!queue.empty()) {
                const atelier::SyncRequest r = queue.front();
                queue.pop_front();
                const atelier::ServerReply reply = atelier::test::route(server, "http://studio:8080", r, "ana");
                h.app.sync_reply(r.id, reply.status, reply.body.dump());
            }
            h.frame();
        }
    }
};

}  // namespace

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
    h.app.sync_connect(atelier::SyncSettings{"http://studio:8080", "tok", ""});
    wire.pump(h, 3);
    h.app.sync_choose(true);
    wire.pump(h);
    REQUIRE(h.app.sync.state() == atelier::SyncState::synced);
    const atelier::Atelier backup = h.app.store.state();
    h.click("Settings");
    h.app.restore_text = atelier::backup_text(backup);
    h.frame(2);
    h.click("Replace my atelier with this backup");
    h.frame();
    CHECK(h.app.sync.state() == atelier::SyncState::off);
    CHECK(h.visible("Sync connect"));
}
