// pipeline.put from two devices: with `from` (the pipeline as its author saw it) only what the
// author changed is applied to the pipeline as it is, so another device's stage edit is kept; the
// name or a stage changed on both is kept aside as a conflict, settled by pipeline.resolve.
#include "tests/core/two_devices.hpp"

#include "core/commands/concurrent.hpp"
#include "core/rules/conflicts.hpp"
#include "core/validate/validate.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/storage/journal_entry.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

std::vector<std::string> ids_of(const Pipeline& p) {
    std::vector<std::string> out;
    for (const auto& s : p.stages) out.push_back(s.id);
    return out;
}

// The laptop puts `mine` and the tablet `theirs`, both from `seen`; the tablet's entry then reaches
// the laptop (log order: mine, theirs). The two results, for delivering the other way round.
std::pair<Result, Result> both_put(TwoDevices& d, const Pipeline& seen, const Pipeline& mine, const Pipeline& theirs) {
    const Result a = d.laptop.store.dispatch(cmd::PipelinePut{mine, seen}, d.laptop.ctx);
    const Result b = d.tablet.store.dispatch(cmd::PipelinePut{theirs, seen}, d.tablet.ctx);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    TwoDevices::deliver(d.laptop, b);
    return {a, b};
}

Stage stage(const char* id, const char* name) {
    Stage s;
    s.id = id;
    s.name = name;
    return s;
}

}  // namespace

TEST_CASE("merged_pipeline: the author's changes over the pipeline as it is") {
    Fixture f;
    const Pipeline seen = *f.a().pipeline("bridal");
    SUBCASE("unchanged since: the author's pipeline as sent") {
        Pipeline to = seen;
        to.stages.pop_back();
        CHECK(merged_pipeline(seen, seen, to) == to);
    }
    SUBCASE("another device renamed a stage the author left alone; the author added one") {
        Pipeline now = seen;
        now.stages[0].name = "Design sketch";
        Pipeline to = seen;
        to.stages.push_back(stage("pressing", "Pressing"));
        const Pipeline m = merged_pipeline(now, seen, to);
        CHECK(m.stages[0].name == "Design sketch");
        CHECK(ids_of(m) == std::vector<std::string>{"design", "cutting", "fitting", "embroidery", "finishing", "pressing"});
    }
    SUBCASE("both changed the same stage: the author's (later in the log) wins") {
        Pipeline now = seen;
        now.stages[1].days = 3;
        Pipeline to = seen;
        to.stages[1].days = 5;
        CHECK(merged_pipeline(now, seen, to).stages[1].days == 5);
    }
    SUBCASE("another device added a stage: it stays after the stage it follows; the author's removal applies") {
        Pipeline now = seen;
        now.stages.insert(now.stages.begin() + 2, stage("lining", "Lining"));
        Pipeline to = seen;
        to.stages.erase(to.stages.begin() + 3);  // embroidery
        to.name = "Bridal couture";
        const Pipeline m = merged_pipeline(now, seen, to);
        CHECK(m.name == "Bridal couture");
        CHECK(ids_of(m) == std::vector<std::string>{"design", "cutting", "lining", "fitting", "finishing"});
    }
    SUBCASE("another device removed a stage the author left alone: it stays removed; the other's name stays") {
        Pipeline now = seen;
        now.stages.erase(now.stages.begin() + 3);
        now.name = "Bridal (2027)";
        Pipeline to = seen;
        to.stages[0].colour = "#112233";
        const Pipeline m = merged_pipeline(now, seen, to);
        CHECK(m.name == "Bridal (2027)");
        CHECK(ids_of(m) == std::vector<std::string>{"design", "cutting", "fitting", "finishing"});
        CHECK(m.stages[0].colour == "#112233");
    }
}

