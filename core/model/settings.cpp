#include "core/model/settings.hpp"

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

std::string check_atelier_name(std::string_view name) {
    if (trim(name).empty()) return "the atelier name must not be empty";
    if (name.size() > 120) return "the atelier name must be at most 120 bytes";
    if (!is_valid_utf8(name)) return "the atelier name is not valid UTF-8";
    if (has_control_chars(name)) return "the atelier name must not contain control characters";
    return {};
}

std::string check_company_code(std::string_view code) {
    if (!is_upper(code, 3)) return "the company code must be exactly three letters A-Z (e.g. BFG)";
    return {};
}

std::string check_currency(std::string_view currency) {
    if (!is_upper(currency, 3)) return "the currency must be a three-letter ISO 4217 code (e.g. EUR)";
    return {};
}

std::string check_country(std::string_view country) {
    if (!country.empty() && !is_upper(country, 2)) return "the country must be a two-letter ISO 3166 code (e.g. FR) or empty";
    return {};
}

nlohmann::json settings_to_json(const Settings& s) {
    return {{"name", s.name}, {"company_code", s.company_code}, {"currency", s.currency}};
}

void settings_from_json(const nlohmann::json& j, const std::string& path, Settings& out, Problems& problems) {
    if (!j.is_object()) {
        problems.push_back({path, "expected an object"});
        return;
    }
    const size_t before = problems.size();
    Settings s;
    auto read = [&](const char* key, std::string& field, std::string (*check)(std::string_view)) {
        const std::string where = path + "/" + key;
        if (!j.contains(key)) return problems.push_back({where, "is missing"});
        if (!j[key].is_string()) return problems.push_back({where, "must be a string"});
        field = j[key].get<std::string>();
        if (auto why = check(field); !why.empty()) problems.push_back({where, why});
    };
    read("name", s.name, check_atelier_name);
    read("company_code", s.company_code, check_company_code);
    read("currency", s.currency, check_currency);
    if (problems.size() == before) out = std::move(s);
}

std::ostream& operator<<(std::ostream& os, const Settings& s) {
    return os << "Settings{" << s.name << ", " << s.company_code << ", " << s.currency << "}";
}

}  // namespace atelier
