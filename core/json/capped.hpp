#pragma once
// [SECTION] Parsing untrusted JSON without deep recursion.
// - nlohmann's DOM copies, compares and dumps recursively: a 400 KB file nested 200,000 deep
//   overflows the stack natively and corrupts memory silently in WASM (5 MB stack, no guard page).
// - A key given twice in one object is refused (nlohmann keeps the last one silently, the streaming
//   snapshot reader would have merged both): the problem names the key's path, "appears twice".
// - So every entry point that parses a file, a backup, a command or a journal line first measures
//   the bracket depth with one linear pass (no recursion) and refuses anything deeper than
//   kMaxJsonDepth. The model nests at most ~8 deep (a journal line's undo images); 64 leaves room.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/problem.hpp"

namespace atelier {

inline constexpr size_t kMaxJsonDepth = 64;

// The deepest nesting of [ and { outside strings, counting stops at limit + 1 (so it is cheap on
// hostile input). Exact for valid JSON; for invalid JSON never less than what a parser reaches
// before it fails.
size_t json_depth(std::string_view text, size_t limit = kMaxJsonDepth);
// "nesting deeper than 64 levels"
std::string json_too_deep_message(size_t limit = kMaxJsonDepth);
// True when `text` nests at most `limit` deep; otherwise appends {"", json_too_deep_message()}.
bool json_depth_ok(std::string_view text, Problems& problems, size_t limit = kMaxJsonDepth);
// "not valid JSON (truncated or damaged): parse error at line 3, column 7: ..." from nlohmann's what().
Said json_syntax_said(const std::string& what);
// "appears twice", at the path of the second occurrence ("/schema", "/orders/3/price").
Said json_duplicate_key_said();
// The value, or a discarded value plus one problem: too deep (at ""), not valid JSON (at "", with
// nlohmann's line and column) or a duplicate key (at its path), whichever comes first. Never throws.
nlohmann::json parse_json_capped(std::string_view text, Problems& problems);
// Compact text of a value whose strings may hold invalid UTF-8 (from hostile input): replaced, never thrown.
std::string json_text(const nlohmann::json& j);

}  // namespace atelier
