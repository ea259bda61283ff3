#include "core/json/fields.hpp"

#include <algorithm>

#include "core/i18n/said_text.hpp"

namespace atelier {

void Reader::fail(const PathSeg& at, Said why) {
    failed = true;
    if (problems.size() < limit) problems.push_back(problem_at(at.str(), std::move(why)));
}

std::string PathSeg::str() const {
    std::vector<const PathSeg*> chain;
    for (const PathSeg* p = this; p; p = p->parent) chain.push_back(p);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const PathSeg* p = *it;
        if (!p->parent) {
            if (p->key) out += p->key;  // a root may carry a prefix such as "/command"
            continue;
        }
        out += '/';
        out += p->key ? std::string(p->key) : std::to_string(p->index);
    }
    return out;
}

void read_value(const nlohmann::json& j, std::string& out, const PathSeg& at, Reader& r) {
    if (!j.is_string()) return r.fail(at, "must be a string");
    out = j.get<std::string>();
}

void read_value(const nlohmann::json& j, bool& out, const PathSeg& at, Reader& r) {
    if (!j.is_boolean()) return r.fail(at, "must be true or false");
    out = j.get<bool>();
}

void read_value(const nlohmann::json& j, int& out, const PathSeg& at, Reader& r) {
    if (!j.is_number_integer()) return r.fail(at, "must be a whole number");
    const auto v = j.get<int64_t>();
    if (v < 0 || v > 2'000'000'000) return r.fail(at, "must be between 0 and 2000000000");
    out = static_cast<int>(v);
}

void read_value(const nlohmann::json& j, int64_t& out, const PathSeg& at, Reader& r) {
    if (!j.is_number_integer()) return r.fail(at, "must be a whole number");
    out = j.get<int64_t>();
}

void read_value(const nlohmann::json& j, Money& out, const PathSeg& at, Reader& r) {
    if (j.is_number_integer()) {
        // Past int64 (nlohmann keeps it unsigned): too large, not "negative" through a wrapped cast.
        if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(kMoneyMaxMinor))
            return r.fail(at, money_too_large_message());
        const auto v = j.get<int64_t>();
        if (v < 0) return r.fail(at, "money must not be negative");
        if (v > kMoneyMaxMinor) return r.fail(at, money_too_large_message());
        out = Money{v};
        return;
    }
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (!s.empty() && s[0] == '-') return r.fail(at, "money must not be negative");
        bool too_large = false;
        if (auto m = parse_money(s, &too_large)) {
            out = *m;
            return;
        }
        return r.fail(at, too_large ? money_too_large_message() : "must be an amount like \"1234.50\"");
    }
    if (j.is_number()) return r.fail(at, j.get<double>() < 0 ? "money must not be negative"
                                                                : "money is whole minor units (cents), not a fraction");
    r.fail(at, "must be an amount in minor units");
}

void read_value(const nlohmann::json& j, Date& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto d = parse_date(j.get_ref<const std::string&>())) {
            out = *d;
            return;
        }
    r.fail(at, "must be a valid date \"YYYY-MM-DD\"");
}

void read_value(const nlohmann::json& j, DateTime& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto d = parse_datetime(j.get_ref<const std::string&>())) {
            out = *d;
            return;
        }
    r.fail(at, "must be a valid date-time \"YYYY-MM-DDTHH:MM\"");
}

void read_value(const nlohmann::json& j, Length& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto l = parse_length(j.get_ref<const std::string&>())) {
            out = *l;
            return;
        }
    r.fail(at, "must be a length like \"92.5cm\" or \"36.25in\"");
}

void read_value(const nlohmann::json& j, Quantity& out, const PathSeg& at, Reader& r) {
    std::optional<Quantity> q;
    if (j.is_string()) q = parse_quantity(j.get_ref<const std::string&>());
    else if (j.is_number_unsigned() && j.get<uint64_t>() <= static_cast<uint64_t>(kQuantityMaxMilli / 1000))
        q = Quantity{static_cast<int64_t>(j.get<uint64_t>()) * 1000};
    if (q) {
        out = *q;
        return;
    }
    r.fail(at, "must be a quantity like \"1.25\" (not negative, at most three decimals, at most " +
                   std::to_string(kQuantityMaxMilli / 1000) + ")");
}

void report_unknown_keys(const nlohmann::json& j, const std::vector<std::string>& known, const PathSeg& at, Reader& r) {
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end() && it.key() != "type")
            r.fail(PathSeg{&at, it.key().c_str(), 0}, "is not a known field");
}

}  // namespace atelier
