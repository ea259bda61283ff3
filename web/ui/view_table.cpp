// The table: every order as a row, sortable by its headers, columns chosen by the user, cells
// edited in place. Smooth with 100,000 orders:
// - the query (run_query) runs only when the revision, filter, sort, search or today change;
// - ImGuiListClipper draws only the visible rows, and columns scrolled out of view are skipped;
// - nothing else per frame touches every order.
// [SECTION] columns · query cache · sort and column sync · inline editing · cells · draw_table
#include <imgui.h>
#include <imgui_internal.h>  // TableSetColumnSortDirection: a sort restored from prefs
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/commands/plan.hpp"
#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/queries/projection.hpp"
#include "core/queries/query.hpp"
#include "core/queries/table_columns.hpp"
#include "core/rules/badge.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/roles.hpp"
#include "core/rules/rework.hpp"
#include "core/text.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/view_table.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// [SECTION] columns

// Widths in em, by column (core/queries/table_columns.hpp).
constexpr float kWidths[tcol::count] = {80, 150, 140, 110, 90, 100, 120, 95, 150, 90, 105, 105,
                                        105, 70, 120, 75, 90, 240, 95, 110, 60, 110, 90, 120};
constexpr int key(SortKey k) { return static_cast<int>(k); }

int column_of(SortKey k) {
    for (int c = 0; c < tcol::count; ++c)
        if (table_column(c).sort == key(k)) return c;
    return tcol::order;
}

// [SECTION] state

void say(TableUi& u, std::string text, bool error) {
    u.message = std::move(text);
    u.message_error = error;
    u.photo_order = 0;
}

// [SECTION] query cache

void find_edit_row(const Atelier& a, TableUi& u) {
    u.edit.pos = -1;
    if (!u.edit.order) return;
    const auto at = a.orders.index_of(u.edit.order);
    if (!at) return;
    const auto pos = std::find(u.rows.begin(), u.rows.end(), static_cast<int>(*at));
    if (pos != u.rows.end()) u.edit.pos = static_cast<int>(pos - u.rows.begin());
}

void run_query_if_needed(const Atelier& a, Shell& sh, TableUi& u) {
    if (u.cached && u.revision == sh.revision() && u.filter == sh.prefs().filter && u.sort == sh.prefs().sort &&
        u.cached_search == u.search && u.today == sh.today())
        return;
    u.cached = true;
    u.revision = sh.revision();
    u.filter = sh.prefs().filter;
    u.sort = sh.prefs().sort;
    u.cached_search = u.search;
    u.today = sh.today();
    Said why{};
    std::optional<Filter> f = parse_filter(sh.prefs().filter, why);
    u.query_error = f ? std::nullopt : std::optional<Said>(why);
    if (!f) f = Filter{};
    // Search is one more AND term: every word in number, client, garment, collection or notes,
    // case and accents ignored ("odegard" finds "Ødegård").
    if (u.search.find_first_not_of(' ') != std::string::npos)
        f->add(FilterTerm{FilterKey::text, u.search, false});
    std::string error;
    const std::optional<Sort> s = parse_sort(sh.prefs().sort, error);
    u.rows = run_query(sh.index(), *f, s ? *s : Sort{}, sh.today());
    find_edit_row(a, u);
}

// [SECTION] sort and column sync (ImGui table <-> sh.prefs())

