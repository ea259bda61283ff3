#include "core/snapshot/state_hash.hpp"

#include "core/snapshot/snapshot_writer.hpp"
#include "core/text/sha256.hpp"

namespace atelier {

std::string state_hash(const Atelier& a) {
    // The writer's bytes are the same whatever the slice sizes (tests/core/unit-compacting.cpp).
    constexpr size_t kSlice = 64 * 1024;
    SnapshotWriter writer(a);
    Sha256 h;
    std::string slice;
    bool done = false;
    while (!done) {
        slice.clear();
        done = writer.step(kSlice, slice);
        h.update(slice);
    }
    return to_hex(h.digest());
}

}  // namespace atelier
