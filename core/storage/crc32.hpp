#pragma once
// CRC-32 (IEEE 802.3, the zlib/PNG polynomial), slicing-by-8: a snapshot of 100,000 orders is
// checked in a few milliseconds. Detects every single-byte change and every burst up to 32 bits.
#include <cstdint>
#include <string_view>

namespace atelier {

uint32_t crc32(std::string_view data, uint32_t crc = 0);

}  // namespace atelier
