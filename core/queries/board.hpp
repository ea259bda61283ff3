#pragma once
// [SECTION] Board: active orders (confirmed or in production) in one column per stage, in pipeline order.
#include <ostream>
#include <string>
#include <vector>

#include "core/queries/filter.hpp"
#include "core/queries/index.hpp"

namespace atelier {

struct BoardColumn {
    std::string pipeline;
    std::string stage;
    std::string name;
    int count = 0;
    Money owed;                // sum of balances owed
    std::vector<int> orders;   // indexes into a.orders, by deadline then number
};

struct Board {
    std::vector<BoardColumn> columns;  // pipelines in atelier order, each pipeline's stages in order
    int count = 0;
    Money owed;
};

// Every stage gets a column, empty or not. `f` narrows the orders (e.g. one team); empty = all active.
Board build_board(const Atelier& a, const QueryIndex& ix, Date today, const Filter& f = {});

std::ostream& operator<<(std::ostream& os, const BoardColumn& c);

}  // namespace atelier
