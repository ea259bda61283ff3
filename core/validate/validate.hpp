#pragma once
// [SECTION] The one validator: what every atelier must satisfy, whether loaded or edited.
// - validate_atelier: every rule on every entity (the loader, backup preview, `atelier check`).
// - validate_change: the same rules, run on what a change touched (the store after every command,
//   undo, redo and replay). Rules that reach across entities (a team removed from the profile, a
//   stage removed from a pipeline, a client removed) make it check everything; those are rare edits.
// - A rule lives in exactly one check_* function below; both entry points call those functions.
#include <memory>
#include <string>
#include <vector>

#include "core/model/kinds.hpp"
#include "core/problem.hpp"

namespace atelier {

// Collects problems up to a limit (a damaged file should not produce a million lines).
struct Findings {
    Problems& out;
    size_t limit = 50;
    void bad(std::string path, Said why);  // validate.cpp
    bool full() const { return out.size() >= limit; }
};

void check_profile(const Atelier& a, Findings& f);          // identity, ranges, stage fees
void check_counters(const Atelier& a, Findings& f);         // next_order / next_client above every id
void check_pipeline(const Atelier& a, size_t i, Findings& f);
void check_client(const Atelier& a, size_t i, Findings& f);
void check_order(const Atelier& a, size_t i, Findings& f);
void check_style(const Atelier& a, size_t i, Findings& f);       // core/validate/validate_production.cpp
void check_production(const Atelier& a, size_t i, Findings& f);
void check_sales(const Atelier& a, size_t i, Findings& f);

void validate_atelier(const Atelier& a, Problems& problems, size_t limit = 50);

// validate_atelier in steps, for a large atelier opened across frames: the same checks in the
// same order, whatever the steps. `a` must be indexed and must not change meanwhile.
class ValidationSteps {
public:
    ValidationSteps(const Atelier& a, Problems& problems, size_t limit = 50);
    ~ValidationSteps();
    ValidationSteps(const ValidationSteps&) = delete;
    ValidationSteps& operator=(const ValidationSteps&) = delete;
    // Checks about `entities` clients and orders; true once every rule was checked.
    bool step(size_t entities);
    double progress() const;  // 0..1

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The loader's field rules (dates 1900-2999, lengths, the money limit, UTF-8 text, ...) on one
// entity: it must read back through the snapshot's own field reader as exactly itself. The loader
// applies them while reading; the store applies them to what a change touched.
void check_reads_back(const Profile& x, const std::string& path, Findings& f);
void check_reads_back(const Pipeline& x, const std::string& path, Findings& f);
void check_reads_back(const Client& x, const std::string& path, Findings& f);
void check_reads_back(const Order& x, const std::string& path, Findings& f);
void check_reads_back(const Style& x, const std::string& path, Findings& f);
void check_reads_back(const ProductionOrder& x, const std::string& path, Findings& f);
void check_reads_back(const SalesOrder& x, const std::string& path, Findings& f);

// What a change touched, as the store knows it. `everything` when the change can break a rule on an
// entity it did not touch (see the header comment).
struct ChangeScope {
    bool everything = false;
    bool counters = false;  // next_order / next_client changed
    bool profile = false;   // touched (its fields are read back)
    PerKind<KeysOf> touched;  // the keys of the entities the change put, per kind
};
void validate_change(const Atelier& a, const ChangeScope& scope, Problems& problems, size_t limit = 50);

// The profile differs in something other than its counters (next_order / next_client).
bool profile_rules_differ(const Profile& a, const Profile& b);

}  // namespace atelier
