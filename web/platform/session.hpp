#pragma once
// What the browser tells the app about time, the user's prefs and activity.
#include <string>

#include "core/model/date.hpp"

namespace atelier {
struct App;
}

namespace atelier::platform {

// Local wall-clock time of the device (the atelier's day starts at local midnight).
DateTime local_now();
// How far local time is ahead of UTC now, in minutes (+60 in Paris in winter).
int utc_offset_minutes();
double monotonic_seconds();
// Milliseconds since the last input event the page saw (pointer, touch, key, wheel, resize).
double ms_since_activity();
// ?demo=N in the page URL (the demo atelier's size; benchmarks open 100,000), else `fallback`.
int url_int(const char* name, int fallback);
// The page's address without query or fragment: where the app is served.
std::string app_address();
// Prefs live in localStorage: per device, outside the atelier's data and its undo history.
std::string load_prefs_text();
// navigator.languages[0] ("fr-FR"), "" when the browser names none.
std::string browser_language();
void save_prefs_text(const std::string& json);
// This browser profile's device id, made on first start (the author of its journal entries).
std::string device_id();

}  // namespace atelier::platform
