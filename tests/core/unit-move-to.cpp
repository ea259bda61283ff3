// order.move_to: a forward move across several stages as ONE command — the same result as the
// single steps (start, advance, skip), all or nothing, one journal line, one undo step.
#include "core/queries/index.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const char* kImage = R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"caption":"cut panels","stage":"cutting"}})";

size_t journal_lines(const Result& r) {
    size_t n = 0;
    for (const auto& e : r.effects) n += std::holds_alternative<JournalAppend>(e);
    return n;
}

}  // namespace

TEST_CASE("a confirmed order is started and advanced across several stages: the same order as the single steps") {
    Fixture moved, stepped;
    for (Fixture* f : {&moved, &stepped}) {
        f->ok(R"({"type":"order.confirm","order":1})");
        f->ok(kImage);
    }
    moved.ctx = stepped.ctx = Context{"jonas", at("2026-03-04T15:30")};
    Result r = moved.ok(R"({"type":"order.move_to","order":1,"stage":"fitting"})");
    stepped.ok(R"({"type":"order.start","order":1})");
    stepped.ok(R"({"type":"order.advance","order":1})");  // design
    stepped.ok(R"({"type":"order.advance","order":1})");  // cutting (photo given, freezes)

    const Order& o = moved.order(1);
    CHECK(o.status == Status::in_production);
    CHECK(o.stage == "fitting");
    CHECK(o.stage_status == StageStatus::not_started);
    CHECK(o.wip_start == day("2026-03-04"));
    CHECK(o.frozen_on == day("2026-03-04"));
    CHECK(o == stepped.order(1));  // fields, log, outbox and every history entry alike
    CHECK(content_snapshot(moved.a()) == content_snapshot(stepped.a()));  // the clocks differ: 1 entry against 3
    CHECK(journal_lines(r) == 1);
}

TEST_CASE("the history has one entry per stage step, with who, when and the stage left and entered") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(kImage);
    const size_t before = f.order(1).history.size();
    f.ctx = Context{"jonas", at("2026-03-04T15:30")};
    f.ok(R"({"type":"order.move_to","order":1,"stage":"fitting"})");
    const auto& h = f.order(1).history;
    REQUIRE(h.size() == before + 3);
    const char* whats[] = {"order.start", "order.advance", "order.advance"};
    for (size_t i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(h[before + i].what == whats[i]);
        CHECK(h[before + i].who == "jonas");
        CHECK(h[before + i].at == at("2026-03-04T15:30"));
    }
    const auto stage_change = [](const HistoryEntry& e) {
        for (const auto& c : e.changes)
            if (c.field == "stage") return c;
        return FieldChange{};
    };
    CHECK(stage_change(h[before + 1]) == FieldChange{"stage", "\"design\"", "\"cutting\""});
    CHECK(stage_change(h[before + 2]) == FieldChange{"stage", "\"cutting\"", "\"fitting\""});
    // The stuck report reads when the order entered its stage from that history.
    CHECK(stage_entered(f.a(), f.order(1)) == day("2026-03-04"));
}

TEST_CASE("optional stages passed over are skipped and logged with the note; the stage it stands in is advanced") {
    Fixture moved, stepped;
    for (Fixture* f : {&moved, &stepped}) {
        f->start_production();
        f->ok(R"({"type":"order.advance","order":1})");
        f->ok(kImage);
        f->ok(R"({"type":"order.advance","order":1})");
        f->ok(R"({"type":"order.qc","order":1,"pass":true})");
    }
    Result r = moved.ok(R"({"type":"order.move_to","order":1,"stage":"finishing","note":"moved on the board"})");
    stepped.ok(R"({"type":"order.advance","order":1})");  // fitting (QC passed)
    stepped.ok(R"({"type":"order.skip","order":1,"note":"moved on the board"})");  // embroidery
    const Order& o = moved.order(1);
    CHECK(o.stage == "finishing");
    REQUIRE(o.log.size() == 2);  // the QC pass, then the skip
    CHECK(o.log.back() == LogEntry{Event::skipped, "embroidery", moved.ctx.now, "moved on the board", {}});
    CHECK(o.history.back().what == "order.skip");
    CHECK(o == stepped.order(1));
    CHECK(journal_lines(r) == 1);

    // Standing in an optional stage, it was worked on: advanced, not skipped.
    Fixture g;
    g.to_finishing();
    g.store.undo(g.ctx);  // back at embroidery
    REQUIRE(g.order(1).stage == "embroidery");
    const size_t logged = g.order(1).log.size();
    g.ok(R"({"type":"order.move_to","order":1,"stage":"finishing"})");
    CHECK(g.order(1).stage == "finishing");
    CHECK(g.order(1).log.size() == logged);
    CHECK(g.order(1).history.back().what == "order.advance");
}

