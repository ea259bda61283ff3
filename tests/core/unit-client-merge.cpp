// client.merge and client.delete (issue 16): a duplicate client merged into the kept one, a client
// with no orders deleted, and what commands written before the merge do afterwards.
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Client 2 is a duplicate of client 1 (Léa typed twice), with an order, a session and notes of its own.
struct Duplicate : Fixture {
    Duplicate() {
        ctx.now = at("2026-03-02T10:00");
        ok(R"({"type":"client.create","name":"Lea Dubois","phone":"+33 6 99 99 99 99","notes":"prefers silk"})");
        ok(R"({"type":"client.measure","client":2,"date":"2026-01-15","values":[{"name":"hips","value":"96cm"}]})");
        ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-06-01","garment":"Veil","price":50000})");
        ctx.now = at("2026-03-03T11:00");
    }
};

}  // namespace

TEST_CASE("client.merge moves orders, sessions and history to the kept client and takes the duplicate out") {
    Duplicate f;
    const Result r = f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    CHECK(f.a().client(2) == nullptr);
    CHECK(f.order(1).client == 1);
    CHECK(f.order(2).client == 1);
    const Client& kept = f.client(1);
    CHECK(kept.name == "Léa Dubois");
    CHECK(kept.phone == "06 12 34 56 78");   // the kept client's own values win
    CHECK(kept.notes == "prefers silk");     // the duplicate's notes, since the kept had none
    REQUIRE(kept.sessions.size() == 2);
    CHECK(kept.sessions[0].date == day("2026-01-15"));  // date order, the duplicate's first
    CHECK(kept.sessions[1].date == day("2026-02-01"));
    // Both histories, in time order, then the merge itself by its author.
    REQUIRE(kept.history.size() >= 4);
    for (size_t i = 1; i < kept.history.size(); ++i) CHECK_FALSE(kept.history[i].at < kept.history[i - 1].at);
    CHECK(kept.history.back().what == "client.merge");
    CHECK(kept.history.back().who == "ana");
    CHECK(f.order(2).history.back().what == "client.merge");
    REQUIRE(f.a().profile.merged_clients.size() == 1);
    CHECK(f.a().profile.merged_clients[0] == ClientMerged{2, 1});
    bool told = false;
    for (const auto& e : r.effects)
        if (auto* n = std::get_if<Notice>(&e)) told = told || n->text == "client 2 (Lea Dubois) merged into client 1 (Léa Dubois): 1 order moved";
    CHECK(told);
}

TEST_CASE("client.merge is one undo step, and redo merges again") {
    Duplicate f;
    const std::string before = undone_snapshot(f.a());
    f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    const std::string merged = undone_snapshot(f.a());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == before);
    CHECK(f.a().client(2) != nullptr);
    CHECK(f.order(2).client == 2);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == merged);
}

TEST_CASE("client.merge refusals name the clients") {
    Duplicate f;
    CHECK(f.run(R"({"type":"client.merge","client":2,"keep":2})").error.message == "a client cannot be merged into itself");
    CHECK(f.run(R"({"type":"client.merge","client":9,"keep":1})").error.message == "no client 9");
    CHECK(f.run(R"({"type":"client.merge","client":2,"keep":9})").error == Problem{"/keep", "no client 9"});
    f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    CHECK(f.run(R"({"type":"client.merge","client":2,"keep":1})").error.message ==
          "client 2 was already merged into client 1 (Léa Dubois)");
    // Merging the kept client into the one merged away means into the client that holds it now.
    CHECK(f.run(R"({"type":"client.merge","client":1,"keep":2})").error.message == "a client cannot be merged into itself");
}

