// The app's sync state machine (core/sync/client.hpp) against the in-process server: first sync
// (upload, replace, a new tablet), edits going both ways, offline, unreachable, not allowed, an
// update needed, and a restart with entries pending; what it says, in the device's language.
#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/sync/server_said.hpp"
#include "tests/core/sync_transport.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const SyncSettings kServer{"http://studio:8080", "tok", "Front desk"};

// The laptop uploads its atelier to an empty server; the tablet (empty) takes it.
struct Studio {
    Fixture f;
    LogServer server;
    SyncDevice laptop{"laptop", "ana", f.a()}, tablet{"tablet", "sofia", Atelier{}};
    Studio() {
        tablet.store.reset(Atelier{});
        laptop.sync.connect(kServer, laptop.id);
        laptop.pump(server, 2);
        REQUIRE(laptop.sync.first_sync() == FirstSync::upload);
        CHECK(laptop.sync.state() == SyncState::choosing);
        laptop.sync.choose(true, laptop.store.state());
        laptop.pump(server);
        tablet.sync.connect(kServer, tablet.id);
        tablet.pump(server);
        laptop.pump(server);
    }
};

}  // namespace

TEST_CASE("first sync: the laptop uploads its atelier, a new tablet takes it without asking, numbers come in blocks") {
    Studio s;
    CHECK(s.laptop.sync.state() == SyncState::synced);
    CHECK(s.tablet.sync.state() == SyncState::synced);
    CHECK(s.tablet.backups == 0);
    CHECK(s.tablet.sync.person() == "sofia");
    CHECK(state_hash(s.tablet.store.state()) == state_hash(s.laptop.store.state()));
    CHECK(s.tablet.store.state().order(1)->garment == "Aurore");
    // Each device holds a block of numbers from the server's numbers.reserve entries.
    int blocks = 0;
    for (const auto& b : s.laptop.store.state().profile.blocks) blocks += b.device == "laptop" || b.device == "tablet";
    CHECK(blocks == 2);
}

TEST_CASE("edits go both ways and an order created on the tablet takes a number from its block") {
    Studio s;
    REQUIRE(s.tablet.run(R"({"type":"order.update","order":1,"notes":"hem 2 cm","from":{"notes":""}})").ok);
    REQUIRE(s.tablet.run(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Iris","price":100000})").ok);
    CHECK(s.tablet.sync.state() == SyncState::pending);
    CHECK(s.tablet.sync.pending() == 2);
    s.tablet.pump(s.server);
    CHECK(s.tablet.sync.state() == SyncState::synced);
    s.laptop.pump(s.server);
    CHECK(s.laptop.store.state().order(1)->notes == "hem 2 cm");
    CHECK(state_hash(s.tablet.store.state()) == state_hash(s.laptop.store.state()));
    int tablet_from = 0;
    for (const auto& b : s.laptop.store.state().profile.blocks)
        if (b.device == "tablet") tablet_from = b.orders.from;
    CHECK(s.laptop.store.state().orders.size() == 2);
    CHECK(s.laptop.store.state().orders[1].number == tablet_from);
}

TEST_CASE("a device with an atelier of its own is asked to replace it with the server's, a backup first") {
    Studio s;
    Fixture other;
    SyncDevice third("laptop-2", "marc", other.a());
    third.sync.connect(kServer, third.id);
    third.pump(s.server, 2);
    CHECK(third.sync.first_sync() == FirstSync::replace);
    CHECK(third.sync.state() == SyncState::choosing);
    SyncEffect e = third.sync.choose(true, third.store.state());
    CHECK(e.backup_first);
    REQUIRE(e.replace);
    third.store.reset(std::move(*e.replace));
    third.pump(s.server);
    s.laptop.pump(s.server);
    CHECK(state_hash(third.store.state()) == state_hash(s.laptop.store.state()));
    // Saying no disconnects and changes nothing.
    SyncDevice fourth("laptop-3", "marc", other.a());
    fourth.sync.connect(kServer, fourth.id);
    fourth.pump(s.server, 2);
    fourth.sync.choose(false, fourth.store.state());
    CHECK(fourth.sync.state() == SyncState::off);
    CHECK(fourth.store.state() == other.a());
}

