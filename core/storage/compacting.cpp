// [SECTION] Storage::compact as resumable steps (see Storage::Compacting). One code path:
// compact() runs these steps with an unlimited budget, the browser a few milliseconds per frame.
// Order of work: the snapshot text (SnapshotWriter) after its meta line, the CRC following each
// piece; the framed file written to snapshot-<seq>.tmp; read back as open() will read it
// (SnapshotFileSteps) — a snapshot the loader would refuse is never promoted; the rename that
// makes it the newest generation; the files it covers twice removed.
#include <algorithm>

#include "core/snapshot/snapshot_writer.hpp"
#include "core/storage/crc32.hpp"
#include "core/storage/storage.hpp"
#include "core/storage/storage_detail.hpp"

namespace atelier {

namespace {
constexpr size_t kWriteBytesPerUnit = 32;  // a byte copied into the folder is cheap
constexpr const char* kChangedMeanwhile = "the atelier changed while it was being saved; it is saved again later";
}  // namespace

class CompactingSteps : public Storage::Compacting {
public:
    CompactingSteps(Storage& s, const Atelier& state) : st_(s), writer_(state) {}

    bool step(size_t budget) override {
        size_t spent = 0;
        while (phase_ != Phase::done && spent < budget) {
            switch (phase_) {
                case Phase::start: start(); break;
                case Phase::text: spent += text(budget - spent); break;
                case Phase::write: spent += write(budget - spent); break;
                case Phase::check: spent += check(budget - spent); break;
                case Phase::promote: promote(); break;
                case Phase::done: break;
            }
        }
        return phase_ == Phase::done;
    }
    bool ok() const override { return ok_; }
    double progress() const override {
        switch (phase_) {
            case Phase::start: return 0;
            case Phase::text: return 0.45 * writer_.progress();
            case Phase::write: return 0.45 + (rest_.empty() ? 0 : 0.05 * static_cast<double>(written_) / static_cast<double>(rest_.size()));
            case Phase::check: return 0.5 + 0.5 * check_->progress();
            case Phase::promote:
            case Phase::done: return 1;
        }
        return 1;
    }

private:
    enum class Phase { start, text, write, check, promote, done };

    void finish(bool ok) {
        ok_ = ok;
        rest_ = std::string();
        check_.reset();
        phase_ = Phase::done;
    }
    void fail(const std::string& why, bool remove_tmp) {
        st_.error_ = why;
        if (remove_tmp) st_.files_.remove(snapshot_tmp_name(seq_));
        finish(false);
    }

    void start() {
        if (st_.salvaged_) return fail(kSalvagedReadOnly, false);
        if (st_.has_newest_ && st_.newest_ == st_.seq_ && !st_.snapshot_needed_) return finish(true);
        base_ = st_.seq_;
        // A rewrite of the same point gets a new name, taken only when it is promoted: a dropped
        // compaction must not leave a gap in the journal's numbers.
        seq_ = st_.has_newest_ && st_.newest_ == base_ ? base_ + 1 : base_;
        rest_ = frame_meta_line("snapshot", seq_, st_.opt_.clock ? format_datetime(st_.opt_.clock()) : "");
        crc_ = crc32(rest_);
        phase_ = Phase::text;
    }

    size_t text(size_t budget) {
        const size_t before = rest_.size();
        const bool complete = writer_.step(budget, rest_);
        crc_ = crc32(std::string_view(rest_).substr(before), crc_);
        if (complete) phase_ = Phase::write;
        return rest_.size() - before + 1;
    }

    // The framed file in parts: its first line (known now that the CRC is), then the rest.
    size_t write(size_t budget) {
        const std::string tmp = snapshot_tmp_name(seq_);
        if (written_ == 0) {
            if (st_.seq_ != base_) return (fail(kChangedMeanwhile, false), 1);
            head_ = frame_head_line(crc_, rest_.size());
            if (!st_.files_.begin_parts(tmp, head_.size() + rest_.size()) || !st_.files_.write_part(tmp, 0, head_)) {
                fail("the atelier could not be saved: " + st_.files_.error, true);
                return 1;
            }
        }
        const size_t n = std::min(rest_.size() - written_, budget > SIZE_MAX / kWriteBytesPerUnit ? SIZE_MAX : budget * kWriteBytesPerUnit);
        if (n > 0 && !st_.files_.write_part(tmp, head_.size() + written_, std::string_view(rest_).substr(written_, n))) {
            fail("the atelier could not be saved: " + st_.files_.error, true);
            return 1;
        }
        written_ += n;
        if (written_ < rest_.size()) return n / kWriteBytesPerUnit + 1;
        rest_ = std::string();
        if (!st_.files_.end_parts(tmp)) {
            fail("the atelier could not be saved: " + st_.files_.error, true);
            return 1;
        }
        check_ = std::make_unique<SnapshotFileSteps>(st_.files_, tmp, seq_, false);
        phase_ = Phase::check;
        return n / kWriteBytesPerUnit + 1;
    }

    // Defence in depth: read back as open() will (the platform may have changed bytes on the way).
    size_t check(size_t budget) {
        const size_t spent = check_->step(budget);
        if (!check_->done()) return spent;
        using F = SnapshotFileSteps::Failure;
        const std::string prefix = "the atelier was not saved as a snapshot: ";
        switch (check_->failure()) {
            case F::none: phase_ = Phase::promote; break;
            case F::unreadable: fail(prefix + "it " + check_->why(), true); break;
            case F::frame: fail(prefix + "it did not read back intact: " + check_->why(), true); break;
            case F::invalid: fail(prefix + "it would not open: the snapshot " + check_->why(), true); break;
        }
        return spent;
    }

    void promote() {
        if (st_.seq_ != base_) return fail(kChangedMeanwhile, true);
        if (!st_.files_.rename(snapshot_tmp_name(seq_), snapshot_name(seq_))) {
            return fail("the atelier could not be saved: " + st_.files_.error, true);
        }
        st_.seq_ = seq_;
        if (st_.has_newest_) {
            st_.has_previous_ = true;
            st_.previous_ = st_.newest_;
        }
        st_.has_newest_ = true;
        st_.newest_ = seq_;
        st_.snapshot_needed_ = false;
        st_.error_.clear();
        st_.remove_covered();
        finish(true);
    }

    Storage& st_;
    SnapshotWriter writer_;
    Phase phase_ = Phase::start;
    bool ok_ = false;
    uint64_t base_ = 0;  // the last recorded entry when it began: a record meanwhile refuses it
    uint64_t seq_ = 0;   // what it covers, its name
    std::string rest_;  // what the CRC and length cover: the meta line, then the snapshot text
    uint32_t crc_ = 0;
    std::string head_;    // the file's first line
    size_t written_ = 0;  // bytes of rest_ in the file so far
    std::unique_ptr<SnapshotFileSteps> check_;
};

std::unique_ptr<Storage::Compacting> Storage::begin_compact(const Atelier& state) { return std::make_unique<CompactingSteps>(*this, state); }

}  // namespace atelier