TEST_CASE("commands written before the merge, naming the duplicate, apply to the kept client") {
    Duplicate f;
    f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    f.ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-07-01","garment":"Gloves","price":9000})");
    CHECK(f.order(3).client == 1);
    f.ok(R"({"type":"client.measure","client":2,"date":"2026-03-01","values":[{"name":"bust","value":"89cm"}]})");
    CHECK(f.client(1).sessions.size() == 3);
    f.ok(R"({"type":"client.update","client":2,"email":"lea@maison.fr"})");
    CHECK(f.client(1).email == "lea@maison.fr");
    f.ok(R"({"type":"order.update","order":1,"client":2})");
    CHECK(f.order(1).client == 1);
    // Numbered per client: a session or conflict number of the duplicate means nothing on the kept one.
    CHECK(f.run(R"({"type":"client.correct","client":2,"session":0,"name":"hips","value":"97cm"})").error.message ==
          "client 2 was merged into client 1; do it there again");
    CHECK(f.run(R"({"type":"client.resolve","client":2,"conflict":0,"restore":true})").error.message ==
          "client 2 was merged into client 1; do it there again");
}

TEST_CASE("a merge chain stays flat: merging the kept client on moves its aliases too") {
    Duplicate f;
    f.ok(R"({"type":"client.create","name":"L. Dubois"})");
    f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    f.ok(R"({"type":"client.merge","client":1,"keep":3})");
    const auto& m = f.a().profile.merged_clients;
    REQUIRE(m.size() == 2);
    CHECK(m[0] == ClientMerged{2, 3});
    CHECK(m[1] == ClientMerged{1, 3});
    CHECK(f.order(1).client == 3);
    CHECK(f.order(2).client == 3);
    CHECK(live_client(f.a().profile, 2) == 3);
}

TEST_CASE("client.delete takes out a client with no orders and refuses one with orders") {
    Duplicate f;
    CHECK(f.run(R"({"type":"client.delete","client":2})").error ==
          Problem{"/client", "client 2 (Lea Dubois) has 1 order (2-BFG); merge it into another client instead"});
    f.ok(R"({"type":"client.create","name":"Test client"})");
    f.ok(R"({"type":"client.delete","client":3})");
    CHECK(f.a().client(3) == nullptr);
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.client(3).name == "Test client");
    CHECK(f.run(R"({"type":"client.delete","client":7})").error.message == "no client 7");
}

TEST_CASE("deleting a client others were merged into drops those aliases, so nothing points nowhere") {
    Duplicate f;
    f.ok(R"({"type":"client.create","name":"Empty"})");
    f.ok(R"({"type":"client.create","name":"Empty too"})");
    f.ok(R"({"type":"client.merge","client":4,"keep":3})");
    f.ok(R"({"type":"client.delete","client":3})");
    CHECK(f.a().profile.merged_clients.empty());
    CHECK(f.run(R"({"type":"client.measure","client":4,"date":"2026-03-01","values":[{"name":"bust","value":"89cm"}]})")
              .error.message == "no client 4");
}

TEST_CASE("the loader refuses a merged client that is still there, or merged into nobody") {
    Duplicate f;
    f.ok(R"({"type":"client.merge","client":2,"keep":1})");
    nlohmann::json j = nlohmann::json::parse(write_snapshot(f.a()));
    j["atelier"]["merged_clients"] = nlohmann::json::parse(R"([{"from":1,"to":1}])");
    Problems p;
    Atelier out;
    CHECK_FALSE(read_snapshot(j.dump(), out, p));
    REQUIRE_FALSE(p.empty());
    CHECK(p.front() == Problem{"/atelier/merged_clients/0/from", "client 1 was merged away but is still there"});
    j["atelier"]["merged_clients"] = nlohmann::json::parse(R"([{"from":2,"to":8}])");
    p.clear();
    CHECK_FALSE(read_snapshot(j.dump(), out, p));
    REQUIRE_FALSE(p.empty());
    CHECK(p.front() == Problem{"/atelier/merged_clients/0/to", "no client 8"});
}

TEST_CASE("client.merge and client.delete read and write their JSON") {
    const Command c = parse_command(R"({"type":"client.merge","client":7,"keep":3})");
    CHECK(command_to_json(c) == nlohmann::json::parse(R"({"type":"client.merge","client":7,"keep":3})"));
    const Command d = parse_command(R"({"type":"client.delete","client":7})");
    CHECK(command_to_json(d) == nlohmann::json::parse(R"({"type":"client.delete","client":7})"));
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"client.merge","client":7})"), p));
    CHECK(p.front().path == "/keep");
}
