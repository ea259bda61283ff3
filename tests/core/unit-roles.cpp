// People and roles (issue 16): the people list and its rules, what staff and managers are refused
// (exact words, nothing changed), undo by role, the validator, PIN hashes, and a seeded property:
// whatever random command staff gets accepted leaves money, settings and pipelines as they were.
#include <doctest/doctest.h>

#include "core/demo.hpp"
#include "core/laws/generate.hpp"
#include "core/rules/roles.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// The fixture with Ana the owner, Jonas a manager and Marie staff (with PIN 2468).
struct People : Fixture {
    People() {
        ok(R"({"type":"person.put","name":"ana","role":"owner"})");
        ok(R"({"type":"person.put","name":"Jonas","role":"manager"})");
        const std::string marie = R"({"type":"person.put","name":"Marie","role":"staff","pin":")" + pin_hash("Marie", "2468") + "\"}";
        ok(marie.c_str());
    }
    void as(const char* who, Role r) {
        ctx.who = who;
        ctx.role = r;
    }
};

// Every order's money and the settings, as JSON: what staff must never change.
nlohmann::json money_and_settings(const Atelier& a) {
    nlohmann::json j = nlohmann::json::object();
    j["profile"] = write_value(a.profile);
    j["pipelines"] = nlohmann::json::array();
    for (const auto& p : a.pipelines) j["pipelines"].push_back(write_value(p));
    for (const auto& o : a.orders) {
        const nlohmann::json w = write_value(o);
        for (const char* f : {"price", "rush", "rush_fee", "payments", "schedule", "cancel_fee"})
            j["orders"][std::to_string(o.number)][f] = w.value(f, nlohmann::json());
    }
    // What counts for staff is the money: history, conflicts and not-applied records may grow.
    j["profile"].erase("conflicts");
    j["profile"].erase("not_applied");
    j["profile"].erase("next_order");
    j["profile"].erase("next_client");
    j["profile"].erase("blocks");
    j["profile"].erase("merged_clients");
    return j;
}

}  // namespace

TEST_CASE("people: the first is an owner, the last owner stays, PINs are hashes") {
    Fixture f;
    CHECK(role_of(f.a().profile, "anyone") == Role::owner);  // nobody listed: a one-person atelier
    CHECK(f.refusal(R"({"type":"person.put","name":"Marie","role":"staff"})") ==
          "/role: the first person listed must be an owner (list yourself as the owner first)");
    f.ok(R"({"type":"person.put","name":"ana","role":"owner"})");
    f.ok(R"({"type":"person.put","name":"Marie","role":"staff"})");
    CHECK(role_of(f.a().profile, "ana") == Role::owner);
    CHECK(role_of(f.a().profile, "Marie") == Role::staff);
    CHECK(role_of(f.a().profile, "a stranger") == Role::staff);
    CHECK(f.refusal(R"({"type":"person.put","name":"ana","role":"manager"})") ==
          "/role: \"ana\" is the only owner: make someone else an owner first");
    CHECK(f.refusal(R"({"type":"person.remove","name":"ana"})") == "/name: \"ana\" is the only owner: make someone else an owner first");
    CHECK(f.refusal(R"({"type":"person.remove","name":"Nobody"})") == "/name: no person \"Nobody\"");
    CHECK(f.refusal(R"({"type":"person.put","name":"Marie","role":"staff","pin":"2468"})") ==
          "/pin: must be a PIN's hash (16 hex digits), made by the app from the PIN");
    CHECK(f.refusal(R"({"type":"person.put","name":"  ","role":"staff"})") == "/name: must not be empty");
    // A PIN set, kept by a put without one, removed by "".
    const std::string with_pin = R"({"type":"person.put","name":"Marie","role":"staff","pin":")" + pin_hash("Marie", "2468") + "\"}";
    f.ok(with_pin.c_str());
    f.ok(R"({"type":"person.put","name":"Marie","role":"manager"})");
    CHECK(f.a().profile.people[1].pin == pin_hash("Marie", "2468"));
    CHECK(f.a().profile.people[1].role == Role::manager);
    CHECK(pin_opens(f.a().profile.people[1], "2468"));
    CHECK_FALSE(pin_opens(f.a().profile.people[1], "2469"));
    f.ok(R"({"type":"person.put","name":"Marie","role":"manager","pin":""})");
    CHECK(pin_opens(f.a().profile.people[1], ""));
    f.ok(R"({"type":"person.put","name":"Marie","role":"owner"})");
    f.ok(R"({"type":"person.remove","name":"ana"})");
    CHECK(f.a().profile.people.size() == 1);
    // One undo puts ana back.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().profile.people.size() == 2);
}

