// Concurrent field edits: an update carries what its author saw (`from`); where the field changed
// since, the update wins and a conflict record keeps the replaced value and its author.
#include "tests/core/fixture.hpp"

#include <sstream>

#include "core/queries/query.hpp"
#include "core/rules/badge.hpp"
#include "core/rules/conflicts.hpp"
#include "core/snapshot/state_hash.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Order 1's garment set by "sofia" (another device) without seeing a change already made here.
struct Concurrent : Fixture {
    Concurrent() {
        ok(R"({"type":"order.update","order":1,"garment":"Mira","from":{"garment":"Aurore"}})");  // ana, sequential
        ctx = Context{"sofia", at("2026-03-01T10:30"), "tablet-2", 0};
        ok(R"({"type":"order.update","order":1,"garment":"Luna","from":{"garment":"Aurore"}})");  // saw the old value
        ctx = Context{"ana", at("2026-03-01T11:00")};
    }
};

}  // namespace

TEST_CASE("an update that saw the current value records no conflict") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"garment":"Mira","deadline":"2026-04-20","from":{"garment":"Aurore","deadline":"2026-05-01"}})");
    f.ok(R"({"type":"order.update","order":1,"garment":"Luna","from":{"garment":"Mira"}})");
    f.ok(R"({"type":"order.update","order":1,"notes":"silk"})");  // no from: an older device, never a conflict
    CHECK(f.order(1).garment == "Luna");
    CHECK(f.order(1).conflicts.empty());
}

TEST_CASE("a concurrent update wins and keeps the value it replaced, with who set it and when") {
    Concurrent f;
    const Order& o = f.order(1);
    CHECK(o.garment == "Luna");
    REQUIRE(o.conflicts.size() == 1);
    const Conflict& c = o.conflicts[0];
    CHECK(c.field == "garment");
    CHECK(c.replaced == "\"Mira\"");
    CHECK(c.kept == "\"Luna\"");
    CHECK(c.replaced_who == "ana");
    CHECK(c.replaced_at == at("2026-03-01T09:00"));
    CHECK(c.who == "sofia");
    CHECK(c.at == at("2026-03-01T10:30"));
    CHECK(c.state == ConflictState::open);
    CHECK(open_conflicts(o.conflicts) == 1);
    // The history shows the edit, not the conflict bookkeeping.
    for (const auto& ch : o.history.back().changes) CHECK(ch.field != "conflicts");
}

TEST_CASE("only the fields whose value changed unseen conflict; the same value set twice does not") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"garment":"Mira","price":310000,"from":{"garment":"Aurore","price":300000}})");
    f.ok(R"({"type":"order.update","order":1,"garment":"Mira","price":320000,"collection":"SS26","from":{"garment":"Aurore","price":300000,"collection":""}})");
    REQUIRE(f.order(1).conflicts.size() == 1);
    CHECK(f.order(1).conflicts[0].field == "price");
    CHECK(f.order(1).conflicts[0].replaced == "310000");
    CHECK(f.order(1).conflicts[0].kept == "320000");
}

TEST_CASE("clearing the event date concurrently is a conflict on event with null kept") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"event":"2026-05-25","from":{"event":"2026-05-20"}})");
    f.ok(R"({"type":"order.update","order":1,"event":null,"from":{"event":"2026-05-20"}})");
    REQUIRE(f.order(1).conflicts.size() == 1);
    CHECK(f.order(1).conflicts[0].replaced == "\"2026-05-25\"");
    CHECK(f.order(1).conflicts[0].kept == "null");
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})");
    CHECK(f.order(1).event == day("2026-05-25"));
}

TEST_CASE("restore puts the replaced value back as an update and closes the conflict") {
    Concurrent f;
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})");
    const Order& o = f.order(1);
    CHECK(o.garment == "Mira");
    CHECK(o.conflicts.size() == 1);  // the restore saw "Luna": no new conflict
    CHECK(o.conflicts[0].state == ConflictState::restored);
    CHECK(o.conflicts[0].resolved_who == "ana");
    CHECK(o.conflicts[0].resolved_at == at("2026-03-01T11:00"));
    CHECK(open_conflicts(o.conflicts) == 0);
    CHECK(o.history.back().what == "order.resolve");
    REQUIRE(o.history.back().changes.size() == 1);
    CHECK(o.history.back().changes[0].field == "garment");
}

