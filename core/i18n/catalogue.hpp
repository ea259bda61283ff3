#pragma once
// The catalogue: every text the views show, by key (Msg), in every language (docs/i18n.md).
// English is the source: core/i18n/messages.hpp lists each key with its English text; each other
// language is a table of its own (fr.cpp, it.cpp, es.cpp, de.cpp). Texts name their placeholders
// ("{client}") and plural messages have a form for one and for other counts.
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "core/i18n/language.hpp"
#include "core/i18n/messages.hpp"

namespace atelier {

enum class Msg : uint16_t {
#define ATELIER_MSG_KEY(key, ...) key,
    ATELIER_MESSAGES(ATELIER_MSG_KEY, ATELIER_MSG_KEY)
#undef ATELIER_MSG_KEY
        count
};
inline constexpr size_t kMsgCount = static_cast<size_t>(Msg::count);

// One translated message: `other` only for plural messages (`one` is then the form for n = 1,
// and for 0 too in French).
struct Translation {
    Msg key;
    const char* one;
    const char* other = nullptr;
};

std::string_view msg_key(Msg m);  // "nav_board"
bool msg_is_plural(Msg m);
// The English source of `m` (its two forms for a plural message).
Translation english(Msg m);
// The table of a language other than English (English and pseudo: empty).
std::span<const Translation> translations(Language l);

// Which form of a plural message `n` takes in `l`.
bool plural_is_one(Language l, int64_t n);
// The text of `m` in `l` (its plural form for `n`); a key missing from a table reads English.
std::string_view text(Language l, Msg m, int64_t n = 1);

// A named value for a placeholder: {"client", name}.
struct Arg {
    std::string_view name;
    std::string_view value;
};
// `pattern` with each "{name}" replaced by its argument's value; an unknown name stays as written.
std::string fill(std::string_view pattern, std::initializer_list<Arg> args);
std::string fill(std::string_view pattern, std::span<const Arg> args);
// The names of the placeholders in `pattern`, sorted and once each ("client,n"): a translation
// must name the same ones as the English.
std::string placeholders(std::string_view pattern);

}  // namespace atelier
