#pragma once
// [SECTION] Clients and orders from a spreadsheet: a CSV's columns mapped to fields, every row read
// and checked (its problems named with its line), duplicates of existing clients found by phone or
// email (and offered for merge), then the whole file as one batch command — all or nothing, one undo.
// - A file with no order column imports clients; with one, every row is an order, its client found
//   (merged) or created once (rows naming the same new client share it).
// - The batch links its steps by reference (core/commands/command.hpp, Batch): an order.create's
//   client -k is the client made by step k, so numbers are given at apply time, on any device.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/commands/command.hpp"
#include "core/csv/csv.hpp"
#include "core/problem.hpp"
#include "core/said.hpp"

namespace atelier {

inline constexpr size_t kMaxImportRows = kMaxCsvRows - 1;

enum class ImportField : uint8_t {
    ignore, client, phone, email, client_notes, language, channel,
    garment, collection, deadline, event, price, deposit, salesperson, team, notes, pipeline, kind, quantity,
    count
};
const char* import_field_id(ImportField f);     // "deadline": in `atelier import --map`
const char* import_field_label(ImportField f);  // "Deadline": in the mapping step
std::optional<ImportField> import_field_by_id(std::string_view id);
bool is_order_field(ImportField f);

// For each column, the field its header names ("Téléphone", "Due date", "E-mail", our own export's
// headers...), each field at most once (the first column naming it); ignore for the rest.
std::vector<ImportField> guess_mapping(const std::vector<std::string>& header);
// Applies "Header=field,Other=ignore" (the CLI's --map) over `mapping`: false with `error` naming
// an unknown header or field.
bool apply_map_option(const std::vector<std::string>& header, std::string_view option,
                      std::vector<ImportField>& mapping, Said& error);

// "1234.50", "1 234,50", "1.234,50", "€1,234.50", "1234 EUR": the decimal mark is the last ',' or
// '.' followed by one or two digits. nullopt with `error` for anything else or a negative amount.
std::optional<Money> parse_import_amount(std::string_view text, Said& error);
// "2026-06-01"; "01/06/2026" and "1.6.2026" day first, or month first when `month_first` (US).
std::optional<Date> parse_import_date(std::string_view text, bool month_first);

struct ImportRow {
    int line = 0;                       // in the file
    std::vector<Said> problems;         // empty: the row can be imported
    cmd::ClientCreate client;           // what the row says of its client
    bool has_order = false;
    cmd::OrderCreate order;             // client and number are filled by import_batch
    Money deposit;                      // paid when the order is made (0: none)
    int existing = 0;                   // an existing client with the same phone, email or name
    std::string match;                  // "phone", "email" or "name": how `existing` was found
    bool merge = false;                 // use `existing` (offered on for phone and email, off for a name)
    int same_as = -1;                   // an earlier row whose new client this one is
};

struct ImportPlan {
    std::optional<Said> error;          // the whole file refused (no client column, too many rows)
    std::vector<ImportField> mapping;
    bool orders = false;                // an order field is mapped
    std::vector<ImportRow> rows;
    std::string country;                // the atelier's: national phone numbers compared as international
    size_t rows_with_problems() const;
    size_t new_clients() const;         // clients the import makes (merge off, not an earlier row's)
    size_t merged() const;              // rows that use an existing client
};

ImportPlan plan_import(const Atelier& a, const CsvTable& t, const std::vector<ImportField>& mapping);
// Re-decides which rows share an earlier row's new client after a merge was turned on or off.
void relink_import(ImportPlan& p);

struct ImportBatch {
    cmd::Batch batch;
    std::vector<int> step_line;  // the file line of each step (a refusal names its line)
};
// The plan as one batch; a Problem when the plan has an error or a row has problems (all or nothing).
std::variant<ImportBatch, Problem> import_batch(const ImportPlan& p);
// "nothing imported: line 7: …" for a batch refused at apply time, from its "/commands/N/…" path.
Said import_refusal(const ImportBatch& b, const Problem& p);

}  // namespace atelier
