#include <doctest/doctest.h>

#include "core/queries/board.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;

namespace {
std::vector<int> nums(const Atelier& a, const std::vector<int>& idx) {
    std::vector<int> out;
    for (int i : idx) out.push_back(a.orders[static_cast<size_t>(i)].number);
    return out;
}
using V = std::vector<int>;
}  // namespace

TEST_CASE("board: a column per stage in pipeline order, active orders by deadline, counts and sums owed") {
    const Atelier a = qfix::atelier_fixture();
    const Board b = build_board(a, build_index(a), qfix::kToday);
    REQUIRE(b.columns.size() == 6);
    CHECK(b.columns[0].stage == "consult");
    CHECK(b.columns[0].count == 1);
    CHECK(b.columns[0].owed == Money{210000});
    CHECK(nums(a, b.columns[0].orders) == V{1002});  // the draft 1004 is not on the board
    CHECK(b.columns[1].stage == "fabric");
    CHECK(b.columns[1].count == 0);
    CHECK(b.columns[1].orders.empty());
    CHECK(b.columns[2].stage == "sewing");
    CHECK(b.columns[2].count == 3);
    CHECK(b.columns[2].owed == Money{160000});
    CHECK(nums(a, b.columns[2].orders) == V{1001, 1008, 1009});  // the cancelled 1006 is not
    CHECK(b.columns[3].pipeline == "bridal");
    CHECK(b.columns[3].stage == "finishing");
    CHECK(nums(a, b.columns[3].orders) == V{1007});
    CHECK(b.columns[4].pipeline == "suit");
    CHECK(b.columns[4].stage == "measure");
    CHECK(nums(a, b.columns[4].orders) == V{1003});
    CHECK(b.columns[5].stage == "finishing");
    CHECK(b.columns[5].count == 0);  // 1005 is collected
    CHECK(b.count == 6);
    CHECK(b.owed == Money{370000});
}

TEST_CASE("board narrowed by a filter; an empty board still has its columns") {
    const Atelier a = qfix::atelier_fixture();
    const QueryIndex ix = build_index(a);
    std::string error;
    const Board b = build_board(a, ix, qfix::kToday, *parse_filter({"text=hoxha"}, error));
    CHECK(nums(a, b.columns[2].orders) == V{1001, 1009});
    CHECK(b.count == 2);
    CHECK(b.owed == Money{70000});
    const Board none = build_board(a, ix, qfix::kToday, *parse_filter({"text=nobody"}, error));
    CHECK(none.columns.size() == 6);
    CHECK(none.count == 0);
    CHECK(none.owed == Money{0});
}
