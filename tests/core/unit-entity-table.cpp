// EntityTable: the list in its order and the index by key agree after any sequence of puts, erases
// and re-inserts (checked against a plain list as the model); a command's images keep an entity
// where it is while it touches others; the store's per-kind code goes over every kind.
#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <vector>

#include "core/commands/plan.hpp"
#include "core/json/fields.hpp"
#include "core/rng.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using atelier::test::Fixture;

namespace {

Order order_numbered(int n, const std::string& garment) {
    Order o;
    o.number = n;
    o.garment = garment;
    return o;
}

// "g12": built by appending (GCC 12 warns falsely on "g" + std::to_string(12)).
std::string named(const char* prefix, int n) {
    std::string s = prefix;
    s += std::to_string(n);
    return s;
}

// The model: a list searched from the front.
template <class Table>
void check_same(const Table& t, const std::vector<Order>& model) {
    REQUIRE(t.size() == model.size());
    CHECK(t.indexed() == model.size());
    for (size_t i = 0; i < model.size(); ++i) {
        CHECK(t[i] == model[i]);
        CHECK(t.index_of(model[i].number) == i);
        REQUIRE(t.find(model[i].number) != nullptr);
        CHECK(t.find(model[i].number)->garment == model[i].garment);
    }
}

}  // namespace

TEST_CASE("property: a table's index finds every entity where its list holds it, after any changes") {
    for (uint64_t seed = 1; seed <= 200; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        EntityTable<Order> t;
        std::vector<Order> model;
        for (int step = 0; step < 120; ++step) {
            const int n = rng.between(1, 40);
            const auto in_model = std::find_if(model.begin(), model.end(), [&](const Order& o) { return o.number == n; });
            switch (rng.below(4)) {
                case 0:
                case 1: {  // put: replaced in its place, or appended
                    const Order o = order_numbered(n, named("g", step));
                    const Order& stored = t.put(o);
                    CHECK(&stored == t.find(n));
                    if (in_model != model.end()) *in_model = o;
                    else model.push_back(o);
                    break;
                }
                case 2: {  // erase: the others keep their order
                    CHECK(t.erase(n) == (in_model != model.end()));
                    if (in_model != model.end()) model.erase(in_model);
                    break;
                }
                case 3: {  // put back at a place (a refused step undone)
                    if (in_model != model.end()) break;
                    const size_t at = static_cast<size_t>(rng.below(static_cast<int>(model.size()) + 3));
                    const Order o = order_numbered(n, named("back", step));
                    t.insert_at(at, o);
                    model.insert(model.begin() + static_cast<std::ptrdiff_t>(std::min(at, model.size())), o);
                    break;
                }
            }
            check_same(t, model);
            CHECK(t.find(41) == nullptr);
        }
        // A loaded list is indexed as it comes; equality is the list's.
        EntityTable<Order> loaded;
        loaded = std::vector<Order>(model);
        check_same(loaded, model);
        CHECK(loaded == t);
    }
}

TEST_CASE("a loaded list that repeats a key keeps both entries; the index names the first, and the validator reports it") {
    EntityTable<Order> t;
    t = std::vector<Order>{order_numbered(1, "first"), order_numbered(2, "x"), order_numbered(1, "second")};
    CHECK(t.size() == 3);
    CHECK(t.indexed() == 2);
    CHECK(t.find(1)->garment == "first");

    Fixture f;
    Atelier a = f.a();
    std::vector<Order> twice(a.orders.begin(), a.orders.end());
    twice.push_back(twice.front());
    a.orders = std::move(twice);
    Problems problems;
    validate_atelier(a, problems);
    REQUIRE(!problems.empty());
    CHECK(problems.front().message.find("used twice") != std::string::npos);
}

