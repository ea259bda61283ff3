#include "core/text/phone.hpp"

#include <array>
#include <vector>

namespace atelier {

namespace {

// How a national significant number (the digits after the calling code) of one shape is grouped.
// Groups are digit counts; 0 takes the rest. Shapes are matched in order, first fit wins.
struct Shape {
    const char* prefix;  // the number starts with this ("" = any)
    int length;          // digits in the number (0 = any length)
    std::array<int, 5> groups;
    const char* trunk;   // written before a national number ("0" in FR, "8 " in RU, "" in ES)
};

struct Country {
    CallingCode cc;
    std::vector<Shape> shapes;  // empty: generic grouping, no trunk
};

// The countries ateliers and their clients call most; shapes are the usual ones of each plan
// (mobiles and the big cities). Area codes of variable length are not looked up: a number the
// shapes miss is grouped generically, which is still readable.
const std::vector<Country>& table() {
    static const std::vector<Country> t = {
        {{"FR", "33"}, {{"", 9, {1, 2, 2, 2, 2}, "0"}}},
        {{"GB", "44"},
         {{"7", 10, {4, 6}, "0"}, {"2", 10, {2, 4, 4}, "0"}, {"3", 10, {3, 3, 4}, "0"}, {"8", 10, {3, 3, 4}, "0"},
          // Leeds, Sheffield… (011x) and Birmingham, Edinburgh, Glasgow… (01x1): 3-3-4; other areas 4-6.
          {"11", 10, {3, 3, 4}, "0"}, {"121", 10, {3, 3, 4}, "0"}, {"131", 10, {3, 3, 4}, "0"},
          {"141", 10, {3, 3, 4}, "0"}, {"151", 10, {3, 3, 4}, "0"}, {"161", 10, {3, 3, 4}, "0"},
          {"191", 10, {3, 3, 4}, "0"}, {"1", 10, {4, 6}, "0"}}},
        {{"US", "1"}, {{"", 10, {3, 3, 4}, ""}}},
        {{"IT", "39"}, {{"3", 10, {3, 3, 4}, ""}, {"02", 0, {2, 0}, ""}, {"06", 0, {2, 0}, ""}, {"0", 0, {3, 0}, ""}}},
        {{"ES", "34"}, {{"", 9, {3, 3, 3}, ""}}},
        {{"DE", "49"},
         {{"15", 0, {3, 0}, "0"}, {"16", 0, {3, 0}, "0"}, {"17", 0, {3, 0}, "0"}, {"30", 0, {2, 0}, "0"},
          {"40", 0, {2, 0}, "0"}, {"69", 0, {2, 0}, "0"}, {"89", 0, {2, 0}, "0"}, {"", 0, {3, 0}, "0"}}},
        {{"BE", "32"}, {{"4", 9, {3, 2, 2, 2}, "0"}, {"2", 8, {1, 3, 2, 2}, "0"}, {"3", 8, {1, 3, 2, 2}, "0"},
                        {"9", 8, {1, 3, 2, 2}, "0"}, {"", 8, {2, 2, 2, 2}, "0"}}},
        {{"CH", "41"}, {{"", 9, {2, 3, 2, 2}, "0"}}},
        {{"NL", "31"}, {{"6", 9, {1, 8}, "0"}, {"", 9, {2, 3, 4}, "0"}}},
        {{"PT", "351"}, {{"", 9, {3, 3, 3}, ""}}},
        {{"AE", "971"}, {{"5", 9, {2, 3, 4}, "0"}, {"", 8, {1, 3, 4}, "0"}}},
        {{"AT", "43"}, {{"6", 0, {3, 0}, "0"}, {"1", 0, {1, 0}, "0"}}},
        {{"IE", "353"}, {{"8", 9, {2, 3, 4}, "0"}, {"1", 8, {1, 3, 4}, "0"}}},
        {{"LU", "352"}, {{"6", 9, {3, 3, 3}, ""}}},
        {{"MC", "377"}, {{"6", 9, {1, 2, 2, 2, 2}, ""}, {"", 8, {2, 2, 2, 2}, ""}}},
        {{"SE", "46"}, {{"7", 9, {2, 3, 2, 2}, "0"}, {"8", 0, {1, 0}, "0"}}},
        {{"DK", "45"}, {{"", 8, {2, 2, 2, 2}, ""}}},
        {{"NO", "47"}, {{"", 8, {3, 2, 3}, ""}}},
        {{"PL", "48"}, {{"", 9, {3, 3, 3}, ""}}},
        {{"GR", "30"}, {{"", 10, {3, 3, 4}, ""}}},
        {{"RU", "7"}, {{"", 10, {3, 3, 2, 2}, "8 "}}},
        {{"TR", "90"}, {{"", 10, {3, 3, 2, 2}, "0"}}},
        {{"IL", "972"}, {{"5", 9, {2, 3, 4}, "0"}}},
        {{"SA", "966"}, {{"5", 9, {2, 3, 4}, "0"}}},
        {{"QA", "974"}, {{"", 8, {4, 4}, ""}}},
        {{"KW", "965"}, {{"", 8, {4, 4}, ""}}},
        {{"LB", "961"}, {{"3", 7, {1, 3, 3}, "0"}, {"", 8, {2, 3, 3}, ""}}},
        {{"MA", "212"}, {{"", 9, {1, 2, 2, 2, 2}, "0"}}},
        {{"ZA", "27"}, {{"", 9, {2, 3, 4}, "0"}}},
        {{"JP", "81"}, {{"3", 9, {1, 4, 4}, "0"}, {"", 10, {2, 4, 4}, "0"}}},
        {{"KR", "82"}, {{"10", 10, {2, 4, 4}, "0"}}},
        {{"CN", "86"}, {{"1", 11, {3, 4, 4}, ""}}},
        {{"HK", "852"}, {{"", 8, {4, 4}, ""}}},
        {{"SG", "65"}, {{"", 8, {4, 4}, ""}}},
        {{"IN", "91"}, {{"", 10, {5, 5}, ""}}},
        {{"AU", "61"}, {{"4", 9, {3, 3, 3}, "0"}, {"", 9, {1, 4, 4}, "0"}}},
        {{"BR", "55"}, {{"", 11, {2, 5, 4}, ""}, {"", 10, {2, 4, 4}, ""}}},
        {{"MX", "52"}, {{"", 10, {2, 4, 4}, ""}}},
    };
    return t;
}

// Countries that share another's plan: their numbers are national to each other.
const CallingCode kSharedPlans[] = {{"CA", "1"}};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_e164(std::string_view s) {
    if (s.size() < 9 || s.size() > 16 || s[0] != '+') return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

const Country* country_of(std::string_view e164) {
    for (const Country& c : table())
        if (starts_with(e164.substr(1), c.cc.code)) return &c;
    return nullptr;
}

// Splits `digits` by `groups` (0 = the rest); past the listed groups, the rest is one group.
std::vector<std::string_view> split(std::string_view digits, const std::array<int, 5>& groups) {
    std::vector<std::string_view> out;
    size_t at = 0;
    for (int g : groups) {
        if (at >= digits.size()) break;
        const size_t n = g == 0 ? digits.size() - at : size_t(g);
        out.push_back(digits.substr(at, n));
        at += n;
        if (g == 0) break;
    }
    if (at < digits.size()) out.push_back(digits.substr(at));
    return out;
}

// Threes, with a four at the end rather than a lone digit: "612 345 6789", "1234 5678".
std::vector<std::string_view> split_generic(std::string_view digits) {
    std::vector<std::string_view> out;
    size_t at = 0;
    while (digits.size() - at > 4) {
        const size_t n = digits.size() - at == 8 ? 4 : 3;
        out.push_back(digits.substr(at, n));
        at += n;
    }
    if (at < digits.size()) out.push_back(digits.substr(at));
    return out;
}

std::string join(const std::vector<std::string_view>& parts, const char* sep) {
    std::string s;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) s += sep;
        s += parts[i];
    }
    return s;
}

const Shape* shape_of(const Country& c, std::string_view nsn) {
    for (const Shape& s : c.shapes)
        if (starts_with(nsn, s.prefix) && (s.length == 0 || size_t(s.length) == nsn.size())) return &s;
    return nullptr;
}

}  // namespace

