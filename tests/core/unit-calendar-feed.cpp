// The calendar subscription's device side (issue 17): asks the server for the link, makes and
// stops it for an owner, uploads the agenda only while a link exists, only when its events
// changed (not its stamp) and at most every 10 s; staff devices send nothing; a refusal is shown
// and retried; a reconnect to another server forgets what was known.
#include "core/calendar/ics.hpp"
#include "core/i18n/said_text.hpp"
#include "core/sync/calendar_feed.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

constexpr const char* kServer = "http://192.168.1.20:8080";

struct Feed {
    CalendarFeed f;
    Fixture fx;
    std::vector<SyncRequest> tick(double s, Role role = Role::owner, const char* server = kServer) {
        return f.tick(s, server, role, fx.a(), at("2026-03-01T09:00"));
    }
};

}  // namespace

TEST_CASE("calendar feed: info, make a link, upload on change only, every 10 s at most; stop") {
    Feed t;
    auto r = t.tick(0);
    REQUIRE(r.size() == 1);
    CHECK(r[0].method == "GET");
    CHECK(r[0].url == std::string(kServer) + "/api/v1/calendar");
    CHECK(t.f.owns(r[0].id));
    CHECK(t.tick(1).empty());  // one request at a time
    t.f.on_reply(r[0].id, 200, R"({"link":null,"bytes":0,"person":"","updated":""})");
    CHECK(t.f.known());
    CHECK(t.f.link().empty());
    CHECK(t.tick(2).empty());  // no link: nothing to upload

    t.f.ask_link(true);
    r = t.tick(3);
    REQUIRE(r.size() == 1);
    CHECK(r[0].method == "POST");
    CHECK(r[0].body == R"({"action":"new"})");
    const std::string secret = "/api/v1/calendar/" + std::string(43, 'a') + ".ics";
    t.f.on_reply(r[0].id, 200, R"({"link":")" + secret + R"(","bytes":0,"person":"","updated":""})");
    CHECK(t.f.link() == std::string(kServer) + secret);

    r = t.tick(4);
    REQUIRE(r.size() == 1);
    CHECK(r[0].method == "PUT");
    CHECK(r[0].content_type == "text/calendar");
    CHECK(r[0].body == calendar_ics(t.fx.a(), at("2026-03-01T09:00")));
    t.f.on_reply(r[0].id, 200, R"({"bytes":500,"updated":"2026-03-01T09:00:04.000Z"})");
    CHECK(t.f.uploaded() == "2026-03-01T09:00:04.000Z");
    CHECK(t.tick(20).empty());  // nothing changed
    // A fitting booked: uploaded at the next slot, not before.
    t.fx.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-20T10:00","kind":"first"})");
    CHECK(t.tick(21).empty());
    r = t.tick(30);
    REQUIRE(r.size() == 1);
    CHECK(r[0].body.find("2026032") != std::string::npos);
    // A refusal is shown and the same content sent again later.
    t.f.on_reply(r[0].id, 503, R"({"error":"the server could not read or write its data; try again later"})");
    CHECK(t.f.problem() == "the server ran into a problem of its own (503); this device tries again later");
    REQUIRE(t.f.problem_said());
    CHECK(words(Language::fr, *t.f.problem_said()) == "le serveur a rencontré un problème (503) ; cet appareil réessaie plus tard");
    CHECK(t.tick(35).empty());  // a pause after a failure
    r = t.tick(60);
    REQUIRE(r.size() == 1);
    t.f.on_reply(r[0].id, 200, R"({"bytes":600,"updated":"2026-03-01T09:01:00.000Z"})");
    CHECK(t.f.problem().empty());
    CHECK_FALSE(t.f.problem_said());

    t.f.ask_link(false);
    r = t.tick(61);
    REQUIRE(r.size() == 1);
    CHECK(r[0].body == R"({"action":"stop"})");
    t.f.on_reply(r[0].id, 200, R"({"link":null,"bytes":600,"person":"ana","updated":"x"})");
    CHECK(t.f.link().empty());
    t.fx.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-27T10:00","kind":"final"})");
    CHECK(t.tick(100).empty());  // no link, no upload
}

TEST_CASE("calendar feed: staff send nothing; another server starts again; an old reply is ignored") {
    Feed t;
    CHECK(t.tick(0, Role::staff).empty());
    auto r = t.tick(1, Role::manager);
    REQUIRE(r.size() == 1);
    const uint64_t old = r[0].id;
    r = t.tick(2, Role::manager, "http://other:8080");
    REQUIRE(r.size() == 1);  // forgot the first server's request, asks the new one
    CHECK(r[0].url == "http://other:8080/api/v1/calendar");
    t.f.on_reply(old, 200, R"({"link":"/api/v1/calendar/x.ics"})");  // from the first server
    CHECK_FALSE(t.f.known());
    t.f.on_reply(r[0].id, 401, R"({"error":"unknown or revoked token"})");
    CHECK(t.f.problem() == "the token is unknown or revoked: ask the atelier's owner for a new invitation link");
    CHECK_FALSE(t.f.known());
    CHECK(t.tick(5, Role::manager, "http://other:8080").empty());  // not every frame after a refusal
    r = t.tick(13, Role::manager, "http://other:8080");
    REQUIRE(r.size() == 1);  // asked again after the pause
    t.f.on_reply(r[0].id, 0, "");
    CHECK(t.f.problem() == "no answer from http://other:8080");  // sync's words, with the feed's server
    REQUIRE(t.f.problem_said());
    CHECK(words(Language::fr, *t.f.problem_said()) == "pas de réponse de http://other:8080");
    CHECK(t.tick(3, Role::manager, "").empty());  // sync off
    // The stamp alone never makes an upload: the key leaves it out.
    CHECK(calendar_feed_key(t.fx.a()) == calendar_feed_key(t.fx.a()));
    CHECK(calendar_ics(t.fx.a(), at("2026-03-01T09:00")) != calendar_ics(t.fx.a(), at("2026-03-01T09:01")));
}
