// Journal replay: a journal line (a command with who/at, or an undo/redo carrying entity images)
// replayed over a Store holding the small demo atelier is either refused with the state unchanged,
// or leaves a state that validates.
#include "core/storage/storage.hpp"
#include "core/store.hpp"
#include "fuzz_common.hpp"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Problems problems;
    const nlohmann::json line = parse_json_capped(fuzz::text_of(data, size), problems);
    if (line.is_discarded()) return 0;
    Store store(fuzz::demo());
    if (!replay_entry(store, line, problems)) {
        FUZZ_CHECK(!problems.empty());
        FUZZ_CHECK(write_snapshot(store.state()) == fuzz::demo_text());
        return 0;
    }
    fuzz::check_valid_state(store.state());
    return 0;
}
