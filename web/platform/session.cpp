#include "web/platform/session.hpp"

#include <emscripten.h>

#include <cstdlib>

namespace atelier::platform {

namespace {
// clang-format off
EM_JS(double, js_local_minutes, (), {
    const d = new Date();
    return Math.floor((d.getTime() - d.getTimezoneOffset() * 60000) / 60000);
});
EM_JS(int, js_utc_offset_minutes, (), { return -new Date().getTimezoneOffset(); });
EM_JS(double, js_ms_since_activity, (), {
    const a = window.atelier && window.atelier.lastActivity;
    return a === undefined ? 0 : performance.now() - a;
});
EM_JS(int, js_url_int, (const char* name, int fallback), {
    const v = new URLSearchParams(location.search).get(UTF8ToString(name));
    const n = v === null ? NaN : parseInt(v, 10);
    return Number.isFinite(n) ? n : fallback;
});
EM_JS(char*, js_app_address, (), {
    const s = location.origin + location.pathname;
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
EM_JS(char*, js_load_prefs, (), {
    let s = "";
    try { s = localStorage.getItem("atelier.prefs") || ""; } catch (e) {}
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
// The browser's language tag ("fr-FR"): the device's language until one is chosen in Settings.
EM_JS(char*, js_browser_language, (), {
    const s = (navigator.languages && navigator.languages[0]) || navigator.language || "";
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});
EM_JS(void, js_save_prefs, (const char* s), {
    try { localStorage.setItem("atelier.prefs", UTF8ToString(s)); } catch (e) {}
});
// This browser profile's device id (core/model/device_clock.hpp): 64 random bits as 16 hex
// digits, made once and kept in localStorage. Without localStorage each start is a new device,
// which only costs a row in the atelier's clock; two devices never share an id either way.
EM_JS(char*, js_device_id, (), {
    let id = "";
    try { id = localStorage.getItem("atelier.device") || ""; } catch (e) {}
    if (!/^[0-9a-f]{16}$/.test(id)) {
        const b = new Uint8Array(8);
        crypto.getRandomValues(b);
        id = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
        try { localStorage.setItem("atelier.device", id); } catch (e) {}
    }
    const n = lengthBytesUTF8(id) + 1;
    const p = _malloc(n);
    stringToUTF8(id, p, n);
    return p;
});
// clang-format on
}  // namespace

std::string device_id() {
    char* p = js_device_id();
    std::string id(p);
    std::free(p);
    return id;
}

DateTime local_now() { return DateTime{static_cast<int64_t>(js_local_minutes())}; }

int utc_offset_minutes() { return js_utc_offset_minutes(); }

double monotonic_seconds() { return emscripten_get_now() / 1000.0; }

double ms_since_activity() { return js_ms_since_activity(); }

int url_int(const char* name, int fallback) { return js_url_int(name, fallback); }

std::string app_address() {
    char* p = js_app_address();
    std::string s(p);
    std::free(p);
    return s;
}

std::string load_prefs_text() {
    char* p = js_load_prefs();
    std::string s(p);
    std::free(p);
    return s;
}

void save_prefs_text(const std::string& json) { js_save_prefs(json.c_str()); }

std::string browser_language() {
    char* p = js_browser_language();
    std::string s(p);
    std::free(p);
    return s.size() <= 35 ? s : std::string();
}

}  // namespace atelier::platform
