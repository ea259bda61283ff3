#pragma once
// [SECTION] read_snapshot in slices: the browser opens a 100,000-order atelier across many frames
// (each step well under 50 ms) instead of in one task that freezes the page for seconds.
// - The common case — the current schema as Atelier writes it — is scanned by the streaming
//   reader, which stops after about `budget` bytes and goes on at the next step; then the lists
//   are indexed, then validated entity by entity (ValidationSteps).
// - Anything else (an older schema, a syntax error, JSON the fast scanner leaves to nlohmann)
//   is read by the one-shot readers within one step: rare, and never the file Atelier wrote.
// - The result is the same whatever the budgets (tests/core/unit-snapshot-slices.cpp):
//   read_snapshot is this reader given one unlimited step.
#include <memory>
#include <optional>
#include <string_view>

#include "core/model/atelier.hpp"
#include "core/problem.hpp"

namespace atelier {

class SnapshotReader {
public:
    // `text` must outlive the reader. With keep_invalid, a document that reads field by field but
    // breaks a rule is kept for take_invalid() (storage opens that read-only: see read_snapshot).
    explicit SnapshotReader(std::string_view text, bool keep_invalid = false);
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    // About `budget` bytes of scanning, or `budget / 1024` entities of validation; true once done.
    bool step(size_t budget);
    bool done() const;
    double progress() const;  // 0..1, for "Opening… 40 %"

    // Once done: the atelier (indexed) when the document is valid; otherwise problems() says why.
    bool ok() const;
    Atelier take();
    std::optional<Atelier> take_invalid();
    const Problems& problems() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace atelier
