#pragma once
#include <string>
#include <string_view>

namespace atelier {

// Text helpers shared by validation and search; all byte-oriented over UTF-8.
std::string_view trim(std::string_view s);
bool is_valid_utf8(std::string_view s);
// True for C0 controls and DEL: names never need them and they break CSV and terminals.
bool has_control_chars(std::string_view s);

}  // namespace atelier