const CallingCode* calling_code_of(std::string_view e164) {
    if (e164.empty() || e164[0] != '+') return nullptr;
    const Country* c = country_of(e164);
    return c ? &c->cc : nullptr;
}

const char* calling_code_for(std::string_view country) {
    for (const Country& c : table())
        if (country == c.cc.country) return c.cc.code;
    for (const CallingCode& c : kSharedPlans)
        if (country == c.country) return c.code;
    return nullptr;
}

std::string format_phone(std::string_view stored, std::string_view home) {
    if (!is_e164(stored)) return std::string(stored);
    const Country* c = country_of(stored);
    if (!c) return std::string(stored);
    const std::string_view code = c->cc.code;
    const std::string_view nsn = stored.substr(1 + code.size());
    const Shape* shape = shape_of(*c, nsn);
    const char* home_code = home.empty() ? nullptr : calling_code_for(home);
    const bool national = home_code && code == home_code;
    // The North American plan writes its groups its own way: (212) 555-0123, +1 212-555-0123.
    if (code == "1" && shape) {
        const auto p = split(nsn, shape->groups);
        // Appends, not "a" + b chains: GCC 12 flags those with -Werror=restrict at -O2.
        std::string out;
        if (national) {
            out += '(';
            out += p[0];
            out += ") ";
            out += p[1];
            out += '-';
            out += p[2];
            return out;
        }
        out += "+1 ";
        out += join(p, "-");
        return out;
    }
    const auto parts = shape ? split(nsn, shape->groups) : split_generic(nsn);
    if (national) {
        // Without a known shape the trunk prefix is unknown too: the first one listed is the plan's.
        const char* trunk = shape ? shape->trunk : (c->shapes.empty() ? "" : c->shapes.front().trunk);
        std::string out = trunk;
        out += join(parts, " ");
        return out;
    }
    std::string out = "+";
    out += code;
    out += ' ';
    out += join(parts, " ");
    return out;
}

}  // namespace atelier
