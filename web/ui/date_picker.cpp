#include "web/ui/date_picker.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

std::string visible(const char* label) {
    const std::string s(label);
    const auto hash = s.find("##");
    return hash == std::string::npos ? s : s.substr(0, hash);
}

// The field's name for its calendar and the locator: its stable English name after "###" when the
// label is translated (ui_label), else what is shown.
std::string stable_name(const char* label) {
    const std::string s(label);
    const auto id = s.find("###");
    return id == std::string::npos ? visible(label) : s.substr(id + 3);
}

// The month shown (year * 12 + month - 1), kept in the storage of the field's window (the
// calendar popup is a window of its own, with storage of its own).
struct Month {
    ImGuiStorage* st;
    ImGuiID id;
    int get() const { return st->GetInt(id, 0); }
    void set(int ym) const { st->SetInt(id, ym); }
};

// The month grid; returns the day picked this frame, if any.
std::optional<Date> month_grid(const Month& shown, std::optional<Date> chosen, Date today) {
    const int ym = shown.get();
    const int year = ym / 12, month = ym % 12 + 1;
    const float cell = std::max(target_height(), em(36));
    const float gap = look().px(Space::xs);
    const ImVec2 spacing(gap, gap);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, spacing);
    if (ImGui::Button("‹##previous month", ImVec2(cell, cell))) shown.set(ym - 1);
    mark_last_item("Previous month");
    ImGui::SameLine();
    // "June 2026", "juin 2026": the month in the device's language.
    const std::string title = std::string(month_name(month, ui_locale(), true)) + " " + std::to_string(year);
    const float row_w = 7 * cell + 6 * gap;
    const float title_w = ImGui::CalcTextSize(title.c_str()).x;
    const float x0 = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(x0 + std::max(0.f, (row_w - 2 * cell - 2 * gap - title_w) * 0.5f));
    ImGui::AlignTextToFramePadding();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (cell - ImGui::GetFrameHeight()) * 0.5f);
    ImGui::TextUnformatted(title.c_str());
    mark_last_item(std::string("Calendar month: ") + title);
    ImGui::SameLine(row_w - cell + ImGui::GetStyle().WindowPadding.x);
    if (ImGui::Button("›##next month", ImVec2(cell, cell))) shown.set(ym + 1);
    mark_last_item("Next month");

    // The week starts where the locale starts it (Monday, or Sunday in the United States).
    for (int i = 0; i < 7; ++i) {
        if (i) ImGui::SameLine();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const std::string_view day = weekday_name((ui_locale().first_weekday + i) % 7, ui_locale());
        const float w = ImGui::CalcTextSize(day.data(), day.data() + day.size()).x;
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + (cell - w) * 0.5f, p.y), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                            day.data(), day.data() + day.size());
        ImGui::Dummy(ImVec2(cell, ImGui::GetTextLineHeight()));
    }
    const Theme& t = look().theme();
    std::optional<Date> picked;
    const Date first = grid_start(year, month, ui_locale());
    for (int k = 0; k < 42; ++k) {
        const Date d = add_days(first, k);
        const Civil c = civil_from_date(d);
        if (k % 7) ImGui::SameLine();
        const bool in_month = c.month == month;
        const bool on = chosen && *chosen == d;
        char label[96];
        std::snprintf(label, sizeof label, "%d##day %04d-%02d-%02d", c.day, c.year, c.month, c.day);
        int colours = 0;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, vec4(t.accent));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec4(t.accent));
            ImGui::PushStyleColor(ImGuiCol_Text, vec4(t.on_accent));
            colours = 3;
        } else if (!in_month) {
            ImGui::PushStyleColor(ImGuiCol_Button, vec4(t.page, 0.0f));
            ImGui::PushStyleColor(ImGuiCol_Text, vec4(t.muted));
            colours = 2;
        }
        if (ImGui::Button(label, ImVec2(cell, cell))) picked = d;
        ImGui::PopStyleColor(colours);
        mark_last_item("Day " + format_date(d));
        if (d == today) {
            // Today: a ring, whatever else the cell shows.
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                ImGui::ColorConvertFloat4ToU32(vec4(t.accent)), ImGui::GetStyle().FrameRounding,
                                                0, look().px(2));
        }
    }
    ImGui::PopStyleVar();
    return picked;
}

// A time row: hour - / + and the quarter hours; returns true when the time changed.
bool time_row(int& minutes) {
    bool changed = false;
    const float cell = std::max(target_height(), em(36));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::picker_time));
    ImGui::SameLine();
    if (ImGui::Button("-##hour", ImVec2(cell, cell))) { minutes = (minutes + 23 * 60) % (24 * 60); changed = true; }
    mark_last_item("Earlier hour");
    ImGui::SameLine();
    char hh[16];
    std::snprintf(hh, sizeof hh, "%02d", minutes / 60);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(hh);
    mark_last_item(std::string("Hour ") + hh);
    ImGui::SameLine();
    if (ImGui::Button("+##hour", ImVec2(cell, cell))) { minutes = (minutes + 60) % (24 * 60); changed = true; }
    mark_last_item("Later hour");
    for (int q = 0; q < 4; ++q) {
        ImGui::SameLine();
        char mm[16];
        std::snprintf(mm, sizeof mm, ":%02d##quarter", q * 15);
        const bool on = minutes % 60 / 15 == q && minutes % 15 == 0;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(mm, ImVec2(cell * 1.2f, cell))) { minutes = minutes / 60 * 60 + q * 15; changed = true; }
        if (on) ImGui::PopStyleColor();
        char name[24];
        std::snprintf(name, sizeof name, "Minutes %02d", q * 15);
        mark_last_item(name);
    }
    return changed;
}

