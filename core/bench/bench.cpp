#include "core/bench/bench.hpp"
#include "core/bench/import_bench.hpp"
#include "core/bench/producer_bench.hpp"

#include <algorithm>
#include <vector>

#include "core/bench/heap.hpp"
#include "core/demo.hpp"
#include "core/queries/board.hpp"
#include "core/queries/dashboard.hpp"
#include "core/queries/query.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/storage.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double round3(double x) { return static_cast<double>(static_cast<int64_t>(x * 1000 + (x >= 0 ? 0.5 : -0.5))) / 1000; }

// Runs `f` n times and returns the median time; `f` gets the run number.
template <class F>
double time_median(const BenchProbes& p, int n, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < std::max(1, n); ++i) {
        const double t0 = p.now_ms();
        f(i);
        t.push_back(p.now_ms() - t0);
    }
    return round3(median(std::move(t)));
}

// One edit made durable, as the app does it: dispatch, then its journal line written as its own
// file. Measured after a first snapshot, with no compaction inside the timed edits.
void measure_storage(const BenchOptions& opt, const BenchProbes& p, Atelier a, Date today, nlohmann::json& out) {
    Storage storage(*p.files);
    storage.open();
    Store store(std::move(a));
    const double compact_ms = time_median(p, 1, [&](int) { storage.compact(store.state()); });
    // Open orders spread over the atelier (a cancelled or handed-over order refuses edits).
    std::vector<int> open;
    for (const Order& o : store.state().orders)
        if (o.status < Status::shipped) open.push_back(o.number);
    const int runs = std::max(5, opt.query_runs);
    bool ok = !open.empty();
    const double save_ms = time_median(p, runs, [&](int i) {
        if (open.empty()) return;
        const int number = open[(open.size() / 2 + static_cast<size_t>(i) * 7919) % open.size()];
        Problems problems;
        auto c = command_from_json({{"type", "order.update"}, {"order", number}, {"garment", "Bench " + std::to_string(i)}}, problems);
        if (!c) {
            ok = false;
            return;
        }
        Result r = store.dispatch(*c, Context{"bench", at_midnight(today)});
        if (!r.ok || !storage.record(std::get<JournalAppend>(r.effects.front()).entry)) ok = false;
    });
    LoadResult loaded;
    const double open_ms = time_median(p, 1, [&](int) { loaded = Storage(*p.files).open(); });
    out["save_edit_ms"] = save_ms;
    out["save_edit_runs"] = runs;
    out["compact_ms"] = compact_ms;
    out["storage_open_ms"] = open_ms;
    out["storage_ok"] = ok && loaded.atelier && loaded.report.empty() && *loaded.atelier == store.state();
}

}  // namespace

nlohmann::json run_bench(const BenchOptions& opt, const BenchProbes& probes) {
    nlohmann::json out;
    const double rss0 = probes.rss_mb ? probes.rss_mb() : 0;
    DemoOptions demo;
    demo.orders = opt.orders;
    demo.seed = opt.seed;
    const Date today = demo.today;

    Atelier a;
    const double t_gen0 = probes.now_ms();
    a = make_demo(demo);
    const double generate_ms = probes.now_ms() - t_gen0;

    std::string text;
    const double serialize_ms = time_median(probes, opt.load_runs, [&](int) { text = write_snapshot(a); });
    a = Atelier{};  // measure the loaded atelier alone

    const double rss_text = probes.rss_mb ? probes.rss_mb() : 0;
    Problems problems;
    bool ok = true;
    const double parse_ms = time_median(probes, opt.load_runs, [&](int) {
        a = Atelier{};
        problems.clear();
        ok = read_snapshot(text, a, problems) && ok;
    });
    const double rss_loaded = probes.rss_mb ? probes.rss_mb() : 0;

    QueryIndex ix;
    const double index_ms = time_median(probes, opt.load_runs, [&](int) { ix = build_index(a); });

    // The morning question: what is late or nearly so, for one team, for one client name.
    Filter f;
    f.any_of({{FilterKey::overdue, "", false}, {FilterKey::due_soon, "", false}});
    f.add({FilterKey::team, "Sewing", false});
    f.add({FilterKey::text, "muller", false});
    const Sort s{SortKey::deadline, false};
    std::vector<int> rows;
    const double filter_ms = time_median(probes, opt.query_runs, [&](int) { rows = run_query(ix, f, s, today); });
    Board board;
    const double board_ms = time_median(probes, opt.query_runs, [&](int) { board = build_board(a, ix, today); });
    Dashboard dash;
    const double dashboard_ms = time_median(probes, opt.query_runs, [&](int) { dash = build_dashboard(a, ix, today); });

    const HeapUse heap = heap_use(a);
    const double n = std::max(1, opt.orders);
    out["platform"] = probes.platform;
    out["orders"] = opt.orders;
    out["seed"] = opt.seed;
    out["today"] = format_date(today);
    out["valid"] = ok;
    out["snapshot_bytes"] = text.size();
    out["generate_ms"] = round3(generate_ms);
    out["serialize_ms"] = serialize_ms;
    out["parse_validate_ms"] = parse_ms;
    out["index_ms"] = index_ms;
    out["filter_sort_ms"] = filter_ms;
    out["filter_sort_query"] = format_filter(f);
    out["filter_sort_matches"] = rows.size();
    out["board_ms"] = board_ms;
    out["board_orders"] = board.count;
    out["dashboard_ms"] = dashboard_ms;
    out["dashboard_at_risk"] = dash.at_risk.orders.size();
    out["dashboard_stuck"] = dash.stuck.orders.size();
    out["heap_bytes"] = heap.bytes;
    out["heap_allocations"] = heap.allocations;
    out["bytes_per_order"] = round3(static_cast<double>(heap.bytes) / n);
    out["index_bytes_per_order"] = round3(static_cast<double>(ix.heap_bytes()) / n);
    if (probes.rss_mb) {
        out["rss_baseline_mb"] = round3(rss0);
        out["rss_bytes_per_order"] = round3((rss_loaded - rss_text) * 1024 * 1024 / n);
    }
    if (probes.peak_rss_mb) out["peak_rss_mb"] = round3(probes.peak_rss_mb());
    out["runs"] = {{"load", opt.load_runs}, {"query", opt.query_runs}};
    if (opt.import_rows > 0) out.update(run_import_bench(opt.import_rows, opt.seed, opt.load_runs, probes));
    if (opt.producer_orders > 0) out.update(run_producer_bench(opt.producer_orders, opt.seed, opt.query_runs, probes));
    if (probes.files) measure_storage(opt, probes, std::move(a), today, out);
    return out;
}

}  // namespace atelier
