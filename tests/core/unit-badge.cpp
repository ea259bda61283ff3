// The badges an order shows (core/rules/badge.hpp): one priority for the board, the table and
// the order page. Each pair of badges is checked once: both facts true, which comes first.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/rules/badge.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;

namespace {

std::string text(const Badges& b) {
    std::ostringstream os;
    os << b;
    return os.str();
}

BadgeFacts facts(std::initializer_list<Badge> on) {
    BadgeFacts f;
    for (Badge b : on) {
        switch (b) {
            case Badge::overdue: f.overdue = true; break;
            case Badge::at_risk: f.at_risk = true; break;
            case Badge::due_soon: f.due_soon = true; break;
            case Badge::conflict: f.conflict = true; break;
            case Badge::rush: f.rush = true; break;
            case Badge::priority: f.priority = true; break;
        }
    }
    return f;
}

}  // namespace

TEST_CASE("each badge has one label and one colour role") {
    CHECK(std::string(badge_text(Badge::overdue).label) == "OVERDUE");
    CHECK(std::string(badge_text(Badge::overdue).role) == "overdue");
    CHECK(std::string(badge_text(Badge::at_risk).label) == "AT RISK");
    CHECK(std::string(badge_text(Badge::at_risk).role) == "at_risk");
    CHECK(std::string(badge_text(Badge::due_soon).label) == "DUE SOON");
    CHECK(std::string(badge_text(Badge::due_soon).role) == "due_soon");
    CHECK(std::string(badge_text(Badge::conflict).label) == "CONFLICT");
    CHECK(std::string(badge_text(Badge::conflict).role) == "at_risk");
    CHECK(std::string(badge_text(Badge::rush).label) == "RUSH");
    CHECK(std::string(badge_text(Badge::rush).role) == "rush");
    CHECK(std::string(badge_text(Badge::priority).label) == "PRIORITY");
    CHECK(std::string(badge_text(Badge::priority).role) == "priority");
}

TEST_CASE("one badge alone is shown alone; none when nothing applies") {
    CHECK(text(badges_of({})) == "[]");
    CHECK(badges_of({}).deadline() == nullptr);
    for (Badge b : {Badge::overdue, Badge::at_risk, Badge::due_soon, Badge::conflict, Badge::rush, Badge::priority}) {
        const Badges got = badges_of(facts({b}));
        REQUIRE(got.count == 1);
        CHECK(got.items[0] == b);
        CHECK((got.deadline() != nullptr) == is_deadline_badge(b));
    }
}

TEST_CASE("precedence, every pair once: overdue > at risk > due soon > conflict > rush > priority") {
    struct Pair {
        Badge first, second;
        const char* shown;
    };
    // Deadline badges exclude each other (the later one is dropped); marks are shown after them.
    const std::vector<Pair> pairs{
        {Badge::overdue, Badge::at_risk, "[OVERDUE]"},
        {Badge::overdue, Badge::due_soon, "[OVERDUE]"},
        {Badge::overdue, Badge::conflict, "[OVERDUE, CONFLICT]"},
        {Badge::at_risk, Badge::conflict, "[AT RISK, CONFLICT]"},
        {Badge::due_soon, Badge::conflict, "[DUE SOON, CONFLICT]"},
        {Badge::conflict, Badge::rush, "[CONFLICT, RUSH]"},
        {Badge::conflict, Badge::priority, "[CONFLICT, PRIORITY]"},
        {Badge::overdue, Badge::rush, "[OVERDUE, RUSH]"},
        {Badge::overdue, Badge::priority, "[OVERDUE, PRIORITY]"},
        {Badge::at_risk, Badge::due_soon, "[AT RISK]"},
        {Badge::at_risk, Badge::rush, "[AT RISK, RUSH]"},
        {Badge::at_risk, Badge::priority, "[AT RISK, PRIORITY]"},
        {Badge::due_soon, Badge::rush, "[DUE SOON, RUSH]"},
        {Badge::due_soon, Badge::priority, "[DUE SOON, PRIORITY]"},
        {Badge::rush, Badge::priority, "[RUSH, PRIORITY]"},
    };
    for (const Pair& p : pairs) {
        INFO(p.first << " vs " << p.second);
        // The order the facts are given in does not matter.
        CHECK(text(badges_of(facts({p.first, p.second}))) == p.shown);
        CHECK(text(badges_of(facts({p.second, p.first}))) == p.shown);
        CHECK(badges_of(facts({p.first, p.second})).items[0] == p.first);
    }
    CHECK(text(badges_of(facts({Badge::overdue, Badge::at_risk, Badge::due_soon, Badge::conflict, Badge::rush, Badge::priority}))) ==
          "[OVERDUE, CONFLICT, RUSH, PRIORITY]");
}

TEST_CASE("an order row's badges come from its deadline, its projection and its marks") {
    const Atelier a = qfix::atelier_fixture();
    const QueryIndex ix = build_index(a);
    auto of = [&](int number, Date today = qfix::kToday, int horizon = 7) {
        return text(order_badges(ix.rows[*a.orders.index_of(number)], today, horizon));
    };
    CHECK(of(1001) == "[OVERDUE]");             // deadline 06-08, today 06-10
    CHECK(of(1002) == "[AT RISK, RUSH]");       // due in 5 days (due soon too) but projected late
    CHECK(of(1002, qfix::kToday, 3) == "[AT RISK, RUSH]");  // outside the horizon: still at risk
    CHECK(of(1003) == "[PRIORITY]");            // deadline 07-10: nothing about the deadline
    CHECK(of(1004) == "[]");                    // a draft due 08-09
    CHECK(of(1005) == "[]");                    // collected: its deadline no longer binds
    CHECK(of(1006) == "[]");                    // cancelled
    CHECK(of(1007) == "[DUE SOON]");            // 06-12, within 7 days and on time
    CHECK(of(1007, qfix::kToday, 1) == "[]");   // a 1-day horizon: not yet due soon
    CHECK(of(1007, qfix::d("2026-06-13")) == "[OVERDUE]");
    CHECK(of(1008) == "[AT RISK]");             // queued behind 1009
    CHECK(of(1009) == "[RUSH]");
}
