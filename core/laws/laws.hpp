#pragma once
// [SECTION] The laws every sequence of edits keeps, checked on seeded random sequences.
// - A seed makes a small demo atelier (20-60 orders) and a sequence of commands of every type,
//   plausible and hostile (core/laws/generate.hpp), with undo and redo; the clock advances
//   deterministically, so a seed and a step count are the whole reproduction.
// - Pure: no clock, no I/O (storage is MemoryFiles). `atelier bench --laws` and
//   tests/core/unit-laws.cpp both run it.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "core/commands/command.hpp"
#include "core/problem.hpp"

namespace atelier {

// The laws, as reports name them.
namespace law {
inline constexpr const char* valid = "valid_after_every_step";           // validate_atelier finds nothing
inline constexpr const char* refused = "refused_changes_nothing";        // a refusal leaves the same bytes
inline constexpr const char* undo_redo = "undo_then_redo_is_identity";   // undo: the state before; redo: after
inline constexpr const char* replay = "replay_equals_live";              // the journal rebuilds the live state
inline constexpr const char* compaction = "compaction_reopen_equals_live";
inline constexpr const char* roundtrip = "snapshot_roundtrip_is_identical";
inline constexpr const char* no_throw = "never_throws";                  // dispatch and every check return
// Every refusal, warning and notice is a catalogue sentence whose English is its text, so a view
// can word it in any language (core/said.hpp).
inline constexpr const char* worded = "says_why_in_the_catalogue";
}  // namespace law

struct LawOptions {
    // Validity, refusals, undo/redo and replay of each journal line into a second store are checked
    // every step (about 0.3 ms of CPU a step at 20-60 orders). The whole-snapshot laws (round trip,
    // reopening the storage; about 4 ms) every `full_every` steps, compaction every `compact_every`,
    // and all of them after the last step: 200 seeds x 300 steps in about 30 s of CPU, Release.
    int full_every = 25;
    int compact_every = 100;
};

struct LawStats {
    uint64_t seeds = 0, steps = 0;
    uint64_t commands = 0, accepted = 0, refused = 0;  // random commands dispatched
    uint64_t undo = 0, redo = 0;                       // random undo/redo steps (the law's own not counted)
    std::array<uint64_t, std::variant_size_v<Command>> tried{}, taken{};  // per command type, variant order
    void add(const LawStats& o);
};

struct LawFailure {
    std::string law;
    uint64_t seed = 0;
    int steps = 0;       // the length of the run
    int step = 0;        // 0-based step after which the law broke; -1: the demo atelier itself
    std::string type;    // command type, "undo" or "redo"
    std::string action;  // the command as JSON
    Problems problems;
};

struct LawRun {
    LawStats stats;
    std::optional<LawFailure> failure;   // the first law broken
    std::optional<LawFailure> shortest;  // the same seed's shortest failing run (check_laws only)
};

// One seed, `steps` steps; stops at the first broken law.
LawRun run_laws(uint64_t seed, int steps, const LawOptions& opt = {});
// run_laws, and on a failure the shortest prefix of the same sequence that still fails.
LawRun check_laws(uint64_t seed, int steps, const LawOptions& opt = {});

// For people: the law, seed, step, command, problems, shortest prefix and the command that reproduces it.
std::string law_report(const LawRun& run);
// What kind of failure this is, to list distinct ones once: law, command type, first problem with
// its numbers blanked.
std::string law_failure_kind(const LawFailure& f);

}  // namespace atelier
