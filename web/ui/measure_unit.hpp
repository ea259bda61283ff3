#pragma once
// Centimetres or inches: each view that shows measurements shows them in one unit — its own
// choice, else the atelier's (Profile::measure_unit) — whatever unit each value was taken in.
// Values are stored exactly either way (core/model/length.hpp): switching loses nothing.
#include <optional>
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"

namespace atelier::ui {

Unit shown_unit(const Atelier& a, const std::optional<Unit>& chosen);
// "cm | in" as two small buttons, the shown one highlighted; true when the user switched.
// `id` tells the views' switches apart (and names them for tests: "Unit cm <id>").
bool unit_switch(const Atelier& a, std::optional<Unit>& chosen, const char* id);
// What was typed: "92.5", "92,5", "92.5 cm" or "36in"; a bare number is in `unit`.
std::optional<Length> parse_length_entry(std::string_view text, Unit unit);

}  // namespace atelier::ui
