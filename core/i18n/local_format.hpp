#pragma once
// Numbers, money, dates and times as the device's Locale writes them (docs/i18n.md). What is
// stored never changes: amounts in minor units, days and minutes; only the text differs.
#include <string>
#include <string_view>

#include "core/i18n/language.hpp"
#include "core/model/date.hpp"
#include "core/model/length.hpp"
#include "core/model/money.hpp"

namespace atelier {

// "1,234" (en), "1 234" (fr, with a narrow no-break space), "1.234" (it, es, de).
std::string local_integer(int64_t n, const Locale& l);
// An amount with its decimals: "1,234.50" / "1 234,50" / "1.234,50".
std::string local_amount(Money m, const Locale& l);
// An amount with its currency where the locale puts it: "€1,234.50", "1 234,50 €", "1.234,50 €",
// "CHF 1,234.50"; the ISO code when the currency has no well-known sign.
std::string local_money(Money m, std::string_view currency, const Locale& l);

// A length in `unit` with the locale's decimal sign and the unit's word after a no-break space:
// "92.5 cm", "92,5 cm", "36.25 in" (four decimals at most, trailing zeros dropped).
std::string local_length(Length len, Unit unit, const Locale& l);
// Its number alone, as a field shows it for editing: "92.5", "92,5".
std::string local_length_number(Length len, Unit unit, const Locale& l);

// A rate in basis points as a percentage, decimals only when it has them: "20%", "5.5%";
// "20 %" and "5,5 %" in French and German.
std::string local_percent_bp(int bp, const Locale& l);

// "12 Jun 2026" / "Jun 12, 2026" (en-US) / "12 juin 2026" / "12 giu 2026" / "12 jun 2026" / "12. Juni 2026".
std::string local_date(Date d, const Locale& l);
// With the month written out: "12 June 2026" / "June 12, 2026" / "12 juin 2026" / "12. Juni 2026".
std::string local_date_long(Date d, const Locale& l);
// With its weekday, as a letter writes it: "Saturday 5 December 2026" / "Saturday, December 5, 2026"
// (en-US) / "samedi 5 décembre 2026" / "Samstag, 5. Dezember 2026".
std::string local_weekday_date(Date d, const Locale& l);
// Without the year, for dates this year or near it: "12 Jun" / "Jun 12" / "12 juin".
std::string local_day_month(Date d, const Locale& l);
// "14:30" or "2:30 PM" (en-US): minutes since midnight.
std::string local_time(int minutes, const Locale& l);
// "Mon" / "lun." … by weekday 0 = Monday … 6 = Sunday; `full` gives "Monday" / "lundi".
std::string_view weekday_name(int weekday, const Locale& l, bool full = false);
// "Jun" / "juin" … by month 1–12; `full` gives "June".
std::string_view month_name(int month, const Locale& l, bool full = false);
// The weekday of `d`, 0 = Monday … 6 = Sunday.
int weekday_of(Date d);
// The first day of the week holding `d`, by the locale's first weekday (Monday or Sunday).
Date week_start(Date d, const Locale& l);

}  // namespace atelier
