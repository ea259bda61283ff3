#include "native/query_args.hpp"

#include <ostream>

namespace atelier::cli {

std::optional<QueryArgs> parse_query_args(const char* cmd, unsigned opts, const Args& args, Io& io) {
    QueryArgs q;
    q.today = date_of(system_now());
    std::vector<std::string> exprs;
    const auto fail = [&](const std::string& why) -> std::optional<QueryArgs> {
        io.err << "atelier " << cmd << ": " << why << "\n";
        return std::nullopt;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            q.help = true;
            return q;
        } else if (a == "--filter" && has_value && (opts & kOptFilter)) {
            exprs.push_back(args[++i]);
        } else if (a == "--sort" && has_value && (opts & kOptSort)) {
            std::string error;
            auto s = parse_sort(args[++i], error);
            if (!s) return fail(error);
            q.sort = *s;
        } else if (a == "--limit" && has_value && (opts & kOptLimit)) {
            if (!parse_int(args[++i], 0, 100'000'000, q.limit)) return fail("--limit needs a number");
        } else if (a == "--order" && has_value && (opts & kOptOrder)) {
            std::string v = args[++i];
            if (auto dash = v.find('-'); dash != std::string::npos) v = v.substr(0, dash);  // "12-ATL" is order 12
            if (!parse_int(v, 0, 2'000'000'000, q.order)) return fail("--order needs an order number");
        } else if (a == "--format" && has_value) {
            const bool csv = opts & kOptCsv;
            auto f = parse_format(args[++i]);
            if (!f || (*f == Format::csv && !csv)) return fail(csv ? "--format is table, json or csv" : "--format is table or json");
            q.format = *f;
        } else if (a == "--today" && has_value) {
            auto d = parse_date(args[++i]);
            if (!d) return fail("--today needs a date YYYY-MM-DD");
            q.today = *d;
        } else if (q.file.empty() && (a == "-" || a.empty() || a[0] != '-')) {
            q.file = a;
        } else {
            return fail("unexpected argument '" + a + "' (see atelier " + cmd + " --help)");
        }
    }
    if (q.file.empty()) {
        for (const auto& sc : subcommands())
            if (std::string(sc.name) == cmd) io.err << "usage: " << sc.usage << "\n";
        return std::nullopt;
    }
    std::string error;
    auto filter = parse_filter(exprs, error);
    if (!filter) return fail(error);
    q.filter = std::move(*filter);
    return q;
}

}  // namespace atelier::cli
