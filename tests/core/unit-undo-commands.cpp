// Undo and redo as commands (core/commands/revert.hpp): ordinary journal entries that change only
// what the undone step changed, so that on another device, in any interleaving, nothing else is lost.
#include "tests/core/two_devices.hpp"

#include "core/commands/concurrent.hpp"
#include "core/commands/revert.hpp"
#include "core/laws/generate.hpp"
#include "core/rng.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/storage/journal_entry.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("an undo is an entry holding, per field the step set, the value found and the value before") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"garment":"Mira","notes":"silk"})");
    const Result u = f.store.undo(f.ctx);
    REQUIRE(u.ok);
    const JournalEntry e = entry_of(u);
    REQUIRE(e.command);
    const auto& undo = std::get<cmd::Undo>(*e.command);
    CHECK(undo.what == "order.update");
    REQUIRE(undo.changes.size() == 1);
    CHECK(undo.changes[0].kind == EntityKind::order);
    CHECK(undo.changes[0].id == "1");
    CHECK(undo.changes[0].from.values == R"({"garment":"Mira","notes":"silk"})"_json);
    CHECK(undo.changes[0].to.values == R"({"garment":"Aurore","notes":""})"_json);
    CHECK(f.order(1).garment == "Aurore");
    CHECK(f.order(1).history.back().what == "undo");
    CHECK(f.order(1).history.back().who == "ana");
    const Result d = f.store.redo(f.ctx);
    REQUIRE(d.ok);
    CHECK(std::get<cmd::Redo>(*entry_of(d).command).changes[0].to.values == R"({"garment":"Mira","notes":"silk"})"_json);
    CHECK(f.order(1).garment == "Mira");
}

TEST_CASE("an undo on one device keeps another device's later edit of another field") {
    TwoDevices p;
    const Result mine = p.laptop.ok(R"({"type":"order.update","order":1,"deadline":"2026-04-20","from":{"deadline":"2026-05-01"}})");
    TwoDevices::deliver(p.tablet, mine);
    const Result theirs = p.tablet.ok(R"({"type":"order.update","order":1,"garment":"Luna","from":{"garment":"Aurore"}})");
    TwoDevices::deliver(p.laptop, theirs);  // arrives before the laptop undoes: not on its undo stack
    CHECK(p.laptop.store.can_undo());
    const Result u = p.laptop.store.undo(p.laptop.ctx);
    REQUIRE(u.ok);
    CHECK(p.laptop.order(1).deadline == day("2026-05-01"));
    CHECK(p.laptop.order(1).garment == "Luna");
    TwoDevices::deliver(p.tablet, u);
    CHECK(p.tablet.order(1).deadline == day("2026-05-01"));
    CHECK(p.tablet.order(1).garment == "Luna");
    CHECK(state_hash(p.tablet.a()) == state_hash(p.laptop.a()));
    CHECK(p.tablet.order(1).conflicts.empty());
}

TEST_CASE("an undo meeting an unseen edit of the same field wins in log order and keeps the other value") {
    TwoDevices p;
    const Result mine = p.laptop.ok(R"({"type":"order.update","order":1,"deadline":"2026-04-20","from":{"deadline":"2026-05-01"}})");
    TwoDevices::deliver(p.tablet, mine);
    const Result theirs = p.tablet.ok(R"({"type":"order.update","order":1,"deadline":"2026-04-25","from":{"deadline":"2026-04-20"}})");
    const Result u = p.laptop.store.undo(p.laptop.ctx);  // has not seen the tablet's edit
    REQUIRE(u.ok);
    TwoDevices::deliver(p.laptop, theirs);  // log order: mine, theirs, the undo
    TwoDevices::deliver(p.tablet, u);
    // The laptop applied the undo before the tablet's edit arrived; replayed in log order it meets it.
    Fixture log;
    for (const Result* r : {&mine, &theirs, &u}) TwoDevices::deliver(log, *r);
    const Order& o = log.order(1);
    CHECK(o.deadline == day("2026-05-01"));
    REQUIRE(o.conflicts.size() == 1);
    CHECK(o.conflicts[0].field == "deadline");
    CHECK(o.conflicts[0].replaced == "\"2026-04-25\"");
    CHECK(o.conflicts[0].replaced_who == "sofia");
    CHECK(o.conflicts[0].who == "ana");
}

TEST_CASE("undoing a payment adds a correcting ledger line; the line itself stays") {
    Fixture f;
    f.ok(R"({"type":"order.pay","order":1,"amount":1000,"method":"card"})");
    REQUIRE(f.store.undo(f.ctx).ok);
    const Order& o = f.order(1);
    REQUIRE(o.payments.size() == 2);
    CHECK(o.payments[0].amount.minor == 1000);
    CHECK_FALSE(o.payments[0].correction);
    CHECK(o.payments[1].amount.minor == 1000);
    CHECK(o.payments[1].correction);
    CHECK(o.payments[1].method == "card");
    CHECK(o.payments[1].note == "undo of the 10.00 entry of 2026-03-01T09:00");
    CHECK(amount_paid(o).minor == 0);
    REQUIRE(f.store.redo(f.ctx).ok);
    REQUIRE(f.order(1).payments.size() == 3);
    CHECK_FALSE(f.order(1).payments[2].correction);
    CHECK(f.order(1).payments[2].note == "redo of the 10.00 entry of 2026-03-01T09:00");
    CHECK(amount_paid(f.order(1)).minor == 1000);
}

