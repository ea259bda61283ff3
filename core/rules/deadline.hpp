#pragma once
// [SECTION] The deadline rules, defined once on the facts they read (status, deadline, today, horizon):
// derive.hpp answers them for an Order, projection.hpp for a QueryRow, both by calling these.
// - An order's deadline counts until it is handed over (shipped, collected, invoiced, paid) or
//   cancelled; drafts count, so a draft left too long shows as overdue.
#include "core/model/date.hpp"
#include "core/model/order.hpp"

namespace atelier {

// True while the deadline still binds the order: not handed over, not cancelled.
bool deadline_open(Status s);
// Open, and the deadline is before today (the deadline day itself is not overdue).
bool deadline_overdue(Status s, Date deadline, Date today);
// Open, not overdue, and the deadline is at most `horizon` days after today (0 = today only).
bool deadline_due_soon(Status s, Date deadline, Date today, int horizon);

}  // namespace atelier
