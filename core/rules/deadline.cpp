#include "core/rules/deadline.hpp"

namespace atelier {

// Status is ordered draft < confirmed < in_production < shipped < … < cancelled.
bool deadline_open(Status s) { return s < Status::shipped; }

bool deadline_overdue(Status s, Date deadline, Date today) { return deadline_open(s) && deadline < today; }

bool deadline_due_soon(Status s, Date deadline, Date today, int horizon) {
    // 64-bit: a horizon near INT_MAX (refused by validation, but callers pass any int) must not wrap.
    return deadline_open(s) && deadline >= today && int64_t{deadline.days} - today.days <= horizon;
}

}  // namespace atelier
