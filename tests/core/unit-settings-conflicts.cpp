// The atelier's settings from two devices: atelier.update says what its author saw (`from`); a
// setting changed since is a concurrent edit kept as a conflict on the atelier, settled by
// atelier.resolve. The Settings form's draft follows edits arriving meanwhile on untouched fields.
#include "tests/core/two_devices.hpp"

#include "core/commands/concurrent.hpp"
#include "core/rules/conflicts.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/validate/validate.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("two devices set the same setting offline: the later in log order wins and the other value is kept") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","due_soon_days":10,"from":{"due_soon_days":7}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","due_soon_days":3,"from":{"due_soon_days":7}})");
    // Log order: mine, then theirs, on both devices.
    TwoDevices::deliver(d.laptop, theirs);
    const Profile& p = d.laptop.a().profile;
    CHECK(p.due_soon_days == 3);
    REQUIRE(p.conflicts.size() == 1);
    const Conflict& k = p.conflicts[0];
    CHECK(k.field == "due_soon_days");
    CHECK(k.replaced == "10");
    CHECK(k.kept == "3");
    CHECK(k.who == "sofia");
    CHECK(k.at == at("2026-03-02T09:30"));
    CHECK(k.state == ConflictState::open);
    CHECK(count_open_conflicts(d.laptop.a()) == 1);
    const auto open = list_open_conflicts(d.laptop.a());
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == EntityKind::profile);
    CHECK(conflict_sentence(d.laptop.a(), k) == "Due soon days: sofia set 3 on 2026-03-02 09:30 without seeing 10.");
}

TEST_CASE("the same entries in the same order give the same atelier on every device") {
    TwoDevices d;
    const Atelier start = d.laptop.a();
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","name":"Maison Laptop","currency":"CHF","from":{"name":"Maison Test","currency":"EUR"}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","name":"Maison Tablet","from":{"name":"Maison Test"}})");
    TwoDevices::deliver(d.laptop, theirs);
    Fixture replay;
    replay.store.reset(start);
    Problems p;
    REQUIRE(apply_entry(replay.store, entry_of(mine), p));
    REQUIRE(apply_entry(replay.store, entry_of(theirs), p));
    CHECK(state_hash(replay.a()) == state_hash(d.laptop.a()));
    // Another field of the same update is no conflict: the laptop's currency stays.
    CHECK(d.laptop.a().profile.settings.currency == "CHF");
    CHECK(d.laptop.a().profile.settings.name == "Maison Tablet");
    REQUIRE(d.laptop.a().profile.conflicts.size() == 1);
    CHECK(d.laptop.a().profile.conflicts[0].field == "name");
}

TEST_CASE("edits that saw each other, or set other settings, make no conflict") {
    TwoDevices d;
    const Result first = d.laptop.ok(R"({"type":"atelier.update","buffer_days":5,"from":{"buffer_days":3}})");
    TwoDevices::deliver(d.tablet, first);
    const Result second = d.tablet.ok(R"({"type":"atelier.update","buffer_days":6,"release_owing":true,"from":{"buffer_days":5,"release_owing":false}})");
    TwoDevices::deliver(d.laptop, second);
    CHECK(d.laptop.a().profile.buffer_days == 6);
    CHECK(d.laptop.a().profile.conflicts.empty());
    // Without `from` (an old client): applied, no conflict can be known.
    d.laptop.ok(R"({"type":"atelier.update","buffer_days":2})");
    CHECK(d.laptop.a().profile.conflicts.empty());
}

TEST_CASE("atelier.resolve restores the replaced value or keeps the one in place, once") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","currency":"GBP","from":{"currency":"EUR"}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","currency":"USD","from":{"currency":"EUR"}})");
    TwoDevices::deliver(d.laptop, theirs);
    (void)mine;
    Fixture& f = d.laptop;
    CHECK(f.run(R"({"type":"atelier.resolve","conflict":1,"restore":true})").error ==
          Problem{"/conflict", "the atelier's settings have no conflict 1"});
    f.ok(R"({"type":"atelier.resolve","conflict":0,"restore":true})");
    CHECK(f.a().profile.settings.currency == "GBP");
    CHECK(f.a().profile.conflicts[0].state == ConflictState::restored);
    CHECK(f.a().profile.conflicts[0].resolved_who == "ana");
    CHECK(f.a().profile.conflicts.size() == 1);  // restoring over the value it saw is no new conflict
    CHECK(f.run(R"({"type":"atelier.resolve","conflict":0,"restore":false})").error ==
          Problem{"/conflict", "the conflict on currency is already settled (restored)"});
    // Undo of the resolve reopens it and puts the kept value back.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().profile.settings.currency == "USD");
    CHECK(f.a().profile.conflicts[0].state == ConflictState::open);
    f.ok(R"({"type":"atelier.resolve","conflict":0,"restore":false})");
    CHECK(f.a().profile.settings.currency == "USD");
    CHECK(f.a().profile.conflicts[0].state == ConflictState::kept);
    CHECK(count_open_conflicts(f.a()) == 0);
}

