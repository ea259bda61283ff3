// Reports: pick one (the roles that see no money have days per stage only) and a period; the
// chart draws each row's number as a bar, the table shows the rows as the CSV has them.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/i18n/names.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

bool money_report(ReportKind k) { return k != ReportKind::days_per_stage; }

// The screen groups an amount's thousands; the CSV keeps plain numbers.
std::string shown_cell(const Report& r, size_t column, const std::string& cell) {
    return column < r.money.size() && r.money[column] ? group_thousands(cell) : cell;
}

// What the report says (core/reports: catalogue sentences) in the device's language, its dates
// ("2026-01-01") the locale's way.
std::string words_of(Said s) {
    for (auto& v : s.values)
        if (v.inner.empty())
            if (const auto d = parse_date(v.text)) v.text = ui_date(*d);
    return said_text(s);
}

// A row's first cell as shown: its words when it is words ("0–30 days"), else the data.
std::string first_cell(const ReportRow& row) { return row.label ? said_text(*row.label) : row.cells.empty() ? std::string() : row.cells[0]; }

// Made again only when the atelier, the report or the period changed.
const Report& current(const Atelier& a, ReportsUi& u, Shell& sh, Date from, Date to) {
    if (u.made && u.revision == sh.revision() && u.made_kind == u.kind && u.made_from == from && u.made_to == to && u.made_today == sh.today())
        return u.report;
    u.report = make_report(a, u.kind, ReportPeriod{from, to, sh.now()});
    u.made = true;
    u.revision = sh.revision();
    u.made_kind = u.kind;
    u.made_from = from;
    u.made_to = to;
    u.made_today = sh.today();
    return u.report;
}

// Horizontal bars, one per row, labelled by the row's first cell and its number.
void draw_chart(const Report& r) {
    if (r.rows.empty()) return;
    double top = 0;
    for (const auto& row : r.rows) top = std::max(top, std::abs(row.value));
    const bool days = r.kind == ReportKind::days_per_stage;
    const float label_w = em(days ? 230 : 150), value_w = em(days ? 230 : 120);
    const float bar_room = std::max(em(60), ImGui::GetContentRegionAvail().x - label_w - value_w - em(20));
    const float h = ImGui::GetTextLineHeight() + em(4);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram), below = ImGui::GetColorU32(ImGuiCol_PlotLinesHovered);
    const ImU32 waiting = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.35f);
    ImGui::TextDisabled("%s", words_of(r.value_said).c_str());
    for (size_t i = 0; i < r.rows.size(); ++i) {
        const ReportRow& row = r.rows[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(label_w + bar_room + value_w, h));
        mark_last_item("Bar " + row.cells[0]);
        // A stage's pipeline beside it (two pipelines may both have a Cutting); clipped to its room.
        const std::string name = days ? first_cell(row) + " · " + row.cells[1] : first_cell(row);
        const ImVec4 clip(at.x, at.y, at.x + label_w - em(8), at.y + h);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, at.y + em(2)), ImGui::GetColorU32(ImGuiCol_Text), name.c_str(),
                      nullptr, 0.f, &clip);
        const float w = top > 0 ? static_cast<float>(std::abs(row.value) / top) * bar_room : 0.f;
        draw->AddRectFilled(ImVec2(at.x + label_w, at.y + em(3)), ImVec2(at.x + label_w + w, at.y + h - em(3)),
                            row.provisional ? waiting : row.value < 0 ? below : bar);
        std::string shown;
        if (money_report(r.kind)) shown = group_thousands(row.cells[1]);
        else if (row.provisional) shown = tr(Msg::rep_waiting, {{"so_far", row.cells[5]}, {"now", row.cells[4]}});
        else shown = row.cells[2].empty() ? std::string("–") : row.cells[2];
        draw->AddText(ImVec2(at.x + label_w + w + em(6), at.y + em(2)), ImGui::GetColorU32(ImGuiCol_TextDisabled), shown.c_str());
    }
}

void draw_rows(const Report& r) {
    const int n = static_cast<int>(r.columns.size());
    // At most as wide as its numbers need: a full-width table on a laptop spreads a row too far to read.
    const float width = std::min(ImGui::GetContentRegionAvail().x, em(160.f * static_cast<float>(n)));
    if (n == 0 || !ImGui::BeginTable("##report", n, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                                     ImVec2(width, 0)))
        return;
    for (size_t c = 0; c < r.columns.size(); ++c)
        ImGui::TableSetupColumn(c < r.column_saids.size() ? words_of(r.column_saids[c]).c_str() : r.columns[c].c_str());
    ImGui::TableHeadersRow();
    // `first`: the first cell's words when it is words, not data; the row keeps its English name.
    auto line = [&](const std::vector<std::string>& cells, const std::optional<Said>& first, bool total) {
        ImGui::TableNextRow();
        for (int c = 0; c < n && c < static_cast<int>(cells.size()); ++c) {
            ImGui::TableSetColumnIndex(c);
            const std::string s = c == 0 && first ? said_text(*first) : shown_cell(r, static_cast<size_t>(c), cells[static_cast<size_t>(c)]);
            if (static_cast<size_t>(c) < r.numeric.size() && r.numeric[static_cast<size_t>(c)]) {
                const float w = ImGui::CalcTextSize(s.c_str()).x;
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.f, ImGui::GetContentRegionAvail().x - w));
            }
            ImGui::TextUnformatted(s.c_str());
            if (c == 0) mark_last_item((total ? "Report total " : "Report row ") + cells[0]);
            if (c == 0 && !total && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.c_str());
        }
        if (total) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    };
    for (const auto& row : r.rows) line(row.cells, row.label, false);
    if (!r.totals.empty()) line(r.totals, r.totals_said, true);
    ImGui::EndTable();
}

}  // namespace

