// A seeded random entry log (core/laws/entry_log.hpp): what `atelier random-log` prints and the
// native-vs-WASM test replays. Its lines must rebuild the state that wrote them.
#include <set>

#include "core/demo.hpp"
#include "core/laws/entry_log.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/storage/journal_entry.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

Atelier start(uint64_t seed) { return make_demo(DemoOptions{40, seed, day("2026-06-01")}); }

}  // namespace

TEST_CASE("replaying_a_random_log_rebuilds_the_state_that_wrote_it") {
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        INFO("seed " << seed);
        const Atelier a = start(seed);
        const EntryLog log = random_entry_log(a, seed, 150, at("2026-06-01T08:00"));
        CHECK(log.tried == 150);
        CHECK(log.lines.size() > 40);
        CHECK(log.lines.size() < 150);  // some steps were refused and left out
        Store replay(a);
        for (size_t i = 0; i < log.lines.size(); ++i) {
            // As `atelier apply` reads them: text, one line each.
            const std::string text = log.lines[i].dump();
            REQUIRE(text.find('\n') == std::string::npos);
            Problems problems;
            INFO("line " << i + 1 << ": " << text);
            REQUIRE(replay_entry(replay, nlohmann::json::parse(text), problems));
        }
        CHECK(replay.state() == log.end);
        CHECK(state_hash(replay.state()) == state_hash(log.end));
        CHECK(state_hash(log.end) != state_hash(a));
    }
}

TEST_CASE("a random log is the same for the same seed and covers undo, redo and many command types") {
    const Atelier a = start(3);
    const DateTime now = at("2026-06-01T08:00");
    const EntryLog one = random_entry_log(a, 3, 400, now);
    CHECK(random_entry_log(a, 3, 400, now).lines == one.lines);
    CHECK(random_entry_log(a, 4, 400, now).lines != one.lines);
    std::set<std::string> kinds;
    for (const auto& line : one.lines) {
        if (line.contains("command")) kinds.insert(line["command"]["type"].get<std::string>());
        if (line.contains("undo")) kinds.insert("undo");
        if (line.contains("redo")) kinds.insert("redo");
    }
    CHECK(kinds.count("undo") == 1);
    CHECK(kinds.count("redo") == 1);
    CHECK(kinds.size() > 15);
}
