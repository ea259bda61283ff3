// Commands: JSON -> command_from_json; an accepted command writes back (command_to_json) to the
// same command, and dispatched through a Store over the small demo atelier it is either refused
// with the state unchanged, or leaves a state that validates (and undo brings back what an undo gives back of the demo).
#include "core/laws/undo_view.hpp"
#include "core/store.hpp"
#include "fuzz_common.hpp"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Problems problems;
    const nlohmann::json j = parse_json_capped(fuzz::text_of(data, size), problems);
    if (j.is_discarded()) return 0;
    const auto c = command_from_json(j, problems);
    FUZZ_CHECK(c.has_value() == problems.empty());
    if (!c) return 0;
    Problems again;
    const auto back = command_from_json(command_to_json(*c), again);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(*back == *c);

    Store store(fuzz::demo());
    const Result r = store.dispatch(*c, fuzz::context());
    if (!r.ok) {
        FUZZ_CHECK(write_snapshot(store.state()) == fuzz::demo_text());
        return 0;
    }
    fuzz::check_valid_state(store.state());
    const std::string after = write_snapshot(store.state());
    const bool invoiced = issued_invoice(fuzz::demo(), store.state());
    const Result u = store.undo(fuzz::context());
    if (!u.ok && invoiced) {  // an issued invoice number is never taken back: refused, nothing changed
        FUZZ_CHECK(write_snapshot(store.state()) == after);
        return 0;
    }
    FUZZ_CHECK(u.ok);
    // What an undo gives back is the demo's (history, counters and ledger corrections aside:
    // core/laws/undo_view.hpp); the clock has moved on by the command and its undo.
    fuzz::check_valid_state(store.state());
    FUZZ_CHECK(store.state().clock.applied(fuzz::context().device) == 2);
    FUZZ_CHECK(undo_equal(store.state(), fuzz::demo()));
    return 0;
}
