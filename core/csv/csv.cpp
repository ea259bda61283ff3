#include "core/csv/csv.hpp"

#include "core/i18n/said_text.hpp"
#include "core/text.hpp"

namespace atelier {

std::string csv_field(std::string_view text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_line(const std::vector<std::string>& fields, char separator) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += separator;
        out += csv_field(fields[i], separator);
    }
    out += "\r\n";
    return out;
}

std::string csv_text(const std::vector<std::vector<std::string>>& records, const CsvWriteOptions& o) {
    std::string out = o.bom ? std::string(kUtf8Bom) : std::string();
    for (const auto& r : records) out += csv_line(r, o.separator);
    return out;
}

namespace {

// The separator the first line uses most outside quotes.
char guess_separator(std::string_view t) {
    size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : t) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

struct CsvReader {
    std::string_view t;
    char sep;
    size_t i = 0;
    int line = 1;
    Said error = {};

    bool fail(int at, Said why) {
        error = say(Msg::why_csv_line, {{"line", std::to_string(at)}}).with("reason", std::move(why));
        return false;
    }
    bool end_of_line() const { return i >= t.size() || t[i] == '\r' || t[i] == '\n'; }
    // One line end (CRLF, LF or CR) inside or after a record.
    void take_line_end() {
        if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ++i;
        ++i;
        ++line;
    }
    bool field_too_long(const std::string& f, int at) {
        return f.size() > kMaxCsvFieldBytes &&
               !fail(at, say(Msg::why_csv_field_long, {{"max", std::to_string(kMaxCsvFieldBytes)}}));
    }

    bool quoted_field(std::string& f, int start) {
        ++i;  // the opening quote
        for (;;) {
            if (i >= t.size()) return fail(start, say(Msg::why_csv_quote_open));
            const char c = t[i];
            if (c == '"') {
                if (i + 1 < t.size() && t[i + 1] == '"') {
                    f += '"';
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            if (c == '\r' || c == '\n') {
                // A line end inside a field is kept as the file has it, and still counts as a line.
                if (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') f += t[i++];
                f += t[i++];
                ++line;
            } else {
                f += c;
                ++i;
            }
            if (field_too_long(f, start)) return false;
        }
        if (!end_of_line() && t[i] != sep)
            return fail(line, say(Msg::why_csv_after_quote));
        return true;
    }

    bool plain_field(std::string& f) {
        const size_t from = i;
        while (!end_of_line() && t[i] != sep) {
            if (t[i] == '"') return fail(line, say(Msg::why_csv_stray_quote));
            ++i;
        }
        f.assign(t.substr(from, i - from));
        return !field_too_long(f, line);
    }

    // One record; `blank` when its line was empty.
    bool record(std::vector<std::string>& r, bool& blank) {
        r.clear();
        blank = end_of_line();
        for (;;) {
            std::string f;
            const int start = line;
            if (i < t.size() && t[i] == '"') {
                blank = false;
                if (!quoted_field(f, start)) return false;
            } else if (!plain_field(f)) {
                return false;
            }
            r.push_back(std::move(f));
            if (r.size() > kMaxCsvColumns) return fail(start, say(Msg::why_csv_columns, {{"max", std::to_string(kMaxCsvColumns)}}));
            if (i < t.size() && t[i] == sep) {
                ++i;
                continue;
            }
            if (i < t.size()) take_line_end();
            return true;
        }
    }
};

}  // namespace

std::optional<CsvTable> parse_csv(std::string_view text, std::string& error, char separator) {
    Said why{};
    auto t = parse_csv(text, why, separator);
    if (!t) error = english(why);
    return t;
}

std::optional<CsvTable> parse_csv(std::string_view text, Said& error, char separator) {
    if (text.size() > kMaxCsvBytes) {
        error = say(Msg::why_csv_too_large, {{"mb", std::to_string(kMaxCsvBytes >> 20)}});
        return std::nullopt;
    }
    if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
    if (!is_valid_utf8(text)) {
        error = say(Msg::why_csv_not_utf8);
        return std::nullopt;
    }
    CsvTable out;
    out.separator = separator ? separator : guess_separator(text);
    CsvReader r{text, out.separator};
    std::vector<std::string> rec;
    while (r.i < text.size()) {
        const int start = r.line;
        bool blank = false;
        if (!r.record(rec, blank)) {
            error = r.error;
            return std::nullopt;
        }
        if (blank) continue;
        if (out.records.size() == kMaxCsvRows) {
            error = say(Msg::why_csv_line, {{"line", std::to_string(start)}})
                        .with("reason", say(Msg::why_csv_rows, {{"max", std::to_string(kMaxCsvRows - 1)}}));
            return std::nullopt;
        }
        out.records.push_back(rec);
        out.lines.push_back(start);
    }
    return out;
}

}  // namespace atelier
