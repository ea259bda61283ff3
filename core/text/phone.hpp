#pragma once
// Phone numbers for display. Stored numbers are E.164 ("+33690482234") when they could be
// normalised (core/model/client.hpp), else kept as entered; display never changes what is stored.
#include <string>
#include <string_view>

namespace atelier {

// One country of the calling-code table.
struct CallingCode {
    const char* country;  // ISO 3166-1 alpha-2: "FR"
    const char* code;     // digits after "+": "33"
};

// The country whose calling code starts `e164` ("+44 7700…" -> GB); nullptr when none is known.
// +1 is the whole North American plan: it answers "US" (format_phone treats CA alike).
const CallingCode* calling_code_of(std::string_view e164);
// The calling code of a country ("FR" -> "33"), nullptr when the table does not have it.
const char* calling_code_for(std::string_view country);

// A stored number as the user should read it:
// - national format when it is in `home` (the atelier's country, ISO alpha-2): "06 90 48 22 34";
// - international, grouped, otherwise: "+44 7700 900123";
// - unchanged when it is not E.164 ("+" and 8-15 digits) or its calling code is not in the table.
// `home` may be empty (unknown): every number is then international.
std::string format_phone(std::string_view stored, std::string_view home);

}  // namespace atelier