TEST_CASE("money filters are named once: staff are not offered them") {
    CHECK(is_money_filter("owes"));
    CHECK(is_money_filter("!owes"));
    CHECK(is_money_filter("due-now"));
    CHECK(is_money_filter("payment=unpaid/deposit/paid"));
    CHECK(is_money_filter("payment-kind=none"));
    CHECK_FALSE(is_money_filter("overdue"));
    CHECK_FALSE(is_money_filter("pipeline=bridal"));
    CHECK_FALSE(is_money_filter(""));
    CHECK(is_money_field("payments"));
    CHECK_FALSE(is_money_field("notes"));
}

TEST_CASE("pin hashes are fixed across platforms; PINs are 4 to 12 digits") {
    CHECK(pin_hash("Marie", "2468") == "f25113553129082e");  // FNV-1a of "atelier-pin\x1fMarie\x1f2468\x1f", computed apart
    CHECK(pin_hash("Marie", "2468") != pin_hash("Marie", "2469"));
    CHECK(pin_hash("Marie", "2468") != pin_hash("Mari", "e2468"));  // name and PIN are kept apart
    CHECK(pin_hash("Marie", "2468").size() == 16);
    CHECK(pin_hash("", "") == "1ca80ebbbe3efbbc");  // the FNV-1a of "atelier-pin\x1f\x1f\x1f": the same everywhere
    CHECK(valid_pin("2468"));
    CHECK(valid_pin("123456789012"));
    CHECK_FALSE(valid_pin("246"));
    CHECK_FALSE(valid_pin("1234567890123"));
    CHECK_FALSE(valid_pin("24a8"));
}

TEST_CASE("staff: no prices, payments or settings; the refusal names the command and changes nothing") {
    People f;
    f.as("Marie", Role::staff);
    const std::string before = content_snapshot(f.a());
    CHECK(f.refusal(R"({"type":"order.pay","order":1,"amount":10000,"method":"cash"})") ==
          ": staff may not record payments (order.pay); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"order.update","order":1,"price":1})") ==
          "/price: staff may not set prices (order.update price); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"order.update","order":1,"rush":true})") ==
          "/rush: staff may not set prices (order.update rush); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"order.update","order":1,"price":0})") ==  // 0 is a price too
          "/price: staff may not set prices (order.update price); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"order.resolve","order":1,"conflict":0,"restore":true})") ==
          ": staff may not settle an order's conflicts (one may be of its price) (order.resolve); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"atelier.update","due_soon_days":3})") ==
          ": staff may not change the atelier's settings (atelier.update); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"order.cancel","order":1,"reason":"client"})").find("staff may not cancel orders") != std::string::npos);
    CHECK(f.refusal(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","price":"10.00"})") ==
          "/price: staff may not set prices (order.create price); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"batch","commands":[{"type":"order.update","order":1,"notes":"x"},{"type":"order.refund","order":1,"amount":1,"method":"cash","reason":"r"}]})") ==
          "/commands/1: step 2 of 2 (order.refund): staff may not record refunds (order.refund); an owner or a manager can");
    CHECK(f.refusal(R"({"type":"person.put","name":"Marie","role":"owner"})") ==
          ": staff may not change the people and their roles (person.put); an owner or a manager can");
    CHECK(content_snapshot(f.a()) == before);
    // The work itself goes on: notes, a price-less order, a stage.
    f.ok(R"({"type":"order.update","order":1,"notes":"Lace from Calais"})");
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Veil","price":0})");
    f.ok(R"({"type":"order.confirm","order":1})");
    CHECK(f.order(1).history.back().who == "Marie");
}

TEST_CASE("a manager does everything but the people; the owner everything") {
    People f;
    f.as("Jonas", Role::manager);
    f.ok(R"({"type":"order.pay","order":1,"amount":10000,"method":"cash"})");
    f.ok(R"({"type":"atelier.update","due_soon_days":3})");
    CHECK(f.refusal(R"({"type":"person.put","name":"Jonas","role":"owner"})") ==
          ": manager may not change the people and their roles (person.put); an owner can");
    CHECK(f.refusal(R"({"type":"person.remove","name":"Marie"})") ==
          ": manager may not change the people and their roles (person.remove); an owner can");
    f.as("ana", Role::owner);
    f.ok(R"({"type":"person.put","name":"Jonas","role":"owner"})");
}

namespace {

// Every command type's default (a command with nothing in it), in the variant's order.
template <size_t I = 0>
void every_default(std::vector<Command>& out) {
    if constexpr (I < std::variant_size_v<Command>) {
        out.emplace_back(std::in_place_index<I>);
        every_default<I + 1>(out);
    }
}

}  // namespace