// Header clicks become prefs.sort; a prefs.sort from elsewhere (start, palette) is shown on the headers.
void sync_sort(Shell& sh, TableUi& u) {
    ImGuiTableSortSpecs* ss = ImGui::TableGetSortSpecs();
    if (!ss) return;
    if (ss->SpecsDirty) {
        std::string from_table;
        if (ss->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& c = ss->Specs[0];
            const int k = table_column(c.ColumnUserID).sort;
            if (k != kNoSort)
                from_table = format_sort(Sort{static_cast<SortKey>(k), c.SortDirection == ImGuiSortDirection_Descending});
        }
        // Only a change while the headers showed prefs.sort is the user's click.
        if (u.shown_sort == sh.prefs().sort && !from_table.empty() && from_table != sh.prefs().sort) {
            sh.prefs().sort = from_table;
            sh.save_prefs();
        }
        u.shown_sort = from_table;
        ss->SpecsDirty = false;
    }
    if (u.shown_sort != sh.prefs().sort) {
        std::string error;
        const Sort s = parse_sort(sh.prefs().sort, error).value_or(Sort{});
        ImGui::TableSetColumnSortDirection(column_of(s.key),
                                           s.desc ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
        u.shown_sort = sh.prefs().sort;
    }
}


std::vector<std::string> normalised_hidden(const std::vector<std::string>& hidden) {
    std::vector<std::string> out;
    for (int c = 1; c < tcol::count; ++c)
        if (std::find(hidden.begin(), hidden.end(), table_column(c).id) != hidden.end()) out.push_back(table_column(c).id);
    return out;
}

// Columns hidden through the header's context menu become prefs.hidden_columns; prefs (from the
// "Columns" menu or a restart) are applied to the table. A change applies on the next frame.
void sync_hidden(Shell& sh, TableUi& u) {
    const std::vector<std::string> wanted = normalised_hidden(sh.prefs().hidden_columns);
    const bool money = sees_money(sh.role());
    if (!u.hidden_applied || u.applied_hidden != wanted || u.money_shown != money) {
        for (int c = 1; c < tcol::count; ++c)
            ImGui::TableSetColumnEnabled(c, (money || !money_column(c)) &&
                                                std::find(wanted.begin(), wanted.end(), table_column(c).id) == wanted.end());
        u.applied_hidden = wanted;
        u.hidden_applied = true;
        u.money_shown = money;
        return;
    }
    std::vector<std::string> now;
    for (int c = 1; c < tcol::count; ++c) {
        const bool enabled = ImGui::TableGetColumnFlags(c) & ImGuiTableColumnFlags_IsEnabled;
        if (!money && money_column(c)) {
            if (enabled) ImGui::TableSetColumnEnabled(c, false);  // shown from the header's menu: not for staff
            if (std::find(wanted.begin(), wanted.end(), table_column(c).id) != wanted.end()) now.push_back(table_column(c).id);
            continue;
        }
        if (!enabled) now.push_back(table_column(c).id);
    }
    if (now != wanted) {
        sh.prefs().hidden_columns = now;
        u.applied_hidden = now;
        sh.save_prefs();
    }
}

void columns_menu(Shell& sh) {
    if (ImGui::Button(ui_label(Msg::table_columns, "Columns").c_str())) ImGui::OpenPopup("Columns##menu");
    if (!ImGui::BeginPopup("Columns##menu")) return;
    mark_current_window("Columns menu");
    for (int c = 1; c < tcol::count; ++c) {
        if (money_column(c) && !sees_money(sh.role())) continue;
        auto& hidden = sh.prefs().hidden_columns;
        bool shown = std::find(hidden.begin(), hidden.end(), table_column(c).id) == hidden.end();
        const std::string label = ui_label(table_column(c).shown, std::string(table_column(c).name) + "##column");
        if (ImGui::Checkbox(label.c_str(), &shown)) {
            if (shown) std::erase(hidden, std::string(table_column(c).id));
            else hidden.push_back(table_column(c).id);
            hidden = normalised_hidden(hidden);
            sh.save_prefs();
        }
    }
    ImGui::EndPopup();
}

// [SECTION] export and import

// The columns as shown: in the order the user arranged them, hidden ones left out (and money for
// staff). Read from the table each frame; the export uses the last frame's.
void capture_shown(Shell& sh, TableUi& u) {
    const ImGuiTable* t = ImGui::GetCurrentTable();
    u.shown_columns.clear();
    for (int n = 0; n < t->ColumnsCount; ++n) {
        const int c = t->DisplayOrderToIndex[n];
        if (!(ImGui::TableGetColumnFlags(c) & ImGuiTableColumnFlags_IsEnabled)) continue;
        if (money_column(c) && !sees_money(sh.role())) continue;
        u.shown_columns.push_back(c);
    }
}

void export_menu(const Atelier& a, TableUi& u, Shell& sh) {
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::table_export, "Export CSV").c_str())) ImGui::OpenPopup("Export CSV##menu");
    if (ImGui::BeginPopup("Export CSV##menu")) {
        mark_current_window("Export CSV menu");
        const auto rows = static_cast<int64_t>(u.rows.size()), columns = static_cast<int64_t>(u.shown_columns.size());
        ImGui::TextDisabled("%s", tr(Msg::table_export_what, {{"orders", trn(Msg::table_n_orders, rows)},
                                                              {"columns", trn(Msg::table_n_columns, columns)}}).c_str());
        char separator = 0;
        if (ImGui::Selectable(ui_label(Msg::table_export_comma, "Comma-separated (,)").c_str())) separator = ',';
        mark_last_item("Comma-separated");
        if (ImGui::Selectable(ui_label(Msg::table_export_semicolon, "Semicolon-separated (;)").c_str())) separator = ';';
        mark_last_item("Semicolon-separated");
        if (separator && !u.shown_columns.empty()) {
            const std::string name = "orders-" + a.profile.settings.company_code + "-" + format_date(sh.today()) + ".csv";
            sh.download_file(name, "text/csv;charset=utf-8",
                             table_csv(a, sh.index(), u.rows, u.shown_columns, {separator, true}, sh.today()));
            say(u, trn(Msg::table_exported, rows, {{"file", name}}), false);
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::table_import, "Import CSV…").c_str())) sh.pick_csv();
    mark_last_item("Import CSV");
}