TEST_CASE("two devices edit one pipeline offline: both edits are kept, every device lands on one hash") {
    Fixture laptop, tablet;
    tablet.store.reset(laptop.a());
    laptop.ctx = Context{"ana", at("2026-03-02T09:00"), "laptop", 0};
    tablet.ctx = Context{"sofia", at("2026-03-02T09:30"), "tablet", 0};
    const Atelier start = laptop.a();
    const Pipeline seen = *start.pipeline("bridal");
    Pipeline mine = seen;
    mine.stages.push_back(stage("pressing", "Pressing"));
    Pipeline theirs = seen;
    theirs.stages[0].name = "Design sketch";
    const Result a = laptop.store.dispatch(cmd::PipelinePut{mine, seen}, laptop.ctx);
    const Result b = tablet.store.dispatch(cmd::PipelinePut{theirs, seen}, tablet.ctx);
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    Problems p;
    REQUIRE(apply_entry(laptop.store, entry_of(b), p));
    const Pipeline& both = *laptop.a().pipeline("bridal");
    CHECK(both.stages[0].name == "Design sketch");
    CHECK(both.stages.back().id == "pressing");
    Fixture log;
    log.store.reset(start);
    REQUIRE(apply_entry(log.store, entry_of(a), p));
    REQUIRE(apply_entry(log.store, entry_of(b), p));
    CHECK(state_hash(log.a()) == state_hash(laptop.a()));
    // Without what they saw, the later put replaces the pipeline whole: the laptop's stage is gone.
    Fixture old;
    old.store.reset(start);
    REQUIRE(old.store.dispatch(cmd::PipelinePut{mine}, old.ctx).ok);
    REQUIRE(old.store.dispatch(cmd::PipelinePut{theirs}, old.ctx).ok);
    CHECK(old.a().pipeline("bridal")->stages.back().id == "finishing");
}

TEST_CASE("a merged pipeline is checked as it will be stored; 'from' names the pipeline put") {
    Fixture f;
    f.start_production();  // order 1 at the first stage, design
    const Pipeline seen = *f.a().pipeline("bridal");
    Pipeline to = seen;
    to.stages.erase(to.stages.begin());  // design holds order 1: refused as always
    const Result r = f.store.dispatch(cmd::PipelinePut{to, seen}, f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message.find("design") != std::string::npos);
    Pipeline other = seen;
    other.id = "evening";
    const Result wrong = f.store.dispatch(cmd::PipelinePut{to, other}, f.ctx);
    REQUIRE_FALSE(wrong.ok);
    CHECK(wrong.error.path == "/from/id");
    const Command c{cmd::PipelinePut{to, seen}};
    Problems p;
    const auto back = command_from_json(command_to_json(c), p);
    REQUIRE(back);
    CHECK(*back == c);
}

TEST_CASE("the same stage changed on two devices: the later put wins and a conflict keeps the other stage") {
    TwoDevices d;
    const Pipeline seen = *d.laptop.a().pipeline("bridal");
    Pipeline mine = seen;
    mine.stages[1].days = 4;  // cutting
    Pipeline theirs = seen;
    theirs.stages[1].name = "Cutting & marking";
    theirs.name = "Bridal couture";
    both_put(d, seen, mine, theirs);
    const Pipeline& p = *d.laptop.a().pipeline("bridal");
    CHECK(p.stages[1].name == "Cutting & marking");
    CHECK(p.stages[1].days == 0);  // the later put's stage, whole
    CHECK(p.name == "Bridal couture");  // only the tablet changed the name: no conflict on it
    REQUIRE(p.conflicts.size() == 1);
    const Conflict& k = p.conflicts[0];
    CHECK(k.field == "stages/cutting");
    CHECK(k.who == "sofia");
    CHECK(conflict_field_label(k.field) == "Stage cutting");
    CHECK(conflict_value_text(d.laptop.a(), k.field, k.replaced) == "Cutting, team Cutting, 4 days, photo");
    CHECK(count_open_conflicts(d.laptop.a()) == 1);
    const auto open = list_open_conflicts(d.laptop.a());
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == EntityKind::pipeline);
    CHECK(open[0].pipeline == "bridal");
    // Restore puts the laptop's stage back, once; the record says who settled it.
    d.laptop.ok(R"({"type":"pipeline.resolve","pipeline":"bridal","conflict":0,"restore":true})");
    CHECK(d.laptop.a().pipeline("bridal")->stages[1].days == 4);
    CHECK(d.laptop.a().pipeline("bridal")->stages[1].name == "Cutting");
    CHECK(d.laptop.a().pipeline("bridal")->conflicts[0].state == ConflictState::restored);
    CHECK(d.laptop.a().pipeline("bridal")->conflicts.size() == 1);
    CHECK(d.laptop.run(R"({"type":"pipeline.resolve","pipeline":"bridal","conflict":0,"restore":false})").error ==
          Problem{"/conflict", "the conflict on stages/cutting is already settled (restored)"});
    CHECK(d.laptop.run(R"({"type":"pipeline.resolve","pipeline":"bridal","conflict":3,"restore":false})").error ==
          Problem{"/conflict", "pipeline \"bridal\" has no conflict 3"});
    CHECK(d.laptop.run(R"({"type":"pipeline.resolve","pipeline":"gowns","conflict":0,"restore":false})").error ==
          Problem{"/pipeline", "no pipeline \"gowns\""});
}

