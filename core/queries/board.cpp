#include "core/queries/board.hpp"

#include <algorithm>

#include "core/queries/query.hpp"

namespace atelier {

Board build_board(const Atelier& a, const QueryIndex& ix, Date today, const Filter& f) {
    Board b;
    std::vector<int32_t> first(a.pipelines.size(), 0);  // first column of each pipeline
    for (size_t p = 0; p < a.pipelines.size(); ++p) {
        first[p] = static_cast<int32_t>(b.columns.size());
        for (const auto& s : a.pipelines[p].stages) b.columns.push_back(BoardColumn{a.pipelines[p].id, s.id, s.name, 0, {}, {}});
    }
    // Pass 1, in row order: each row's column, counts and sums. Pass 2, in deadline order: the lists.
    const std::vector<uint8_t> mask = f.empty() ? std::vector<uint8_t>{} : match_mask(ix, f, today);
    std::vector<int16_t> col(ix.rows.size(), -1);
    for (size_t i = 0; i < ix.rows.size(); ++i) {
        const QueryRow& r = ix.rows[i];
        if (r.status != Status::confirmed && r.status != Status::in_production) continue;
        if (r.pipeline >= a.pipelines.size() || r.stage < 0 || (!mask.empty() && !mask[i])) continue;
        const int32_t c = first[r.pipeline] + r.stage;
        col[i] = static_cast<int16_t>(c);
        BoardColumn& bc = b.columns[static_cast<size_t>(c)];
        ++bc.count;
        bc.owed += Money{r.owed};
    }
    for (auto& c : b.columns) {
        c.orders.reserve(static_cast<size_t>(c.count));
        b.count += c.count;
        b.owed += c.owed;
    }
    for (int32_t i : ix.by[static_cast<size_t>(SortKey::deadline)])
        if (const int16_t c = col[static_cast<size_t>(i)]; c >= 0) b.columns[static_cast<size_t>(c)].orders.push_back(i);
    return b;
}

std::ostream& operator<<(std::ostream& os, const BoardColumn& c) {
    return os << c.pipeline << "/" << c.stage << ": " << c.count << " orders, " << c.owed << " owed";
}

}  // namespace atelier