TEST_CASE("keep closes the conflict and leaves the value") {
    Concurrent f;
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":false})");
    CHECK(f.order(1).garment == "Luna");
    CHECK(f.order(1).conflicts[0].state == ConflictState::kept);
    CHECK(f.run(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})").error ==
          Problem{"/conflict", "the conflict on garment is already settled (kept)"});
}

TEST_CASE("resolve refusals name the field and change nothing") {
    Concurrent f;
    const std::string before = state_hash(f.a());
    CHECK(f.run(R"({"type":"order.resolve","order":1,"conflict":1,"restore":true})").error ==
          Problem{"/conflict", "order 1-BFG has no conflict 1"});
    cmd::OrderResolve negative;
    negative.order = 1;
    negative.conflict = -1;
    CHECK(f.store.dispatch(negative, f.ctx).error.path == "/conflict");
    CHECK(f.run(R"({"type":"order.resolve","order":7,"conflict":0,"restore":false})").error == Problem{"/order", "no order 7"});
    CHECK(f.run(R"({"type":"client.resolve","client":1,"conflict":0,"restore":false})").error ==
          Problem{"/conflict", "client 1 has no conflict 0"});
    CHECK(state_hash(f.a()) == before);
}

TEST_CASE("a restore the rules now refuse is refused whole: the pipeline after production started") {
    Fixture f;
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"simple","name":"Simple","stages":[{"id":"sew","name":"Sew"}]}})");
    f.ok(R"({"type":"order.update","order":1,"pipeline":"simple","from":{"pipeline":"bridal"}})");
    f.ok(R"({"type":"order.update","order":1,"pipeline":"bridal","from":{"pipeline":"bridal"}})");  // unseen change
    REQUIRE(f.order(1).conflicts.size() == 1);
    f.start_production();
    const std::string before = state_hash(f.a());
    CHECK(f.run(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})").error ==
          Problem{"/pipeline", "the pipeline cannot change once production has started"});
    CHECK(state_hash(f.a()) == before);
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":false})");
}

TEST_CASE("a restore over a value changed again since is itself a concurrent edit") {
    Concurrent f;
    f.ok(R"({"type":"order.update","order":1,"garment":"Stella","from":{"garment":"Luna"}})");
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})");
    const Order& o = f.order(1);
    CHECK(o.garment == "Mira");
    REQUIRE(o.conflicts.size() == 2);
    CHECK(o.conflicts[1].replaced == "\"Stella\"");
    CHECK(o.conflicts[1].kept == "\"Mira\"");
}

TEST_CASE("from may only name fields the update sets") {
    Fixture f;
    CHECK(f.run(R"({"type":"order.update","order":1,"garment":"Mira","from":{"notes":""}})").error ==
          Problem{"/from/notes", "is not a field this update sets"});
    CHECK(f.run(R"({"type":"client.update","client":1,"name":"Léa","from":{"email":""}})").error ==
          Problem{"/from/email", "is not a field this update sets"});
    Problems p;
    CHECK_FALSE(command_from_json(R"({"type":"order.update","order":1,"garment":"M","from":{"garmnet":"A"}})"_json, p));
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "/from/garmnet");
}

TEST_CASE("client fields conflict too, compared in their stored form (a normalised phone)") {
    Fixture f;  // client 1's phone was entered as "06 12 34 56 78" and stored as entered (no country)
    const std::string stored = f.client(1).phone;
    f.ok(R"({"type":"client.update","client":1,"phone":"+33611111111","from":{"phone":"06 12 34 56 78"}})");
    CHECK(f.client(1).conflicts.empty());
    f.ok(R"({"type":"client.update","client":1,"phone":"0033 622 222 222","from":{"phone":"06 12 34 56 78"}})");
    REQUIRE(f.client(1).conflicts.size() == 1);
    CHECK(f.client(1).conflicts[0].replaced == "\"+33611111111\"");
    CHECK(f.client(1).conflicts[0].kept == "\"+33622222222\"");
    f.ok(R"({"type":"client.resolve","client":1,"conflict":0,"restore":true})");
    CHECK(f.client(1).phone == "+33611111111");
    CHECK(stored == "06 12 34 56 78");
}

