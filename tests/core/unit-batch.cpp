// batch (issue 13): several commands as one — applied in order, each seeing the ones before, all or
// nothing, one undo step, one journal entry; order.move_to's single steps as a batch.
#include "core/commands/move_to.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/storage/journal_entry.hpp"
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

nlohmann::json entry_of(const Result& r) {
    REQUIRE(r.ok);
    REQUIRE(!r.effects.empty());
    return std::get<JournalAppend>(r.effects.front()).entry;
}

// The first problem command_from_json reports for `text`.
Problem read_problem(const std::string& text, const char* prefix = "") {
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(text), p, prefix));
    REQUIRE(!p.empty());
    return p.front();
}

// A new client (2), an order for it (2) and a payment on that order: each needs the one before.
const char* kCreateAndPay = R"({"type":"batch","commands":[
    {"type":"client.create","name":"Amira Hoxha"},
    {"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-06-01","garment":"Mira","price":120000},
    {"type":"order.pay","order":2,"amount":40000,"method":"card"}]})";

}  // namespace

TEST_CASE("a batch applies its commands in order, each seeing the results of the ones before") {
    Fixture f;
    Result r = f.ok(kCreateAndPay);
    REQUIRE(f.a().client(2));
    const Order& o = f.order(2);
    CHECK(o.client == 2);
    CHECK(amount_paid(o) == Money{40000});
    CHECK(f.a().profile.next_order == 3);
    CHECK(f.a().profile.next_client == 3);
    // Each command wrote its own history entry, as if applied singly.
    REQUIRE(o.history.size() == 2);
    CHECK(o.history[0].what == "order.create");
    CHECK(o.history[1].what == "order.pay");
    CHECK(f.client(2).history.back().what == "client.create");
    // One journal line holding the batch; the steps' effects follow it.
    CHECK(journal_lines(r) == 1);
    CHECK(entry_of(r)["command"]["type"] == "batch");
    CHECK(std::find(r.effects.begin(), r.effects.end(), Effect{Notice{"order 2-BFG created as a draft"}}) != r.effects.end());
}

TEST_CASE("a batch gives the same atelier as its commands one by one") {
    Fixture batched, single;
    batched.ok(kCreateAndPay);
    single.ok(R"({"type":"client.create","name":"Amira Hoxha"})");
    single.ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-06-01","garment":"Mira","price":120000})");
    single.ok(R"({"type":"order.pay","order":2,"amount":40000,"method":"card"})");
    CHECK(content_snapshot(batched.a()) == content_snapshot(single.a()));  // the clocks differ: 1 entry against 3
}

TEST_CASE("the effects and warnings of every step are returned, in order") {
    Fixture f;
    f.to_finishing();  // order 1 at Finishing, which notifies by email when done
    Result r = f.ok(R"({"type":"batch","commands":[
        {"type":"order.advance","order":1},
        {"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-02-01"}]})");
    REQUIRE(r.effects.size() == 3);
    CHECK(std::holds_alternative<JournalAppend>(r.effects[0]));
    CHECK(std::get<SendMessage>(r.effects[1]).order == 1);
    CHECK(std::get<Notice>(r.effects[2]).text == "order 2-BFG created as a draft");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].text == "the deadline 2026-02-01 is in the past");
}

TEST_CASE("a refused step refuses the whole batch: the state is byte-identical, the path and message name the step") {
    Fixture f;
    const std::string before = write_snapshot(f.a());
    const std::string hash = state_hash(f.a());
    Result r = f.run(R"({"type":"batch","commands":[
        {"type":"order.confirm","order":1},
        {"type":"order.pay","order":1,"amount":400000}]})");
    CHECK_FALSE(r.ok);
    CHECK(r.error == Problem{"/commands/1/amount",
                             "step 2 of 2 (order.pay): overpayment refused: 4000.00 is more than the 3000.00 still owed"});
    CHECK(r.effects.empty());
    CHECK(r.warnings.empty());
    CHECK(write_snapshot(f.a()) == before);  // not even the confirm that passed; the clock has not moved
    CHECK(state_hash(f.a()) == hash);

    // What the earlier steps created is gone again, the counters as they were.
    r = f.run(R"({"type":"batch","commands":[
        {"type":"client.create","name":"Amira Hoxha"},
        {"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-06-01"},
        {"type":"order.pay","order":2,"amount":0}]})");
    CHECK(r.error == Problem{"/commands/2/amount", "step 3 of 3 (order.pay): must be more than zero"});
    CHECK(write_snapshot(f.a()) == before);
    CHECK(f.a().order(2) == nullptr);
    CHECK(f.a().client(2) == nullptr);
    CHECK_FALSE(f.store.can_redo());
    // The undo step before it is untouched.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().order(1) == nullptr);
}

