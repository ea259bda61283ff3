// `atelier report FILE KIND [--period PRESET | --from D --to D] [--today D] [--format table|csv]`
// The app's reports (core/reports/report.hpp) for a shell: the same rows, the same CSV.
#include <algorithm>
#include <ostream>

#include "core/reports/report.hpp"
#include "native/query_cli.hpp"

namespace atelier::cli {

namespace {

void usage(std::ostream& os) {
    os << "usage: atelier report FILE KIND [--period PRESET | --from YYYY-MM-DD --to YYYY-MM-DD]\n"
          "                      [--today YYYY-MM-DD] [--format table|csv]\n"
          "Prints a report of the snapshot FILE (- for stdin): a table, or the CSV the app exports.\n"
          "KIND:";
    for (const char* k : EnumNames<ReportKind>::names) os << ' ' << k;
    os << "\nPRESET (default last-12-months):";
    for (const char* p : EnumNames<ReportRange>::names)
        if (std::string(p) != "custom") os << ' ' << p;
    os << "\nOutstanding by age is counted on --today (default: today); the others cover the period.\n";
}

// Characters, not bytes ("0–30 days" has a three-byte dash): columns line up in a terminal.
size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (const char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

void print_table(const Report& r, std::ostream& os) {
    std::vector<size_t> width(r.columns.size(), 0);
    auto measure = [&](const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size() && c < width.size(); ++c) width[c] = std::max(width[c], utf8_length(cells[c]));
    };
    measure(r.columns);
    for (const auto& row : r.rows) measure(row.cells);
    measure(r.totals);
    auto line = [&](const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size() && c < width.size(); ++c) {
            const std::string pad(width[c] - utf8_length(cells[c]), ' ');
            const bool right = c < r.numeric.size() && r.numeric[c];
            os << (c ? "  " : "") << (right ? pad + cells[c] : cells[c] + pad);
        }
        os << "\n";
    };
    os << r.title << "\n";
    line(r.columns);
    for (const auto& row : r.rows) line(row.cells);
    if (!r.totals.empty()) line(r.totals);
    os << r.note << "\n";
}

}  // namespace

int cmd_report(const Args& args, Io& io) {
    std::string file, kind_text;
    std::optional<ReportRange> preset;
    std::optional<Date> from, to;
    Date today = date_of(system_now());
    Format format = Format::table;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* what) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                io.err << "atelier report: " << a << " needs " << what << "\n";
                return std::nullopt;
            }
            return args[++i];
        };
        auto date = [&](std::optional<Date>& out) {
            const auto v = value("a date (YYYY-MM-DD)");
            if (!v) return false;
            out = parse_date(*v);
            if (!out) io.err << "atelier report: " << a << " \"" << *v << "\" is not a date (YYYY-MM-DD)\n";
            return out.has_value();
        };
        if (a == "--help" || a == "-h") {
            usage(io.out);
            return 0;
        } else if (a == "--period") {
            const auto v = value("a period");
            if (!v) return 2;
            preset = enum_from_id<ReportRange>(*v);
            if (!preset || *preset == ReportRange::custom) {
                io.err << "atelier report: unknown period \"" << *v << "\" (see atelier report --help)\n";
                return 2;
            }
        } else if (a == "--from") {
            if (!date(from)) return 2;
        } else if (a == "--to") {
            if (!date(to)) return 2;
        } else if (a == "--today") {
            std::optional<Date> d;
            if (!date(d)) return 2;
            today = *d;
        } else if (a == "--format") {
            const auto v = value("table or csv");
            if (!v) return 2;
            const auto f = parse_format(*v);
            if (!f || *f == Format::json) {
                io.err << "atelier report: --format is table or csv, not \"" << *v << "\"\n";
                return 2;
            }
            format = *f;
        } else if (file.empty()) {
            file = a;
        } else if (kind_text.empty()) {
            kind_text = a;
        } else {
            io.err << "atelier report: unexpected argument \"" << a << "\"\n";
            return 2;
        }
    }
    if (file.empty() || kind_text.empty()) {
        usage(io.err);
        return 2;
    }
    const auto kind = enum_from_id<ReportKind>(kind_text);
    if (!kind) {
        io.err << "atelier report: unknown report \"" << kind_text << "\" (see atelier report --help)\n";
        return 2;
    }
    if (from.has_value() != to.has_value() || (from && preset)) {
        io.err << "atelier report: give --from and --to together, or --period\n";
        return 2;
    }
    if (from && from->days > to->days) {
        io.err << "atelier report: the period ends (" << format_date(*to) << ") before it starts (" << format_date(*from) << ")\n";
        return 2;
    }
    const auto range = report_range(preset.value_or(ReportRange::last_12_months), today);
    Atelier at;
    if (!load_atelier(file, "report", at, io)) return 1;
    // The last minute of --today: a wait "so far" counts the whole day, the same on every run of the day.
    const ReportPeriod period{from.value_or(range.first), to.value_or(range.second), DateTime{int64_t{today.days} * 1440 + 1439}};
    const Report r = make_report(at, *kind, period);
    if (format == Format::csv) io.out << report_csv(r, ',');
    else print_table(r, io.out);
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli
