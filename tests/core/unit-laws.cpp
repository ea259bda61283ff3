// The laws (core/laws/laws.hpp) on seeded random sequences of every command type, and issue 11's
// regressions one by one, without randomness.
// - One sweep of ATELIER_LAW_SEEDS seeds (default 200) x 300 steps runs once; each law's case reads it.
// - A failure prints the seed, the step, the command and the shortest failing prefix, reproduced by
//   `atelier bench --laws --seed S --steps N`.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

#include "core/demo.hpp"
#include "core/laws/laws.hpp"
#include "fixture.hpp"

namespace atelier::test {

namespace {

constexpr int kSteps = 300;

int sweep_seeds() {
    const char* env = std::getenv("ATELIER_LAW_SEEDS");
    const int n = env ? std::atoi(env) : 0;
    return n > 0 ? n : 200;
}

struct Sweep {
    int seeds = 0;
    LawStats stats;
    std::vector<LawRun> failed;
};

const Sweep& sweep() {
    static const Sweep s = [] {
        Sweep out;
        out.seeds = sweep_seeds();
        for (int seed = 1; seed <= out.seeds; ++seed) {
            LawRun run = check_laws(static_cast<uint64_t>(seed), kSteps);
            out.stats.add(run.stats);
            if (run.failure) out.failed.push_back(std::move(run));
        }
        return out;
    }();
    return s;
}

// Each distinct kind of failure of the law once (its first seed's report), with how many seeds showed it.
void report_failures(const char* law_name) {
    std::map<std::string, std::pair<int, const LawRun*>> kinds;
    for (const auto& run : sweep().failed)
        if (run.failure->law == law_name) {
            auto& k = kinds[law_failure_kind(*run.failure)];
            if (k.first++ == 0) k.second = &run;
        }
    for (const auto& [kind, k] : kinds)
        FAIL_CHECK(k.first << " of " << sweep().seeds << " seeds: " << kind << "\n" << law_report(*k.second));
}

void law_holds(const char* law_name) {
    report_failures(law_name);
    size_t n = 0;
    for (const auto& run : sweep().failed) n += run.failure->law == law_name;
    CHECK(n == 0);
}

}  // namespace

// The reports themselves are in the cases named after each law, below; here one line per kind.
TEST_CASE("laws: every seed keeps every law for 300 random commands") {
    const Sweep& s = sweep();
    MESSAGE(s.seeds << " seeds: " << s.stats.commands << " commands (" << s.stats.accepted << " accepted, "
                    << s.stats.refused << " refused), " << s.stats.undo << " undo, " << s.stats.redo << " redo");
    CHECK(s.stats.seeds == static_cast<uint64_t>(s.seeds));
    std::map<std::string, int> kinds;
    for (const auto& run : s.failed) ++kinds[law_failure_kind(*run.failure)];
    std::string listing;
    for (const auto& [kind, n] : kinds) listing += "\n  " + std::to_string(n) + "x " + kind;
    INFO(s.failed.size() << " of " << s.seeds << " seeds broke a law, " << kinds.size() << " distinct kinds:" << listing);
    CHECK(s.failed.empty());
}

TEST_CASE("laws: the sequences reach every command type, accepted and refused") {
    const Sweep& s = sweep();
    const auto types = command_types();
    for (size_t i = 0; i < types.size(); ++i) {
        INFO(types[i]);
        CHECK(s.stats.taken[i] > 0);
        CHECK(s.stats.taken[i] < s.stats.tried[i]);
    }
}

TEST_CASE("valid_after_every_step") { law_holds(law::valid); }
TEST_CASE("refused_changes_nothing") { law_holds(law::refused); }
TEST_CASE("undo_then_redo_is_identity") { law_holds(law::undo_redo); }
TEST_CASE("replay_equals_live") { law_holds(law::replay); }
TEST_CASE("compaction_reopen_equals_live") { law_holds(law::compaction); }
TEST_CASE("snapshot_roundtrip_is_identical") { law_holds(law::roundtrip); }
TEST_CASE("never_throws") { law_holds(law::no_throw); }
TEST_CASE("says_why_in_the_catalogue") { law_holds(law::worded); }

TEST_CASE("laws: a seed is deterministic, and a failure names the law, the seed and a reproduction") {
    const LawRun a = run_laws(7, 60), b = run_laws(7, 60);
    CHECK(a.stats.commands == b.stats.commands);
    CHECK(a.stats.accepted == b.stats.accepted);
    CHECK(a.stats.tried == b.stats.tried);
    CHECK(a.failure.has_value() == b.failure.has_value());
    // A prefix is the same sequence: its counts never exceed the longer run's.
    const LawRun prefix = run_laws(7, 30);
    CHECK(prefix.stats.steps <= a.stats.steps);
    CHECK(prefix.stats.accepted <= a.stats.accepted);

    LawRun made;
    made.failure = LawFailure{law::valid, 7, 300, 41, "atelier.update", R"({"type":"atelier.update"})", {{"/orders/3/team", "no team \"Tailoring\""}}};
    made.shortest = made.failure;
    made.shortest->steps = 42;
    const std::string report = law_report(made);
    CHECK(report.find("law valid_after_every_step broken: seed 7, step 41") != std::string::npos);
    CHECK(report.find("/orders/3/team: no team \"Tailoring\"") != std::string::npos);
    CHECK(report.find("shortest failing prefix: 42 steps") != std::string::npos);
    CHECK(report.find("atelier bench --laws --seed 7 --steps 42") != std::string::npos);
    CHECK(law_failure_kind(*made.failure) == "valid_after_every_step | atelier.update | /orders/#/team: no team \"…\"");
}

// [SECTION] Issue 11, one rule at a time: a refusal, and the state still validates.

namespace {

// The demo of the issue: 200 orders, seed 3.
struct Demo {
    Store store{make_demo(DemoOptions{200, 3})};
    Context ctx{"ana", at("2026-06-01T09:00")};
    Result run(const char* json_text) { return store.dispatch(parse_command(json_text), ctx); }
};

std::string listed(const Problems& problems) {
    std::string out;
    for (size_t i = 0; i < problems.size() && i < 5; ++i) out += "\n  " + problems[i].path + ": " + problems[i].message;
    if (problems.size() > 5) out += "\n  ... " + std::to_string(problems.size() - 5) + " more";
    return out;
}

void still_valid(const Atelier& a) {
    Problems problems;
    validate_atelier(a, problems);
    INFO("validate_atelier:" << listed(problems));
    CHECK(problems.empty());
    Atelier back;
    Problems read;
    INFO("read_snapshot:" << listed(read));
    CHECK(read_snapshot(write_snapshot(a), back, read));
}

}  // namespace

TEST_CASE("issue 11: removing a team in use by orders is refused") {
    Demo d;
    const Result r = d.run(R"({"type":"atelier.update","teams":["Design","Cutting","Finishing"]})");
    CHECK(!r.ok);
    still_valid(d.store.state());
}

TEST_CASE("issue 11: removing a salesperson in use is refused") {
    Demo d;
    const Result r = d.run(R"({"type":"atelier.update","salespeople":["Amélie"]})");
    CHECK(!r.ok);
    still_valid(d.store.state());
}

TEST_CASE("issue 11: removing a team a stage names is refused") {
    Fixture f;
    const Result r = f.run(R"({"type":"atelier.update","teams":["Sewing"]})");  // stage "cutting" is Cutting's
    CHECK(!r.ok);
    still_valid(f.a());
}

// Built as the UI builds them: the JSON reader already refuses a negative whole number, the store did not.
TEST_CASE("issue 11: negative or out-of-range settings are refused") {
    auto with = [](auto set) {
        cmd::AtelierUpdate c;
        set(c);
        return c;
    };
    const std::pair<const char*, cmd::AtelierUpdate> cases[] = {
        {"due_soon_days -1", with([](auto& c) { c.due_soon_days = -1; })},
        {"buffer_days -1", with([](auto& c) { c.buffer_days = -1; })},
        {"free_cancel_hours -1", with([](auto& c) { c.free_cancel_hours = -1; })},
        {"due_soon_days 2147483647", with([](auto& c) { c.due_soon_days = 2147483647; })},
    };
    for (const auto& [what, c] : cases) {
        Fixture f;
        const std::string shown = what;  // INFO's lambda cannot capture a structured binding in clang 14
        INFO(shown);
        CHECK(!f.store.dispatch(c, f.ctx).ok);
        still_valid(f.a());
    }
}

TEST_CASE("issue 11: a pipeline.put that drops a stage a stage fee names is refused") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"embroidery","percent":40}]})");
    const Result r = f.run(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"cutting","name":"Cutting","team":"Cutting"},{"id":"finishing","name":"Finishing"}]}})");
    CHECK(!r.ok);
    still_valid(f.a());
}

TEST_CASE("issue 11: a pipeline.put that drops a stage a payment milestone names is refused") {
    Fixture f;
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"Fitting","when":"fitting","amount":100000}]})");
    const Result r = f.run(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"cutting","name":"Cutting","team":"Cutting"},{"id":"finishing","name":"Finishing"}]}})");
    CHECK(!r.ok);
    still_valid(f.a());
}

}  // namespace atelier::test
