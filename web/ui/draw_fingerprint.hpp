#pragma once
// [SECTION] Whether a frame looks different from the one before.
// A frame whose draw data is byte-for-byte the last one's need not be drawn again: the canvas
// keeps showing it. Skipping those saves a tablet's battery and, in a browser that renders in
// software, the CPU that IndexedDB needs to answer a save quickly.
#include <cstdint>

struct ImDrawData;

namespace atelier::ui {

// A checksum over everything that decides the pixels: display size and scale, each command
// list's vertices, indices and commands (clip rectangle, texture, ranges), and `extra` (e.g. the
// clear colour).
uint64_t draw_fingerprint(const ImDrawData& dd, uint64_t extra);

}  // namespace atelier::ui
