#pragma once
// [SECTION] CSV as RFC 4180 writes it and spreadsheets read it.
// - Written: CRLF line ends; a field is quoted when it holds the separator, a quote, CR or LF (its
//   quotes doubled); optionally a UTF-8 byte-order mark first, so Excel reads accents as UTF-8.
// - Read: the same, and what spreadsheets and other programs also write — LF or CR line ends, a
//   BOM or none, ',' or ';' (found from the header line), a last line without its line end.
//   Strict where a guess could lose data: a quote inside an unquoted field, text after a closing
//   quote or a quote never closed is refused with its line, as is invalid UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/said.hpp"

namespace atelier {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The limits of one file read: bounded work and memory for a hostile file.
inline constexpr size_t kMaxCsvBytes = size_t{32} << 20;
inline constexpr size_t kMaxCsvRows = 10'001;  // a header and 10,000 records
inline constexpr size_t kMaxCsvColumns = 200;
inline constexpr size_t kMaxCsvFieldBytes = 10'000;

struct CsvWriteOptions {
    char separator = ',';  // ';' for Excel set to a European locale
    bool bom = true;
};

// One field as it goes into a line.
std::string csv_field(std::string_view text, char separator);
// One record with its CRLF.
std::string csv_line(const std::vector<std::string>& fields, char separator);
// Records (the header first) as a whole file.
std::string csv_text(const std::vector<std::vector<std::string>>& records, const CsvWriteOptions& o);

struct CsvTable {
    char separator = ',';
    std::vector<std::vector<std::string>> records;  // the header first; every record as the file has it
    std::vector<int> lines;                         // the file line each record starts on (1-based)
};

// `separator` 0: the one the first line uses most outside quotes, ',' when it has neither.
// Empty lines are skipped. nullopt with `error` ("line 4: a quote is never closed") when refused.
std::optional<CsvTable> parse_csv(std::string_view text, Said& error, char separator = 0);
// The same with the reason in English (the command line's).
std::optional<CsvTable> parse_csv(std::string_view text, std::string& error, char separator = 0);

}  // namespace atelier
