#pragma once
// [SECTION] Sync simulated end to end (issue 14): 2-4 devices, each a Replica (replica.hpp) over
// its own store, one in-process server (log_server.hpp) — the same JSON crossing as over HTTP.
// Each step one device edits offline (or undoes), saves, pushes (a reply now and then lost, a push
// now and then sent twice), pulls (a reply lost), asks for a block of numbers, uploads a
// checkpoint, or crashes back to what it last saved (restarting from the server's checkpoint when
// it had pending entries). Then everyone syncs until quiet.
// Laws: every device ends at one state hash, that of a fresh fold of the server's log; no device
// ever reports a hash at a log position that another contradicts; every entry a device saved is in
// the log, and each one the fold refused is in the Not applied list; nothing is left pending.
// Pure: no clock, no I/O. tests/core/unit-sync-sim.cpp runs it; `atelier bench --sync --seeds N`.
#include <cstdint>
#include <optional>
#include <string>

namespace atelier {

struct SyncRunStats {
    uint64_t entries = 0;       // written on a device (saved or not)
    uint64_t lost_unsaved = 0;  // of which lost to a crash before they were saved
    uint64_t not_applied = 0;   // refused where the log put them: listed as Not applied
    uint64_t conflicts = 0;     // concurrent edits kept as conflict records
    uint64_t pushes = 0, pulls = 0, lost_replies = 0, resent = 0;
    uint64_t crashes = 0, restarts_from_checkpoint = 0, checkpoints = 0, blocks = 0, undos = 0;
    uint64_t renumbered = 0;    // provisional numbers given real ones before leaving their device
    void add(const SyncRunStats& o);
};

struct SyncRun {
    SyncRunStats stats;
    std::optional<std::string> failure;  // the law broken, with seed, step and what
};

SyncRun run_sync(uint64_t seed, int steps);

}  // namespace atelier
