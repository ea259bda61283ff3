#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/problem.hpp"

namespace atelier {

// Who the atelier is: shown in the title bar and on every order number (`12345-BFG`).
struct Settings {
    std::string name = "My Atelier";
    std::string company_code = "ATL";  // exactly three uppercase letters A-Z
    std::string currency = "EUR";      // ISO 4217 alphabetic code
    bool operator==(const Settings&) const = default;
};

// Each returns nullopt when the value is acceptable, else why not.
std::optional<Said> atelier_name_problem(std::string_view name);
std::optional<Said> company_code_problem(std::string_view code);
std::optional<Said> currency_problem(std::string_view currency);
std::optional<Said> country_problem(std::string_view country);  // "" or two letters A-Z

nlohmann::json settings_to_json(const Settings& s);
// Reads `j` (found at `path` in the document) into `out`; appends problems and leaves
// `out` untouched when any field is missing or invalid.
void settings_from_json(const nlohmann::json& j, const std::string& path, Settings& out, Problems& problems);

std::ostream& operator<<(std::ostream& os, const Settings& s);

}  // namespace atelier
