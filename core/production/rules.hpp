#pragma once
// [SECTION] The rules of styles, production orders and batches, in one place: the commands check
// a change with them and the validator checks every loaded or changed atelier with the same ones.
// Each returns the first problem found, its field relative to the entity ("/versions/0/sizes/2").
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

struct Finding {
    std::string field;
    Said why;
};

// Limits of a tech pack.
inline constexpr size_t kMaxSizes = 30;
inline constexpr size_t kMaxColours = 40;
inline constexpr size_t kMaxBomLines = 200;
inline constexpr size_t kMaxChartPoints = 100;
inline constexpr size_t kMaxChecks = 100;
inline constexpr size_t kMaxPackNotesBytes = 20000;
inline constexpr size_t kMaxBatches = 500;
inline constexpr size_t kMaxStylePhotos = 60;

// "SS27-DR01": 1 to 32 letters, digits, '-', '_' or '.'; nullopt when it is one, else why not.
std::optional<Said> style_code_problem(const std::string& code);
// Text a person typed: not blank when required, at most `max` bytes, UTF-8, no control characters.
std::optional<Said> text_problem(const std::string& value, bool required, size_t max);

std::optional<Finding> pack_problem(const TechPack& p);
// The whole style: code, name, season, its versions in order, the working version's state.
std::optional<Finding> style_problem(const Style& s);

// The matrix in the pack's order (colour, then size); cells naming neither stay last, in their order.
std::vector<Cell> canonical_matrix(std::vector<Cell> cells, const TechPack& pack);
// Each colour × size of the pack once, in its order, 1..kMaxCellQuantity pieces. `empty_ok`: a draft may be empty.
std::optional<Finding> matrix_problem(const std::vector<Cell>& m, const TechPack& pack, bool empty_ok);

// The tech pack a production order works from: its released version, else the working one.
const PackVersion* pack_of(const Style& s, const ProductionOrder& p);
// The pieces of `colour` in `size` the matrix plans (0 when absent).
int planned(const ProductionOrder& p, const std::string& colour, const std::string& size);
// The most pieces the batches may cut of a cell: its plan and the order's tolerance over it.
int64_t allowance(const ProductionOrder& p, int planned_pieces);
// The pieces of `colour` in `size` the order's batches cut, all of them or all but batch `except`.
int64_t cut(const ProductionOrder& p, const std::string& colour, const std::string& size, int except = 0);

// How a batch's pieces stand at each stage of its pipeline: `input` reached it, `done` went on,
// `rejected` are out, `waiting` are still there.
struct StageFlow {
    std::string stage;
    int64_t input = 0, done = 0, rejected = 0, waiting = 0;
};
std::vector<StageFlow> batch_flow(const ProductionBatch& b, const Pipeline& pl);
// Every piece through the last stage or rejected (a batch of a pipeline with no stage never is).
bool batch_finished(const ProductionBatch& b, const Pipeline& pl);
int64_t batch_made(const ProductionBatch& b, const Pipeline& pl);  // through the last stage
int64_t batch_rejected(const ProductionBatch& b);
// The first stage with pieces waiting (the board's column), or "" when finished.
std::string batch_stage(const ProductionBatch& b, const Pipeline& pl);

// Why an order's pieces may not be closed as they stand (`note`: the closing note given), or nullopt:
// every batch finished, and made + rejected equals the plan in each cell, or falls short by at most
// the tolerance with a note saying why.
std::optional<Said> completion_problem(const Atelier& a, const ProductionOrder& p, const std::string& note);

// Every rule of one production order against the atelier (its style, pipeline and batches).
std::optional<Finding> production_problem(const Atelier& a, const ProductionOrder& p);

}  // namespace atelier
