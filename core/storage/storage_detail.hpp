#pragma once
// [SECTION] What storage.cpp and opening.cpp share (not for other users of the storage).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/snapshot/snapshot_reader.hpp"
#include "core/storage/files.hpp"
#include "core/storage/storage.hpp"

namespace atelier {

struct Listing {
    std::vector<uint64_t> snapshots, journal;  // sorted ascending
    std::vector<std::string> temps;
};
Listing list_folder(Files& files);

// A framed file's first line checked, its CRC not yet: `rest` is what the CRC and length cover.
struct FrameHead {
    uint32_t crc = 0;
    std::string_view rest;
};
bool read_frame_head(std::string_view text, FrameHead& out, std::string& why);
// The meta line of `rest` (after its CRC matched): kind and seq as the name says.
bool read_frame_meta(std::string_view rest, std::string_view kind, uint64_t seq, Unframed& out, std::string& why);
inline constexpr const char* kChecksumMismatch = "the file is damaged (checksum mismatch)";
inline constexpr const char* kSalvagedReadOnly = "the atelier is open read-only: no stored copy passes its checks";
std::string snapshot_tmp_name(uint64_t seq);
// A framed file in two pieces, for a writer that builds its body in steps: the meta line (the
// start of what the CRC covers) and the first line, made once the CRC and length are known.
std::string frame_meta_line(std::string_view kind, uint64_t seq, const std::string& at);
std::string frame_head_line(uint32_t crc, size_t rest_size);

// One stored snapshot read back in steps, as opening and compaction's check both need it: copied
// out of the folder in parts, its frame and CRC checked, its body read (SnapshotReader). step()
// returns the work units spent; once done(), failure() says what was wrong, if anything.
class SnapshotFileSteps {
public:
    enum class Failure { none, unreadable, frame, invalid };
    SnapshotFileSteps(Files& files, std::string name, uint64_t seq, bool keep_invalid);
    size_t step(size_t budget);
    bool done() const { return phase_ == Phase::done; }
    double progress() const;  // 0..1
    Failure failure() const { return failure_; }
    const std::string& why() const { return why_; }  // "could not be read: …", a frame problem, "is not a valid atelier (…)"
    const std::string& at() const { return frame_.at; }
    Atelier take();                          // failure() == none
    SnapshotReader* invalid_reader();        // failure() == invalid: its problems and take_invalid()

private:
    enum class Phase { size, copy, crc, parse, done };
    void fail(Failure f, std::string why);
    Files& files_;
    std::string name_;
    uint64_t seq_;
    bool keep_invalid_;
    Phase phase_ = Phase::size;
    Failure failure_ = Failure::none;
    std::string why_;
    std::string text_;
    size_t size_ = 0;
    FrameHead head_;
    uint32_t crc_ = 0;
    size_t crc_at_ = 0;
    Unframed frame_;
    std::unique_ptr<SnapshotReader> reader_;
};

}  // namespace atelier
