#pragma once
// The font atlas kept between starts (assets/font-cache.js, an IndexedDB database of its own,
// apart from the atelier's files: it is a cache, never backed up or flushed with them).
#include <optional>
#include <string>

namespace atelier::platform {

enum class CachedAtlas {
    reading,  // the page has not read it yet (a first visit creates the database)
    none,     // nothing stored, the read failed, or the bytes were taken already
    bytes,    // here they are
};

// Takes what the page read at start: the state, and the bytes when there are some (only once).
CachedAtlas take_cached_font_atlas(std::string& bytes);
// Stores a built atlas for the next start, replacing what was kept.
void keep_font_atlas(const std::string& bytes);
// For the startup figures (window.atelier.startup.font_atlas, font_atlas_ms): how the first
// frame got its atlas ("restored" or "built") and how long the first frame's texture took.
void report_font_atlas(const char* how, double ms);

}  // namespace atelier::platform
