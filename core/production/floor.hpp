#pragma once
// [SECTION] The floor (issue 18): a producer's board by batch stage with piece counts, and the
// morning's production risks (ship dates at risk, production orders late) the dashboard shows.
#include <string>
#include <vector>

#include "core/model/atelier.hpp"

namespace atelier {

// A batch where its pieces wait: `waiting` of its `pieces` are at this column's stage.
struct FloorCard {
    int production = 0;  // the production order's number
    int batch = 0;       // the batch's id in it
    std::string style, colour;
    int64_t pieces = 0, waiting = 0;
    Date due;
    bool late = false;  // the order's due date passed
    bool operator==(const FloorCard&) const = default;
};

struct FloorColumn {
    std::string stage, name;  // the stage's id and name
    int64_t waiting = 0;      // pieces waiting at this stage, every batch
    std::vector<FloorCard> cards;
    bool operator==(const FloorColumn&) const = default;
};

struct FloorBoard {
    std::string pipeline;
    std::vector<FloorColumn> columns;  // the pipeline's stages, in order
    int64_t finished_pieces = 0;       // made by the batches of open orders (through the last stage)
    int finished_batches = 0;
    bool operator==(const FloorBoard&) const = default;
};

// The batches of released and in-progress orders on `pipeline`: a batch is a card in every stage
// where some of its pieces wait (a batch half cut and half sewn shows in both), by due date then
// order and batch.
FloorBoard floor_board(const Atelier& a, const std::string& pipeline, Date today);
// The pipelines production orders use, in the atelier's pipeline order.
std::vector<std::string> floor_pipelines(const Atelier& a);

// One line of the production orders' table: the plan and what the floor made of it.
struct ProductionRow {
    int number = 0;
    std::string style;
    ProductionState state = ProductionState::draft;
    Date due;
    int64_t planned = 0, made = 0, rejected = 0;
    int batches = 0;
    int sales_order = 0;  // 0: none
    bool late = false;    // open and past its due date
};
// Every production order, in the atelier's order.
std::vector<ProductionRow> production_rows(const Atelier& a, Date today);

struct ProductionRisks {
    std::vector<int> ships_at_risk;    // sales order numbers whose ship date is at risk, by ship date
    std::vector<int> late_production;  // open production order numbers past their due date, by due date
};
inline constexpr int kShipRiskDays = 7;
ProductionRisks production_risks(const Atelier& a, Date today);

}  // namespace atelier