TEST_CASE("a step's refusal keeps its own field after the step's place") {
    Fixture f;
    Result r = f.run(R"({"type":"batch","commands":[{"type":"order.start","order":1}]})");
    CHECK(r.error == Problem{"/commands/0/order",
                             "step 1 of 1 (order.start): order 1-BFG is a draft: a Draft order cannot enter production; confirm it first"});
}

TEST_CASE("one undo reverses the whole batch, redo applies it again; both lines replay") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    Store replica(f.a());
    const std::string s0 = undone_snapshot(f.a());
    const Result done = f.ok(R"({"type":"batch","commands":[
        {"type":"order.start","order":1},
        {"type":"order.pay","order":1,"amount":1000},
        {"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01"},
        {"type":"order.confirm","order":2},
        {"type":"order.pay","order":1,"amount":500}]})");
    const std::string s1 = undone_snapshot(f.a());
    CHECK(f.order(1).payments.size() == 2);

    const Result u = f.store.undo(f.ctx);
    REQUIRE(u.ok);
    const auto undo_line = entry_of(u);
    // One undo entry: the inverse of the whole batch, entity by entity.
    const nlohmann::json& undo = undo_line["command"];
    CHECK(undo["type"] == "undo");
    CHECK(undo["what"] == "batch");
    REQUIRE(undo["changes"].size() == 2);
    CHECK(undo["changes"][0]["id"] == "1");
    CHECK(undo["changes"][1]["id"] == "2");
    CHECK(undo["changes"][1]["to"].is_null());  // the order the batch created is taken out
    CHECK(undone_snapshot(f.a()) == s0);
    CHECK(f.a().order(2) == nullptr);
    // The ledger keeps both payments, each with its correction.
    CHECK(f.order(1).payments.size() == 4);
    CHECK(amount_paid(f.order(1)).minor == 0);

    const Result d = f.store.redo(f.ctx);
    REQUIRE(d.ok);
    CHECK(entry_of(d)["command"]["type"] == "redo");
    CHECK(entry_of(d)["command"]["what"] == "batch");
    CHECK(amount_paid(f.order(1)).minor == 1500);
    CHECK(undone_snapshot(f.a()) == s1);
    CHECK(f.order(2).status == Status::confirmed);

    Problems p;
    for (const Result* r : {&done, &u, &d}) REQUIRE(replay_entry(replica, entry_of(*r), p));
    CHECK(p.empty());
    CHECK(state_hash(replica.state()) == state_hash(f.a()));
}

TEST_CASE("the batch is one journal entry: its JSON round-trips and replaying it gives the same state hash") {
    Fixture f, replay;
    const Result r = f.ok(kCreateAndPay);
    const nlohmann::json line = entry_of(r);
    // As given, with the numbers the creates gave (so a replay anywhere makes the same ones).
    nlohmann::json given = nlohmann::json::parse(kCreateAndPay);
    given["commands"][0]["id"] = 2;
    given["commands"][1]["number"] = 2;
    CHECK(line["command"] == given);
    Problems p;
    auto e = entry_from_json(line, p);
    REQUIRE(e);
    CHECK(entry_to_json(*e) == line);
    REQUIRE(apply_entry(replay.store, *e, p));
    CHECK(state_hash(replay.a()) == state_hash(f.a()));
    CHECK(write_snapshot(replay.a()) == write_snapshot(f.a()));
    // Met again, it is skipped.
    const uint64_t once = replay.store.revision();
    REQUIRE(apply_entry(replay.store, *e, p));
    CHECK(replay.store.revision() == once);
}

TEST_CASE("batch round-trips through JSON") {
    const char* literals[] = {
        R"({"type":"batch","commands":[{"type":"order.confirm","order":1}]})",
        R"({"type":"batch","commands":[{"type":"order.start","order":3},{"type":"order.advance","order":3},
                                        {"type":"order.skip","order":3,"note":"moved on the board"}]})",
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
    const Command c = cmd::Batch{{cmd::OrderConfirm{1}, cmd::OrderPay{1, Money{500}, {}, "cash", ""}}};
    CHECK(command_to_json(c) == R"({"type":"batch","commands":[{"type":"order.confirm","order":1},
                                   {"type":"order.pay","order":1,"amount":500,"method":"cash"}]})"_json);
    CHECK(!(c == Command{cmd::Batch{{cmd::OrderConfirm{1}}}}));
}