void draw_reports(const Atelier& a, ReportsUi& u, Shell& sh) {
    const bool money = sees_money(sh.role());
    if (!money) u.kind = ReportKind::days_per_stage;
    ImGui::SetNextItemWidth(em(240));
    if (ImGui::BeginCombo("##report kind", tr(report_kind_msg(u.kind)))) {
        for (size_t k = 0; k < EnumNames<ReportKind>::labels.size(); ++k) {
            const auto kind = static_cast<ReportKind>(k);
            if (!money && money_report(kind)) continue;
            if (ImGui::Selectable(ui_label(report_kind_msg(kind), enum_label(kind)).c_str(), kind == u.kind)) u.kind = kind;
            mark_last_item(enum_label(kind));
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Report");
    }
    // The age of what is owed is counted on today; the others cover a period.
    auto [from, to] = report_range(u.range, sh.today());
    if (u.kind != ReportKind::outstanding_by_age) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(170));
        if (ImGui::BeginCombo("##report period", tr(report_range_msg(u.range)))) {
            for (size_t i = 0; i < EnumNames<ReportRange>::labels.size(); ++i) {
                const char* label = EnumNames<ReportRange>::labels[i];
                if (ImGui::Selectable(ui_label(report_range_msg(static_cast<ReportRange>(i)), label).c_str(), static_cast<size_t>(u.range) == i)) {
                    const auto was = report_range(u.range, sh.today());
                    u.range = static_cast<ReportRange>(i);
                    if (u.range == ReportRange::custom && u.from_text.empty()) {
                        u.from_text = format_date(was.first);
                        u.to_text = format_date(was.second);
                    }
                }
                mark_last_item(std::string("Period ") + label);
            }
            ImGui::EndCombo();
        } else {
            mark_last_item("Report period");
        }
        if (u.range == ReportRange::custom) {
            ImGui::SameLine();
            date_field(ui_label(Msg::rep_from, "From##report").c_str(), u.from_text, sh.today(), em(120));
            ImGui::SameLine();
            date_field(ui_label(Msg::rep_to, "To##report").c_str(), u.to_text, sh.today(), em(120));
            const auto f = parse_date(u.from_text), t = parse_date(u.to_text);
            u.problem = !f || !t ? tr(Msg::rep_type_dates) : f->days > t->days ? tr(Msg::rep_ends_before) : "";
            if (u.problem.empty()) from = *f, to = *t;
        } else {
            u.problem.clear();
        }
    }
    if (!u.problem.empty()) {
        ImGui::TextColored(colours().overdue, "%s", u.problem.c_str());
        mark_last_item("Report problem");
        return;
    }
    const Report& r = current(a, u, sh, from, to);
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::table_export, "Export CSV##report").c_str())) ImGui::OpenPopup("Export report##menu");
    mark_last_item("Export report");
    if (ImGui::BeginPopup("Export report##menu")) {
        mark_current_window("Export report menu");
        char separator = 0;
        if (ImGui::Selectable(ui_label(Msg::table_export_comma, "Comma-separated (,)##report").c_str())) separator = ',';
        mark_last_item("Report comma-separated");
        if (ImGui::Selectable(ui_label(Msg::table_export_semicolon, "Semicolon-separated (;), for Excel in most of Europe##report").c_str()))
            separator = ';';
        mark_last_item("Report semicolon-separated");
        if (separator) {
            const std::string name = report_file_name(a, r.kind, sh.today());
            sh.download_file(name, "text/csv;charset=utf-8", report_csv(r, separator));
            sh.notify(tr(Msg::rep_saved, {{"file", name}}));
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    // The report's title, value name, columns, worded cells and note are the core's sentences
    // (make_report), in the device's language; the CSV keeps their English.
    section(words_of(r.title_said).c_str());
    mark_last_item("Report title");
    draw_chart(r);
    ImGui::Spacing();
    draw_rows(r);
    ImGui::TextDisabled("%s", words_of(r.note_said).c_str());
}

}  // namespace atelier::ui