// [SECTION] inline editing

// One command for a cell (`what` names the field); on success the edit closes, on refusal it
// stays open with the reason shown.
void commit(const Atelier& a, TableUi& u, int number, Msg what, Command c) {
    u.after = [label = order_label(a.profile, number), number, what, c](TableUi& t, Shell& sh) {
        if (!sh.dispatch(c)) {  // dispatch has already shown a toast; the cell keeps the reason too
            say(t, tr(Msg::table_not_changed, {{"what", tr(what)}, {"order", label}, {"reason", shown(sh.refusal())}}), true);
            return;
        }
        say(t, tr(Msg::table_changed, {{"what", tr(what)}, {"order", label}}), false);
        if (t.edit.order == number && t.edit.col != tcol::flags) t.edit = {};
    };
}

void start_edit(const Atelier& a, Shell& sh, TableUi& u, const Order& o, int col, int pos) {
    u.selected = o.number;
    u.edit = {};
    u.message.clear();
    if (col == tcol::deposit && !o.payments.empty()) {
        const Money deposit = deposit_paid(o).minor ? deposit_paid(o) : o.payments.front().amount;
        const std::string text = tr(Msg::table_has_deposit, {{"order", order_label(a.profile, o.number)},
                                                             {"amount", money_text(deposit, a.profile.settings.currency)}});
        sh.notify(text);
        return say(u, text, false);
    }
    if (col == tcol::stage && !a.pipeline(o.pipeline)) return say(u, tr(Msg::table_no_pipeline), true);
    u.edit.order = o.number;
    u.edit.col = col;
    u.edit.pos = pos;
    // A finger editing the deadline gets the calendar, not the on-screen keyboard.
    u.edit.calendar = col == tcol::deadline && look().touch;
    u.edit.focus = !u.edit.calendar;
    if (col == tcol::collection) u.edit.text = o.collection;
    if (col == tcol::tracking) u.edit.text = o.tracking;
    if (col == tcol::deadline) u.edit.text = format_date(o.deadline);
    u.edit.seen = u.edit.text;
}

// Called when a text field is committed (Enter or click-away).
void commit_text(const Atelier& a, TableUi& u, const Order& o) {
    const std::string label = order_label(a.profile, o.number);
    const std::string& t = u.edit.text;
    if (u.edit.col == tcol::deadline) {
        const auto d = parse_date(t);
        if (!d) return say(u, tr(Msg::table_not_a_date, {{"order", label}, {"text", t}}), true);
        if (*d == o.deadline) return (void)(u.edit = {});
        cmd::OrderUpdate c;
        c.order = o.number;
        c.deadline = *d;
        c.from.emplace().deadline = parse_date(u.edit.seen).value_or(o.deadline);
        return commit(a, u, o.number, Msg::order_deadline, c);
    }
    if (u.edit.col == tcol::collection) {
        if (t == o.collection) return (void)(u.edit = {});
        cmd::OrderUpdate c;
        c.order = o.number;
        c.collection = t;
        c.from.emplace().collection = u.edit.seen;
        return commit(a, u, o.number, Msg::order_collection, c);
    }
    if (u.edit.col == tcol::tracking) {
        const std::string number(trim(t));
        if (number == o.tracking) return (void)(u.edit = {});
        cmd::OrderUpdate c;
        c.order = o.number;
        c.tracking = number;
        c.from.emplace().tracking = u.edit.seen;
        return commit(a, u, o.number, Msg::order_tracking, c);
    }
    if (u.edit.col == tcol::deposit) {
        if (t.find_first_not_of(' ') == std::string::npos) return (void)(u.edit = {});
        const auto m = parse_money(t);
        if (!m || m->minor <= 0)
            return say(u, tr(Msg::table_not_an_amount, {{"order", label}, {"text", t}}), true);
        return commit(a, u, o.number, Msg::table_deposit, cmd::OrderPay{o.number, *m, std::nullopt, "", "deposit (table)"});
    }
}

