#pragma once
// SHA-256 (FIPS 180-4, section 6.2) for state hashes: two devices, or a native and a WASM run,
// compare their ateliers by 64 hex digits instead of whole snapshots. Not for secrets: no
// constant-time promise is made or needed here.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace atelier {

// Streaming form: update() any number of times, then digest() once. Feeding a message in pieces
// gives the same digest as feeding it whole (tests/core/unit-sha256.cpp), so a snapshot can be
// hashed slice by slice as the writer produces it.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    std::array<uint8_t, 32> digest();  // pads and finishes; the object must not be updated afterwards

private:
    void block(const uint8_t* p);  // one 64-byte block into state_
    std::array<uint32_t, 8> state_;
    std::array<uint8_t, 64> pending_{};  // bytes not yet making a whole block
    size_t used_ = 0;                    // how many of pending_ hold data
    uint64_t length_ = 0;                // message length in bytes so far
};

std::string to_hex(const std::array<uint8_t, 32>& digest);
// Lower-case hex of SHA-256(bytes): 64 characters.
std::string sha256_hex(std::string_view bytes);

}  // namespace atelier
