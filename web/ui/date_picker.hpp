#pragma once
// A date field that a finger can fill: the typed YYYY-MM-DD text (a keyboard user is never slowed
// down) and a calendar button opening a month grid; with a time for fittings (quarter hours).
// The month on show lives in ImGui's storage under the field's id, like a tree node's open state.
#include <string>

#include "core/i18n/language.hpp"
#include "core/model/date.hpp"

namespace atelier::ui {

// `text` is the field's text (may be half-typed). Returns true when it changed, typed or picked.
// `label` names the field ("Deadline##order"); the calendar button is "Pick <visible label>".
bool date_field(const char* label, std::string& text, Date today, float width = 0);
// The same with a time: "YYYY-MM-DDTHH:MM" (the format core's parse_datetime reads).
bool datetime_field(const char* label, std::string& text, Date today, float width = 0);

// A date and a time typed apart ("Fitting date" YYYY-MM-DD, "Fitting time" HH:MM) with one
// calendar for both ("Pick Fitting": the day, then hour and quarter; "Done Fitting" closes it).
// A translated label ("Essayage###Fitting") shows its words and keeps its English name.
bool date_time_fields(const char* label, std::string& date, std::string& time, Date today);

// The calendar button alone, beside a text field drawn by the caller (the table's deadline cell).
// `open_now` opens the calendar without a press (an edit started by a finger: no keyboard).
struct CalendarButton {
    bool picked = false;   // a day was picked this frame: `date` holds it as YYYY-MM-DD
    bool open = false;     // the calendar is showing
    bool hovered = false;  // the button is under the pointer (a press on it is not a click away)
};
CalendarButton calendar_button(const char* name, std::string& date, Date today, bool open_now = false);
float calendar_button_width();

// The first day shown in the month grid of (year, month): the first day of the locale's week
// (Monday, or Sunday in the United States) on or before the 1st.
Date grid_start(int year, int month, const Locale& l);

}  // namespace atelier::ui