TEST_CASE("malformed batches are refused with the element and field named") {
    struct Case { std::string text; Problem expected; };
    const Case cases[] = {
        {R"({"type":"batch"})", {"/commands", "is missing"}},
        {R"({"type":"batch","commands":{}})", {"/commands", "must be a list of commands"}},
        {R"({"type":"batch","commands":[{"type":"order.confirm","order":1},{"type":"order.pay","order":1,"amount":"x"}]})",
         {"/commands/1/amount", "must be an amount like \"1234.50\""}},
        {R"({"type":"batch","commands":[{"type":"order.confirm"}]})", {"/commands/0/order", "is missing"}},
        {R"({"type":"batch","commands":[{"type":"order.confirm","order":1,"oder":2}]})", {"/commands/0/oder", "is not a known field"}},
        {R"({"type":"batch","commands":[{"type":"order.teleport","order":1}]})", {"/commands/0/type", "unknown command type \"order.teleport\""}},
        {R"({"type":"batch","commands":[{"order":1}]})", {"/commands/0/type", "is missing (e.g. \"order.advance\")"}},
        {R"({"type":"batch","commands":[3]})", {"/commands/0", "a command must be a JSON object"}},
        {R"({"type":"batch","commands":[],"note":"x"})", {"/commands", "a batch needs at least one command"}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(read_problem(c.text) == c.expected);
    }
    // Every malformed element is reported, not only the first.
    Problems p;
    CHECK_FALSE(command_from_json(R"({"type":"batch","commands":[{"type":"order.confirm"},{"type":"order.start","order":"2"}]})"_json, p));
    CHECK(p == Problems{{"/commands/0/order", "is missing"}, {"/commands/1/order", "must be a whole number"}});
    // Inside a journal line the prefix comes first.
    CHECK(read_problem(R"({"type":"batch","commands":[{"type":"order.pay","order":1,"amount":-5}]})", "/command") ==
          Problem{"/command/commands/0/amount", "money must not be negative"});
}

TEST_CASE("an empty batch, a batch in a batch and a batch past the limit are refused, read or dispatched") {
    CHECK(read_problem(R"({"type":"batch","commands":[]})") == Problem{"/commands", "a batch needs at least one command"});
    // Refused before its list is read: hostile nesting stays one level deep.
    CHECK(read_problem(R"({"type":"batch","commands":[{"type":"order.confirm","order":1},
                          {"type":"batch","commands":[{"type":"batch","commands":[]}]}]})") ==
          Problem{"/commands/1/type", "a batch may not contain a batch"});
    nlohmann::json many = {{"type", "batch"}, {"commands", nlohmann::json::array()}};
    for (size_t i = 0; i <= cmd::Batch::kMaxBatch; ++i) many["commands"].push_back({{"type", "order.confirm"}, {"order", 1}});
    CHECK(read_problem(many.dump()) == Problem{"/commands", "a batch holds at most 30000 commands (this one has 30001)"});

    // The same from commands made in code, and nothing changes.
    Fixture f;
    const std::string before = write_snapshot(f.a());
    CHECK(f.store.dispatch(cmd::Batch{}, f.ctx).error == Problem{"/commands", "a batch needs at least one command"});
    CHECK(f.store.dispatch(cmd::Batch{{cmd::OrderConfirm{1}, cmd::Batch{{cmd::OrderStart{1}}}}}, f.ctx).error ==
          Problem{"/commands/1/type", "a batch may not contain a batch"});
    cmd::Batch big;
    big.commands.assign(cmd::Batch::kMaxBatch + 1, cmd::OrderConfirm{1});
    CHECK(f.store.dispatch(big, f.ctx).error == Problem{"/commands", "a batch holds at most 30000 commands (this one has 30001)"});
    CHECK(write_snapshot(f.a()) == before);
    // At the limit it is read.
    many["commands"].erase(many["commands"].begin());
    Problems p;
    CHECK(command_from_json(many, p));
}

TEST_CASE("a batch is not planned alone: its commands need the ones before applied") {
    Fixture f;
    const Plan p = plan_command(f.a(), parse_command(kCreateAndPay), f.ctx);
    CHECK_FALSE(p.ok);
    CHECK(p.error.path == "/type");
}