TEST_CASE("offline, unreachable and not allowed are told apart, and work waits") {
    Studio s;
    s.tablet.sync.set_online(false);
    REQUIRE(s.tablet.run(R"({"type":"order.update","order":1,"notes":"offline edit"})").ok);
    s.tablet.pump(s.server);
    CHECK(s.tablet.sync.state() == SyncState::offline);
    CHECK(s.tablet.sync.pending() == 1);
    s.tablet.sync.set_online(true);
    s.tablet.online = false;  // the page thinks it is online, the server does not answer
    s.tablet.pump(s.server, 2);
    CHECK(s.tablet.sync.state() == SyncState::unreachable);
    CHECK(s.tablet.sync.problem() == "no answer from http://studio:8080");
    REQUIRE(s.tablet.sync.problem_said());
    CHECK(english(*s.tablet.sync.problem_said()) == s.tablet.sync.problem());
    CHECK(words(Language::fr, *s.tablet.sync.problem_said()) == "pas de réponse de http://studio:8080");
    s.tablet.online = true;
    s.tablet.pump(s.server, 40);  // past the backoff
    CHECK(s.tablet.sync.state() == SyncState::synced);
    s.laptop.answer = std::make_pair(401, std::string(R"({"error":"unknown or revoked token"})"));
    s.laptop.pump(s.server);
    CHECK(s.laptop.sync.state() == SyncState::not_allowed);
    CHECK(s.laptop.sync.problem() == "the token is unknown or revoked: ask the atelier's owner for a new invitation link");
    REQUIRE(s.laptop.sync.problem_said());
    CHECK(english(*s.laptop.sync.problem_said()) == s.laptop.sync.problem());
    CHECK(words(Language::fr, *s.laptop.sync.problem_said()) ==
          "le jeton est inconnu ou révoqué : demandez un nouveau lien d’invitation au propriétaire de l’atelier");
    s.laptop.sync.tick(1000, true, s.laptop.store.state());
    CHECK(s.laptop.sync.take_requests().empty());
}

TEST_CASE("an entry of a newer app stops folding: the device asks for an update and keeps its work") {
    Studio s;
    // Another device runs a newer app.
    const ServerReply r = s.server.push({{"device", "new-tab"}, {"entries", {{{"id", "new-tab.1"}, {"device", "new-tab"}, {"seq", 1},
                                         {"at", "2026-03-02T11:00"}, {"app_version", "99.0.0"},
                                         {"command", {{"type", "order.hover"}, {"order", 1}}}}}}},
                                        "marc", "t");
    REQUIRE(r.status == 200);
    REQUIRE(s.tablet.run(R"({"type":"order.update","order":1,"notes":"kept"})").ok);
    s.tablet.pump(s.server);
    CHECK(s.tablet.sync.state() == SyncState::needs_update);
    CHECK(s.tablet.sync.newer_version() == "99.0.0");
    CHECK(s.tablet.store.state().order(1)->notes == "kept");
}

TEST_CASE("a restart with entries pending starts again from the server's checkpoint and loses nothing") {
    Studio s;
    s.tablet.sync.set_online(false);
    REQUIRE(s.tablet.run(R"({"type":"order.update","order":1,"notes":"before the crash"})").ok);
    REQUIRE(s.laptop.run(R"({"type":"order.update","order":1,"garment":"Aurore II"})").ok);
    s.laptop.pump(s.server);
    // The tablet restarts from what it saved: its atelier and its sync meta.
    const nlohmann::json meta = s.tablet.sync.meta();
    SyncDevice again("tablet", "sofia", s.tablet.store.state());
    again.sync.restore(meta, again.store.state(), "tablet");
    CHECK(again.sync.pending() == 1);
    again.pump(s.server);
    s.laptop.pump(s.server);
    CHECK(again.sync.state() == SyncState::synced);
    CHECK(again.store.state().order(1)->notes == "before the crash");
    CHECK(again.store.state().order(1)->garment == "Aurore II");
    CHECK(state_hash(again.store.state()) == state_hash(s.laptop.store.state()));
}

