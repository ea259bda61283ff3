#pragma once
// [SECTION] Several devices writing one atelier, simulated: the laws sync must keep.
// - 2-4 devices start from the same demo atelier. Each step one device either edits (field
//   updates with `from` = what it shows, payments, stage moves, measurements) or syncs: pushes its
//   pending entries to an ordered server log, then rebuilds from the log plus nothing pending
//   (the design of issue 14: the server orders, the clients compute).
// - Laws: after a final sync every device holds the same state hash, equal to a fresh replay of
//   the log (convergence, determinism); every conflict recorded is a truly concurrent edit (an
//   entry of another device, earlier in the log, unseen by the author, set the same field of the
//   same entity); with `sequential` (each device syncs before and after each edit) none is recorded;
//   orders and clients created offline on different devices never share a number: each entry carries
//   the number its device gave from its own block, and keeps it in log order.
// - Pure: no clock, no I/O. tests/core/unit-devices.cpp runs it, and `atelier bench --devices` for as many seeds as asked.
#include <cstdint>
#include <optional>
#include <string>

namespace atelier {

struct DeviceRunStats {
    uint64_t entries = 0;    // accepted on their device
    uint64_t refused = 0;    // accepted on their device, refused in log order (a concurrent change made them invalid)
    uint64_t conflicts = 0;  // conflict records made in log order
    uint64_t settings_conflicts = 0, pipeline_conflicts = 0;  // of which on the atelier's settings, on pipelines
    uint64_t syncs = 0;
    uint64_t creates = 0;  // orders and clients created offline, numbered from their device's block
    uint64_t undos = 0;    // undo and redo entries, made offline like any edit
    void add(const DeviceRunStats& o) {
        undos += o.undos;
        creates += o.creates;
        entries += o.entries;
        refused += o.refused;
        conflicts += o.conflicts;
        settings_conflicts += o.settings_conflicts;
        pipeline_conflicts += o.pipeline_conflicts;
        syncs += o.syncs;
    }
};

struct DeviceRun {
    DeviceRunStats stats;
    std::optional<std::string> failure;  // the law broken, with seed, step and what
};

DeviceRun run_devices(uint64_t seed, int steps, bool sequential);

}  // namespace atelier