TEST_CASE("undo of a concurrent update takes its conflict away with it") {
    Concurrent f;
    f.store.undo(f.ctx);
    CHECK(f.order(1).garment == "Mira");
    CHECK(f.order(1).conflicts.empty());
    f.store.redo(f.ctx);
    CHECK(f.order(1).conflicts.size() == 1);
}

TEST_CASE("the loader refuses a conflict record that is not two values of a field") {
    Concurrent f;
    std::string text = write_snapshot(f.a());
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(text, back, p));
    CHECK(back.order(1)->conflicts == f.order(1).conflicts);
    for (const char* bad : {R"("field":"garment")", R"("replaced":"\"Mira\"")"}) {
        std::string broken = text;
        const std::string good = bad;
        const auto at = broken.find(good);
        REQUIRE(at != std::string::npos);
        broken.replace(at, good.size(), good[1] == 'f' ? R"("field":"status")" : R"("replaced":"{\"x\":1}")");
        Problems q;
        Atelier out;
        CHECK_FALSE(read_snapshot(broken, out, q));
        REQUIRE_FALSE(q.empty());
        CHECK(q[0].path == "/orders/0/conflicts/0");
    }
}

TEST_CASE("order.update with from round-trips through JSON") {
    const auto j = R"({"type":"order.update","order":3,"garment":"Mira","event":null,"from":{"garment":"Aurore","event":"2026-05-20"}})"_json;
    Problems p;
    auto c = command_from_json(j, p);
    REQUIRE(c);
    CHECK(command_to_json(*c) == j);
    const auto& u = std::get<cmd::OrderUpdate>(*c);
    REQUIRE(u.from);
    CHECK(u.from->event == std::optional<Date>(day("2026-05-20")));
    CHECK(u.event == std::optional<std::optional<Date>>(std::optional<Date>{}));
}

TEST_CASE("an open conflict shows as a badge, a filter and one sentence; settling it clears them") {
    Concurrent f;
    auto badges = [&] {
        const QueryIndex ix = build_index(f.a());
        std::ostringstream os;
        os << order_badges(ix.rows[*f.a().orders.index_of(1)], day("2026-03-01"), 7);
        return os.str();
    };
    auto with_conflict = [&] {
        std::string error;
        return run_query(f.a(), *parse_filter({"conflict"}, error), Sort{}, day("2026-03-01"));
    };
    CHECK(badges() == "[CONFLICT]");
    CHECK(with_conflict().size() == 1);
    REQUIRE(list_open_conflicts(f.a()).size() == 1);
    CHECK(count_open_conflicts(f.a()) == 1);
    CHECK(conflict_sentence(f.a(), f.order(1).conflicts[0]) ==
          "Garment: sofia set Luna on 2026-03-01 10:30 without seeing Mira, set by ana on 2026-03-01 09:00.");
    f.ok(R"({"type":"order.resolve","order":1,"conflict":0,"restore":false})");
    CHECK(badges() == "[]");
    CHECK(with_conflict().empty());
    CHECK(list_open_conflicts(f.a()).empty());
}

TEST_CASE("conflict values read as the forms show them") {
    Fixture f;
    CHECK(conflict_value_text(f.a(), "price", "300050") == "3000.50 EUR");
    CHECK(conflict_value_text(f.a(), "client", "1") == "Léa Dubois");
    CHECK(conflict_value_text(f.a(), "event", "null") == "(none)");
    CHECK(conflict_value_text(f.a(), "rush", "true") == "yes");
    CHECK(conflict_value_text(f.a(), "notes", "\"\"") == "(empty)");
    CHECK(conflict_field_label("rush_fee") == "Rush fee");
    CHECK(conflict_field_label("event") == "Event date");
}