// The date (and time) as the typed texts hold them; nullopt when they do not parse yet.
struct Picked {
    std::optional<Date> day;
    int minutes = 10 * 60;
};

// The calendar button and its popup for the typed texts `date` and `time` (time: nullptr for a
// date alone). Picking writes them back in the typed formats. `out`, when given, also says whether
// the calendar is open and the button under the pointer; `open_now` opens it without a press.
bool calendar(const std::string& name, std::string& date, std::string* time, Date today,
              CalendarButton* out = nullptr, bool open_now = false) {
    bool changed = false;
    const float button = std::max(target_height(), ImGui::GetFrameHeight());
    const Month month{ImGui::GetStateStorage(), ImGui::GetID("month")};
    const auto read = [&] {
        Picked p;
        p.day = parse_date(date);
        if (time) {
            if (const auto t = parse_datetime(format_date(p.day.value_or(today)) + "T" + *time))
                p.minutes = int(t->minutes - at_midnight(date_of(*t)).minutes);
        }
        return p;
    };
    const bool pressed = ImGui::Button(ui_label(Msg::picker_pick, "Pick##calendar").c_str(), ImVec2(0, button));
    mark_last_item("Pick " + name);
    if (out) out->hovered = ImGui::IsItemHovered();
    if (pressed || open_now) {
        // Open on the chosen day's month, else today's.
        const Civil c = civil_from_date(read().day.value_or(today));
        month.set(c.year * 12 + c.month - 1);
        ImGui::OpenPopup("calendar");
    }
    if (ImGui::BeginPopup("calendar")) {
        mark_current_window("Calendar " + name);
        Picked p = read();
        const std::optional<Date> picked = month_grid(month, p.day, today);
        if (picked) {
            p.day = picked;
            const std::string next = format_date(*picked);
            changed |= next != date;
            date = next;
        }
        if (time) {
            ImGui::Separator();
            if (time_row(p.minutes)) {
                char hhmm[24];
                std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", p.minutes / 60, p.minutes % 60);
                changed |= *time != hhmm;
                *time = hhmm;
                if (!p.day) {  // a time picked first: the day shown is the one it belongs to
                    date = format_date(today);
                    changed = true;
                }
            }
            if (ImGui::Button(ui_label(Msg::picker_done, "Done##calendar").c_str(), ImVec2(0, button))) ImGui::CloseCurrentPopup();
            mark_last_item("Done " + name);
        } else if (picked) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
        if (out) out->open = ImGui::IsPopupOpen("calendar");
    }
    if (out) out->picked = changed;
    return changed;
}

// The field's visible label to the right, as ImGui draws its own labels.
void label_after(const std::string& name) {
    if (name.empty()) return;
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(name.c_str());
}

bool field(const char* label, std::string& text, Date today, float width, bool with_time) {
    ImGui::PushID(label);
    const std::string name = stable_name(label), shown = visible(label);
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    if (width <= 0) width = ImGui::CalcTextSize(with_time ? "0000-00-00T00:00" : "0000-00-00").x +
                            ImGui::GetStyle().FramePadding.x * 2 + em(12);
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputTextWithHint(("##" + name).c_str(), tr(with_time ? Msg::datetime_hint : Msg::date_hint), &text);
    mark_last_item(label);
    ImGui::SameLine(0, gap);
    if (with_time) {
        // The combined text split for the calendar, joined again after a pick.
        std::string date = text.size() >= 10 ? text.substr(0, 10) : text;
        std::string time = text.size() == 16 && text[10] == 'T' ? text.substr(11) : "10:00";
        if (calendar(name, date, &time, today)) {
            text = date + "T" + time;
            changed = true;
        }
    } else {
        changed |= calendar(name, text, nullptr, today);
    }
    label_after(shown);
    ImGui::PopID();
    return changed;
}

}  // namespace

Date grid_start(int year, int month, const Locale& l) {
    return week_start(date_from_civil(year, month, 1), l);
}

CalendarButton calendar_button(const char* name, std::string& date, Date today, bool open_now) {
    CalendarButton out;
    ImGui::PushID(name);
    calendar(name, date, nullptr, today, &out, open_now);
    ImGui::PopID();
    return out;
}

float calendar_button_width() {
    return ImGui::CalcTextSize("Pick").x + ImGui::GetStyle().FramePadding.x * 2;
}

bool date_field(const char* label, std::string& text, Date today, float width) {
    return field(label, text, today, width, false);
}

bool datetime_field(const char* label, std::string& text, Date today, float width) {
    return field(label, text, today, width, true);
}

bool date_time_fields(const char* label, std::string& date, std::string& time, Date today) {
    const std::string n = stable_name(label);
    ImGui::PushID(n.c_str());
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 2 + em(12));
    bool changed = ImGui::InputTextWithHint("##date", tr(Msg::date_hint), &date);
    mark_last_item(n + " date");
    ImGui::SameLine(0, gap);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("00:00").x + ImGui::GetStyle().FramePadding.x * 2 + em(12));
    changed |= ImGui::InputTextWithHint("##time", tr(Msg::time_hint), &time);
    mark_last_item(n + " time");
    ImGui::SameLine(0, gap);
    changed |= calendar(n, date, &time, today);
    label_after(visible(label));
    ImGui::PopID();
    return changed;
}

}  // namespace atelier::ui
