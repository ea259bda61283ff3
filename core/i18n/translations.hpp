#pragma once
// Each language's table, one file each (fr.cpp, it.cpp, es.cpp, de.cpp); catalogue.cpp picks.
#include <span>

#include "core/i18n/catalogue.hpp"

namespace atelier {

std::span<const Translation> french_texts();
std::span<const Translation> italian_texts();
std::span<const Translation> spanish_texts();
std::span<const Translation> german_texts();

}  // namespace atelier
