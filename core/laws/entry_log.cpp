#include "core/laws/entry_log.hpp"

#include "core/laws/generate.hpp"
#include "core/store.hpp"

namespace atelier {

EntryLog random_entry_log(const Atelier& start, uint64_t seed, int steps, DateTime now) {
    static const char* const kWho[] = {"ana", "jonas", "system"};
    Rng rng{seed};
    Store store(start);
    EntryLog log;
    bool undone = false;  // the last step was an undo: a redo can only follow one (a command clears them)
    for (int i = 0; i < steps; ++i, ++log.tried) {
        now.minutes += rng.between(1, 240);
        const Context ctx{rng.pick(kWho), now};
        const int roll = rng.below(100);
        Result r;
        if (roll < 6) {
            r = store.undo(ctx);
        } else if (roll < 9 || (undone && roll < 40)) {
            r = store.redo(ctx);
        } else {
            const size_t type = laws::random_command_type(rng);
            r = store.dispatch(laws::random_command(rng, store.state(), now, type), ctx);
        }
        undone = roll < 6 && r.ok;
        if (!r.ok) continue;
        for (const auto& e : r.effects)
            if (const auto* line = std::get_if<JournalAppend>(&e)) log.lines.push_back(line->entry);
    }
    log.end = store.release();
    return log;
}

}  // namespace atelier