TEST_CASE("a view's question by type agrees with the full refusal of an empty command of that type") {
    // The buttons a view hides (role_refuses_type) are exactly the empty commands the core refuses,
    // for every role and type; a command's fields (prices) are refused only by role_refusal.
    std::vector<Command> all;
    every_default(all);
    REQUIRE(all.size() == command_types().size());
    int refused = 0;
    for (Role r : {Role::owner, Role::manager, Role::staff})
        for (const Command& c : all) {
            const std::string type = command_type(c);
            if (type == "batch" || type == "undo" || type == "redo") continue;  // their content decides
            INFO(role_name(r), " ", type);
            CHECK(role_refuses_type(r, type) == role_refusal(r, c).has_value());
            refused += role_refuses_type(r, type);
        }
    CHECK(refused > 20);  // staff and managers are refused something: the table was read
    CHECK_FALSE(role_refuses_type(Role::staff, "production.progress"));
    CHECK(role_refuses_type(Role::staff, "production.plan"));
    CHECK_FALSE(role_refuses_type(Role::owner, "person.put"));
    CHECK(role_refuses_type(Role::manager, "person.put"));
}

TEST_CASE("staff undo: their own work yes, a change of money or settings no") {
    People f;
    f.as("Marie", Role::staff);
    f.ok(R"({"type":"order.update","order":1,"notes":"Ivory, not white"})");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.order(1).notes.empty());
    REQUIRE(f.store.redo(f.ctx).ok);
    // The owner takes a payment on this device; staff may not undo it (nor a setting).
    f.as("ana", Role::owner);
    f.ok(R"({"type":"order.pay","order":1,"amount":10000,"method":"cash"})");
    f.as("Marie", Role::staff);
    const Result undo_pay = f.store.undo(f.ctx);
    CHECK_FALSE(undo_pay.ok);
    CHECK(undo_pay.error.message == "staff may not undo a change of prices or payments (payments); an owner or a manager can");
    CHECK(f.order(1).payments.size() == 1);
    f.as("ana", Role::owner);
    f.ok(R"({"type":"atelier.update","due_soon_days":5})");
    f.as("Marie", Role::staff);
    CHECK(f.store.undo(f.ctx).error.message == "staff may not undo a change of settings or pipelines; an owner or a manager can");
    // A price-less order staff created can be undone by them.
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Veil"})");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().order(2) == nullptr);
}

TEST_CASE("the validator holds the people's rule for loaded snapshots") {
    People f;
    Atelier a = f.a();
    a.profile.people[0].role = Role::staff;  // nobody is an owner any more
    Problems p;
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].path == "/atelier/people");
    CHECK(p[0].message == "at least one person must be an owner");
    a = f.a();
    a.profile.people[1].pin = "2468";
    p.clear();
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].path == "/atelier/people/1/pin");
    a = f.a();
    a.profile.people.push_back(a.profile.people[0]);
    p.clear();
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].message == "\"ana\" is listed twice");
    a = f.a();
    a.profile.lock_minutes = 5000;
    p.clear();
    validate_atelier(a, p);
    CHECK_FALSE(p.empty());
    // A snapshot keeps the people and reads back the same.
    Problems read;
    Atelier back;
    REQUIRE(read_snapshot(write_snapshot(f.a()), back, read));
    CHECK(back.profile.people == f.a().profile.people);
}

TEST_CASE("property: a random command staff gets accepted never changes money, settings or pipelines") {
    size_t accepted = 0, refused_by_role = 0;
    for (uint64_t seed = 1; seed <= 60; ++seed) {
        Store store(make_demo({12, seed, date_from_civil(2026, 6, 1)}));
        laws::Rng rng{seed * 104729 + 3};
        DateTime now = at_midnight(date_from_civil(2026, 6, 1));
        Context owner{"owner", now}, staff{"Marie", now};
        staff.role = Role::staff;
        for (int i = 0; i < 120; ++i) {
            const size_t type = laws::random_command_type(rng);
            const Command c = laws::random_command(rng, store.state(), now, type);
            const bool as_staff = rng.chance(70);
            if (!as_staff) {
                store.dispatch(c, owner);
                continue;
            }
            const nlohmann::json before = money_and_settings(store.state());
            const Result r = store.dispatch(c, staff);
            INFO("seed " << seed << " step " << i << ": " << command_to_json(c).dump());
            if (r.ok) {
                ++accepted;
                nlohmann::json after = money_and_settings(store.state());
                // A new order staff made: no price, nothing paid (then it is left out of the comparison).
                for (auto it = after["orders"].begin(); it != after["orders"].end();)
                    if (!before["orders"].contains(it.key())) {
                        CHECK((*it)["price"].is_null());
                        CHECK((*it)["payments"].is_null());
                        it = after["orders"].erase(it);
                    } else {
                        ++it;
                    }
                CHECK(after == before);
            } else if (r.error.message.find("staff may not") != std::string::npos) {
                ++refused_by_role;
            }
            now.minutes += 41;
            owner.now = staff.now = now;
        }
    }
    MESSAGE("staff: " << accepted << " accepted, " << refused_by_role << " refused by role");
    CHECK(accepted > 200);
    CHECK(refused_by_role > 100);
}
