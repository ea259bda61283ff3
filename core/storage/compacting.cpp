// [SECTION] Storage::compact as resumable steps (see Storage::Compacting). One code path:
// compact() runs these steps with an unlimited budget, the browser a few milliseconds per frame.
// Order of work: the snapshot text (SnapshotWriter) after its meta line, the CRC following each
// piece; the framed file written to snapshot-<seq>.tmp; read back as open() will read it
// (SnapshotFileSteps) — a snapshot the loader would refuse is never promoted; the atelier read
// back let go a piece at a time; the rename that makes it the newest generation; the files it
// covers twice removed.
#include <algorithm>
#include <string>
#include <vector>

#include "core/snapshot/snapshot_writer.hpp"
#include "core/storage/crc32.hpp"
#include "core/storage/storage.hpp"
#include "core/storage/storage_detail.hpp"

namespace atelier {

namespace {
constexpr size_t kWriteBytesPerUnit = 32;  // a byte copied into the folder is cheap
// Freeing an entity costs about as much as parsing 40 of its bytes (measured natively: 100,000
// orders freed in 77 ms, 93 MB parsed in 1.4 s); counted at 64 to stay on the short side.
constexpr size_t kReleaseUnitsPerEntity = 64;
// The text is kept in pieces of about this size: one string of 93 MB (100,000 orders) grows by
// doubling, and each doubling copies all of it in one step (measured: steps of 160–320 ms).
constexpr size_t kPieceBytes = 1 << 20;
constexpr size_t kPieceRoom = kPieceBytes + (kPieceBytes >> 2);  // a step writes ~budget bytes past the mark
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
                case Phase::release: spent += release(budget - spent); break;
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
            case Phase::write: return 0.45 + (size_ == 0 ? 0 : 0.05 * static_cast<double>(written_) / static_cast<double>(size_));
            case Phase::check: return 0.5 + 0.48 * check_->progress();
            case Phase::release:
                return 0.98 + (to_release_ == 0 ? 0 : 0.02 * static_cast<double>(to_release_ - left_to_release()) / static_cast<double>(to_release_));
            case Phase::promote:
            case Phase::done: return 1;
        }
        return 1;
    }

private:
    enum class Phase { start, text, write, check, release, promote, done };

    void finish(bool ok) {
        ok_ = ok;
        pieces_ = {};
        size_ = 0;
        check_.reset();
        checked_ = Atelier{};
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
        pieces_.push_back(frame_meta_line("snapshot", seq_, st_.opt_.clock ? format_datetime(st_.opt_.clock()) : ""));
        crc_ = crc32(pieces_.back());
        size_ = pieces_.back().size();
        phase_ = Phase::text;
    }

    size_t text(size_t budget) {
        if (pieces_.back().size() >= kPieceBytes) {
            pieces_.emplace_back();
            pieces_.back().reserve(kPieceRoom);
        }
        std::string& piece = pieces_.back();
        const size_t before = piece.size();
        const bool complete = writer_.step(budget, piece);
        crc_ = crc32(std::string_view(piece).substr(before), crc_);
        size_ += piece.size() - before;
        if (complete) phase_ = Phase::write;
        return piece.size() - before + 1;
    }

    // The framed file in parts: its first line (known now that the CRC is), then the rest.
    size_t write(size_t budget) {
        const std::string tmp = snapshot_tmp_name(seq_);
        if (head_.empty()) {
            if (st_.seq_ != base_) return (fail(kChangedMeanwhile, false), 1);
            head_ = frame_head_line(crc_, size_);
            if (!st_.files_.begin_parts(tmp, head_.size() + size_) || !st_.files_.write_part(tmp, 0, head_)) {
                fail("the atelier could not be saved: " + st_.files_.error, true);
                return 1;
            }
        }
        // From the piece in hand, at most `budget` units' worth; a written piece is let go at once.
        size_t n = 0;
        if (piece_ < pieces_.size()) {
            std::string& piece = pieces_[piece_];
            n = std::min(piece.size() - in_piece_, budget > SIZE_MAX / kWriteBytesPerUnit ? SIZE_MAX : budget * kWriteBytesPerUnit);
            if (n > 0 && !st_.files_.write_part(tmp, head_.size() + written_, std::string_view(piece).substr(in_piece_, n))) {
                fail("the atelier could not be saved: " + st_.files_.error, true);
                return 1;
            }
            written_ += n;
            in_piece_ += n;
            if (in_piece_ == piece.size()) {
                std::string().swap(piece);
                ++piece_;
                in_piece_ = 0;
            }
        }
        if (written_ < size_) return n / kWriteBytesPerUnit + 1;
        pieces_ = {};
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
            case F::none:
                checked_ = check_->take();
                check_.reset();
                to_release_ = left_to_release();
                phase_ = Phase::release;
                break;
            case F::unreadable: fail(prefix + "it " + check_->why(), true); break;
            case F::frame: fail(prefix + "it did not read back intact: " + check_->why(), true); break;
            case F::invalid: fail(prefix + "it would not open: the snapshot " + check_->why(), true); break;
        }
        return spent;
    }

    // The atelier the check read back, let go a few hundred entities a step: at 100,000 orders
    // freeing it at once was the compaction's longest step (77 ms natively, more in the browser).
    size_t left_to_release() const {
        const Atelier& a = checked_;
        return a.orders.size() + a.clients.size() + a.productions.size() + a.sales.size() + a.styles.size();
    }
    size_t release(size_t budget) {
        size_t n = std::max<size_t>(1, budget / kReleaseUnitsPerEntity);
        Atelier& a = checked_;
        n -= a.orders.drop_back(n);
        n -= a.clients.drop_back(n);
        n -= a.productions.drop_back(n);
        n -= a.sales.drop_back(n);
        n -= a.styles.drop_back(n);
        if (left_to_release() == 0) {
            checked_ = Atelier{};
            phase_ = Phase::promote;
        }
        return std::max<size_t>(budget, 1);  // the whole budget's worth was let go (or all there was)
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
    // What the CRC and length cover: the meta line, then the snapshot text, in pieces.
    std::vector<std::string> pieces_;
    size_t size_ = 0;
    uint32_t crc_ = 0;
    std::string head_;     // the file's first line
    size_t written_ = 0;   // bytes of the pieces in the file so far
    size_t piece_ = 0, in_piece_ = 0;  // where the writing stands
    std::unique_ptr<SnapshotFileSteps> check_;
    Atelier checked_;          // what the check read back, being let go
    size_t to_release_ = 0;    // how many entities it held
};

std::unique_ptr<Storage::Compacting> Storage::begin_compact(const Atelier& state) { return std::make_unique<CompactingSteps>(*this, state); }

}  // namespace atelier
