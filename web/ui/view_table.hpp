#pragma once
// Internals of the table view, shared by its two files:
// - view_table.cpp: the table (columns, sorting, clipped rows, inline editing);
// - view_table_filters.cpp: the filter bar above it.
#include <cstddef>

namespace atelier {
struct App;
namespace ui {

// Quick toggles, the chips of app.prefs.filter, "Add filter", the search box and the match count.
// Changes app.prefs.filter (saved) and app.table_search; never runs a query itself.
void draw_table_filters(App& app, size_t matches, size_t total);

}  // namespace ui
}  // namespace atelier
