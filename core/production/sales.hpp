#pragma once
// [SECTION] The rules of sales orders (issue 18), shared by their commands and the validator:
// the total and what was paid, the state reached by the work, what was made for an order and what
// may still ship, and the ship-date risk the dashboard shows.
#include <optional>
#include <string>

#include "core/model/atelier.hpp"
#include "core/production/rules.hpp"

namespace atelier {

// The currency its prices and payments are in: its own, else the atelier's.
const std::string& sales_currency(const Atelier& a, const SalesOrder& s);
// Quantity × price over the lines; nullopt past the money limit.
std::optional<Money> sales_total(const SalesOrder& s);
// The ledger's net (payments less refunds and corrections).
Money sales_paid(const SalesOrder& s);
int64_t sales_pieces(const SalesOrder& s);
// Pieces of `style` in `colour` the lines order, and the shipments sent.
int64_t ordered(const SalesOrder& s, const std::string& style, const std::string& colour);
int64_t shipped(const SalesOrder& s, const std::string& style, const std::string& colour);
int64_t shipped(const SalesOrder& s);
// Pieces of `style` in `colour` through the last stage of the batches of the production orders
// made from this sales order.
int64_t made_for(const Atelier& a, const SalesOrder& s, const std::string& style, const std::string& colour);

// Where the work has taken it (never set by hand).
SalesState sales_state(const Atelier& a, const SalesOrder& s);

// Not shipped, and the ship date passed, or near (within `days`) with pieces still to make.
bool ship_at_risk(const Atelier& a, const SalesOrder& s, Date today, int days);

// Every rule of one sales order against the atelier.
std::optional<Finding> sales_problem(const Atelier& a, const SalesOrder& s);

}  // namespace atelier
