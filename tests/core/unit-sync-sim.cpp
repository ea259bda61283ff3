// Sync simulated end to end (core/sync/sim.hpp): several devices, lost replies, resent pushes,
// crashes back to the last save; after everyone syncs, one state and nothing lost. The long run:
// `atelier bench --sync --seeds 10000`.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "core/sync/sim.hpp"

using namespace atelier;

TEST_CASE("500 seeds of devices syncing through lost replies, resent pushes and crashes converge with nothing lost") {
    // ATELIER_SYNC_SEEDS: fewer under the sanitizers (tests/CMakeLists.txt).
    const char* env = std::getenv("ATELIER_SYNC_SEEDS");
    const uint64_t seeds = env ? std::stoull(env) : 500;
    SyncRunStats total;
    for (uint64_t seed = 1; seed <= seeds; ++seed) {
        const SyncRun r = run_sync(seed, 60);
        INFO(r.failure.value_or(""));
        REQUIRE_FALSE(r.failure);
        total.add(r.stats);
    }
    MESSAGE("entries " << total.entries << " (lost unsaved " << total.lost_unsaved << "), not applied " << total.not_applied
                       << ", conflicts " << total.conflicts << ", pushes " << total.pushes << ", pulls " << total.pulls << ", lost replies "
                       << total.lost_replies << ", resent " << total.resent << ", crashes " << total.crashes << " ("
                       << total.restarts_from_checkpoint << " from a checkpoint), checkpoints " << total.checkpoints << ", blocks "
                       << total.blocks << ", undos " << total.undos << ", renumbered " << total.renumbered);
    // Not vacuous: every fault and every outcome happens (per 100 seeds, about a fifth of what 500 give).
    const uint64_t per100 = seeds / 100;
    CHECK(total.entries > 2000 * per100);
    // Fewer since a merged client redirects instead of refusing, and since person.put/remove joined the
    // random mix (1 in the first 100 seeds, 18 in 500).
    CHECK(total.not_applied >= per100);
    CHECK(total.conflicts > 10 * per100);
    CHECK(total.lost_replies > 20 * per100);
    CHECK(total.resent > 10 * per100);
    CHECK(total.restarts_from_checkpoint > 4 * per100);
    CHECK(total.lost_unsaved > 4 * per100);
    CHECK(total.undos > 40 * per100);
    CHECK(total.renumbered > 4 * per100);
}