TEST_CASE("property: a table let go from the end a few at a time stays indexed, and frees its memory once empty") {
    for (uint64_t seed = 1; seed <= 50; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        std::vector<Order> model;
        for (int n = 1; n <= rng.between(0, 300); ++n) model.push_back(order_numbered(n * 3, named("g", n)));
        EntityTable<Order> t;
        t = std::vector<Order>(model);
        while (!model.empty()) {
            const size_t n = static_cast<size_t>(rng.between(0, 40));
            const size_t gone = std::min(n, model.size());
            CHECK(t.drop_back(n) == gone);
            model.resize(model.size() - gone);
            check_same(t, model);
            if (!model.empty()) CHECK(t.find(model.back().number + 3) == nullptr);  // the dropped one is not found
        }
        CHECK(t.drop_back(5) == 0);
        CHECK(t.capacity() == 0);
        CHECK(t.index().bucket_count() <= 1);
    }
    // A loaded list that repeats a key: dropping the later entry keeps the index on the first.
    EntityTable<Order> twice;
    twice = std::vector<Order>{order_numbered(1, "first"), order_numbered(2, "x"), order_numbered(1, "second")};
    CHECK(twice.drop_back(1) == 1);
    REQUIRE(twice.find(1) != nullptr);
    CHECK(twice.find(1)->garment == "first");
    CHECK(twice.indexed() == 2);
}

TEST_CASE("a command's images keep an entity where it is while the command touches many more") {
    ImageTable<Order> img;
    Order& first = img.put(order_numbered(7, "first"));
    for (int n = 100; n < 5100; ++n) img.put(order_numbered(n, "other"));  // a deque never moves what it holds
    CHECK(&first == img.find(7));
    first.garment = "changed through the reference";
    CHECK(img.find(7)->garment == "changed through the reference");
    CHECK(img.size() == 5001);
    CHECK(img[0].number == 7);  // the order first touched
}

TEST_CASE("every kind is gone over: images, removed keys and their JSON name each one") {
    std::vector<std::string> lists;
    for_each_kind([&](auto* kind) { lists.push_back(KindOf<std::remove_pointer_t<decltype(kind)>>::list); });
    CHECK(lists == std::vector<std::string>{"pipelines", "clients", "orders", "styles", "productions", "sales_orders"});

    RemovedIds ids;
    CHECK(ids.empty());
    ids.of<Client>() = {3};
    ids.of<Order>() = {4, 5};
    CHECK(!ids.empty());
    CHECK(ids.of<Order>().size() == 2);  // Client and Order keys are both ints: found by kind, not by type
    CHECK(write_value(ids) == nlohmann::json{{"clients", {3}}, {"orders", {4, 5}}});
    Problems problems;
    Reader r{problems};
    RemovedIds back;
    read_value(nlohmann::json{{"pipelines", {"bridal"}}, {"orders", {9}}}, back, PathSeg{nullptr, "", 0}, r);
    CHECK(problems.empty());
    CHECK(back.of<Pipeline>() == std::vector<std::string>{"bridal"});
    CHECK(back.of<Order>() == std::vector<int>{9});
    CHECK(back.of<Client>().empty());
}

TEST_CASE("a command touching several orders of a batch keeps each edit (no reference into a list that grew)") {
    Fixture f;
    for (int i = 0; i < 40; ++i)
        f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","garment":"Gown","price":1000})");
    // One batch touching all 41 orders: each update's image lives in the step while the others are added.
    nlohmann::json batch = {{"type", "batch"}, {"commands", nlohmann::json::array()}};
    for (int n = 1; n <= 41; ++n)
        batch["commands"].push_back({{"type", "order.update"}, {"order", n}, {"garment", named("Coat ", n)}});
    const Result r = f.run(batch.dump().c_str());
    REQUIRE(r.ok);
    for (int n = 1; n <= 41; ++n) CHECK(f.order(n).garment == named("Coat ", n));
    REQUIRE(f.store.undo(f.ctx).ok);
    for (int n = 2; n <= 41; ++n) CHECK(f.order(n).garment == "Gown");
    CHECK(f.order(1).garment == "Aurore");
}
