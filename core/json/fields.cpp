#include "core/json/fields.hpp"

#include <algorithm>

#include "core/i18n/said_text.hpp"

namespace atelier {

void Reader::fail(const PathSeg& at, Said why) {
    failed = true;
    if (problems.size() < limit) problems.push_back(problem_at(at.str(), std::move(why)));
}
void Reader::missing(const PathSeg& at) { fail(at, say(Msg::why_json_missing)); }
void Reader::unknown_field(const PathSeg& at) { fail(at, say(Msg::why_json_unknown_field)); }
void Reader::not_object(const PathSeg& at) { fail(at, say(Msg::why_json_not_object)); }
void Reader::not_array(const PathSeg& at) { fail(at, say(Msg::why_json_not_array)); }
void Reader::not_one_of(const PathSeg& at, const std::string& known) { fail(at, say(Msg::why_json_one_of, {{"values", known}})); }

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
    if (!j.is_string()) return r.fail(at, say(Msg::why_json_not_string));
    out = j.get<std::string>();
}

void read_value(const nlohmann::json& j, bool& out, const PathSeg& at, Reader& r) {
    if (!j.is_boolean()) return r.fail(at, say(Msg::why_json_not_bool));
    out = j.get<bool>();
}

void read_value(const nlohmann::json& j, int& out, const PathSeg& at, Reader& r) {
    if (!j.is_number_integer()) return r.fail(at, say(Msg::why_json_not_whole));
    const auto v = j.get<int64_t>();
    if (v < 0 || v > 2'000'000'000) return r.fail(at, say(Msg::why_json_between, {{"min", "0"}, {"max", "2000000000"}}));
    out = static_cast<int>(v);
}

void read_value(const nlohmann::json& j, int64_t& out, const PathSeg& at, Reader& r) {
    if (!j.is_number_integer()) return r.fail(at, say(Msg::why_json_not_whole));
    out = j.get<int64_t>();
}

void read_value(const nlohmann::json& j, Money& out, const PathSeg& at, Reader& r) {
    if (j.is_number_integer()) {
        // Past int64 (nlohmann keeps it unsigned): too large, not "negative" through a wrapped cast.
        if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(kMoneyMaxMinor))
            return r.fail(at, money_too_large());
        const auto v = j.get<int64_t>();
        if (v < 0) return r.fail(at, say(Msg::why_json_money_negative));
        if (v > kMoneyMaxMinor) return r.fail(at, money_too_large());
        out = Money{v};
        return;
    }
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (!s.empty() && s[0] == '-') return r.fail(at, say(Msg::why_json_money_negative));
        bool too_large = false;
        if (auto m = parse_money(s, &too_large)) {
            out = *m;
            return;
        }
        return r.fail(at, too_large ? money_too_large() : say(Msg::why_json_money_format));
    }
    if (j.is_number()) return r.fail(at, say(j.get<double>() < 0 ? Msg::why_json_money_negative : Msg::why_json_money_fraction));
    r.fail(at, say(Msg::why_json_money_minor));
}

void read_value(const nlohmann::json& j, Date& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto d = parse_date(j.get_ref<const std::string&>())) {
            out = *d;
            return;
        }
    r.fail(at, say(Msg::why_json_date));
}

void read_value(const nlohmann::json& j, DateTime& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto d = parse_datetime(j.get_ref<const std::string&>())) {
            out = *d;
            return;
        }
    r.fail(at, say(Msg::why_json_datetime));
}

void read_value(const nlohmann::json& j, Length& out, const PathSeg& at, Reader& r) {
    if (j.is_string())
        if (auto l = parse_length(j.get_ref<const std::string&>())) {
            out = *l;
            return;
        }
    r.fail(at, say(Msg::why_json_length));
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
    r.fail(at, say(Msg::why_json_quantity, {{"max", std::to_string(kQuantityMaxMilli / 1000)}}));
}

void report_unknown_keys(const nlohmann::json& j, const std::vector<std::string>& known, const PathSeg& at, Reader& r) {
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end() && it.key() != "type")
            r.unknown_field(PathSeg{&at, it.key().c_str(), 0});
}

}  // namespace atelier
