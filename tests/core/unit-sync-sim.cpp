// Sync simulated end to end (core/sync/sim.hpp): several devices, lost replies, resent pushes,
// crashes back to the last save; after everyone syncs, one state and nothing lost. The long run:
// `atelier bench --sync --seeds 10000`.
#include <doctest/doctest.h>

#include "core/sync/sim.hpp"

using namespace atelier;

TEST_CASE("500 seeds of devices syncing through lost replies, resent pushes and crashes converge with nothing lost") {
    SyncRunStats total;
    for (uint64_t seed = 1; seed <= 500; ++seed) {
        const SyncRun r = run_sync(seed, 60);
        INFO(r.failure.value_or(""));
        REQUIRE_FALSE(r.failure);
        total.add(r.stats);
    }
    MESSAGE("entries " << total.entries << " (lost unsaved " << total.lost_unsaved << "), not applied " << total.not_applied
                       << ", conflicts " << total.conflicts << ", pushes " << total.pushes << ", pulls " << total.pulls << ", lost replies "
                       << total.lost_replies << ", resent " << total.resent << ", crashes " << total.crashes << " ("
                       << total.restarts_from_checkpoint << " from a checkpoint), checkpoints " << total.checkpoints << ", blocks "
                       << total.blocks << ", undos " << total.undos);
    // Not vacuous: every fault and every outcome happens.
    CHECK(total.entries > 10000);
    CHECK(total.not_applied > 20);
    CHECK(total.conflicts > 50);
    CHECK(total.lost_replies > 100);
    CHECK(total.resent > 50);
    CHECK(total.restarts_from_checkpoint > 20);
    CHECK(total.lost_unsaved > 20);
    CHECK(total.undos > 200);
}