TEST_CASE("a pull left hanging across a network change is replaced, and its late reply is ignored") {
    Studio s;
    s.tablet.now += 1;
    s.tablet.sync.tick(s.tablet.now, true, s.tablet.store.state());
    auto first = s.tablet.sync.take_requests();
    REQUIRE(first.size() == 1);
    CHECK(first[0].url.find("/api/v1/pull?after=") != std::string::npos);
    CHECK(first[0].url.find("&wait=25") != std::string::npos);
    REQUIRE(s.laptop.run(R"({"type":"order.update","order":1,"notes":"from the laptop"})").ok);
    s.laptop.pump(s.server);
    s.tablet.sync.set_online(false);
    s.tablet.sync.set_online(true);  // back: pull now, not after the old long-poll
    s.tablet.now += 1;
    s.tablet.sync.tick(s.tablet.now, true, s.tablet.store.state());
    auto second = s.tablet.sync.take_requests();
    REQUIRE(second.size() == 1);
    CHECK(second[0].url.find("&wait=0") != std::string::npos);
    const ServerReply fresh = route(s.server, kServer.server, second[0], "sofia");
    s.tablet.sync.on_reply(second[0].id, fresh.status, fresh.body.dump(), s.tablet.store, kVersion);
    CHECK(s.tablet.store.state().order(1)->notes == "from the laptop");
    // The old pull's reply, from the old position, arrives late: ignored, nothing breaks.
    const ServerReply late = route(s.server, kServer.server, first[0], "sofia");
    const SyncEffect e = s.tablet.sync.on_reply(first[0].id, late.status, late.body.dump(), s.tablet.store, kVersion);
    CHECK_FALSE(e.state_changed);
    CHECK(s.tablet.sync.state() == SyncState::synced);
}

TEST_CASE("devices that disagree at a log position are shown on every device, within a minute") {
    Studio s;
    REQUIRE(s.server.hash({{"device", "tab-a"}, {"pos", 1}, {"hash", "aa"}}).status == 200);
    REQUIRE(s.server.hash({{"device", "tab-b"}, {"pos", 1}, {"hash", "bb"}}).status == 200);
    CHECK(s.tablet.sync.disagree().empty());
    s.tablet.pump(s.server, 70);  // GET /atelier once a minute
    REQUIRE(s.tablet.sync.disagree().size() == 1);
    CHECK(s.tablet.sync.disagree()[0] == 1);
}

TEST_CASE("a failed request in a person's words: no answer, the token, slow down, the server's trouble, its refusal, a bare status") {
    const std::string server = kServer.server;
    CHECK(english(server_said(server, 0, "")) == "no answer from http://studio:8080");
    CHECK(english(server_said(server, 401, R"({"error":"no token: send Authorization: Bearer <token>"})")) ==
          "the token is unknown or revoked: ask the atelier's owner for a new invitation link");
    CHECK(english(server_said(server, 429, R"({"error":"too many requests; slow down"})")) ==
          "the server asks this device to slow down; it tries again in a moment");
    CHECK(english(server_said(server, 503, R"({"error":"the server could not read or write its data; try again later"})")) ==
          "the server ran into a problem of its own (503); this device tries again later");
    CHECK(english(server_said(server, 502, "<html>Bad Gateway</html>")) == "the server ran into a problem of its own (502); this device tries again later");
    CHECK(english(server_said(server, 409, R"({"error":"entry tablet.3 is already in the log, with a different command"})")) ==
          "the server refused (409): entry tablet.3 is already in the log, with a different command");
    CHECK(english(server_said(server, 404, "not found")) == "the server answered 404");
    // The server's own words stay as it wrote them; the sentence around them is the device's.
    CHECK(words(Language::fr, server_said(server, 409, R"({"error":"entry tablet.3 is already in the log"})")) ==
          "le serveur a refusé la demande (409) : entry tablet.3 is already in the log");
    CHECK(words(Language::de, server_said(server, 503, "")) == "beim Server ist ein Problem aufgetreten (503); dieses Gerät versucht es später erneut");
}

