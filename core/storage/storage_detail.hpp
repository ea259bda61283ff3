#pragma once
// [SECTION] What storage.cpp and opening.cpp share (not for other users of the storage).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace atelier