TEST_CASE("an undo that would overwrite work done since is refused, locally and in log order") {
    TwoDevices p;
    TwoDevices::deliver(p.tablet, p.laptop.ok(R"({"type":"order.confirm","order":1})"));
    TwoDevices::deliver(p.tablet, p.laptop.ok(R"({"type":"order.start","order":1})"));
    SUBCASE("locally: the order moved on since") {
        TwoDevices::deliver(p.laptop, p.tablet.ok(R"({"type":"order.advance","order":1})"));
        const Result u = p.laptop.store.undo(p.laptop.ctx);
        CHECK_FALSE(u.ok);
        CHECK(u.error.message == "order 1-BFG: stage_status has changed since by sofia; undoing would overwrite it");
        CHECK(p.laptop.order(1).stage == "cutting");
    }
    SUBCASE("in log order: the other device's advance came first") {
        const Result adv = p.tablet.ok(R"({"type":"order.advance","order":1})");
        const Result u = p.laptop.store.undo(p.laptop.ctx);
        REQUIRE(u.ok);  // the laptop had not seen the advance
        CHECK(p.laptop.order(1).status == Status::confirmed);
        TwoDevices::deliver(p.tablet, adv);
        Problems problems;
        CHECK_FALSE(apply_entry(p.tablet.store, entry_of(u), problems));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems.front().path.rfind("/changes/0/from/", 0) == 0);
        CHECK(p.tablet.order(1).stage == "cutting");
    }
}

TEST_CASE("undoing a create takes the entity out; its number is never given again; redo puts it back") {
    Fixture f;
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Nova"})");
    REQUIRE(f.a().order(2));
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().order(2) == nullptr);
    CHECK(f.a().profile.next_order == 3);
    REQUIRE(f.store.redo(f.ctx).ok);
    REQUIRE(f.a().order(2));
    CHECK(f.order(2).garment == "Nova");
    CHECK(f.order(2).history.back().what == "redo");
}

TEST_CASE("an undo of a create is refused when the entity was changed since on another device") {
    TwoDevices p;
    const Result made = p.laptop.ok(R"({"type":"client.create","name":"Inès"})");
    TwoDevices::deliver(p.tablet, made);
    TwoDevices::deliver(p.laptop, p.tablet.ok(R"({"type":"client.update","client":2,"phone":"+33612345678","from":{"phone":""}})"));
    const Result u = p.laptop.store.undo(p.laptop.ctx);
    CHECK_FALSE(u.ok);
    CHECK(u.error.message == "client 2 has changed since it was made by sofia; undoing would lose that");
    CHECK(p.laptop.a().client(2) != nullptr);
}

TEST_CASE("entries from elsewhere do not go on this device's undo stack") {
    TwoDevices p;
    TwoDevices::deliver(p.laptop, p.tablet.ok(R"({"type":"order.update","order":1,"garment":"Luna"})"));
    p.laptop.store.reset(p.laptop.a());
    TwoDevices::deliver(p.laptop, p.tablet.ok(R"({"type":"order.update","order":1,"garment":"Stella"})"));
    CHECK_FALSE(p.laptop.store.can_undo());
}

TEST_CASE("hand-written undo entries are checked like any command: clear refusals, nothing changed") {
    Fixture f;
    f.ok(R"({"type":"order.pay","order":1,"amount":1000})");
    const std::string before = content_snapshot(f.a());
    auto refused = [&](const char* text) {
        const Result r = f.run(text);
        CHECK_FALSE(r.ok);
        CHECK(content_snapshot(f.a()) == before);
        return r.error;
    };
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{"payments":[{"amount":1000,"at":"2026-03-01T09:00"}]},"to":{"payments":[]}}]})") ==
          Problem{"/changes/0/to/payments", "takes out a ledger line: payments are only ever added to (an undone payment gets a correction)"});
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{"number":1},"to":{"number":7}}]})") ==
          Problem{"/changes/0/to/number", "is never put back by an undo or redo (identity, numbers, history)"});
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{"history":[]},"to":{"history":[]}}]})").path ==
          "/changes/0/to/history");
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"9","from":{"garment":"a"},"to":{"garment":"b"}}]})") ==
          Problem{"/changes/0/id", "no order 9-BFG"});
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":null,"to":null}]})") ==
          Problem{"/changes/0", "from and to cannot both be null"});
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{"garment":"Aurore"},"to":{"garment":"A","zzz":1}}]})").path ==
          "/changes/0/to/zzz");
    // Read back, then the store's validation: paid, but still owing.
    const Problem paid = refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{"status":"draft"},"to":{"status":"paid"}}]})");
    CHECK(paid.path == "/orders/0/status");
    CHECK(paid.message.rfind("refused: the atelier would not be valid afterwards", 0) == 0);
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"profile","from":{"currency":"EUR"},"to":{"currency":7}}]})").path ==
          "/changes/0/to/currency");
    Problems nested;
    CHECK_FALSE(command_from_json(R"({"type":"batch","commands":[{"type":"redo","what":"x","changes":[]}]})"_json, nested));
    CHECK(nested.front() == Problem{"/commands/0/type", "a batch may not contain an undo or redo"});
    cmd::Batch b;
    b.commands.push_back(cmd::Undo{});
    CHECK(check_batch_shape(b) == Problem{"/commands/0/type", "a batch may not contain an undo or redo"});
    CHECK(refused(R"({"type":"undo","what":"x","changes":[{"kind":"order","id":"1","from":{},"to":{}},{"kind":"order","id":"1","from":{},"to":{}}]})") ==
          Problem{"/changes/1/id", "names an entity a change before it names"});
}

