// Fittings agenda, by day or by week (UiPrefs::fittings_week): who comes when, for which order,
// and marking a fitting done. A cancelled fitting stays, struck through, with its reason.
// - The fittings of the shown range are gathered once per revision and range (a pass over every
//   order's fittings, ~1 ms at 100k orders), never per frame; the list is clipped.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/calendar/ics.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

using Entry = FittingsEntry;
using Row = FittingsRow;

// "Monday 1 June 2026", "lundi 1 juin 2026".
std::string day_title(Date d) {
    return tr(Msg::agenda_day, {{"weekday", weekday_name(weekday_of(d), ui_locale(), true)}, {"date", local_date_long(d, ui_locale())}});
}

const FittingsAgenda& agenda(const Atelier& a, FittingsAgenda& c, Shell& sh, Date first, int days) {
    if (c.revision == sh.revision() && c.first == first && c.days == days) return c;
    c.revision = sh.revision();
    c.first = first;
    c.days = days;
    c.entries.clear();
    c.rows.clear();
    c.open = 0;
    const int64_t from = at_midnight(first).minutes, to = at_midnight(add_days(first, days)).minutes;
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const Order& o = a.orders[i];
        if (o.status == Status::cancelled) continue;
        for (size_t f = 0; f < o.fittings.size(); ++f)
            if (o.fittings[f].at.minutes >= from && o.fittings[f].at.minutes < to) {
                c.entries.push_back(Entry{o.fittings[f].at, static_cast<int>(i), static_cast<int>(f)});
                if (!o.fittings[f].done && !o.fittings[f].cancelled) ++c.open;
            }
    }
    std::sort(c.entries.begin(), c.entries.end(), [&](const Entry& x, const Entry& y) {
        if (x.at != y.at) return x.at < y.at;
        return a.orders[static_cast<size_t>(x.order)].number < a.orders[static_cast<size_t>(y.order)].number;
    });
    size_t e = 0;
    for (int d = 0; d < days; ++d) {
        const Date day = add_days(first, d);
        if (days > 1) c.rows.push_back(Row{day, true, -1});
        const size_t before = e;
        while (e < c.entries.size() && date_of(c.entries[e].at) == day) c.rows.push_back(Row{day, false, static_cast<int>(e++)});
        if (e == before) c.rows.push_back(Row{day, false, -1});
    }
    return c;
}

bool toggle(const char* label, bool on) {
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (on) ImGui::PopStyleColor();
    return pressed;
}

}  // namespace

