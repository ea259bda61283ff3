#include "core/i18n/local_format.hpp"

#include <cstdlib>

#include "core/i18n/catalogue.hpp"

namespace atelier {

namespace {

struct Separators {
    std::string_view group, decimal;
};

Separators separators(const Locale& l) {
    switch (l.language) {
        case Language::fr: return {"\u202F", ","};  // narrow no-break space, as French typography has it
        case Language::it:
        case Language::es:
        case Language::de: return {".", ","};
        default: return {",", "."};
    }
}

std::string grouped(uint64_t n, std::string_view sep) {
    std::string digits = std::to_string(n), out;
    const size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, first);
    for (size_t i = first; i < digits.size(); i += 3) {
        out.append(sep);
        out.append(digits, i, 3);
    }
    return out;
}

// The signs people write for the currencies a couture house meets most; others keep their code.
std::string_view currency_sign(std::string_view code) {
    if (code == "EUR") return "€";
    if (code == "GBP") return "£";
    if (code == "USD") return "$";
    if (code == "JPY") return "¥";
    return {};
}

constexpr Msg kMonths[] = {Msg::month_1, Msg::month_2, Msg::month_3, Msg::month_4,  Msg::month_5,  Msg::month_6,
                           Msg::month_7, Msg::month_8, Msg::month_9, Msg::month_10, Msg::month_11, Msg::month_12};
constexpr Msg kMonthsFull[] = {Msg::month_full_1, Msg::month_full_2,  Msg::month_full_3,  Msg::month_full_4,
                               Msg::month_full_5, Msg::month_full_6,  Msg::month_full_7,  Msg::month_full_8,
                               Msg::month_full_9, Msg::month_full_10, Msg::month_full_11, Msg::month_full_12};
constexpr Msg kWeekdays[] = {Msg::weekday_mon, Msg::weekday_tue, Msg::weekday_wed, Msg::weekday_thu,
                             Msg::weekday_fri, Msg::weekday_sat, Msg::weekday_sun};
constexpr Msg kWeekdaysFull[] = {Msg::weekday_full_mon, Msg::weekday_full_tue, Msg::weekday_full_wed, Msg::weekday_full_thu,
                                 Msg::weekday_full_fri, Msg::weekday_full_sat, Msg::weekday_full_sun};

}  // namespace

std::string local_length_number(Length len, Unit unit, const Locale& l) {
    std::string number = format_length_as(len, unit);
    number.resize(number.size() - 2);  // the unit's two letters
    if (const auto dot = number.find('.'); dot != std::string::npos) number.replace(dot, 1, separators(l).decimal);
    return number;
}

std::string local_length(Length len, Unit unit, const Locale& l) {
    return local_length_number(len, unit, l) + "\u00A0" + std::string(text(l.language, unit == Unit::cm ? Msg::unit_cm : Msg::unit_in));
}

std::string local_integer(int64_t n, const Locale& l) {
    const uint64_t mag = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    std::string out;
    if (n < 0) out += '-';
    out += grouped(mag, separators(l).group);
    return out;
}

std::string local_amount(Money m, const Locale& l) {
    const Separators s = separators(l);
    const uint64_t mag = m.minor < 0 ? uint64_t(0) - uint64_t(m.minor) : uint64_t(m.minor);
    std::string out = m.minor < 0 ? "-" : "";
    out += grouped(mag / 100, s.group);
    out.append(s.decimal);
    const unsigned cents = unsigned(mag % 100);
    out += char('0' + cents / 10);
    out += char('0' + cents % 10);
    return out;
}

std::string local_percent_bp(int bp, const Locale& l) {
    std::string out = local_amount(Money{bp}, l);
    const std::string decimal(separators(l).decimal);
    while (out.back() == '0') out.pop_back();  // "20.00" → "20." ; "5.50" → "5.5"
    if (out.size() >= decimal.size() && out.compare(out.size() - decimal.size(), decimal.size(), decimal) == 0)
        out.erase(out.size() - decimal.size());
    if (l.language == Language::fr) return out + "\u202F%";
    if (l.language == Language::de) return out + "\u00A0%";
    return out + "%";
}

std::string local_money(Money m, std::string_view currency, const Locale& l) {
    const std::string_view sign = currency_sign(currency);
    std::string amount = local_amount(m, l);
    if (l.language == Language::en) {
        // English puts the sign first, touching the figure; a code is followed by a space.
        std::string out = m.minor < 0 ? "-" : "";
        if (m.minor < 0) amount.erase(0, 1);
        out.append(sign.empty() ? currency : sign);
        if (sign.empty()) out += ' ';
        return out + amount;
    }
    // French, Italian, Spanish and German write it after, kept on the figure's line.
    return amount + "\u00A0" + std::string(sign.empty() ? currency : sign);
}

int weekday_of(Date d) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((int64_t{d.days} % 7) + 7 + 3) % 7);
}

Date week_start(Date d, const Locale& l) {
    const int back = (weekday_of(d) - l.first_weekday + 7) % 7;
    return add_days(d, -back);
}

std::string_view weekday_name(int weekday, const Locale& l, bool full) {
    const int i = ((weekday % 7) + 7) % 7;
    return text(l.language, full ? kWeekdaysFull[i] : kWeekdays[i]);
}

std::string_view month_name(int month, const Locale& l, bool full) {
    const int i = month < 1 ? 0 : month > 12 ? 11 : month - 1;
    return text(l.language, full ? kMonthsFull[i] : kMonths[i]);
}

std::string local_date(Date d, const Locale& l) {
    const Civil c = civil_from_date(d);
    const std::string day = std::to_string(c.day), year = std::to_string(c.year);
    if (l.month_first) return std::string(month_name(c.month, l)) + " " + day + ", " + year;
    return fill(text(l.language, Msg::date_pattern), {{"day", day}, {"month", month_name(c.month, l)}, {"year", year}});
}

std::string local_date_long(Date d, const Locale& l) {
    const Civil c = civil_from_date(d);
    const std::string day = std::to_string(c.day), year = std::to_string(c.year);
    if (l.month_first) return std::string(month_name(c.month, l, true)) + " " + day + ", " + year;
    return fill(text(l.language, Msg::date_pattern), {{"day", day}, {"month", month_name(c.month, l, true)}, {"year", year}});
}

std::string local_weekday_date(Date d, const Locale& l) {
    const std::string_view weekday = weekday_name(weekday_of(d), l, true);
    if (l.month_first) return std::string(weekday) + ", " + local_date_long(d, l);
    return fill(text(l.language, Msg::weekday_date_pattern), {{"weekday", weekday}, {"date", local_date_long(d, l)}});
}

std::string local_day_month(Date d, const Locale& l) {
    const Civil c = civil_from_date(d);
    const std::string day = std::to_string(c.day);
    if (l.month_first) return std::string(month_name(c.month, l)) + " " + day;
    return fill(text(l.language, Msg::day_month_pattern), {{"day", day}, {"month", month_name(c.month, l)}});
}

std::string local_time(int minutes, const Locale& l) {
    const int h = ((minutes / 60) % 24 + 24) % 24, m = ((minutes % 60) + 60) % 60;
    // Built by appending: GCC 12 warns (-Wrestrict, wrongly) on "literal" + std::string here.
    std::string out = std::to_string(l.hour12 ? (h % 12 == 0 ? 12 : h % 12) : h);
    if (!l.hour12 && h < 10) out.insert(out.begin(), '0');
    out += ':';
    out += char('0' + m / 10);
    out += char('0' + m % 10);
    if (l.hour12) out += h < 12 ? " AM" : " PM";
    return out;
}

}  // namespace atelier
