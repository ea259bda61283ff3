#pragma once
// [SECTION] Who may do what (issue 16). Three roles (core/model/atelier.hpp Role):
// - owner: everything;
// - manager: everything but the people and their roles;
// - staff: no prices, payments or settings — the views hide them and the commands refuse them.
// The rules are one table (role_rules): plan_command refuses by it, and serve.py refuses a token's
// entries by its copy (backend/roles.py), which a test holds equal to `atelier roles`.
// The PIN lock is a convenience for a shared tablet, not security: the device's storage holds the
// atelier, and a PIN's hash is a 16-hex FNV-1a of name and PIN.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands/command.hpp"
#include "core/model/atelier.hpp"
#include "core/problem.hpp"
#include "core/said.hpp"

namespace atelier {

const char* role_name(Role r);  // "owner", "manager", "staff"
// The role of the person called `who`: owner when the atelier lists nobody (one person works
// there), staff when it lists people but not `who` (the least a stranger may do).
Role role_of(const Profile& p, const std::string& who);
const Person* find_person(const Profile& p, const std::string& name);

bool sees_money(Role r);        // prices, payments, balances, fees, due now
bool changes_settings(Role r);  // Settings, pipelines, teams and salespeople
bool manages_people(Role r);    // the people, their roles and PINs
// An order field (as its JSON names it) that holds money: price, rush, rush_fee, payments, schedule, cancel_fee.
bool is_money_field(std::string_view field);
// A table filter (by its name: "owes", "payment=...") that sorts orders by money: not offered to staff.
bool is_money_filter(std::string_view expr);

// The table, as JSON: {"manager": {...}, "staff": {...}}; for each role the command types it may
// not write ("refused"), the fields a type may not carry at all ("absent") or may carry only
// holding nothing ("fields": null, 0, false, "", [], {}), and for an undo or redo,
// the order fields it may not change ("undo_order_fields") and whether it may touch settings or
// pipelines ("undo_settings").
const nlohmann::json& role_rules();

// Why `r` may not write `c` (a batch: its first such command), or nullopt. Path "" or the field.
std::optional<Problem> role_refusal(Role r, const Command& c);
// Whether `r` may write no command of this type at all ("production.plan"): what a view asks, each
// frame, to hide a button, without serializing a command (role_refusal also checks its fields).
bool role_refuses_type(Role r, std::string_view type);

// The same for a command's JSON (what a server holds), or for a journal entry's: the reason as a
// refusal record states it ("/price: staff may not ..."). serve.py's backend/roles.py does this.
std::optional<Problem> role_refusal(Role r, const nlohmann::json& command);
std::optional<std::string> entry_role_refusal(Role r, const nlohmann::json& entry);

// The hash a PIN is kept as (16 hex digits); the same on every platform.
std::string pin_hash(const std::string& name, const std::string& pin);
// True when `pin` opens `p` (a person without a PIN: any, even empty).
bool pin_opens(const Person& p, const std::string& pin);
bool valid_pin(const std::string& pin);  // 4 to 12 digits

// The people list's rule, for the validator: names given, valid and unique, a PIN hash "" or 16
// lowercase hex, and at least one owner once anyone is listed. nullopt when valid, else why, with
// `at` the field it is about within the list ("/2/name", "/2/pin"; "" for the list as a whole).
std::optional<Said> people_problem(const std::vector<Person>& people, std::string& at);

}  // namespace atelier