void edit_text_cell(const Atelier& a, Shell& sh, TableUi& u, const Order& o, const char* what) {
    // The deadline also has its calendar button at the cell's right end (docs/design.md, "Dates").
    const bool dated = u.edit.col == tcol::deadline;
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(dated ? -(calendar_button_width() + gap) : -FLT_MIN);
    if (u.edit.focus) {
        ImGui::SetKeyboardFocusHere();
        u.edit.focus = false;
    }
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    const char* hint = u.edit.col == tcol::deadline ? tr(Msg::date_hint) : u.edit.col == tcol::deposit ? tr(Msg::table_amount_hint) : "";
    const bool enter = ImGui::InputTextWithHint("##edit", hint, &u.edit.text,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    mark_last_item(what);
    const bool active = ImGui::IsItemActive();
    CalendarButton cal;
    if (dated) {
        ImGui::SameLine(0, gap);
        const std::string name = "deadline of " + order_label(a.profile, o.number);
        cal = calendar_button(name.c_str(), u.edit.text, sh.today(), u.edit.calendar);
        u.edit.calendar = false;
        if (cal.picked) return commit_text(a, u, o);
    }
    if (escape && (active || u.edit.was_active || cal.open)) {
        u.edit = {};
        u.message.clear();
        return;
    }
    // The calendar closed without a day (a press elsewhere, or its button again): the edit ends
    // unchanged, as a click away from the text does. So does a press outside the cell while
    // neither the text nor the calendar has it.
    const bool closed = u.edit.calendar_was_open && !cal.open;
    u.edit.calendar_was_open = cal.open;
    if (closed || (!active && !u.edit.was_active && !cal.open && ImGui::IsMouseClicked(0) &&
                   !ImGui::IsMouseHoveringRect(u.edit.cell_min, u.edit.cell_max))) {
        u.edit = {};
        return;
    }
    // A press on the calendar button takes the field's focus: that is not the edit's end.
    if (enter || (u.edit.was_active && !active && !cal.hovered)) {
        commit_text(a, u, o);
        if (enter && u.edit.order && u.message_error) u.edit.focus = true;  // refused: keep typing
    }
    if (u.edit.order) u.edit.was_active = active;
}

void edit_flags_cell(const Atelier& a, TableUi& u, const Order& o) {
    bool rush = o.rush, priority = o.priority;
    if (ImGui::Checkbox(ui_label(Msg::order_rush, "Rush##edit").c_str(), &rush)) {
        cmd::OrderUpdate c;
        c.order = o.number;
        c.rush = rush;
        c.from.emplace().rush = o.rush;
        commit(a, u, o.number, Msg::order_rush, c);
    }
    mark_last_item("Edit rush");
    ImGui::SameLine();
    if (ImGui::Checkbox(ui_label(Msg::order_priority, "Priority##edit").c_str(), &priority)) {
        cmd::OrderUpdate c;
        c.order = o.number;
        c.priority = priority;
        c.from.emplace().priority = o.priority;
        commit(a, u, o.number, Msg::order_priority, c);
    }
    mark_last_item("Edit priority");
    // A click elsewhere or Escape ends the edit.
    if ((ImGui::IsMouseClicked(0) && !ImGui::IsMouseHoveringRect(u.edit.cell_min, u.edit.cell_max)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        u.edit = {};
}

// The team and stage lists open beside the cell as a small window (drawn after the table, outside
// its ID scope). Not an ImGui popup: the second press of a double-click on the cell must not close it.
void edit_lists(const Atelier& a, TableUi& u, Shell& sh) {
    if (u.edit.col != tcol::team && u.edit.col != tcol::stage) return;
    const Order* o = a.order(u.edit.order);
    if (!o) return (void)(u.edit = {});
    const char* name = u.edit.col == tcol::team ? "Edit team" : "Edit stage";
    ImGui::SetNextWindowPos(ImVec2(u.edit.cell_min.x, u.edit.cell_max.y), ImGuiCond_Appearing);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    const bool shown = ImGui::Begin(name, nullptr, flags);
    const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const ImRect list(min, ImVec2(min.x + size.x, min.y + size.y));
    const ImRect cell(u.edit.cell_min, u.edit.cell_max);
    const bool away = ImGui::IsMouseClicked(0) && !list.Contains(ImGui::GetIO().MousePos) &&
                      !cell.Contains(ImGui::GetIO().MousePos);
    if (!shown || escape || away) {
        ImGui::End();
        u.edit = {};
        return;
    }
    mark_current_window(name);
    // Finger-sized options after a touch (docs/design.md, "Touch"), the name centred on each.
    const ImVec2 option(0, look().touch ? target_height() : 0);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    const int number = o->number;
    if (u.edit.col == tcol::team) {
        std::vector<std::string> teams = a.profile.teams;
        if (!o->team.empty() && std::find(teams.begin(), teams.end(), o->team) == teams.end()) teams.push_back(o->team);
        teams.insert(teams.begin(), "");
        for (const auto& t : teams) {
            const std::string label = t.empty() ? ui_label(Msg::table_no_team, "(no team)##team-option") : t + "##team-option";
            if (ImGui::Selectable(label.c_str(), t == o->team, 0, option) && t != o->team) {
                cmd::OrderUpdate c;
                c.order = number;
                c.team = t;
                c.from.emplace().team = o->team;
                commit(a, u, number, Msg::order_team, c);
            }
        }
    } else if (const Pipeline* p = a.pipeline(o->pipeline)) {
        const int at = stage_index(*p, o->stage);
        for (size_t i = 0; i < p->stages.size(); ++i) {
            const Stage& s = p->stages[i];
            const std::string label = s.optional ? tr(Msg::table_stage_optional, {{"stage", s.name}}) + "###" + s.name + " (optional)##stage-option"
                                                 : s.name + "##stage-option";
            if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == at, 0, option)) {
                const int target = static_cast<int>(i);
                // An earlier stage sends the order back: the dialog asks why (order.rework), as on the board.
                const std::vector<int> back = rework_targets(a, *o);
                if (std::find(back.begin(), back.end(), target) != back.end()) {
                    if (!ask_rework(a, sh, u.rework, number, target))
                        say(u, tr(Msg::board_not_sent_back, {{"order", order_label(a.profile, number)}, {"dialog", sh.dialogs().open}}), true);
                    u.edit = {};
                    continue;
                }
                u.after = [number, target](TableUi& t, Shell& sh) {
                    if (auto m = sh.move_order(number, target, "skipped by a move in the table")) {
                        say(t, m->text, m->error);
                        if (m->error) {  // offered a photo below when that is what stopped it
                            t.photo_order = number;
                            t.photo_target = target;
                        }
                    }
                };
                u.edit = {};
            }
        }
    }
    ImGui::PopStyleVar();
    ImGui::End();
}

// [SECTION] cells

// A cell the user can select and edit: a tap selects the row, a tap on a selected row's cell
// or a double-click edits. Labelled "<Column> <order>" for tests and automation.
// One line of a cell's text through text_fit: cut with "…" in the column's width (the whole on
// hover or a long press), recorded for the layout check. Never clipped mid-character.
void cell_text(std::string_view text, const std::string& where, const ImVec4* colour = nullptr) {
    // On the same line as the selectable cells' text, which is centred on a button-high row.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f);
    fit_text_item(text, ImGui::GetContentRegionAvail().x, colour, where);
}

// A cell the user can select and edit: a tap selects the row, a tap on a selected row's cell
// or a double-click edits. Labelled "<Column> <order>" for tests and automation.
void pick_cell(const Atelier& a, Shell& sh, TableUi& u, const Order& o, int col, int pos, const std::string& label,
               std::string_view text, const std::string& where, const ImVec4* colour = nullptr) {
    char id[16];
    std::snprintf(id, sizeof id, "##c%d", col);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    // The selectable has no visible label: its text is drawn over it, fitted to the cell.
    // As tall as a button: >= 44 px under a finger (touch mode), the text centred on it.
    const float h = ImGui::GetFrameHeight();
    const bool clicked = ImGui::Selectable(id, false, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(w, h));
    const ImRect r = GImGui->LastItemData.Rect;
    mark_last_item(std::string(table_column(col).name) + " " + label);
    const ImU32 c = ImGui::ColorConvertFloat4ToU32(colour ? *colour : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    fit_text(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + (h - ImGui::GetTextLineHeight()) * 0.5f), w, text, c, where);
    if (!clicked) return;
    if (ImGui::IsMouseDoubleClicked(0) || u.selected == o.number) {
        start_edit(a, sh, u, o, col, pos);
        u.edit.cell_min = r.Min;
        u.edit.cell_max = r.Max;
    } else {
        u.selected = o.number;
    }
}

void draw_row(const Atelier& a, Shell& sh, TableUi& u, const QueryIndex& ix, int pos, float row_h) {
    const int idx = u.rows[static_cast<size_t>(pos)];
    const Order& o = a.orders[static_cast<size_t>(idx)];
    const QueryRow& r = ix.rows[static_cast<size_t>(idx)];
    const std::string& cur = a.profile.settings.currency;
    const std::string label = order_label(a.profile, o.number);
    const bool editing = u.edit.order == o.number;
    const Badges badges = order_badges(r, sh.today(), ix.due_soon_days);
    const std::string where = "table " + label;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    if (u.selected == o.number)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    ImGui::PushID(o.number);
    for (int c = 0; c < tcol::count; ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;  // hidden or scrolled out of view
        if (money_column(c) && !sees_money(sh.role())) continue;
        if (editing && u.edit.col == c && (c == tcol::deadline || c == tcol::collection || c == tcol::deposit || c == tcol::flags || c == tcol::tracking)) {
            const ImVec2 p = ImGui::GetCursorScreenPos();
            u.edit.cell_min = p;
            u.edit.cell_max = ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y + row_h);
            if (c == tcol::deadline) edit_text_cell(a, sh, u, o, "Edit deadline");
            else if (c == tcol::collection) edit_text_cell(a, sh, u, o, "Edit collection");
            else if (c == tcol::deposit) edit_text_cell(a, sh, u, o, "Edit deposit");
            else if (c == tcol::tracking) edit_text_cell(a, sh, u, o, "Edit tracking");
            else edit_flags_cell(a, u, o);
            continue;
        }
        switch (c) {
            case tcol::order: {
                const ImVec2 at = ImGui::GetCursorScreenPos();
                const float w = ImGui::GetContentRegionAvail().x;
                const float h = ImGui::GetFrameHeight();
                if (ImGui::Selectable("##c0", false, ImGuiSelectableFlags_None, ImVec2(w, h))) sh.open_order(o.number);
                mark_last_item("Order " + label);
                fit_text(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + (h - ImGui::GetTextLineHeight()) * 0.5f), w, label,
                         ImGui::GetColorU32(ImGuiCol_Text), where);
                break;
            }
            case tcol::client: {
                const Client* cl = a.client(o.client);
                cell_text(cl ? std::string_view(cl->name) : "?", where);
                break;
            }
            case tcol::garment: cell_text(o.garment, where); break;
            case tcol::collection: pick_cell(a, sh, u, o, c, pos, label, o.collection, where); break;
            case tcol::team: pick_cell(a, sh, u, o, c, pos, label, o.team, where); break;
            case tcol::salesperson: cell_text(o.salesperson, where); break;
            case tcol::stage: {
                const Pipeline* p = a.pipeline(o.pipeline);
                const Stage* s = p && r.stage >= 0 ? &p->stages[static_cast<size_t>(r.stage)] : nullptr;
                if (s) {
                    // The stage's colour as a bar before its name, as on the board.
                    const ImVec2 at = ImGui::GetCursorScreenPos();
                    ImGui::GetWindowDrawList()->AddRectFilled(
                        at, ImVec2(at.x + em(4), at.y + ImGui::GetTextLineHeight()),
                        ImGui::GetColorU32(hex_colour(s->colour, colours().muted)));
                    ImGui::SetCursorScreenPos(ImVec2(at.x + em(8), at.y));
                }
                pick_cell(a, sh, u, o, c, pos, label, s ? s->name : o.stage, where);
                break;
            }
            case tcol::stage_status: cell_text(tr(progress_msg(o.status, o.stage_status)), where); break;
            case tcol::deadline: {
                // The date is one piece: with its badge when both fit, else the date alone (its
                // colour still says overdue / due soon), cut only in a column narrower than a date.
                std::string text = ui_date(o.deadline);
                ImVec4 colour;
                if (const atelier::Badge* due = badges.deadline()) {
                    std::string with = text + " · " + tr(badge_msg(*due));
                    if (ImGui::CalcTextSize(with.c_str()).x <= ImGui::GetContentRegionAvail().x) text = std::move(with);
                    colour = role_colour(badge_text(*due).role);
                }
                pick_cell(a, sh, u, o, c, pos, label, text, where, badges.deadline() ? &colour : nullptr);
                break;
            }
            case tcol::event: if (o.event) cell_text(ui_date(*o.event), where); break;
            case tcol::price: cell_text(money_text(o.price, cur), where); break;
            case tcol::deposit: {
                const Money d = deposit_paid(o);
                pick_cell(a, sh, u, o, c, pos, label, d.minor ? money_text(d, cur) : (o.payments.empty() ? "—" : tr(Msg::table_deposit_all_paid)), where);
                break;
            }
            case tcol::owed: {
                const ImVec4 muted = colours().muted;
                if (r.owed > 0) cell_text(money_text(Money{r.owed}, cur), where);
                else cell_text("—", where, &muted);
                break;
            }
            case tcol::payment: cell_text(tr(payment_status_msg(static_cast<PaymentStatus>(std::min<uint8_t>(r.pay_status, 2)))), where); break;
            case tcol::flags: {
                std::string text;
                ImVec4 colour;
                for (const atelier::Badge b : badges) {
                    if (is_deadline_badge(b)) continue;
                    if (text.empty()) colour = role_colour(badge_text(b).role);  // the first mark's colour
                    if (!text.empty()) text += " · ";
                    text += tr(badge_msg(b));
                }
                pick_cell(a, sh, u, o, c, pos, label, text, where, text.empty() ? nullptr : &colour);
                break;
            }
            case tcol::days: {
                const ImVec4 muted = colours().muted;
                const auto d = days_in_production(r, sh.today());
                if (d) cell_text(ui_integer(*d), where);
                else cell_text("—", where, &muted);
                break;
            }
            case tcol::created: if (o.created) cell_text(ui_date(date_of(*o.created)), where); break;
            case tcol::notes: {
                const size_t nl = o.notes.find('\n');
                cell_text(std::string_view(o.notes).substr(0, nl), where);
                break;
            }
            case tcol::status: cell_text(tr(status_msg(o.status)), where); break;
            case tcol::kind: cell_text(tr(kind_msg(o.kind)), where); break;
            case tcol::quantity: cell_text(ui_integer(o.quantity), where); break;
            case tcol::pipeline: {
                const Pipeline* p = a.pipeline(o.pipeline);
                cell_text(p ? std::string_view(p->name) : std::string_view(o.pipeline), where);
                break;
            }
            case tcol::wip_start: if (o.wip_start) cell_text(ui_date(*o.wip_start), where); break;
            case tcol::tracking: pick_cell(a, sh, u, o, c, pos, label, o.tracking, where); break;
            default: break;
        }
    }
    ImGui::PopID();
}

