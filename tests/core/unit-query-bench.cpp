#include <doctest/doctest.h>

#include "core/bench/bench.hpp"
#include "core/bench/heap.hpp"
#include "core/demo.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;

TEST_CASE("heap accounting counts long strings and vectors, not short strings") {
    // A table's index: one node per entity and its bucket array.
    auto index_bytes = [](const EntityTable<Client>& t) {
        return t.index().size() * (sizeof(void*) + sizeof(std::pair<const int, size_t>)) + t.index().bucket_count() * sizeof(void*);
    };
    Atelier a;
    const size_t empty = heap_use(a).bytes, empty_index = index_bytes(a.clients);
    Client c;
    c.id = 1;
    c.name = "Al";  // short: inside the string object
    a.clients.reserve(1);
    a.clients.push_back(c);
    const size_t one = heap_use(a).bytes;
    CHECK(one == empty + sizeof(Client) + index_bytes(a.clients) - empty_index);
    a.clients[0].notes = std::string(100, 'x');
    CHECK(heap_use(a).bytes >= one + 101);
}

TEST_CASE("the benchmark reports every key, with an injected clock") {
    double fake = 0;
    BenchProbes probes;
    probes.now_ms = [&] { return fake += 1.0; };  // every reading is 1 ms later
    probes.peak_rss_mb = [] { return 42.0; };
    BenchOptions opt;
    opt.orders = 300;
    opt.load_runs = 1;
    opt.query_runs = 3;
    const nlohmann::json j = run_bench(opt, probes);
    for (const char* key : {"orders", "snapshot_bytes", "serialize_ms", "parse_validate_ms", "index_ms", "filter_sort_ms", "board_ms",
                            "dashboard_ms", "peak_rss_mb", "bytes_per_order"})
        CHECK_MESSAGE(j.contains(key), key);
    CHECK(j["orders"] == 300);
    CHECK(j["valid"] == true);
    CHECK(j["filter_sort_ms"] == 1.0);
    CHECK(j["peak_rss_mb"] == 42.0);
    CHECK(j["bytes_per_order"].get<double>() > 0);
}
