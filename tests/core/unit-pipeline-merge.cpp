// pipeline.put from two devices: with `from` (the pipeline as its author saw it) only what the
// author changed is applied to the pipeline as it is, so another device's stage edit is kept.
#include "tests/core/two_devices.hpp"

#include "core/commands/concurrent.hpp"
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
