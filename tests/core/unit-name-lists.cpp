// atelier.update's team and salesperson lists from two devices: with `from` (the list as its
// author saw it) each device's additions and removals are applied to the list as it is, so a name
// another device added meanwhile is never dropped; without it the list is replaced whole.
#include "tests/core/two_devices.hpp"

#include "core/snapshot/state_hash.hpp"
#include "core/storage/journal_entry.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("two devices each add a team offline: with what they saw, both teams are kept, on both devices") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Embroidery"],"from":{"teams":["Sewing","Cutting"]}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Beading"],"from":{"teams":["Sewing","Cutting"]}})");
    TwoDevices::deliver(d.laptop, theirs);  // log order: mine, theirs
    TwoDevices::deliver(d.tablet, mine);    // the tablet gets the laptop's after its own...
    CHECK(d.laptop.a().profile.teams == Names{"Sewing", "Cutting", "Embroidery", "Beading"});
    // ...so it holds the other order: the same names, each device's own appended last. Both keep both.
    CHECK(d.tablet.a().profile.teams == Names{"Sewing", "Cutting", "Beading", "Embroidery"});
    // Replayed in one log order from the start, every device lands on one state hash.
    Fixture log;
    log.store.reset(TwoDevices().laptop.a());
    TwoDevices::deliver(log, mine);
    TwoDevices::deliver(log, theirs);
    CHECK(log.a().profile.teams == d.laptop.a().profile.teams);
    CHECK(state_hash(log.a()) == state_hash(d.laptop.a()));
}

TEST_CASE("without what its author saw, a list is replaced whole (the older entries' meaning)") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Embroidery"]})");
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Beading"]})");
    CHECK(f.a().profile.teams == Names{"Sewing", "Cutting", "Beading"});
}

TEST_CASE("a removal made on a stale list takes out only that name; a name still in use is refused as always") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Embroidery","Beading"]})");
    // The author saw Embroidery and not Beading, and removed Embroidery.
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting"],"from":{"teams":["Sewing","Cutting","Embroidery"]}})");
    CHECK(f.a().profile.teams == Names{"Sewing", "Cutting", "Beading"});
    // Cutting is a stage's team in the fixture's pipeline: dropping it is refused, stale or not.
    const Result r = f.run(R"({"type":"atelier.update","teams":["Sewing"],"from":{"teams":["Sewing","Cutting"]}})");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.path == "/teams");
    CHECK(r.error.message.find("team \"Cutting\" is used by") == 0);
    CHECK(f.a().profile.teams == Names{"Sewing", "Cutting", "Beading"});
}

TEST_CASE("salespeople merge the same way, and an undo of one device's addition keeps the other's") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","salespeople":["Jonas","Mira"],"from":{"salespeople":["Jonas"]}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","salespeople":["Jonas","Paul"],"from":{"salespeople":["Jonas"]}})");
    TwoDevices::deliver(d.laptop, theirs);
    CHECK(d.laptop.a().profile.salespeople == Names{"Jonas", "Mira", "Paul"});
    REQUIRE(d.laptop.store.undo(d.laptop.ctx).ok);  // the laptop's own step: Mira
    CHECK(d.laptop.a().profile.salespeople == Names{"Jonas", "Paul"});
}

TEST_CASE("'from' names only a list the update sets, and reads back from the journal as written") {
    Fixture f;
    const Result r = f.run(R"({"type":"atelier.update","teams":["Sewing","Cutting"],"from":{"salespeople":["Jonas"]}})");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.path == "/from/salespeople");
    const Result t = f.run(R"({"type":"atelier.update","name":"Maison","from":{"teams":[]}})");
    REQUIRE_FALSE(t.ok);
    CHECK(t.error.path == "/from/teams");
    const Command c = parse_command(R"({"type":"atelier.update","teams":["Sewing","Cutting","Lace"],"from":{"teams":["Sewing","Cutting"]}})");
    CHECK(command_to_json(c) == nlohmann::json::parse(R"({"type":"atelier.update","teams":["Sewing","Cutting","Lace"],"from":{"teams":["Sewing","Cutting"]}})"));
    Problems p;
    const auto back = command_from_json(command_to_json(c), p);
    REQUIRE(back);
    CHECK(*back == c);
}
