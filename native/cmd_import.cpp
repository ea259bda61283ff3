// `atelier import FILE.csv [--into SNAPSHOT] [--map Header=field,...] [--preview] [--no-merge] [--who NAME] [--now T]`
// The app's CSV import (core/import/csv_import.hpp) for a shell: the same mapping, checks, merges
// and one batch; the new snapshot on stdout, or nothing when any row is refused.
#include <ostream>

#include "core/i18n/said_text.hpp"
#include "core/import/csv_import.hpp"
#include "core/store.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

namespace {

void usage(std::ostream& os) {
    os << "usage: atelier import FILE.csv [--into SNAPSHOT|-] [--map Header=field,...] [--separator ,|;]\n"
          "                      [--preview] [--no-merge] [--who NAME] [--now YYYY-MM-DDTHH:MM]\n"
          "Imports clients (or, when an order column is mapped, orders and their clients) from FILE.csv into\n"
          "the snapshot (--into, default stdin) and writes the new snapshot to stdout: all rows or none.\n"
          "Columns are mapped by their headers; --map sets or overrides them (Header=ignore drops one).\n"
          "A client with the same phone or email as one in the atelier is used, not made again, unless\n"
          "--no-merge. --preview prints the mapping and every row's problems and writes nothing.\n"
          "fields:";
    for (int f = 0; f < static_cast<int>(ImportField::count); ++f) os << ' ' << import_field_id(static_cast<ImportField>(f));
    os << "\n";
}

void print_preview(const ImportPlan& p, const CsvTable& t, std::ostream& os) {
    os << "columns:\n";
    for (size_t i = 0; i < p.mapping.size(); ++i)
        os << "  " << t.records[0][i] << " -> " << import_field_id(p.mapping[i]) << "\n";
    for (const ImportRow& r : p.rows) {
        for (const Said& why : r.problems) os << "line " << r.line << ": " << english(why) << "\n";
        if (r.existing)
            os << "line " << r.line << ": same " << r.match << " as client " << r.existing << (r.merge ? ", merged" : ", not merged")
               << "\n";
    }
    os << p.rows.size() << " rows, " << p.rows_with_problems() << " with problems, " << p.new_clients() << " new clients, "
       << p.merged() << " merged" << (p.orders ? ", " + std::to_string(p.rows.size()) + " orders" : std::string()) << "\n";
}

}  // namespace

int cmd_import(const Args& args, Io& io) {
    std::string file, into = "-", map;
    char separator = 0;
    bool preview = false, merge = true;
    Context ctx{"cli", system_now(), "cli"};
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool more = i + 1 < args.size();
        if (a == "--help") {
            usage(io.out);
            return 0;
        } else if (a == "--into" && more) {
            into = args[++i];
        } else if (a == "--map" && more) {
            map += (map.empty() ? "" : ",") + args[++i];
        } else if (a == "--separator" && more) {
            const std::string& s = args[++i];
            if (s != "," && s != ";") {
                io.err << "atelier import: --separator is , or ;\n";
                return 2;
            }
            separator = s[0];
        } else if (a == "--who" && more) {
            ctx.who = args[++i];
        } else if (a == "--now" && more) {
            auto t = parse_datetime(args[++i]);
            if (!t) {
                io.err << "atelier import: --now needs YYYY-MM-DDTHH:MM\n";
                return 2;
            }
            ctx.now = *t;
        } else if (a == "--preview") {
            preview = true;
        } else if (a == "--no-merge") {
            merge = false;
        } else if (file.empty() && a.rfind("--", 0) != 0) {
            file = a;
        } else {
            io.err << "atelier import: unexpected argument '" << a << "'\n";
            usage(io.err);
            return 2;
        }
    }
    if (file.empty() || (file == "-" && into == "-")) {
        usage(io.err);
        return 2;
    }
    const auto text = read_input(file, io);
    if (!text) return 2;
    std::string error;
    const auto table = parse_csv(*text, error, separator);
    if (!table) {
        io.err << file << ": " << error << "\nnothing written\n";
        return 1;
    }
    if (table->records.empty()) {
        io.err << file << ": the file is empty\nnothing written\n";
        return 1;
    }
    std::vector<ImportField> mapping = guess_mapping(table->records[0]);
    Said map_error{};
    if (!map.empty() && !apply_map_option(table->records[0], map, mapping, map_error)) {
        io.err << "atelier import: --map: " << english(map_error) << "\n";
        return 2;
    }
    Atelier a;
    if (int code = load_snapshot(into, io, a)) return code;
    ImportPlan plan = plan_import(a, *table, mapping);
    if (!merge) {
        for (ImportRow& r : plan.rows) r.merge = false;
        relink_import(plan);
    }
    if (plan.error) {
        io.err << file << ": " << english(*plan.error) << "\nnothing written\n";
        return 1;
    }
    if (preview) {
        print_preview(plan, *table, io.out);
        return plan.rows_with_problems() ? 1 : 0;
    }
    auto batch = import_batch(plan);
    if (auto* refused = std::get_if<Problem>(&batch)) {
        for (const ImportRow& r : plan.rows)
            for (const Said& why : r.problems) io.err << file << ": line " << r.line << ": " << english(why) << "\n";
        io.err << refused->message << "\nnothing written\n";
        return 1;
    }
    const ImportBatch& b = std::get<ImportBatch>(batch);
    Store store(std::move(a));
    const Result r = store.dispatch(b.batch, ctx);
    if (!r.ok) {
        io.err << file << ": " << english(import_refusal(b, r.error)) << "\nnothing written\n";
        return 1;
    }
    io.out << write_snapshot(store.state());
    io.err << "imported " << plan.rows.size() << " rows: " << plan.new_clients() << " new clients, " << plan.merged() << " merged"
           << (plan.orders ? ", " + std::to_string(plan.rows.size()) + " orders" : std::string()) << " (one batch, one undo)\n";
    return 0;
}

}  // namespace atelier::cli
