#include "web/platform/font_cache.hpp"

#include <emscripten.h>

namespace atelier::platform {

CachedAtlas take_cached_font_atlas(std::string& bytes) {
    const int size = EM_ASM_INT({
        const c = window.atelierFontAtlas;
        if (!c || c.state === 'reading') return -2;
        return c.bytes ? c.bytes.length : -1;
    });
    if (size == -2) return CachedAtlas::reading;
    if (size < 0) return CachedAtlas::none;
    bytes.assign(static_cast<size_t>(size), '\0');
    EM_ASM({
        HEAPU8.set(window.atelierFontAtlas.bytes, $0);
        window.atelierFontAtlas.bytes = null;
    }, bytes.data());
    return CachedAtlas::bytes;
}

void keep_font_atlas(const std::string& bytes) {
    EM_ASM({ if (window.atelierFontAtlas) window.atelierFontAtlas.keep(HEAPU8.slice($0, $0 + $1)); }, bytes.data(),
           static_cast<int>(bytes.size()));
}

void report_font_atlas(const char* how, double ms) {
    EM_ASM({
        if (!window.atelier) return;
        window.atelier.startup.font_atlas = UTF8ToString($0);
        window.atelier.startup.font_atlas_ms = $1;
        if (window.atelierFontAtlas) window.atelier.startup.font_atlas_read_ms = window.atelierFontAtlas.read_ms;
    }, how, ms);
}

}  // namespace atelier::platform