TEST_CASE("a stage removed on one device and changed on another: removed, and the changed stage is kept aside") {
    TwoDevices d;
    const Pipeline seen = *d.laptop.a().pipeline("bridal");
    Pipeline mine = seen;
    mine.stages[3].days = 2;  // embroidery
    Pipeline theirs = seen;
    theirs.stages.erase(theirs.stages.begin() + 3);
    const Result a = both_put(d, seen, mine, theirs).first;
    const Pipeline& p = *d.laptop.a().pipeline("bridal");
    CHECK(stage_index(p, "embroidery") < 0);
    REQUIRE(p.conflicts.size() == 1);
    CHECK(conflict_value_text(d.laptop.a(), "stages/embroidery", p.conflicts[0].kept) == "(removed)");
    // Keep leaves it removed; restoring instead would put it back after the last stage.
    Fixture restore;
    restore.store.reset(d.laptop.a());
    restore.ok(R"({"type":"pipeline.resolve","pipeline":"bridal","conflict":0,"restore":true})");
    CHECK(restore.a().pipeline("bridal")->stages.back().id == "embroidery");
    CHECK(restore.a().pipeline("bridal")->stages.back().days == 2);
    d.laptop.ok(R"({"type":"pipeline.resolve","pipeline":"bridal","conflict":0,"restore":false})");
    CHECK(stage_index(*d.laptop.a().pipeline("bridal"), "embroidery") < 0);
    CHECK(count_open_conflicts(d.laptop.a()) == 0);
    // The other way round (the removal is the earlier entry) the changed stage comes back, and the
    // removal is what is kept aside.
    TwoDevices::deliver(d.tablet, a);
    CHECK(stage_index(*d.tablet.a().pipeline("bridal"), "embroidery") == 3);  // in the author's order
    REQUIRE(d.tablet.a().pipeline("bridal")->conflicts.size() == 1);
    CHECK(d.tablet.a().pipeline("bridal")->conflicts[0].replaced == "null");
}

TEST_CASE("a put keeps the pipeline's conflict records whatever the pipeline it gives holds; sequential puts make none") {
    TwoDevices d;
    const Pipeline seen = *d.laptop.a().pipeline("bridal");
    Pipeline mine = seen;
    mine.name = "Bridal A";
    Pipeline theirs = seen;
    theirs.name = "Bridal B";
    both_put(d, seen, mine, theirs);
    REQUIRE(d.laptop.a().pipeline("bridal")->conflicts.size() == 1);
    CHECK(d.laptop.a().pipeline("bridal")->conflicts[0].field == "name");
    // A put (from a draft made before the conflict, or a script) neither drops nor adds records.
    Pipeline next = *d.laptop.a().pipeline("bridal");
    next.conflicts.clear();
    next.stages[0].days = 3;
    REQUIRE(d.laptop.store.dispatch(cmd::PipelinePut{next, *d.laptop.a().pipeline("bridal")}, d.laptop.ctx).ok);
    CHECK(d.laptop.a().pipeline("bridal")->conflicts.size() == 1);
    // The loader refuses a record that is not a name or a stage of the pipeline.
    Atelier broken = d.laptop.a();
    broken.pipelines[0].conflicts[0].field = "stages/cutting";
    Problems p;
    validate_atelier(broken, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p.front().path == "/pipelines/0/conflicts/0");
}
