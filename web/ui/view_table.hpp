#pragma once
// The table's own state, shared by its two files:
// - view_table.cpp: the table (columns, sorting, clipped rows, inline editing);
// - view_table_filters.cpp: the filter bar above it.
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "web/ui/rework_dialog.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {

struct FilterBarUi {
    std::string value;    // the typed value of the "Add filter" submenu being used
    ViewError error;      // why a typed filter was not added
    bool negate = false;  // "Exclude" in the menu: the next filter is added as !name
    // Distinct names used in the atelier, for the team=, collection=, salesperson= submenus.
    uint64_t revision = ~0ull;
    std::vector<std::string> collections, teams, salespeople;
};

// The cell being edited in place.
struct TableEdit {
    int order = 0;          // 0: not editing
    int col = -1;
    std::string text;       // the field's text (collection, deadline, deposit)
    std::string seen;       // the text when the edit began: the update's `from`
    bool focus = false;     // give the field the keyboard on its first frame
    bool calendar = false;  // open the deadline's calendar on its first frame (a finger, no keyboard)
    bool calendar_was_open = false;
    bool was_active = false;
    int pos = -1;           // row of the order in the current results, kept drawn by the clipper
    ImVec2 cell_min, cell_max;
};

struct TableUi {
    std::string search;  // free-text box of the filter bar (not remembered across ateliers)
    ReworkAsk rework;    // an earlier stage picked in a Stage cell: the "Send back" dialog
    FilterBarUi bar;

    // The query, cached per (revision, filter, sort, search, today).
    bool cached = false;
    uint64_t revision = 0;
    std::vector<std::string> filter;
    std::string sort, cached_search;
    Date today{INT32_MIN};
    std::vector<int> rows;  // indexes into a.orders
    // Why the remembered filter no longer parses; kept unworded, as the cache outlives a language change.
    std::optional<Said> query_error;

    // What the ImGui table shows, to tell user changes from prefs changes.
    std::string shown_sort;
    bool hidden_applied = false;
    bool money_shown = true;  // the money columns were last enabled for a role that sees money
    std::vector<std::string> applied_hidden;
    std::vector<int> shown_columns;  // core/queries/table_columns.hpp ids, in display order (the CSV export's)

    int selected = 0;  // order number of the selected row (a tap on its cells edits)
    TableEdit edit;
    std::string message;
    bool message_error = false;
    int photo_order = 0;    // the message is a refused move: when a missing photo stopped it, the
    int photo_target = -1;  // table offers to take it, then makes that move (a stage index)
    std::function<void(TableUi&, Shell&)> after;  // a change decided while drawing, run after the table

    int first_visible = 0;  // for tests: the first row under the frozen header
    long long frame = -2;   // the last frame drawn: a gap means the table was left and comes back clean
};

void draw_table(const Atelier& a, TableUi& u, Shell& sh);
// Quick toggles, the chips of prefs.filter, "Add filter", the search box and the match count.
// Changes prefs.filter (saved) and u.search; never runs a query itself.
void draw_table_filters(const Atelier& a, TableUi& u, Shell& sh, size_t matches, size_t total);
// A filter EXPR as the bar's chip says it, in the device's language: "Stage: Cutting",
// "not Rush", "Overdue or Due soon" (the EXPR itself when it does not parse).
std::string filter_text(const Atelier& a, const std::string& expr);

}  // namespace atelier::ui