void draw_fittings(const Atelier& a, FittingsUi& u, Shell& sh) {
    if (!u.anchored) {  // opens on today
        u.anchor = sh.today();
        u.anchored = true;
    }
    const bool week = sh.prefs().fittings_week;
    const int days = week ? 7 : 1;
    // The week starts where the device's locale starts it (Monday, or Sunday in the United States).
    const Date first = week ? week_start(u.anchor, ui_locale()) : u.anchor;

    // Toolbar: day or week, previous / today / next, and what is shown.
    if (toggle(ui_label(Msg::agenda_day_button, "Day").c_str(), !week)) {
        sh.prefs().fittings_week = false;
        sh.save_prefs();
    }
    ImGui::SameLine();
    if (toggle(ui_label(Msg::agenda_week_button, "Week").c_str(), week)) {
        sh.prefs().fittings_week = true;
        sh.save_prefs();
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::agenda_previous, "Previous").c_str())) u.anchor = add_days(u.anchor, -days);
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::agenda_today_button, "Today").c_str())) u.anchor = sh.today();
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::agenda_next, "Next").c_str())) u.anchor = add_days(u.anchor, days);
    ImGui::SameLine();
    // Every fitting and open deadline, for a phone's or a laptop's calendar (core/calendar/ics.hpp).
    if (ImGui::Button(ui_label(Msg::agenda_download_ics, "Calendar (.ics)").c_str()))
        sh.download_file(calendar_file_name(a), "text/calendar;charset=utf-8", calendar_ics(a, sh.now()));
    mark_last_item("Download calendar");
    const FittingsAgenda& c = agenda(a, u.agenda, sh, first, days);
    const std::string title = week ? tr(Msg::agenda_week, {{"from", day_title(first)}, {"to", day_title(add_days(first, 6))}}) : day_title(first);
    same_line_if_fits(ImGui::CalcTextSize(title.c_str()).x + em(140));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    mark_last_item("Agenda " + title);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trn(Msg::agenda_count, int64_t(c.entries.size()), {{"open", ui_integer(c.open)}}).c_str());

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("fittings", 6, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_time, "Time").c_str(), ImGuiTableColumnFlags_WidthFixed, em(60));
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_client, "Client").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.f);
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_order, "Order").c_str(), ImGuiTableColumnFlags_WidthFixed, em(100));
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_kind, "Kind").c_str(), ImGuiTableColumnFlags_WidthFixed, em(80));
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_notes, "Notes").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.f);
    ImGui::TableSetupColumn(ui_label(Msg::agenda_col_done, "Done").c_str(), ImGuiTableColumnFlags_WidthFixed, em(110));
    ImGui::TableHeadersRow();

    const float row_h = ImGui::GetFrameHeight();
    const Palette& pal = colours();
    int done_order = -1, done_fitting = -1, open_order = 0, open_client = 0;
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(c.rows.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const Row& r = c.rows[static_cast<size_t>(i)];
            ImGui::TableNextRow(0, row_h);
            ImGui::TableNextColumn();
            if (r.heading) {
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
                ImGui::TableNextColumn();
                const std::string t = day_title(r.day);
                ImGui::AlignTextToFramePadding();
                if (r.day == sh.today()) ImGui::TextColored(pal.priority, "%s", tr(Msg::agenda_today, {{"day", t}}).c_str());
                else ImGui::TextUnformatted(t.c_str());
                mark_last_item(t);
                continue;
            }
            if (r.entry < 0) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::TextDisabled("%s", tr(Msg::agenda_none));
                continue;
            }
            const Entry& e = c.entries[static_cast<size_t>(r.entry)];
            const Order& o = a.orders[static_cast<size_t>(e.order)];
            const Fitting& f = o.fittings[static_cast<size_t>(e.fitting)];
            const std::string label = order_label(a.profile, o.number);
            const std::string id = std::to_string(o.number) + "-" + std::to_string(e.fitting);
            const int minute = static_cast<int>(f.at.minutes - at_midnight(date_of(f.at)).minutes);
            ImGui::AlignTextToFramePadding();
            const std::string hhmm = local_time(minute, ui_locale());
            if (f.cancelled) struck_text(hhmm, pal.muted);  // kept in the agenda, plainly not on
            else ImGui::TextUnformatted(hhmm.c_str());
            ImGui::TableNextColumn();
            const Client* cl = a.client(o.client);
            if (ImGui::Selectable(((cl ? cl->name : std::string("?")) + "##client-" + id).c_str()) && cl)
                open_client = cl->id;
            ImGui::TableNextColumn();
            if (small_button((label + "##fit-" + id).c_str())) open_order = o.number;
            mark_last_item("Fitting " + label + " " + f.kind);
            ImGui::TableNextColumn();
            if (f.cancelled) struck_text(f.kind, pal.muted);
            else ImGui::TextUnformatted(f.kind.c_str());
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", f.cancelled ? tr(Msg::agenda_cancelled_why, {{"reason", f.cancel_reason}}).c_str() : f.notes.c_str());
            ImGui::TableNextColumn();
            if (f.cancelled) {
                ImGui::TextColored(pal.muted, "%s", tr(Msg::agenda_cancelled));
                mark_last_item("Cancelled " + label + " " + f.kind);
            } else if (f.done) {
                ImGui::TextColored(pal.ok, "%s", tr(Msg::agenda_done));
                mark_last_item("Done " + label + " " + f.kind);
            } else {
                if (small_button(ui_label(Msg::agenda_mark_done, "Mark done##" + id).c_str())) {
                    done_order = o.number;
                    done_fitting = e.fitting;
                }
                mark_last_item("Mark done " + label + " " + f.kind);
            }
        }
    ImGui::EndTable();

    // After drawing: a dispatch changes the rows the loop above read.
    if (done_order >= 0) {
        if (sh.dispatch(cmd::FittingDone{done_order, done_fitting, ""}))
            sh.notify(tr(Msg::agenda_marked_done, {{"order", order_label(a.profile, done_order)}}));
    }
    if (open_order) sh.open_order(open_order);
    else if (open_client) sh.open_client(open_client);
}

}  // namespace atelier::ui
