#pragma once
// Making and wording what the core says (core/said.hpp): the core builds a Said with say() and
// keeps its English in Problem::message; a view words it in its device's language.
#include <initializer_list>
#include <string>

#include "core/i18n/catalogue.hpp"
#include "core/problem.hpp"

namespace atelier {

// say(Msg::why_no_order, {{"number", "12"}}); a plural message agrees with `n`, which it names {n}.
Said say(Msg key, std::initializer_list<Arg> values = {});
Said say_n(Msg key, int64_t n, std::initializer_list<Arg> values = {});

// The sentence in `l`; english() in the catalogue's source language.
std::string words(Language l, const Said& s);
std::string english(const Said& s);

// A problem at `path` saying `s` (its message the English).
Problem problem_at(std::string path, Said s);
// What a view shows of `p` in `l`: its sentence worded in `l`, or its message when the core gave
// it no key.
std::string problem_text(Language l, const Problem& p);

}  // namespace atelier
