#include "core/bench/producer_bench.hpp"

#include <algorithm>
#include <vector>

#include "core/demo.hpp"
#include "core/demo_producer.hpp"
#include "core/production/floor.hpp"
#include "core/production/materials.hpp"
#include "core/validate/validate.hpp"

namespace atelier {

namespace {

double median_of(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double round3_of(double x) { return static_cast<double>(static_cast<int64_t>(x * 1000 + 0.5)) / 1000; }

}  // namespace

nlohmann::json run_producer_bench(int orders, uint64_t seed, int runs, const BenchProbes& probes) {
    nlohmann::json out;
    const double t0 = probes.now_ms();
    DemoOptions d;
    d.orders = 200;
    d.seed = seed;
    Atelier a = make_demo(d);
    ProducerDemoOptions po = producer_demo_options(seed, d.today);
    po.productions = orders;
    add_producer_demo(a, po);
    const double generated = probes.now_ms();
    size_t batches = 0;
    for (const auto& p : a.productions) batches += p.batches.size();
    Problems problems;
    const double v0 = probes.now_ms();
    validate_atelier(a, problems);
    const double validated = probes.now_ms();

    // One order's summary, over up to 500 orders spread through the list: the median and the slowest.
    std::vector<double> one;
    size_t sink = 0;
    const size_t step = std::max<size_t>(1, a.productions.size() / 500);
    for (size_t i = 0; i < a.productions.size(); i += step) {
        const double s = probes.now_ms();
        sink += materials_of(a, a.productions[i]).lines.size();
        one.push_back(probes.now_ms() - s);
    }
    std::vector<double> open;
    MaterialsSummary all;
    for (int r = 0; r < std::max(1, runs); ++r) {
        const double s = probes.now_ms();
        all = materials_of_open(a);
        open.push_back(probes.now_ms() - s);
    }
    // The Floor tab's board (every pipeline production orders use) and the dashboard's risks.
    std::vector<double> floor, risks;
    int64_t waiting = 0;
    size_t at_risk = 0;
    for (int r = 0; r < std::max(1, runs); ++r) {
        const double s = probes.now_ms();
        waiting = 0;
        for (const auto& pl : floor_pipelines(a))
            for (const auto& col : floor_board(a, pl, d.today).columns) waiting += col.waiting;
        const double m = probes.now_ms();
        const ProductionRisks pr = production_risks(a, d.today);
        at_risk = pr.ships_at_risk.size() + pr.late_production.size();
        risks.push_back(probes.now_ms() - m);
        floor.push_back(m - s);
    }
    out["producer_sales_orders"] = a.sales.size();
    out["floor_board_ms"] = round3_of(median_of(floor));
    out["floor_pieces_waiting"] = waiting;
    out["production_risks_ms"] = round3_of(median_of(risks));
    out["production_risks"] = at_risk;
    out["producer_styles"] = a.styles.size();
    out["producer_orders"] = a.productions.size();
    out["producer_batches"] = batches;
    out["producer_valid"] = problems.empty();
    out["producer_generate_ms"] = round3_of(generated - t0);
    out["producer_validate_ms"] = round3_of(validated - v0);
    out["materials_one_ms"] = round3_of(median_of(one));
    out["materials_one_max_ms"] = round3_of(one.empty() ? 0 : *std::max_element(one.begin(), one.end()));
    out["materials_one_lines"] = sink;
    out["materials_open_ms"] = round3_of(median_of(open));
    out["materials_open_orders"] = all.orders;
    out["materials_open_lines"] = all.lines.size();
    return out;
}

}  // namespace atelier
