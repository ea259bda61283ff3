#pragma once
// [SECTION] A seeded random entry log: the journal lines a store writes while it takes random
// commands (core/laws/generate.hpp), undos and redos, refusals left out. `atelier random-log`
// prints one; replaying it onto the same start (`atelier apply`) rebuilds the state that wrote it,
// on any platform — the native-vs-WASM test (tests/e2e/cli-wasm.spec.js) compares the two hashes.
// Pure: the clock starts at `start` and advances by seeded steps.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/model/atelier.hpp"

namespace atelier {

struct EntryLog {
    std::vector<nlohmann::json> lines;  // each as the store journals it
    Atelier end;                        // the state after the last line
    uint64_t tried = 0;                 // steps drawn, refused ones included
};

// `steps` random steps from `start`: about 6% undo, a redo after a third of them, the rest commands
// of every type.
EntryLog random_entry_log(const Atelier& start, uint64_t seed, int steps, DateTime now);

}  // namespace atelier
