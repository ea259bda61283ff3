// Every input the fuzzers ever found (tests/fuzz/findings) stays fixed: each is replayed here with
// the property its target checks, so a regression fails the unit tests, not only a long fuzz run.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/commands/plan.hpp"
#include "core/demo.hpp"
#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/journal_entry.hpp"
#include "core/store.hpp"
#include "core/validate/validate.hpp"

using namespace atelier;

namespace {
// The fuzz targets' atelier: 3 orders over both demo pipelines (tests/fuzz/fuzz_common.hpp).
Atelier findings_demo() { return make_demo(DemoOptions{3, 1, date_from_civil(2026, 6, 1)}); }
Context findings_context() { return Context{"fuzz", *parse_datetime("2026-06-01T10:00")}; }

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> findings(const std::string& target) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(ATELIER_FUZZ_FINDINGS))
        if (e.path().extension() == ".json" && e.path().filename().string().rfind(target + "-", 0) == 0)
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

void check_valid(const Atelier& a) {
    Problems problems;
    validate_atelier(a, problems);
    for (const auto& p : problems) INFO(p.path << ": " << p.message);
    CHECK(problems.empty());
    const std::string text = write_snapshot(a);
    Atelier again;
    Problems read;
    CHECK(read_snapshot(text, again, read));
    CHECK(write_snapshot(again) == text);
}
}  // namespace

TEST_CASE("journal findings: a replayed line is refused with the state unchanged, or leaves a valid state") {
    const std::string demo_text = write_snapshot(findings_demo());
    const auto files = findings("journal");
    REQUIRE(files.size() >= 4);
    for (const auto& f : files) {
        CAPTURE(f.filename().string());
        Problems problems;
        const nlohmann::json line = parse_json_capped(read_text(f), problems);
        REQUIRE_FALSE(line.is_discarded());
        Store store(findings_demo());
        if (!replay_entry(store, line, problems)) {
            CHECK_FALSE(problems.empty());
            CHECK(write_snapshot(store.state()) == demo_text);
        } else {
            check_valid(store.state());
        }
    }
}

TEST_CASE("command findings: a dispatched command is refused with the state unchanged, or validates and undoes") {
    const std::string demo_text = write_snapshot(findings_demo());
    const auto files = findings("command");
    REQUIRE(files.size() >= 1);
    for (const auto& f : files) {
        CAPTURE(f.filename().string());
        Problems problems;
        const nlohmann::json j = parse_json_capped(read_text(f), problems);
        REQUIRE_FALSE(j.is_discarded());
        const auto c = command_from_json(j, problems);
        if (!c) continue;
        Store store(findings_demo());
        const Result r = store.dispatch(*c, findings_context());
        if (!r.ok) {
            CHECK(write_snapshot(store.state()) == demo_text);
            continue;
        }
        check_valid(store.state());
        CHECK(store.undo(findings_context()).ok);
        CHECK(write_snapshot(store.state()) == demo_text);
    }
}

TEST_CASE("a refused replay puts a removed order back where it stood") {
    // The shape of journal-undo-refused-leaves-change.json, built by hand: remove the middle order
    // and install a profile that drops a team in use; the refusal must restore the order in place.
    Store store(findings_demo());
    const std::string before = write_snapshot(store.state());
    REQUIRE(store.state().orders.size() == 3);
    Images put;
    Profile p = store.state().profile;
    p.teams = {"Nobody"};
    put.profile = p;
    RemovedIds removed;
    removed.of<Order>() = {store.state().orders[1].number};
    Problems problems;
    CHECK_FALSE(store.replay_images(put, removed, "", 0, problems));
    CHECK_FALSE(problems.empty());
    CHECK(write_snapshot(store.state()) == before);
    CHECK(store.state().order(store.state().orders[1].number) == &store.state().orders[1]);
}
