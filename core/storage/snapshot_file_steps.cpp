// [SECTION] SnapshotFileSteps (storage_detail.hpp): one stored snapshot read back in steps.
#include <algorithm>

#include "core/storage/crc32.hpp"
#include "core/storage/storage_detail.hpp"

namespace atelier {

namespace {
// Work units: a byte parsed is one; a byte copied or CRC-checked is cheaper.
constexpr size_t kCopyBytesPerUnit = 32;
constexpr size_t kCrcBytesPerUnit = 8;
size_t bytes_for(size_t budget, size_t per_unit) { return budget > SIZE_MAX / per_unit ? SIZE_MAX : budget * per_unit; }
}  // namespace

SnapshotFileSteps::SnapshotFileSteps(Files& files, std::string name, uint64_t seq, bool keep_invalid)
    : files_(files), name_(std::move(name)), seq_(seq), keep_invalid_(keep_invalid) {}

void SnapshotFileSteps::fail(Failure f, std::string why) {
    failure_ = f;
    why_ = std::move(why);
    if (f != Failure::invalid) {  // an invalid one's reader keeps what it read (salvage)
        reader_.reset();
        text_ = std::string();
    }
    phase_ = Phase::done;
}

size_t SnapshotFileSteps::step(size_t budget) {
    switch (phase_) {
        case Phase::size: {
            const auto size = files_.size(name_);
            if (!size) {
                fail(Failure::unreadable, "could not be read: " + files_.error);
                return 1;
            }
            size_ = *size;
            text_.reserve(size_);
            phase_ = Phase::copy;
            return 1;
        }
        // At 100,000 orders the copy out of the folder alone is a long task: in parts.
        case Phase::copy: {
            const size_t want = std::min(size_ - text_.size(), bytes_for(budget, kCopyBytesPerUnit));
            const auto got = want == 0 ? std::optional<size_t>(0) : files_.read_part(name_, text_.size(), want, text_);
            if (!got) {
                fail(Failure::unreadable, "could not be read: " + files_.error);
                return 1;
            }
            if (*got > 0 && text_.size() < size_) return *got / kCopyBytesPerUnit + 1;
            // The whole file, or what there is of it: a shorter one fails its frame check.
            std::string why;
            if (!read_frame_head(text_, head_, why)) fail(Failure::frame, why);
            else phase_ = Phase::crc;
            return *got / kCopyBytesPerUnit + 1;
        }
        case Phase::crc: {
            const size_t n = std::min(head_.rest.size() - crc_at_, bytes_for(budget, kCrcBytesPerUnit));
            crc_ = crc32(head_.rest.substr(crc_at_, n), crc_);
            crc_at_ += n;
            if (crc_at_ < head_.rest.size()) return n / kCrcBytesPerUnit + 1;
            std::string why;
            if (crc_ != head_.crc) fail(Failure::frame, kChecksumMismatch);
            else if (!read_frame_meta(head_.rest, "snapshot", seq_, frame_, why)) fail(Failure::frame, why);
            else {
                reader_ = std::make_unique<SnapshotReader>(frame_.body, keep_invalid_);
                phase_ = Phase::parse;
            }
            return n / kCrcBytesPerUnit + 1;
        }
        case Phase::parse: {
            if (!reader_->step(budget)) return budget;
            if (reader_->ok()) {
                phase_ = Phase::done;
                return 1;
            }
            const Problems& problems = reader_->problems();
            std::string why = "is not a valid atelier";
            if (!problems.empty()) {
                why += " (";
                why += problems.front().path;
                why += ": ";
                why += problems.front().message;
                why += ")";
            }
            fail(Failure::invalid, why);
            return 1;
        }
        case Phase::done: return 1;
    }
    return 1;
}

double SnapshotFileSteps::progress() const {
    switch (phase_) {
        case Phase::size: return 0;
        case Phase::copy: return size_ == 0 ? 0 : 0.03 * static_cast<double>(text_.size()) / static_cast<double>(size_);
        case Phase::crc: return head_.rest.empty() ? 0.05 : 0.03 + 0.02 * static_cast<double>(crc_at_) / static_cast<double>(head_.rest.size());
        case Phase::parse: return 0.05 + 0.95 * reader_->progress();
        case Phase::done: return 1;
    }
    return 1;
}

Atelier SnapshotFileSteps::take() {
    Atelier a = reader_->take();
    reader_.reset();
    text_ = std::string();
    return a;
}

SnapshotReader* SnapshotFileSteps::invalid_reader() { return failure_ == Failure::invalid ? reader_.get() : nullptr; }

}  // namespace atelier
