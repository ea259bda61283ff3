// The names of statuses and kinds: one table per enum (EnumNames, beside the enum) holding the id
// that JSON, the CLI and filters use and the label the views show.
#include "fixture.hpp"

#include <set>
#include <string>

#include "core/queries/filter.hpp"

using namespace atelier;
using S = std::string;

namespace {
template <class E>
void ids_round_trip() {
    std::set<S> ids, labels;
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i) {
        const E e = static_cast<E>(i);
        INFO(enum_id(e));
        CHECK(enum_from_id<E>(enum_id(e)) == e);
        CHECK(write_value(e) == nlohmann::json(enum_id(e)));  // the JSON writer uses the same table
        ids.insert(enum_id(e));
        labels.insert(enum_label(e));
    }
    CHECK(ids.size() == EnumNames<E>::names.size());
    CHECK(labels.size() == EnumNames<E>::labels.size());  // no two values read alike
    CHECK_FALSE(enum_from_id<E>("nonsense"));
    CHECK_FALSE(enum_from_id<E>(""));
}
}  // namespace

TEST_CASE("order status: JSON id and label of every value") {
    const std::vector<std::pair<S, S>> want{{"draft", "Draft"},         {"confirmed", "Confirmed"}, {"in_production", "In production"},
                                            {"shipped", "Shipped"},     {"collected", "Collected"}, {"invoiced", "Invoiced"},
                                            {"paid", "Paid"},           {"cancelled", "Cancelled"}};
    REQUIRE(EnumNames<Status>::names.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        CHECK(enum_id(static_cast<Status>(i)) == want[i].first);
        CHECK(enum_label(static_cast<Status>(i)) == want[i].second);
    }
    ids_round_trip<Status>();
    CHECK_FALSE(enum_from_id<Status>("In production"));  // a label is not an id
}

TEST_CASE("stage status, payment status, kind and delivery: ids and labels") {
    CHECK(S(enum_id(StageStatus::not_started)) == "not_started");
    CHECK(S(enum_label(StageStatus::not_started)) == "Not started");
    CHECK(S(enum_id(StageStatus::in_progress)) == "in_progress");
    CHECK(S(enum_label(StageStatus::in_progress)) == "In progress");
    CHECK(S(enum_label(StageStatus::done)) == "Done");
    CHECK(S(enum_label(PaymentStatus::unpaid)) == "Unpaid");
    CHECK(S(enum_label(PaymentStatus::deposit)) == "Deposit");
    CHECK(S(enum_label(PaymentStatus::paid)) == "Paid");
    CHECK(S(enum_label(Kind::mto)) == "Made to order");
    CHECK(S(enum_label(Kind::bulk)) == "Bulk");
    CHECK(S(enum_label(Delivery::collect)) == "Collect in the atelier");
    CHECK(S(enum_label(Delivery::ship)) == "Ship");
    ids_round_trip<StageStatus>();
    ids_round_trip<PaymentStatus>();
    ids_round_trip<Kind>();
    ids_round_trip<Delivery>();
}

TEST_CASE("progress label: the stage's status while in production, else the order's status") {
    CHECK(S(progress_label(Status::in_production, StageStatus::not_started)) == "Not started");
    CHECK(S(progress_label(Status::in_production, StageStatus::in_progress)) == "In progress");
    CHECK(S(progress_label(Status::in_production, StageStatus::done)) == "Done");
    CHECK(S(progress_label(Status::confirmed, StageStatus::not_started)) == "Confirmed");
    CHECK(S(progress_label(Status::shipped, StageStatus::done)) == "Shipped");
    CHECK(S(progress_label(Status::cancelled, StageStatus::in_progress)) == "Cancelled");
}

TEST_CASE("filters accept exactly the ids of the enum they name, and list them in its order") {
    std::string error;
    for (size_t i = 0; i < EnumNames<Status>::names.size(); ++i) {
        const S expr = S("status=") + EnumNames<Status>::names[i];
        CHECK(parse_filter({expr}, error));
    }
    CHECK_FALSE(parse_filter({"status=In production"}, error));
    CHECK(error == "filter 'status' is one of draft,confirmed,in_production,shipped,collected,invoiced,paid,cancelled, "
                   "not 'In production'");
    CHECK_FALSE(parse_filter({"delivery=post"}, error));
    CHECK(error == "filter 'delivery' is one of collect,ship, not 'post'");
    CHECK(parse_filter({"kind=bulk|payment-kind=full|payment=deposit"}, error));
    bool listed = false;
    for (const auto& h : filter_help()) listed |= S(h.expr) == "status=draft/confirmed/in_production/shipped/collected/invoiced/paid/cancelled";
    CHECK(listed);
}