TEST_CASE("a refusal of the device's own entries stops sync with the server's reason; a checkpoint that does not load says why") {
    Studio s;
    s.tablet.answer = std::make_pair(409, std::string(R"({"error":"entry tablet.1 is already in the log, with a different command"})"));
    REQUIRE(s.tablet.run(R"({"type":"order.update","order":1,"notes":"refused"})").ok);
    s.tablet.pump(s.server, 1);
    CHECK(s.tablet.sync.state() == SyncState::failed);
    CHECK(s.tablet.sync.problem() == "the server refused (409): entry tablet.1 is already in the log, with a different command");
    // A checkpoint the device cannot read: the loader's reason, worded by the device when it can be.
    LogServer broken;
    REQUIRE(broken.snapshot_put(0, {{"hash", std::string(64, 'a')}, {"snapshot", {{"format", "not an atelier"}}}}).status == 200);
    Atelier unused;
    Problems problems;
    REQUIRE_FALSE(snapshot_from_json(nlohmann::json{{"format", "not an atelier"}}, unused, problems));
    REQUIRE(problems.front().said);
    SyncDevice fresh("tablet-2", "sofia", Atelier{});
    fresh.sync.connect(kServer, fresh.id);
    fresh.pump(broken, 3);
    CHECK(fresh.sync.state() == SyncState::failed);
    CHECK(fresh.sync.problem() == "the server's checkpoint does not load: " + problems.front().message);
    REQUIRE(fresh.sync.problem_said());
    CHECK(words(Language::fr, *fresh.sync.problem_said()) ==
          "le point de reprise du serveur ne se charge pas : " + problem_text(Language::fr, problems.front()));
}

namespace {

// The tablet's next round with the server, its token of `role`: the notice its replies gave, if any.
std::optional<Said> next_notice(SyncDevice& d, LogServer& server, const std::string& role = "owner") {
    d.now += 1;
    d.sync.tick(d.now, true, d.store.state());
    std::optional<Said> notice;
    for (const auto& r : d.sync.take_requests()) {  // the push before the pull
        const ServerReply reply = route(server, kServer.server, r, d.who, role);
        SyncEffect e = d.sync.on_reply(r.id, reply.status, reply.body.dump(), d.store, kVersion);
        if (e.notice) notice = std::move(e.notice);
    }
    return notice;
}

}  // namespace

TEST_CASE("a pull says, in the device's language, how many changes were not applied or refused for its role") {
    Studio s;
    // Another device's change this atelier refuses (no order 999): listed as Not applied.
    REQUIRE(s.server.push({{"device", "phone"}, {"entries", {{{"id", "phone.1"}, {"device", "phone"}, {"seq", 1}, {"at", "2026-03-02T11:00"},
                                                            {"app_version", kVersion},
                                                            {"command", {{"type", "order.update"}, {"order", 999}, {"notes", "x"}}}}}}},
                          "marc", "t")
                .status == 200);
    std::optional<Said> notice = next_notice(s.tablet, s.server);
    REQUIRE(notice);
    CHECK(english(*notice) == "1 change was not applied: see Not applied");
    CHECK(words(Language::fr, *notice) == "1 modification n’a pas été appliquée : voir Non appliqués");
    // A payment taken on the tablet while its token is staff on the server: kept as its refusal.
    REQUIRE(s.tablet.run(R"({"type":"order.pay","order":1,"amount":100,"method":"card"})").ok);
    notice = next_notice(s.tablet, s.server, "staff");
    REQUIRE(notice);
    CHECK(english(*notice) == "1 change of this device was refused by the server (your role): see Not applied");
    CHECK(words(Language::fr, *notice) == "1 modification de cet appareil a été refusée par le serveur (votre rôle) : voir Non appliqués");
    CHECK(words(Language::fr, say_n(Msg::sync_why_role_refused, 3)) ==
          "3 modifications de cet appareil ont été refusées par le serveur (votre rôle) : voir Non appliqués");
}
