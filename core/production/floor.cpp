#include "core/production/floor.hpp"

#include <algorithm>

#include "core/production/rules.hpp"
#include "core/production/sales.hpp"

namespace atelier {

namespace {

bool on_floor(const ProductionOrder& p) { return p.state == ProductionState::released || p.state == ProductionState::in_progress; }

}  // namespace

FloorBoard floor_board(const Atelier& a, const std::string& pipeline, Date today) {
    FloorBoard board;
    board.pipeline = pipeline;
    const Pipeline* pl = a.pipeline(pipeline);
    if (!pl) return board;
    for (const Stage& st : pl->stages) board.columns.push_back(FloorColumn{st.id, st.name, 0, {}});
    // The orders by due date then number, so the cards come out in the board's order and the
    // columns need sorting only when an order's batches are out of id order (they never are as
    // the commands make them): sorting ~20,000 cards that each hold two strings was most of the time.
    std::vector<const ProductionOrder*> orders;
    for (const auto& p : a.productions)
        if (p.pipeline == pipeline && on_floor(p)) orders.push_back(&p);
    std::sort(orders.begin(), orders.end(), [](const ProductionOrder* x, const ProductionOrder* y) {
        return x->due.days != y->due.days ? x->due.days < y->due.days : x->number < y->number;
    });
    for (const ProductionOrder* po : orders) {
        const ProductionOrder& p = *po;
        for (const auto& b : p.batches) {
            const auto flow = batch_flow(b, *pl);
            bool any = false;
            for (size_t k = 0; k < flow.size(); ++k) {
                if (flow[k].waiting <= 0) continue;
                any = true;
                board.columns[k].waiting += flow[k].waiting;
                board.columns[k].cards.push_back(FloorCard{p.number, b.id, p.style, b.colour, pieces(b), flow[k].waiting, p.due, p.due.days < today.days});
            }
            if (!any && !flow.empty()) ++board.finished_batches;
            if (!flow.empty()) board.finished_pieces += flow.back().done;
        }
    }
    const auto before = [](const FloorCard& x, const FloorCard& y) {
        if (x.due.days != y.due.days) return x.due.days < y.due.days;
        if (x.production != y.production) return x.production < y.production;
        return x.batch < y.batch;
    };
    for (auto& col : board.columns)
        if (!std::is_sorted(col.cards.begin(), col.cards.end(), before)) std::stable_sort(col.cards.begin(), col.cards.end(), before);
    return board;
}

std::vector<std::string> floor_pipelines(const Atelier& a) {
    std::vector<std::string> out;
    for (const auto& pl : a.pipelines)
        for (const auto& p : a.productions)
            if (p.pipeline == pl.id) {
                out.push_back(pl.id);
                break;
            }
    return out;
}

std::vector<ProductionRow> production_rows(const Atelier& a, Date today) {
    std::vector<ProductionRow> rows;
    rows.reserve(a.productions.size());
    for (const auto& p : a.productions) {
        ProductionRow r;
        r.number = p.number;
        r.style = p.style;
        r.state = p.state;
        r.due = p.due;
        r.planned = pieces(p.matrix);
        r.batches = static_cast<int>(p.batches.size());
        r.sales_order = p.sales_order;
        const bool open = p.state != ProductionState::completed && p.state != ProductionState::cancelled;
        r.late = open && p.due.days < today.days;
        if (const Pipeline* pl = a.pipeline(p.pipeline))
            for (const auto& b : p.batches) {
                r.made += batch_made(b, *pl);
                r.rejected += batch_rejected(b);
            }
        rows.push_back(std::move(r));
    }
    return rows;
}

ProductionRisks production_risks(const Atelier& a, Date today) {
    ProductionRisks r;
    for (const auto& s : a.sales)
        if (ship_at_risk(a, s, today, kShipRiskDays)) r.ships_at_risk.push_back(s.number);
    std::stable_sort(r.ships_at_risk.begin(), r.ships_at_risk.end(), [&](int x, int y) { return a.sales_order(x)->ship.days < a.sales_order(y)->ship.days; });
    for (const auto& p : a.productions) {
        const bool open = p.state != ProductionState::completed && p.state != ProductionState::cancelled;
        if (open && p.due.days < today.days) r.late_production.push_back(p.number);
    }
    std::stable_sort(r.late_production.begin(), r.late_production.end(), [&](int x, int y) { return a.production(x)->due.days < a.production(y)->due.days; });
    return r;
}

}  // namespace atelier