TEST_CASE("a QC gate on the way refuses the whole move, names the stage, and changes nothing") {
    Fixture f;
    f.start_production();
    f.ok(kImage);
    const std::string before = write_snapshot(f.a());
    Result r = f.run(R"({"type":"order.move_to","order":1,"stage":"finishing"})");
    CHECK_FALSE(r.ok);
    CHECK(r.error == Problem{"/order", "cannot move past \"Fitting\": stage \"Fitting\" requires a QC pass before it can be left"});
    CHECK(r.effects.empty());
    CHECK(write_snapshot(f.a()) == before);  // not even the design and cutting steps that passed
    CHECK(f.order(1).stage == "design");

    // The stage it stands in refuses too; a failed QC's note is part of the reason.
    f.ok(R"({"type":"order.move_to","order":1,"stage":"fitting"})");
    f.ok(R"({"type":"order.qc","order":1,"pass":false,"note":"hem uneven"})");
    const std::string failed = write_snapshot(f.a());
    r = f.run(R"({"type":"order.move_to","order":1,"stage":"finishing"})");
    CHECK(r.error.message ==
          "cannot move past \"Fitting\": stage \"Fitting\" requires a QC pass before it can be left (last QC failed: hem uneven)");
    CHECK(write_snapshot(f.a()) == failed);
}

TEST_CASE("a photo-required stage on the way refuses the whole move; a confirmed order is not started either") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    const std::string before = write_snapshot(f.a());
    Result r = f.run(R"({"type":"order.move_to","order":1,"stage":"fitting"})");
    CHECK(r.error == Problem{"/order", "cannot move past \"Cutting\": stage \"Cutting\" cannot be done without a photo"});
    CHECK(write_snapshot(f.a()) == before);
    CHECK(f.order(1).status == Status::confirmed);
}

TEST_CASE("moving backwards or to the stage it is at is refused") {
    Fixture f;
    f.start_production();
    f.ok(R"({"type":"order.move_to","order":1,"stage":"cutting"})");
    const std::string before = write_snapshot(f.a());
    CHECK(f.run(R"({"type":"order.move_to","order":1,"stage":"design"})").error ==
          Problem{"/stage", "orders only move forward: 1-BFG is at \"Cutting\" and cannot go back to \"Design\""});
    CHECK(f.run(R"({"type":"order.move_to","order":1,"stage":"cutting"})").error ==
          Problem{"/stage", "order 1-BFG is already at \"Cutting\""});
    CHECK(write_snapshot(f.a()) == before);
}

TEST_CASE("a confirmed order moved to its first stage is started") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(R"({"type":"order.move_to","order":1,"stage":"design"})");
    CHECK(f.order(1).status == Status::in_production);
    CHECK(f.order(1).stage == "design");
    CHECK(f.order(1).stage_status == StageStatus::in_progress);
    CHECK(f.order(1).history.back().what == "order.start");
}