TEST_CASE("a restore is checked like any update: a stage fee on a stage since removed is refused") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"embroidery","percent":30}],"from":{"stage_fees":[]}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"cutting","percent":20}],"from":{"stage_fees":[]}})");
    TwoDevices::deliver(d.laptop, theirs);
    (void)mine;
    Fixture& f = d.laptop;
    REQUIRE(f.a().profile.conflicts.size() == 1);
    CHECK(conflict_value_text(f.a(), "stage_fees", f.a().profile.conflicts[0].replaced) == "embroidery 30%");
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},
        {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
        {"id":"fitting","name":"Fitting","qc":true},
        {"id":"finishing","name":"Finishing"}]}})");
    const Result r = f.run(R"({"type":"atelier.resolve","conflict":0,"restore":true})");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.path == "/stage_fees/0/stage");
    CHECK(f.a().profile.conflicts[0].state == ConflictState::open);
}

TEST_CASE("from names only settings the update sets; the name lists merge and never conflict") {
    Fixture f;
    CHECK(f.run(R"({"type":"atelier.update","name":"Maison","from":{"currency":"EUR"}})").error ==
          Problem{"/from/currency", "is not a field this update sets"});
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","salespeople":["Jonas","Mira"],"from":{"salespeople":["Jonas"]}})");
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","salespeople":[],"from":{"salespeople":["Jonas"]}})");
    TwoDevices::deliver(d.laptop, theirs);
    (void)mine;
    CHECK(d.laptop.a().profile.salespeople == std::vector<std::string>{"Mira"});
    CHECK(d.laptop.a().profile.conflicts.empty());
}

TEST_CASE("an undo of a setting changed since on another device keeps that device's value aside as a conflict") {
    TwoDevices d;
    const Result mine = d.laptop.ok(R"({"type":"atelier.update","late_cancel_percent":20,"from":{"late_cancel_percent":10}})");
    TwoDevices::deliver(d.tablet, mine);
    const Result theirs = d.tablet.ok(R"({"type":"atelier.update","late_cancel_percent":25,"from":{"late_cancel_percent":20}})");
    // The laptop undoes its edit before the tablet's arrives; the tablet's arrives after the undo.
    const Result undo = d.laptop.store.undo(d.laptop.ctx);
    REQUIRE(undo.ok);
    TwoDevices::deliver(d.laptop, theirs);
    CHECK(d.laptop.a().profile.late_cancel_percent == 25);  // the tablet's, later in the log
    REQUIRE(d.laptop.a().profile.conflicts.size() == 1);
    CHECK(d.laptop.a().profile.conflicts[0].replaced == "10");
    // In the other order (the undo after the tablet's edit) the undo is the later edit.
    TwoDevices::deliver(d.tablet, undo);
    CHECK(d.tablet.a().profile.late_cancel_percent == 10);
    REQUIRE(d.tablet.a().profile.conflicts.size() == 1);
    CHECK(d.tablet.a().profile.conflicts[0].replaced == "25");
}

TEST_CASE("the loader refuses a settings conflict that does not hold two values of a setting") {
    Fixture f;
    Atelier a = f.a();
    Conflict k;
    k.field = "due_soon_days";
    k.replaced = "\"soon\"";
    k.kept = "3";
    k.who = "sofia";
    a.profile.conflicts.push_back(k);
    Problems p;
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p.front().path == "/atelier/conflicts/0");
    a.profile.conflicts[0].field = "teams";  // lists merge: never a conflict
    a.profile.conflicts[0].replaced = "[]";
    a.profile.conflicts[0].kept = "[]";
    p.clear();
    validate_atelier(a, p);
    CHECK_FALSE(p.empty());
    a.profile.conflicts[0].field = "currency";
    a.profile.conflicts[0].replaced = "\"EUR\"";
    a.profile.conflicts[0].kept = "\"CHF\"";
    p.clear();
    validate_atelier(a, p);
    CHECK(p.empty());
}

TEST_CASE("a form's draft: an edit arriving meanwhile reaches untouched fields; saving sends what was typed, with what was shown") {
    Profile shown_then;
    shown_then.settings = Settings{"Maison", "BFG", "EUR"};
    cmd::AtelierFields draft = atelier_fields_of(shown_then), base = draft;
    draft.name = "Maison Rose";  // typed
    Profile now = shown_then;    // another device: a new currency and a new name
    now.settings.currency = "CHF";
    now.settings.name = "Maison Bleue";
    rebase_draft(draft, base, atelier_fields_of(now));
    CHECK(*draft.currency == "CHF");        // untouched: follows
    CHECK(*draft.name == "Maison Rose");    // typed: kept
    CHECK(*base.name == "Maison");          // and what was shown when typing began
    auto [to, from] = draft_update(draft, base, atelier_fields_of(now));
    CHECK(to.name == std::optional<std::string>("Maison Rose"));
    CHECK(from.name == std::optional<std::string>("Maison"));
    CHECK_FALSE(to.currency);
    CHECK_FALSE(from.currency);
    // Typed back to what is there now: nothing to save.
    draft.name = "Maison Bleue";
    CHECK(draft_update(draft, base, atelier_fields_of(now)).first == cmd::AtelierFields{});
}
