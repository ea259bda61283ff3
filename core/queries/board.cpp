#include "core/queries/board.hpp"

#include <algorithm>

#include "core/queries/query.hpp"

namespace atelier {

Board build_board(const Atelier& a, const QueryIndex& ix, Date today, const Filter& f) {
    Board b;
    std::vector<size_t> first(a.pipelines.size() + 1, 0);  // first column of each pipeline
    for (size_t p = 0; p < a.pipelines.size(); ++p) {
        first[p] = b.columns.size();
        for (const auto& s : a.pipelines[p].stages) b.columns.push_back(BoardColumn{a.pipelines[p].id, s.id, s.name, 0, {}, {}});
    }
    first[a.pipelines.size()] = b.columns.size();
    Filter active = f;
    active.add({FilterKey::active, "", false});
    const std::vector<int> rows = run_query(ix, active, Sort{SortKey::deadline, false}, today);
    for (int i : rows) {
        const QueryRow& r = ix.rows[static_cast<size_t>(i)];
        if (r.pipeline >= a.pipelines.size() || r.stage < 0) continue;
        BoardColumn& c = b.columns[first[r.pipeline] + static_cast<size_t>(r.stage)];
        ++c.count;
        c.owed += Money{r.owed};
        c.orders.push_back(i);
        ++b.count;
        b.owed += Money{r.owed};
    }
    return b;
}

std::ostream& operator<<(std::ostream& os, const BoardColumn& c) {
    return os << c.pipeline << "/" << c.stage << ": " << c.count << " orders, " << c.owed << " owed";
}

}  // namespace atelier
