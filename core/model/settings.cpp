#include "core/model/settings.hpp"

#include <optional>

#include "core/i18n/said_text.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {
bool is_upper(std::string_view s, size_t n) {
    if (s.size() != n) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}
}  // namespace

std::optional<Said> atelier_name_problem(std::string_view name) {
    if (trim(name).empty()) return say(Msg::why_cmd_atelier_name_empty);
    if (name.size() > 120) return say(Msg::why_cmd_atelier_name_long, {{"max", "120"}});
    if (!is_valid_utf8(name)) return say(Msg::why_cmd_atelier_name_utf8);
    if (has_control_chars(name)) return say(Msg::why_cmd_atelier_name_control);
    return std::nullopt;
}

std::optional<Said> company_code_problem(std::string_view code) {
    if (!is_upper(code, 3)) return say(Msg::why_cmd_company_code);
    return std::nullopt;
}

std::optional<Said> currency_problem(std::string_view currency) {
    if (!is_upper(currency, 3)) return say(Msg::why_cmd_currency);
    return std::nullopt;
}

std::optional<Said> country_problem(std::string_view country) {
    if (!country.empty() && !is_upper(country, 2)) return say(Msg::why_cmd_country);
    return std::nullopt;
}



nlohmann::json settings_to_json(const Settings& s) {
    return {{"name", s.name}, {"company_code", s.company_code}, {"currency", s.currency}};
}

void settings_from_json(const nlohmann::json& j, const std::string& path, Settings& out, Problems& problems) {
    if (!j.is_object()) {
        problems.push_back(problem_at(path, say(Msg::why_cmd_expected_object)));
        return;
    }
    const size_t before = problems.size();
    Settings s;
    auto read = [&](const char* key, std::string& field, std::optional<Said> (*check)(std::string_view)) {
        const std::string where = path + "/" + key;
        if (!j.contains(key)) return problems.push_back(problem_at(where, say(Msg::why_cmd_missing)));
        if (!j[key].is_string()) return problems.push_back(problem_at(where, say(Msg::why_cmd_not_string)));
        field = j[key].get<std::string>();
        if (auto why = check(field)) problems.push_back(problem_at(where, std::move(*why)));
    };
    read("name", s.name, atelier_name_problem);
    read("company_code", s.company_code, company_code_problem);
    read("currency", s.currency, currency_problem);
    if (problems.size() == before) out = std::move(s);
}

std::ostream& operator<<(std::ostream& os, const Settings& s) {
    return os << "Settings{" << s.name << ", " << s.company_code << ", " << s.currency << "}";
}

}  // namespace atelier
