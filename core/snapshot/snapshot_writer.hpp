#pragma once
// [SECTION] write_snapshot in slices: at 100,000 orders the whole text takes seconds, so the
// browser's compaction writes it a few milliseconds at a time (Storage::begin_compact). One code
// path: write_snapshot is this writer given one unlimited step, so the bytes are the same
// whatever the slices (tests/core/unit-snapshot-writer.cpp).
#include <cstddef>
#include <string>

#include "core/model/atelier.hpp"

namespace atelier {

class SnapshotWriter {
public:
    // `a` must neither change nor move until the text is complete.
    explicit SnapshotWriter(const Atelier& a) : a_(a) {}
    // Appends about `budget` bytes (at least one entity) to `out`; true once the text is complete.
    bool step(size_t budget, std::string& out);
    bool done() const { return part_ == Part::done; }
    double progress() const;  // 0..1, by entities written

private:
    enum class Part { head, pipelines, clients, orders, styles, productions, sales, tail, done };
    template <class T>
    bool list(const char* key, const std::vector<T>& items, size_t budget, std::string& out, size_t start);
    const Atelier& a_;
    Part part_ = Part::head;
    size_t i_ = 0;       // the next entity of the current list
    size_t written_ = 0;  // entities written so far
};

}  // namespace atelier
