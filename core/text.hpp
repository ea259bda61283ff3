#pragma once
#include <string>
#include <string_view>

namespace atelier {

// Text helpers shared by validation and search; all byte-oriented over UTF-8.
std::string_view trim(std::string_view s);
bool is_valid_utf8(std::string_view s);
// True for C0 controls and DEL: names never need them and they break CSV and terminals.
bool has_control_chars(std::string_view s);
// `s` cut to at most `max_bytes` (never inside a letter) with "…" when cut: a long value quoted in
// a message stays readable and a hostile one does not fill the screen.
std::string shortened(std::string_view s, size_t max_bytes);

}  // namespace atelier