TEST_CASE("many creations in one batch: one undo removes them all, redo makes them again in their order") {
    Fixture f;
    const std::string s0 = undone_snapshot(f.a());
    cmd::Batch b;
    for (int i = 0; i < 60; ++i) {
        cmd::OrderCreate c;
        c.client = 1;
        c.pipeline = "bridal";
        c.deadline = day("2026-06-01");
        c.garment = "Row " + std::to_string(i);
        b.commands.push_back(c);
        if (i % 3 == 0) b.commands.push_back(cmd::OrderConfirm{2 + i});
    }
    REQUIRE(f.store.dispatch(b, f.ctx).ok);
    CHECK(f.a().orders.size() == 61);
    CHECK(f.a().orders.back().garment == "Row 59");
    const std::string s1 = undone_snapshot(f.a());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s0);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s1);
}

// [SECTION] order.move_to as a batch

TEST_CASE("move_to_batch: a confirmed order is started, each stage left advanced, optional stages passed over skipped") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(kImage);
    auto steps = move_to_batch(f.a(), cmd::OrderMoveTo{1, "fitting", ""}, f.ctx);
    REQUIRE(std::holds_alternative<cmd::Batch>(steps));
    CHECK(command_to_json(std::get<cmd::Batch>(steps)) == R"({"type":"batch","commands":[
        {"type":"order.start","order":1},{"type":"order.advance","order":1},{"type":"order.advance","order":1}]})"_json);

    Fixture g;
    g.to_finishing();
    g.store.undo(g.ctx);
    g.store.undo(g.ctx);  // at fitting, QC passed
    REQUIRE(g.order(1).stage == "fitting");
    steps = move_to_batch(g.a(), cmd::OrderMoveTo{1, "finishing", "by drag"}, g.ctx);
    REQUIRE(std::holds_alternative<cmd::Batch>(steps));
    CHECK(command_to_json(std::get<cmd::Batch>(steps)) == R"({"type":"batch","commands":[
        {"type":"order.advance","order":1},{"type":"order.skip","order":1,"note":"by drag"}]})"_json);
}

TEST_CASE("move_to_batch refuses as order.move_to does, naming the stage that stops it") {
    Fixture f;
    f.start_production();
    f.ok(kImage);
    auto steps = move_to_batch(f.a(), cmd::OrderMoveTo{1, "finishing", ""}, f.ctx);
    REQUIRE(std::holds_alternative<Problem>(steps));
    CHECK(std::get<Problem>(steps) ==
          Problem{"/order", "cannot move past \"Fitting\": stage \"Fitting\" requires a QC pass before it can be left"});
    CHECK(std::get<Problem>(move_to_batch(f.a(), cmd::OrderMoveTo{1, "design", ""}, f.ctx)) ==
          Problem{"/stage", "order 1-BFG is already at \"Design\""});
    CHECK(std::get<Problem>(move_to_batch(f.a(), cmd::OrderMoveTo{9, "design", ""}, f.ctx)) == Problem{"/order", "no order 9"});
}

TEST_CASE("the move's batch gives the same atelier as order.move_to, and one undo puts it back") {
    Fixture moved, batched;
    for (Fixture* f : {&moved, &batched}) {
        f->start_production();
        f->ok(R"({"type":"order.advance","order":1})");
        f->ok(kImage);
        f->ok(R"({"type":"order.advance","order":1})");
        f->ok(R"({"type":"order.qc","order":1,"pass":true})");
    }
    const std::string s0 = undone_snapshot(batched.a());
    const cmd::OrderMoveTo move{1, "finishing", "moved on the board"};
    const Result a = moved.store.dispatch(move, moved.ctx);
    auto steps = move_to_batch(batched.a(), move, batched.ctx);
    REQUIRE(std::holds_alternative<cmd::Batch>(steps));
    const Result b = batched.store.dispatch(std::get<cmd::Batch>(steps), batched.ctx);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(content_snapshot(moved.a()) == content_snapshot(batched.a()));  // history entries, log and outbox alike
    CHECK(std::vector<Effect>(a.effects.begin() + 1, a.effects.end()) == std::vector<Effect>(b.effects.begin() + 1, b.effects.end()));
    REQUIRE(batched.store.undo(batched.ctx).ok);
    CHECK(undone_snapshot(batched.a()) == s0);
}
