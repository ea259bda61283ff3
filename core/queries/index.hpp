#pragma once
// [SECTION] QueryIndex: what queries need from each order, computed once per atelier change.
// - Built from a const Atelier in one pass (plus one sort per team queue); independent of "today",
//   so the same index serves every frame until the atelier changes. Rebuild it after each dispatch.
// - Row i describes a.orders[i]; text search runs over `hay`, the folded (lowercase, accent-free)
//   number, client, garment, collection and notes of every order, one after the other.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"

namespace atelier {

inline constexpr int32_t kNoDay = INT32_MIN;

struct QueryRow {
    int32_t number = 0;
    int32_t deadline = 0;               // days since 1970-01-01
    int32_t wip_start = kNoDay;
    int32_t stage_entered = kNoDay;     // see stage_entered()
    int64_t owed = 0;                   // balance owed, minor units (0 for drafts and cancelled orders)
    int64_t due_now = 0;                // of it, what the payment milestones reached ask for now (derive.hpp due_now)
    int64_t created = INT64_MIN;        // minutes: the order's created, else its first history entry; else INT64_MIN
    uint32_t hay_begin = 0, hay_end = 0;
    uint32_t fit_begin = 0, fit_end = 0;  // not-done fitting days in QueryIndex::fit_days
    uint32_t pay_begin = 0, pay_end = 0;  // payments in QueryIndex::pay_at / pay_amount
    int32_t client_rank = 0;            // position of the folded client name among all orders' clients
    int32_t stage_days = 0;             // expected days of the current stage
    int32_t after_days = 0;             // expected days of the stages after it, skipping the ones it will skip
    int32_t queue_wait = 0;             // days of work ahead of it in the team queue before it can start
    int16_t stage = -1;                 // index in its pipeline, -1 unknown
    uint8_t pipeline = 255;             // index in a.pipelines, 255 unknown
    Status status = Status::draft;
    Kind kind = Kind::mto;
    Delivery delivery = Delivery::collect;
    uint8_t pay_status = 0;            // PaymentStatus as a byte (derive.hpp)
    uint8_t pay_kind = 0;               // PaymentKind as a byte
    StageStatus stage_status = StageStatus::not_started;
    bool rush = false;
    bool priority = false;
    bool conflict = false;              // an open conflict record (core/model/conflict.hpp)
    uint16_t team = 0, salesperson = 0, collection = 0, stage_team = 0;  // ids into QueryIndex::names
};

struct QueryIndex {
    std::vector<QueryRow> rows;
    std::string hay;
    std::vector<int32_t> fit_days;
    std::vector<int64_t> pay_at;      // minutes
    std::vector<int64_t> pay_amount;  // minor units
    // For each sort key: the rows in ascending order (ties by number), and each row's position in it.
    // Every key is independent of "today" (days in production ascending = WIP start descending).
    std::array<std::vector<int32_t>, 8> by;
    std::array<std::vector<int32_t>, 8> rank;
    std::vector<std::string> names;      // folded team, salesperson and collection names; id 0 is ""
    std::vector<int32_t> team_capacity;  // by name id: orders in progress at that team's stages (at least 1)
    std::vector<std::string> pipeline_ids;
    std::vector<std::vector<std::string>> stage_ids;  // per pipeline
    int due_soon_days = 7;
    std::string company_code;
    size_t size() const { return rows.size(); }

    // Id of a folded name, or -1 when no order uses it.
    int name_id(const std::string& folded) const;
    size_t heap_bytes() const;
};

QueryIndex build_index(const Atelier& a);

// The same build in steps, so a large atelier's index can be made across frames (the browser
// opens 10,000 orders without a long task: issue 12). Each step does at most `budget` clients or
// orders, or one of the sorts. The atelier must stay as it is until take(); take() finishes
// whatever steps are left, and gives exactly what build_index gives.
class IndexSteps {
public:
    explicit IndexSteps(const Atelier& a);
    ~IndexSteps();
    IndexSteps(const IndexSteps&) = delete;
    IndexSteps& operator=(const IndexSteps&) = delete;
    bool step(size_t budget);  // true once nothing is left
    bool done() const;
    QueryIndex take();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// When the order entered its current stage: the last history entry that changed "stage"; else the WIP
// start plus the expected days of the stages before it (first stage: the WIP start); nullopt when not started.
std::optional<Date> stage_entered(const Atelier& a, const Order& o);
// Optional stages the order will skip: those its log already records as skipped, and all optional stages of a rush order.
bool will_skip(const Order& o, const Stage& s);

}  // namespace atelier
