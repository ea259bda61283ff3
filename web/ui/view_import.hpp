#pragma once
// Import CSV (view_import.cpp): a chosen file read once, its columns mapped to fields, every row's
// problems and duplicates shown, then the whole file as one batch (core/import/csv_import.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/csv.hpp"
#include "core/import/csv_import.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {

inline constexpr const char* kImportDialog = "Import CSV";

struct ImportUi {
    std::optional<CsvTable> table;   // the chosen file, read
    ViewError file_error;            // why it could not be read
    std::vector<ImportField> mapping;
    ImportPlan plan;
    uint64_t planned = ~0ull;        // the revision the plan was made at (another device's change replans)
    bool only_problems = false;      // the preview shows only the rows with problems
    std::string error;               // the import refused (at apply time)
};

// Takes a chosen file (sh.take_csv) and opens the dialog; draws it while it is open.
void draw_import(const Atelier& a, ImportUi& u, Shell& sh);

}  // namespace atelier::ui
