#include <doctest/doctest.h>

#include "core/queries/query.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;

namespace {

std::vector<int> sorted(const char* sort, const std::vector<std::string>& exprs = {}) {
    static const Atelier a = qfix::atelier_fixture();
    static const QueryIndex ix = build_index(a);
    std::string error;
    auto f = parse_filter(exprs, error);
    auto s = parse_sort(sort, error);
    REQUIRE(f);
    REQUIRE(s);
    std::vector<int> out;
    for (int i : run_query(ix, *f, *s, qfix::kToday)) out.push_back(a.orders[static_cast<size_t>(i)].number);
    return out;
}

using V = std::vector<int>;

}  // namespace

TEST_CASE("sort by number") {
    CHECK(sorted("number") == V{1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009});
    CHECK(sorted("number:desc") == V{1009, 1008, 1007, 1006, 1005, 1004, 1003, 1002, 1001});
}

TEST_CASE("sort by deadline, ties by number; descending is the exact reverse") {
    CHECK(sorted("deadline") == V{1005, 1001, 1007, 1002, 1006, 1008, 1009, 1003, 1004});  // 1006 and 1008 share 06-20
    CHECK(sorted("deadline:desc") == V{1004, 1003, 1009, 1008, 1006, 1002, 1007, 1001, 1005});
}

TEST_CASE("sort by client name, accents ignored, ties by number") {
    CHECK(sorted("client") == V{1001, 1005, 1009, 1004, 1008, 1003, 1006, 1002, 1007});
    CHECK(sorted("client:desc") == V{1007, 1002, 1006, 1003, 1008, 1004, 1009, 1005, 1001});
}

TEST_CASE("sort by amount owed") {
    CHECK(sorted("owed") == V{1003, 1004, 1005, 1006, 1007, 1009, 1001, 1008, 1002});
    CHECK(sorted("owed:desc") == V{1002, 1008, 1001, 1009, 1007, 1006, 1005, 1004, 1003});
}

TEST_CASE("sort by stage in pipeline order") {
    CHECK(sorted("stage") == V{1002, 1004, 1001, 1006, 1008, 1009, 1007, 1003, 1005});
    CHECK(sorted("stage:desc") == V{1005, 1003, 1007, 1009, 1008, 1006, 1001, 1004, 1002});
}

TEST_CASE("sort by days in production; not started comes first") {
    CHECK(sorted("days-in-production") == V{1002, 1004, 1003, 1008, 1009, 1001, 1006, 1007, 1005});
    CHECK(sorted("days-in-production:desc") == V{1005, 1007, 1006, 1001, 1009, 1008, 1003, 1004, 1002});
}

TEST_CASE("sort by priority: neither < priority < rush") {
    CHECK(sorted("priority") == V{1001, 1004, 1005, 1006, 1007, 1008, 1003, 1002, 1009});
    CHECK(sorted("priority:desc") == V{1009, 1002, 1003, 1008, 1007, 1006, 1005, 1004, 1001});
}

TEST_CASE("sort by created: orders without history first, by number") {
    CHECK(sorted("created") == V{1002, 1003, 1004, 1005, 1006, 1001, 1009, 1008, 1007});
    CHECK(sorted("created:desc") == V{1007, 1008, 1009, 1001, 1006, 1005, 1004, 1003, 1002});
}

TEST_CASE("sorting a filtered set and an empty one") {
    CHECK(sorted("deadline", {"team=sewing"}) == V{1001, 1007, 1006, 1008, 1009});
    CHECK(sorted("owed:desc", {"text=hoxha"}) == V{1001, 1009, 1005});
    CHECK(sorted("client", {"text=nobody"}) == V{});
}

TEST_CASE("large sets sort the same way as small ones") {
    // Many orders with equal deadlines exercise the linear (bitset) path; ties stay by number.
    Atelier a = qfix::atelier_fixture();
    const Order proto = a.orders[1];
    a.orders.clear();
    for (int i = 0; i < 100; ++i) {
        Order o = proto;
        o.number = 2000 + (i * 37) % 100;
        o.deadline = qfix::d(i % 2 ? "2026-07-01" : "2026-06-20");
        a.orders.push_back(o);
    }
    a.reindex();
    const QueryIndex ix = build_index(a);
    const std::vector<int> all = run_query(ix, Filter{}, Sort{SortKey::deadline, false}, qfix::kToday);
    REQUIRE(all.size() == 100);
    for (size_t k = 1; k < all.size(); ++k) {
        const Order &p = a.orders[static_cast<size_t>(all[k - 1])], &q = a.orders[static_cast<size_t>(all[k])];
        CHECK((p.deadline < q.deadline || (p.deadline == q.deadline && p.number < q.number)));
    }
    std::vector<int> small = {all[10], all[3], all[60]};
    sort_rows(ix, small, Sort{SortKey::deadline, true}, qfix::kToday);
    CHECK(small == std::vector<int>{all[60], all[10], all[3]});
}
