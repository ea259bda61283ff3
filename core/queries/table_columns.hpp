#pragma once
// [SECTION] The orders table's columns, and the table as CSV: what the user sees, as a spreadsheet
// wants it (dates as YYYY-MM-DD, amounts as plain numbers without currency).
// - The view (web/ui/view_table.cpp) draws these columns; the export writes the rows it shows, in
//   its order, with the columns it shows, in the order the user arranged them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/csv.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/queries/index.hpp"

namespace atelier {

// The column ids are the table's: its saved layout (prefs.hidden_columns) names them by `id`.
namespace tcol {
enum Id : int {
    order, client, garment, collection, team, salesperson, stage, stage_status, deadline, event,
    price, deposit, owed, payment, flags, days, created, notes,
    // Added later, so a saved column layout keeps the columns before them in place.
    status, kind, quantity, pipeline, wip_start, tracking, count
};
}  // namespace tcol

struct TableColumn {
    const char* name;  // the header in English: the CSV's, the CLI's and the widgets' stable name
    const char* id;    // in prefs.hidden_columns and `atelier export --columns`
    Msg shown;         // the header the table shows, in the device's language
    int sort;          // SortKey, or -1: not sortable
};
inline constexpr int kNoSort = -1;
const TableColumn& table_column(int c);
std::optional<int> table_column_by_id(std::string_view id);
// Price, deposit, owed, payment: never shown to staff (core/rules/roles.hpp), so never exported for them.
bool money_column(int c);

// One cell as exported: the stage's name, the date, "1234.50" (with `decimal` as its point).
std::string table_cell(const Atelier& a, const QueryIndex& ix, int row, int column, Date today, char decimal);

// The rows (indexes into a.orders, as run_query gives them) with `columns`, a header first.
// A ';' separator writes amounts with a decimal comma, as the Excel that wants ';' reads them.
std::string table_csv(const Atelier& a, const QueryIndex& ix, const std::vector<int>& rows,
                      const std::vector<int>& columns, const CsvWriteOptions& o, Date today);

}  // namespace atelier
