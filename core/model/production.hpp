#pragma once
// [SECTION] Production orders and their batches: making a style in quantity (issue 18).
// - A production order makes one style: a size × colour matrix of quantities by a due date. It is
//   numbered from the atelier's order numbers (so a device offline takes a number from its block,
//   or a provisional one, as an order does), shown "PO 12345-BFG".
// - Draft → Planned → Released → In progress → Completed, or Cancelled. It is released only when
//   its style's tech pack is Production Ready; the version is then frozen (`version`) and the
//   materials are worked out from it from then on.
// - Batches are the work on the floor: a part of the matrix in one colour that goes through the
//   order's pipeline, with pieces done and rejected at each stage. A piece leaves a stage done (it
//   goes on to the next) or rejected (it is out). A batch is finished when every piece is through
//   the last stage or rejected.
#include <ostream>
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/history.hpp"

namespace atelier {

enum class ProductionState : uint8_t { draft, planned, released, in_progress, completed, cancelled };
template <> struct EnumNames<ProductionState> {
    static constexpr std::array<const char*, 6> names{"draft", "planned", "released", "in_progress", "completed", "cancelled"};
    static constexpr std::array<const char*, 6> labels{"Draft", "Planned", "Released", "In progress", "Completed", "Cancelled"};
};

// One cell of the matrix: how many pieces of a colour in a size.
struct Cell {
    std::string colour;
    std::string size;
    int quantity = 0;
    bool operator==(const Cell&) const = default;
    template <class V> void fields(V& v) {
        v.req("colour", colour);
        v.req("size", size);
        v.req("quantity", quantity);
    }
};

// The most pieces one cell (and one batch's cell) may ask for.
inline constexpr int kMaxCellQuantity = 1'000'000;

// A batch's pieces of one size (its colour is the batch's).
struct SizeCount {
    std::string size;
    int quantity = 0;
    bool operator==(const SizeCount&) const = default;
    template <class V> void fields(V& v) {
        v.req("size", size);
        v.req("quantity", quantity);
    }
};

// What a batch has done at one stage of the pipeline, by stage id (absent: nothing yet).
struct StageCount {
    std::string stage;
    int done = 0;
    int rejected = 0;
    bool operator==(const StageCount&) const = default;
    template <class V> void fields(V& v) {
        v.req("stage", stage);
        v.opt("done", done);
        v.opt("rejected", rejected);
    }
};

struct ProductionBatch {
    int id = 1;  // 1, 2, ... within its production order: "PO 12345-BFG / 2"
    std::string colour;
    std::vector<SizeCount> sizes;      // in the pack's size order, each once, quantities > 0
    std::vector<StageCount> progress;  // in the pipeline's stage order
    std::string note;
    bool operator==(const ProductionBatch&) const = default;
    template <class V> void fields(V& v) {
        v.req("id", id);
        v.req("colour", colour);
        v.req("sizes", sizes);
        v.opt("progress", progress);
        v.opt("note", note);
    }
};

struct ProductionOrder {
    int number = 0;
    std::string style;
    int version = 0;  // the tech pack version it was released on; 0 before release (it follows the working one)
    // The working version's revision (Style::revision) the order last saw: a change of the tech
    // pack before release is flagged on the order until it is looked at (production.update).
    int pack_seen = 0;
    std::string pipeline;
    ProductionState state = ProductionState::draft;
    Date due;
    std::vector<Cell> matrix;  // each colour × size once, in the pack's colour then size order, quantities > 0
    int tolerance_percent = 0;  // made + rejected may fall short of planned by this much (documented at completion)
    int sales_order = 0;        // the sales order it was made from (0: none)
    std::string notes;
    std::vector<ProductionBatch> batches;
    std::string closing_note;  // why the pieces made differ from planned, or why it was cancelled
    std::vector<HistoryEntry> history;
    bool operator==(const ProductionOrder&) const = default;
    template <class V> void fields(V& v) {
        v.req("number", number);
        v.req("style", style);
        v.opt("version", version);
        v.opt("pack_seen", pack_seen);
        v.req("pipeline", pipeline);
        v.req("state", state);
        v.req("due", due);
        v.req("matrix", matrix);
        v.opt("tolerance_percent", tolerance_percent);
        v.opt("sales_order", sales_order);
        v.opt("notes", notes);
        v.opt("batches", batches);
        v.opt("closing_note", closing_note);
        v.opt("history", history);
    }
    const ProductionBatch* batch(int id) const;
};

inline int entity_key(const ProductionOrder& p) { return p.number; }

// The pieces of the matrix, of a batch.
int64_t pieces(const std::vector<Cell>& cells);
int64_t pieces(const ProductionBatch& b);

std::ostream& operator<<(std::ostream& os, const ProductionOrder& p);

}  // namespace atelier