// The law: random edits on two devices, one undone by its author after the other device edited
// the same order unseen. In log order (edit, other edit, undo) each field the undo touches is back
// to its value before the edit; every field only the other device set keeps its value; a field both
// set keeps the other device's value in a conflict record; both devices end at one state hash.
TEST_CASE("property: undo via inverse commands restores the prior value and keeps other devices' later edits") {
    int undone = 0, kept = 0, conflicts = 0;
    // 600 seeds: enough that each counted case below is met many times over, whichever commands
    // the generator draws (300 met exactly 10 conflicts once the generator changed).
    for (uint64_t seed = 1; seed <= 600; ++seed) {
        Rng rng{seed * 7919};
        TwoDevices p;
        auto random_update = [&](Fixture& f) {
            Command c = laws::random_command(rng, f.a(), f.ctx.now, [] {
                const auto types = command_types();
                return static_cast<size_t>(std::find(types.begin(), types.end(), "order.update") - types.begin());
            }());
            auto& u = std::get<cmd::OrderUpdate>(c);
            u.order = 1;
            u.from.reset();
            if (const Order* o = f.a().order(1)) {
                const nlohmann::json set = write_value(static_cast<const cmd::OrderFields&>(u)), all = write_value(order_fields_of(*o));
                nlohmann::json seen = nlohmann::json::object();
                for (auto it = set.begin(); it != set.end(); ++it) seen[it.key()] = all[it.key()];
                Problems ignored;
                Reader r{ignored};
                cmd::OrderFields from;
                read_fields(seen, from, PathSeg{nullptr, "", 0}, r);
                u.from = from;
            }
            return f.store.dispatch(c, f.ctx);
        };
        const Atelier start = p.laptop.a();
        const Result mine = random_update(p.laptop);
        if (!mine.ok) continue;
        TwoDevices::deliver(p.tablet, mine);
        const Atelier seen_by_tablet = p.tablet.a();
        const Result theirs = random_update(p.tablet);
        const Result u = p.laptop.store.undo(p.laptop.ctx);
        REQUIRE(u.ok);
        ++undone;
        Fixture log;
        log.store.reset(start);
        TwoDevices::deliver(log, mine);
        if (theirs.ok) TwoDevices::deliver(log, theirs);
        Problems problems;
        if (!apply_entry(log.store, entry_of(u), problems)) continue;  // refused in log order: nothing lost either
        const nlohmann::json before = write_value(order_fields_of(*start.order(1)));
        const nlohmann::json edited = write_value(order_fields_of(*seen_by_tablet.order(1)));
        const nlohmann::json other = theirs.ok ? write_value(order_fields_of(*p.tablet.a().order(1))) : edited;
        const nlohmann::json end = write_value(order_fields_of(*log.a().order(1)));
        const JournalEntry undo_entry = entry_of(u);
        const auto& undo = std::get<cmd::Undo>(*undo_entry.command);
        const nlohmann::json undone_fields = undo.changes.empty() ? nlohmann::json::object() : undo.changes[0].to.values;
        for (auto it = before.begin(); it != before.end(); ++it) {
            const std::string& k = it.key();
            const bool mine_set = edited[k] != before[k];
            const bool theirs_set = other[k] != edited[k];
            INFO("seed " << seed << ", field " << k);
            if (mine_set && undone_fields.contains(k)) {
                CHECK(end[k] == before[k]);
                if (theirs_set) ++conflicts;
            } else if (theirs_set) {
                CHECK(end[k] == other[k]);
                ++kept;
            }
        }
        // The log is what every device applies: the tablet, given the rest, lands on the same hash.
        TwoDevices::deliver(p.tablet, u);
        CHECK(state_hash(p.tablet.a()) == state_hash(log.a()));
    }
    INFO("undone " << undone << ", kept " << kept << ", conflicts " << conflicts);
    CHECK(undone > 400);
    CHECK(kept > 200);
    CHECK(conflicts > 15);
}
