#include "core/bench/import_bench.hpp"

#include <algorithm>
#include <vector>

#include "core/demo.hpp"
#include "core/i18n/said_text.hpp"
#include "core/import/csv_import.hpp"
#include "core/rng.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {

double import_median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A spreadsheet as an atelier keeps one: accents, commas in notes, dates day first, amounts with a
// decimal comma; one row in five is a client already in the atelier (found by phone).
std::string import_file(const Atelier& a, int rows, uint64_t seed) {
    Rng r{seed};
    const char* first[] = {"Léa", "Amira", "Ola", "Sofía", "Chloé", "Zoë", "Ingrid", "Małgorzata", "Nadia", "Beatriz"};
    const char* last[] = {"Dubois", "Hoxha", "Nordmann", "García", "Müller", "Ødegård", "Rossi", "Kowalska", "Haddad", "Costa"};
    const char* garments[] = {"Mira gown", "Veil, cathedral", "Bolero", "Suit \"Milano\"", "Shawl"};
    std::vector<std::vector<std::string>> recs{{"Client", "Téléphone", "Email", "Garment", "Échéance", "Price", "Deposit", "Notes"}};
    for (int i = 0; i < rows; ++i) {
        std::string name, phone, email;
        if (!a.clients.empty() && r.chance(20)) {
            const Client& c = a.clients[static_cast<size_t>(r.below(static_cast<int>(a.clients.size())))];
            name = c.name;
            phone = c.phone;
        } else {
            name = std::string(r.pick(first)) + " " + r.pick(last) + " " + std::to_string(i);
            phone = "+336" + std::to_string(10000000 + i);
            email = "client" + std::to_string(i) + "@example.com";
        }
        const int price = r.between(200, 9000);
        recs.push_back({name, phone, email, r.pick(garments),
                        std::to_string(r.between(10, 28)) + "/" + std::to_string(r.between(1, 12)) + "/2027",
                        std::to_string(price) + ",00", r.chance(50) ? std::to_string(price / 3) + ",50" : "",
                        r.chance(30) ? "hem 2 cm, narrow; see photo" : ""});
    }
    return csv_text(recs, {';', true});
}

}  // namespace

nlohmann::json run_import_bench(int rows, uint64_t seed, int runs, const BenchProbes& probes) {
    DemoOptions demo;
    demo.orders = 1000;
    demo.seed = seed;
    const Atelier base = make_demo(demo);
    const std::string text = import_file(base, rows, seed);
    std::vector<double> parse_t, plan_t, apply_t, total_t;
    size_t made = 0;
    std::string refused;  // why the file was not imported: a benchmark of nothing says so
    for (int run = 0; run < std::max(1, runs); ++run) {
        Store store(base);
        const double t0 = probes.now_ms();
        std::string error;
        const auto table = parse_csv(text, error);
        const double t1 = probes.now_ms();
        const ImportPlan plan = plan_import(store.state(), *table, guess_mapping(table->records[0]));
        auto batch = import_batch(plan);
        const double t2 = probes.now_ms();
        const size_t before = store.state().orders.size();
        bool ok = false;
        if (auto* b = std::get_if<ImportBatch>(&batch)) {
            const Result r = store.dispatch(b->batch, Context{"bench", at_midnight(demo.today)});
            ok = r.ok;
            if (!ok) refused = english(import_refusal(*b, r.error));
        } else {
            refused = std::get<Problem>(batch).message;
        }
        const double t3 = probes.now_ms();
        made = ok ? store.state().orders.size() - before : 0;
        parse_t.push_back(t1 - t0);
        plan_t.push_back(t2 - t1);
        apply_t.push_back(t3 - t2);
        total_t.push_back(t3 - t0);
    }
    auto ms = [](double v) { return static_cast<double>(static_cast<int64_t>(v * 1000 + 0.5)) / 1000; };
    return {{"import_rows", rows},
            {"import_bytes", text.size()},
            {"import_parse_ms", ms(import_median(parse_t))},
            {"import_plan_ms", ms(import_median(plan_t))},
            {"import_apply_ms", ms(import_median(apply_t))},
            {"import_total_ms", ms(import_median(total_t))},
            {"import_orders_made", made},
            {"import_refused", refused}};
}

}  // namespace atelier