void reset_transient(TableUi& u) {
    u.selected = 0;
    u.edit = {};
    u.shown_sort.clear();
    u.hidden_applied = false;
    u.message.clear();
    u.after = nullptr;
}

}  // namespace

void draw_table(const Atelier& a, TableUi& u, Shell& sh) {
    // The table not drawn last frame: it comes back clean (the query cache stays).
    if (sh.frame() != u.frame + 1) reset_transient(u);
    u.frame = sh.frame();

    run_query_if_needed(a, sh, u);
    const QueryIndex& ix = sh.index();
    draw_table_filters(a, u, sh, u.rows.size(), ix.size());
    run_query_if_needed(a, sh, u);  // the bar may have changed the filter or the search

    columns_menu(sh);
    export_menu(a, u, sh);
    if (u.query_error) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::table_filter_ignored, {{"reason", said_text(*u.query_error)}}).c_str());
    }
    if (!u.message.empty()) {
        same_line_if_fits(ImGui::CalcTextSize(u.message.c_str()).x + em(10));
        ImGui::AlignTextToFramePadding();
        if (u.message_error) ImGui::TextColored(colours().overdue, "%s", u.message.c_str());
        else ImGui::TextColored(colours().ok, "%s", u.message.c_str());
        mark_last_item((u.message_error ? "Table error: " : "Table note: ") + u.message);
        const Order* o = u.photo_order ? a.order(u.photo_order) : nullptr;
        if (const Stage* needs = o ? stage_needing_photo(a, *o) : nullptr) {
            ImGui::SameLine();
            stage_photo_buttons(sh, *o, *needs, u.photo_target, false);
        }
    }
    if (a.orders.empty()) {
        if (empty_state(tr(Msg::table_empty), ui_label(Msg::top_new_order, "+ Order##table empty").c_str())) sh.new_order();
    } else if (u.rows.empty()) {
        // Names what hides the orders; "Clear filter" is the dashboard's way in with no filter at all.
        std::vector<std::string> parts;
        if (u.search.find_first_not_of(' ') != std::string::npos) parts.push_back(tr(Msg::table_searched, {{"text", u.search}}));
        for (const std::string& f : sh.prefs().filter) parts.push_back(filter_text(a, f));
        std::string what = parts.empty() ? std::string() : parts.front();
        for (size_t i = 1; i < parts.size(); ++i) what = tr(Msg::filt_and, {{"first", what}, {"second", parts[i]}});
        if (empty_state(tr(Msg::table_no_match, {{"what", what}}), ui_label(Msg::clear_filter, "Clear filter##table").c_str()))
            sh.show_orders({});
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
    const float row_h = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().CellPadding.y;
    if (ImGui::BeginTable("orders", tcol::count, flags)) {
        for (int c = 0; c < tcol::count; ++c) {
            ImGuiTableColumnFlags cf = ImGuiTableColumnFlags_WidthFixed;
            if (c == tcol::order) cf |= ImGuiTableColumnFlags_NoHide;
            if (table_column(c).sort == kNoSort) cf |= ImGuiTableColumnFlags_NoSort;
            ImGui::TableSetupColumn(ui_label(table_column(c).shown, table_column(c).name).c_str(), cf, em(kWidths[c]),
                                    static_cast<ImGuiID>(c));
        }
        ImGui::TableSetupScrollFreeze(1, 1);  // the order number and the headers stay in view
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c < tcol::count; ++c) {
            if (!ImGui::TableSetColumnIndex(c)) continue;
            ImGui::TableHeader(ui_label(table_column(c).shown, table_column(c).name).c_str());
            mark_last_item(table_column(c).name);
        }
        sync_sort(sh, u);
        sync_hidden(sh, u);
        capture_shown(sh, u);
        if (!u.rows.empty()) {
            ImGuiListClipper clip;
            clip.Begin(static_cast<int>(u.rows.size()), row_h);
            // The row being edited stays drawn when scrolled away, so its field keeps the keyboard.
            if (u.edit.order && u.edit.pos >= 0) clip.ForceDisplayRangeByIndices(u.edit.pos, u.edit.pos + 1);
            while (clip.Step())
                for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) draw_row(a, sh, u, ix, i, row_h);
        }
        u.first_visible = static_cast<int>(ImGui::GetScrollY() / row_h);
        ImGui::EndTable();
        mark_last_item("Orders table");
        mark_last_item("First visible row " + std::to_string(u.first_visible));
    }
    edit_lists(a, u, sh);
    if (u.after) {
        auto f = std::move(u.after);
        u.after = nullptr;
        f(u, sh);
    }
    if (const std::string sent = rework_dialog(a, sh, u.rework); !sent.empty()) say(u, sent, false);
}

}  // namespace atelier::ui
