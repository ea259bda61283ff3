#pragma once
// [SECTION] Time questions about one order: days in production, stuck, projected finish, at risk, backward plan.
// - "today" is passed in; nothing here reads a clock.
// - Row functions read a QueryIndex row (fast, for 100,000 orders); the plan reads the order itself.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/queries/index.hpp"

namespace atelier {

// Whole days since the WIP start (0 on the start day); nullopt before production starts.
std::optional<int> days_in_production(const QueryRow& r, Date today);

struct Stuck {
    bool stuck = false;
    int days_in_stage = 0;  // since the order entered its stage
    int expected = 0;       // the stage's expected days
    int over = 0;           // days beyond the expected duration (when stuck)
};
// In production, the stage not yet done, and in it longer than the stage's expected days (0 = no expectation).
Stuck stuck_info(const QueryRow& r, Date today);

struct Projection {
    bool valid = false;   // confirmed or in production
    Date finish;          // projected end of the last stage
    int queue_days = 0;   // waiting for the team before the current stage starts
    int current_days = 0; // left in the current stage
    int after_days = 0;   // the remaining stages (skipping those it will skip)
    bool at_risk = false; // finish after the deadline while not yet overdue
};
// finish = today + queue wait + what is left of the current stage (at least 1 day while not done)
//          + the expected days of the stages after it.
Projection project(const QueryRow& r, Date today);

// The deadline rules of core/rules/deadline.hpp, for one row.
bool is_overdue(const QueryRow& r, Date today);
bool is_due_soon(const QueryRow& r, int due_soon_days, Date today);
bool is_completed(const QueryRow& r);

// Backward plan: remaining stages scheduled back from the deadline with their expected days.
struct PlannedStage {
    std::string stage;
    std::string name;
    std::string team;
    Date start;
    Date end;  // the next stage starts on this day
    int days = 0;
    bool current = false;
};
struct FittingSuggestion {
    std::string kind;  // "first" (8-10 weeks before the event) or "final" (1-2 weeks before)
    Date earliest;
    Date latest;
    Date suggested;                    // 9 weeks and 10 days before the event
    std::optional<DateTime> scheduled; // an existing fitting of that kind
    bool late = false;                 // the window has passed and none is scheduled
};
struct BackwardPlan {
    std::vector<PlannedStage> stages;  // current stage first
    Date expected_finish;              // today + what is left, without team queues
    int slack = 0;                     // deadline - expected finish; negative = behind plan
    Date anchor;                       // the event date, else the deadline
    std::vector<FittingSuggestion> fittings;
};
BackwardPlan backward_plan(const Atelier& a, const Order& o, Date today);
// The plan as text lines for the order view and `atelier query --order N`.
std::string format_plan(const Atelier& a, const Order& o, const BackwardPlan& p, Date today);

std::ostream& operator<<(std::ostream& os, const Stuck& s);
std::ostream& operator<<(std::ostream& os, const Projection& p);
std::ostream& operator<<(std::ostream& os, const PlannedStage& s);

}  // namespace atelier