TEST_CASE("unknown orders and stages, drafts and closed orders are refused") {
    Fixture f;
    const std::string before = write_snapshot(f.a());
    struct Case { const char* text; Problem expected; };
    const Case cases[] = {
        {R"({"type":"order.move_to","order":99,"stage":"fitting"})", {"/order", "no order 99"}},
        {R"({"type":"order.move_to","order":1,"stage":"hemming"})", {"/stage", "no stage \"hemming\" in pipeline \"bridal\""}},
        {R"({"type":"order.move_to","order":1,"stage":""})", {"/stage", "must not be empty"}},
        {R"({"type":"order.move_to","order":1,"stage":"cutting"})",
         {"/order", "order 1-BFG is a draft: a Draft order cannot enter production; confirm it first"}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        Result r = f.run(c.text);
        CHECK_FALSE(r.ok);
        CHECK(r.error == c.expected);
        CHECK(write_snapshot(f.a()) == before);
    }
    f.ok(R"({"type":"order.cancel","order":1})");
    CHECK(f.run(R"({"type":"order.move_to","order":1,"stage":"cutting"})").error ==
          Problem{"/order", "order 1-BFG is not in production (it is cancelled)"});
}

TEST_CASE("one undo restores the state before the move exactly; redo moves it again") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(kImage);
    const std::string s0 = undone_snapshot(f.a());
    const Order o0 = f.order(1);
    f.ok(R"({"type":"order.move_to","order":1,"stage":"fitting"})");
    const std::string s1 = undone_snapshot(f.a());
    REQUIRE(s1 != s0);
    Result u = f.store.undo(f.ctx);
    REQUIRE(u.ok);
    CHECK(std::get<JournalAppend>(u.effects[0]).entry["command"]["what"] == "order.move_to");
    CHECK(undone_snapshot(f.a()) == s0);
    // Exactly as before, but for the undo's own history entry.
    Order back = f.order(1);
    REQUIRE(back.history.size() == o0.history.size() + 4);  // the move's three steps, then the undo
    CHECK(back.history.back().what == "undo");
    back.history.resize(o0.history.size());
    CHECK(back.history == o0.history);
    CHECK(back == o0);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s1);
    // The undo before that undoes the image, not a part of the move.
    f.store.undo(f.ctx);
    f.store.undo(f.ctx);
    CHECK(f.order(1).images.empty());
    CHECK(f.order(1).status == Status::confirmed);
}

TEST_CASE("the move is one journal line, and replaying it rebuilds the same state") {
    Fixture f, replay;
    f.start_production();
    replay.start_production();
    f.ok(kImage);
    replay.ok(kImage);
    Result r = f.ok(R"({"type":"order.move_to","order":1,"stage":"fitting","note":"by drag"})");
    REQUIRE(journal_lines(r) == 1);
    const auto& line = std::get<JournalAppend>(r.effects[0]).entry;
    nlohmann::json want = R"({"at":"2026-03-01T09:00","who":"ana",
                              "command":{"type":"order.move_to","order":1,"stage":"fitting","note":"by drag"}})"_json;
    const int64_t seq = f.a().clock.applied("local");
    want["id"] = "local." + std::to_string(seq);
    want["device"] = "local";
    want["seq"] = seq;
    want["app_version"] = kVersion;
    CHECK(line == want);
    Problems p;
    auto c = command_from_json(line["command"], p);
    REQUIRE(c);
    REQUIRE(replay.store.dispatch(*c, replay.ctx).ok);
    CHECK(write_snapshot(replay.a()) == write_snapshot(f.a()));
}

TEST_CASE("order.move_to round-trips through JSON") {
    const char* literals[] = {
        R"({"type":"order.move_to","order":12,"stage":"fitting1"})",
        R"({"type":"order.move_to","order":3,"stage":"finishing","note":"skipped by a move on the board"})",
    };
    for (const char* text : literals) {
        INFO(text);
        const auto literal = nlohmann::json::parse(text);
        Problems p;
        auto c = command_from_json(literal, p);
        REQUIRE(c);
        CHECK(command_to_json(*c) == literal);
        CHECK(command_from_json(command_to_json(*c), p) == c);
    }
    CHECK(command_to_json(cmd::OrderMoveTo{7, "sewing", ""}) == R"({"type":"order.move_to","order":7,"stage":"sewing"})"_json);
}

TEST_CASE("malformed order.move_to commands are refused with the field named") {
    struct Case { const char* text; Problem expected; };
    const Case cases[] = {
        {R"({"type":"order.move_to","order":1})", {"/stage", "is missing"}},
        {R"({"type":"order.move_to","stage":"fitting"})", {"/order", "is missing"}},
        {R"({"type":"order.move_to","order":"1","stage":"fitting"})", {"/order", "must be a whole number"}},
        {R"({"type":"order.move_to","order":1,"stage":3})", {"/stage", "must be a string"}},
        {R"({"type":"order.move_to","order":1,"stage":"fitting","note":false})", {"/note", "must be a string"}},
        {R"({"type":"order.move_to","order":1,"stage":"fitting","to":"sewing"})", {"/to", "is not a known field"}},
        {R"({"type":"order.move","order":1,"stage":"fitting"})", {"/type", "unknown command type \"order.move\""}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        Problems p;
        CHECK_FALSE(command_from_json(nlohmann::json::parse(c.text), p));
        REQUIRE(!p.empty());
        CHECK(p[0] == c.expected);
    }
}
