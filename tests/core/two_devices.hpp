#pragma once
// Two devices that start from the same atelier and exchange journal entries by hand: the laptop
// (ana) and a tablet (sofia) half an hour later. What the multi-device tests share.
#include "tests/core/fixture.hpp"

#include "core/storage/journal_entry.hpp"

namespace atelier::test {

// The journal entry a dispatch wrote, read back as another device receives it.
inline JournalEntry entry_of(const Result& r) {
    Problems p;
    auto e = entry_from_json(std::get<JournalAppend>(r.effects.front()).entry, p);
    REQUIRE(e);
    return *e;
}

struct TwoDevices {
    Fixture laptop, tablet;
    TwoDevices() {
        tablet.store.reset(laptop.a());
        laptop.ctx = Context{"ana", at("2026-03-02T09:00"), "laptop", 0};
        tablet.ctx = Context{"sofia", at("2026-03-02T09:30"), "tablet", 0};
    }
    // Applies the entry `r` wrote to the device `to`, as sync will.
    static void deliver(Fixture& to, const Result& r) {
        Problems p;
        const bool ok = apply_entry(to.store, entry_of(r), p);
        INFO((p.empty() ? "" : p.front().message));
        REQUIRE(ok);
    }
};

}  // namespace atelier::test
