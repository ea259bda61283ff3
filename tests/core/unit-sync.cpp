// Sync's device side (core/sync/): the Not applied records, folding the server's log, the replica's
// push/pull/rebase, and the in-process server the simulation uses.
#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/sync/fold.hpp"
#include "core/sync/log_server.hpp"
#include "core/sync/replica.hpp"
#include "core/sync/retry.hpp"
#include "core/validate/validate.hpp"
#include "core/version.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// A device of the sync tests: its shown store, its replica, its entry counter.
struct Device {
    std::string id, who;
    Store shown;
    Replica replica;
    int64_t seq = 1;
    Device(std::string d, std::string w, const Atelier& start) : id(std::move(d)), who(std::move(w)) {
        shown.reset(start);
        replica.start(id, start, 0);
    }
    Result run(const char* json, const char* when = "2026-03-02T10:00") {
        Context ctx{who, at(when), id, seq};
        ctx.synced = true;
        Result r = shown.dispatch(parse_command(json), ctx);
        if (r.ok) {
            replica.recorded(std::get<JournalAppend>(r.effects.front()).entry);
            ++seq;
        }
        return r;
    }
    void push(LogServer& s) {
        const ServerReply r = s.push(replica.push_body(), who, "2026-03-02T11:00:00.000Z");
        INFO(r.body.dump());
        REQUIRE(r.status == 200);
    }
    PullOutcome pull(LogServer& s, const char* version = kVersion) {
        const PullOutcome o = replica.take_pull(s.pull(replica.pulled()).body, shown, version);
        INFO((o.error ? english(*o.error) : ""));
        REQUIRE_FALSE(o.error);
        return o;
    }
};

Problems invalid(const Atelier& a) {
    Problems p;
    validate_atelier(a, p);
    return p;
}

// The laptop has pushed two edits of order 1; the tablet has not pulled yet.
struct LaptopPushedTwo {
    Fixture f;
    LogServer server;
    Device laptop{"laptop", "ana", f.a()}, tablet{"tablet", "sofia", f.a()};
    LaptopPushedTwo() {
        REQUIRE(laptop.run(R"({"type":"order.update","order":1,"notes":"a"})").ok);
        REQUIRE(laptop.run(R"({"type":"order.update","order":1,"notes":"b"})").ok);
        laptop.push(server);
    }
};

const NotApplied* listed(const Atelier& a, const std::string& entry) {
    for (const auto& k : a.profile.not_applied)
        if (k.entry == entry) return &k;
    return nullptr;
}

}  // namespace

TEST_CASE("entry.refused keeps a refused entry once; entry.dismiss settles it once") {
    Fixture f;
    f.ok(R"({"type":"entry.refused","entry":"tablet.7","what":"order.pay","reason":"/amount: more than the balance","command":"{\"type\":\"order.pay\"}"})");
    const NotApplied* k = listed(f.a(), "tablet.7");
    REQUIRE(k);
    CHECK(k->who == "ana");
    CHECK(k->state == NotAppliedState::open);
    CHECK(f.run(R"({"type":"entry.refused","entry":"tablet.7","what":"order.pay","reason":"again"})").error.message ==
          "entry tablet.7 is already listed as not applied");
    for (const char* bad : {"tablet", "tablet.0", "tablet.-1", "tab let.3", "tablet.01", ".4"}) {
        const std::string cmd = std::string(R"({"type":"entry.refused","what":"x","reason":"y","entry":")") + bad + "\"}";
        CAPTURE(bad);
        CHECK(f.run(cmd.c_str()).error.path == "/entry");
    }
    CHECK(f.run(R"({"type":"entry.dismiss","entry":"tablet.8"})").error.message == "no entry tablet.8 in the Not applied list");
    f.ok(R"({"type":"entry.dismiss","entry":"tablet.7"})");
    CHECK(listed(f.a(), "tablet.7")->state == NotAppliedState::dismissed);
    CHECK(f.run(R"({"type":"entry.dismiss","entry":"tablet.7","retried":true})").error.message == "entry tablet.7 is already settled (dismissed)");
    // Undo of the dismissal reopens it; the loader's checks hold throughout.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(listed(f.a(), "tablet.7")->state == NotAppliedState::open);
    CHECK(invalid(f.a()).empty());
}

TEST_CASE("the loader refuses a Not applied list with a bad id, a repeat, or a settled record without its time") {
    Fixture f;
    Atelier a = f.a();
    a.profile.not_applied.push_back(NotApplied{"tablet.3", "order.pay", "ana", at("2026-03-01T09:00"), "why", "", NotAppliedState::open, "", std::nullopt});
    CHECK(invalid(a).empty());
    a.profile.not_applied.push_back(a.profile.not_applied.front());
    CHECK_FALSE(invalid(a).empty());
    a.profile.not_applied.back().entry = "tablet";
    CHECK_FALSE(invalid(a).empty());
    a.profile.not_applied.back().entry = "tablet.4";
    a.profile.not_applied.back().state = NotAppliedState::dismissed;
    CHECK_FALSE(invalid(a).empty());
    a.profile.not_applied.back().settled_at = at("2026-03-01T10:00");
    CHECK(invalid(a).empty());
}

TEST_CASE("folding an entry the rules refuse lists it under its own id, once; an unreadable one too") {
    Fixture f;
    nlohmann::json pay = {{"id", "tablet.1"}, {"device", "tablet"}, {"seq", 1}, {"at", "2026-03-02T10:00"}, {"who", "sofia"},
                          {"app_version", kVersion}, {"pos", 9}, {"received", "2026-03-02T10:00:01.000Z"},
                          {"command", {{"type", "order.pay"}, {"order", 1}, {"amount", 900000}}}};
    std::string why;
    CHECK(fold_entry(f.store, pay, why) == Folded::refused);
    const NotApplied* k = listed(f.a(), "tablet.1");
    REQUIRE(k);
    CHECK(k->what == "order.pay");
    CHECK(k->who == "sofia");
    CHECK(k->reason == why);
    CHECK(nlohmann::json::parse(k->command)["amount"] == 900000);
    CHECK(f.a().clock.applied("tablet") == 1);
    CHECK(fold_entry(f.store, pay, why) == Folded::skipped);
    CHECK(f.a().profile.not_applied.size() == 1);

    nlohmann::json unknown = pay;
    unknown["id"] = "tablet.2";
    unknown["seq"] = 2;
    unknown["command"] = {{"type", "order.teleport"}, {"order", 1}};
    CHECK(fold_entry(f.store, unknown, why) == Folded::refused);
    REQUIRE(listed(f.a(), "tablet.2"));
    CHECK(listed(f.a(), "tablet.2")->what == "order.teleport");
    CHECK(invalid(f.a()).empty());
}

TEST_CASE("newer_version compares dotted numbers; anything else is never newer") {
    CHECK(newer_version("0.2.0", "0.1.9"));
    CHECK(newer_version("1.0", "0.9.9"));
    CHECK(newer_version("0.1.0.1", "0.1.0"));
    CHECK_FALSE(newer_version("0.1.0", "0.1.0"));
    CHECK_FALSE(newer_version("0.0.9", "0.1.0"));
    CHECK_FALSE(newer_version("server", "0.1.0"));
    CHECK_FALSE(newer_version("", "0.1.0"));
    CHECK_FALSE(newer_version("1..2", "0.1.0"));
}

TEST_CASE("two devices offline pay an order together past its price: one payment stands, the other is Not applied on both") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    LogServer server;
    Device laptop("laptop", "ana", f.a()), tablet("tablet", "sofia", f.a());
    // Price 3,000.00: 2,000 each, offline.
    REQUIRE(laptop.run(R"({"type":"order.pay","order":1,"amount":200000})").ok);
    REQUIRE(tablet.run(R"({"type":"order.pay","order":1,"amount":200000})", "2026-03-02T10:05").ok);
    REQUIRE(tablet.run(R"({"type":"order.update","order":1,"notes":"lace from Calais","from":{"notes":""}})", "2026-03-02T10:06").ok);
    laptop.push(server);
    tablet.push(server);
    CHECK(laptop.pull(server).folded == 3);
    const PullOutcome t = tablet.pull(server);
    CHECK(t.acked == 2);
    CHECK(t.refused == 1);
    CHECK(tablet.replica.pending().empty());
    CHECK(state_hash(laptop.shown.state()) == state_hash(tablet.shown.state()));
    const NotApplied* k = listed(laptop.shown.state(), "tablet.1");
    REQUIRE(k);
    CHECK(k->who == "sofia");
    CHECK(laptop.shown.state().order(1)->notes == "lace from Calais");
    CHECK(invalid(laptop.shown.state()).empty());
}

TEST_CASE("a pull rebases the pending entries onto the log: the shown state has both devices' edits") {
    Fixture f;
    LogServer server;
    Device laptop("laptop", "ana", f.a()), tablet("tablet", "sofia", f.a());
    REQUIRE(laptop.run(R"({"type":"order.update","order":1,"garment":"Aurore II","from":{"garment":"Aurore"}})").ok);
    laptop.push(server);
    REQUIRE(tablet.run(R"({"type":"order.update","order":1,"notes":"hem 2 cm","from":{"notes":""}})").ok);
    REQUIRE(tablet.shown.can_undo());
    const PullOutcome o = tablet.pull(server);  // before its own push
    CHECK(o.changed);
    CHECK(tablet.replica.pending().size() == 1);
    CHECK(tablet.shown.state().order(1)->garment == "Aurore II");
    CHECK(tablet.shown.state().order(1)->notes == "hem 2 cm");
    CHECK(tablet.replica.confirmed().order(1)->notes.empty());
    // The undo stack survives the rebase and undoes only the tablet's own change.
    REQUIRE(tablet.shown.undo(Context{"sofia", at("2026-03-02T10:10"), "tablet", tablet.seq}).ok);
    CHECK(tablet.shown.state().order(1)->notes.empty());
    CHECK(tablet.shown.state().order(1)->garment == "Aurore II");
}

TEST_CASE("an entry of a newer app is not folded: the device keeps its pending work and says which version") {
    LaptopPushedTwo d;
    LogServer& server = d.server;
    Device& tablet = d.tablet;
    REQUIRE(tablet.run(R"({"type":"order.update","order":1,"garment":"Iris"})").ok);
    const PullOutcome o = tablet.pull(server, "0.0.1");
    CHECK(o.newer_version == kVersion);
    CHECK(o.folded == 0);
    CHECK_FALSE(o.more);
    CHECK(tablet.replica.pulled() == 0);
    CHECK(tablet.replica.pending().size() == 1);
    CHECK(tablet.shown.state().order(1)->garment == "Iris");
}

TEST_CASE("a pull reply that does not follow on, or a server behind the device, changes nothing") {
    LaptopPushedTwo d;
    LogServer& server = d.server;
    Device& tablet = d.tablet;
    nlohmann::json reply = server.pull(0).body;
    reply["entries"].erase(0);
    // Why a reply was refused, in `l`; "" when it was taken.
    auto refusal = [&](const nlohmann::json& r, Language l = Language::en) {
        const PullOutcome o = tablet.replica.take_pull(r, tablet.shown, kVersion);
        return o.error ? words(l, *o.error) : std::string();
    };
    const std::string before = state_hash(tablet.shown.state());
    CHECK(refusal(reply) == "the server's log does not follow on at position 1");
    CHECK(refusal(reply, Language::fr) == "le journal du serveur n’est pas continu à la position 1");
    CHECK(refusal(nlohmann::json::array()) == "the server's reply is not a pull reply");
    CHECK(state_hash(tablet.shown.state()) == before);
    CHECK(tablet.replica.pulled() == 0);
    tablet.pull(server);
    const nlohmann::json behind = {{"entries", nlohmann::json::array()}, {"head", 1}};
    CHECK(refusal(behind) ==
          "the server's log ends at 1, before the 2 entries this device has folded: the server lost entries (restored from an older copy?)");
    CHECK(refusal(behind, Language::de).find("Der Server hat Einträge verloren") != std::string::npos);
    CHECK(tablet.replica.pulled() == 2);
    CHECK(state_hash(tablet.shown.state()) != before);
}

TEST_CASE("the in-process server: idempotent pushes, 409 for a changed entry, one order, pages of 1000") {
    LogServer s;
    auto entry = [](const std::string& device, int64_t seq, const std::string& note) {
        return nlohmann::json{{"id", device + "." + std::to_string(seq)}, {"device", device}, {"seq", seq}, {"at", "2026-03-01T09:00"},
                              {"app_version", "0.1.0"}, {"command", {{"type", "order.note"}, {"note", note}}}};
    };
    const nlohmann::json body = {{"device", "d1"}, {"entries", {entry("d1", 1, "a"), entry("d1", 2, "b")}}};
    CHECK(s.push(body, "ana", "t").body == nlohmann::json{{"head", 2}, {"accepted", {1, 2}}});
    CHECK(s.push(body, "ana", "t").body == nlohmann::json{{"head", 2}, {"accepted", {1, 2}}});
    const ServerReply changed = s.push({{"device", "d1"}, {"entries", {entry("d1", 2, "c")}}}, "ana", "t");
    CHECK(changed.status == 409);
    CHECK(changed.body["error"] == "/entries/0: entry d1.2 is already in the log at position 2 with a different command");
    const ServerReply bad = s.push({{"device", "d1"}, {"entries", {entry("d1", 3, "x"), entry("d2", 1, "y")}}}, "ana", "t");
    CHECK(bad.status == 400);
    CHECK(bad.body["error"] == "/entries/1/device: d2 is not the pushing device d1");
    CHECK(s.head() == 2);
    CHECK(s.pull(0).body["entries"][0]["who"] == "ana");
    nlohmann::json many = {{"device", "d2"}, {"entries", nlohmann::json::array()}};
    for (int64_t i = 1; i <= 1000; ++i) many["entries"].push_back(entry("d2", i, "n"));
    REQUIRE(s.push(many, "ana", "t").status == 200);
    CHECK(s.pull(0).body["entries"].size() == 1000);
    CHECK(s.pull(1000).body["entries"].size() == 2);
    CHECK(s.pull(5000).body["entries"].empty());
}

TEST_CASE("out of numbers offline: provisional numbers stay on the device until its next block renumbers them") {
    Fixture f;
    LogServer server;
    Device tablet{"tablet", "sofia", f.a()}, laptop{"laptop", "ana", f.a()};
    const auto reserve = [&](int orders) {
        REQUIRE(server.numbers({{"device", "tablet"}, {"orders", orders}, {"clients", 0}}, "sofia", "2026-03-02T10:00", "2026-03-02T10:00:00.000Z").status == 200);
    };
    reserve(1);
    tablet.pull(server);
    const char* create = R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","garment":"Veil","price":100000})";
    REQUIRE(tablet.run(create).ok);  // the block's one number
    const int first = f.a().profile.next_order;
    CHECK(tablet.shown.state().order(first));
    REQUIRE(tablet.run(create).ok);  // none left: provisional
    const int p1 = kProvisionalFrom;
    REQUIRE(tablet.shown.state().order(p1));
    REQUIRE(tablet.run(R"({"type":"order.pay","order":900000000,"amount":5000,"method":"cash"})").ok);
    REQUIRE(tablet.run(create).ok);  // P2, then undone: the undo names it too
    Result undo = tablet.shown.undo(Context{"sofia", at("2026-03-02T10:05"), "tablet", tablet.seq});
    REQUIRE(undo.ok);
    tablet.replica.recorded(std::get<JournalAppend>(undo.effects.front()).entry);
    ++tablet.seq;
    REQUIRE(tablet.run(R"({"type":"order.update","order":1,"notes":"after"})").ok);

    // Only the entries before the first provisional one leave the device.
    CHECK(tablet.replica.pending().size() == 6);
    CHECK(tablet.replica.waiting_for_numbers() == 5);
    CHECK(tablet.replica.push_body()["entries"].size() == 1);
    Replica restored;  // a restart finds the held entries again from the saved meta
    restored.restore(tablet.replica.meta());
    CHECK(restored.waiting_for_numbers() == 5);
    tablet.push(server);
    CHECK(server.head() == 2);

    // A new block arrives with a pull: the provisional create takes its first number, and every
    // later entry that named P1 (the payment) or P2 (the create and its undo) follows.
    reserve(5);
    const PullOutcome o = tablet.pull(server);
    const int real = first + 1;
    CHECK(o.renumbered == Renumbering{{p1, real}, {p1 + 1, real + 1}});
    CHECK(tablet.replica.waiting_for_numbers() == 0);
    const Atelier& shown = tablet.shown.state();
    REQUIRE(shown.order(real));
    CHECK(shown.order(real)->payments.size() == 1);
    CHECK_FALSE(shown.order(p1));
    CHECK_FALSE(shown.order(real + 1));  // created, then undone
    CHECK(invalid(shown).empty());
    // The undo history named the provisional numbers: an undo or redo would bring one back with no
    // create left to renumber it, so the renumbering ends it.
    CHECK_FALSE(tablet.shown.can_undo());
    CHECK_FALSE(tablet.shown.can_redo());

    tablet.push(server);
    tablet.pull(server);
    laptop.pull(server);
    CHECK(tablet.replica.pending().empty());
    CHECK(laptop.shown.state().order(real));
    CHECK(laptop.shown.state().profile.not_applied.empty());
    CHECK(state_hash(laptop.shown.state()) == state_hash(tablet.shown.state()));
}

TEST_CASE("renumbering rewrites each way an entry names an order or client, and only the numbers it maps") {
    Renumbering map{{kProvisionalFrom, 57}, {kProvisionalFrom + 1, 12}};
    nlohmann::json batch = {{"device", "t"}, {"seq", 3}, {"command", {{"type", "batch"}, {"commands", {
        {{"type", "client.create"}, {"name", "A"}, {"id", kProvisionalFrom + 2}},
        {{"type", "order.create"}, {"client", kProvisionalFrom + 2}, {"pipeline", "p"}, {"deadline", "2026-05-01"}, {"number", kProvisionalFrom + 3}},
        {{"type", "order.pay"}, {"order", kProvisionalFrom + 3}, {"amount", 100}},
        {{"type", "order.update"}, {"order", kProvisionalFrom}, {"client", kProvisionalFrom + 1}, {"quantity", kProvisionalFrom}}}}}}};
    CHECK(names_provisional(batch));
    Profile before;
    before.blocks.push_back(NumberBlock{"t", {70, 70, 72}, {20, 20, 21}});
    before.blocks.push_back(NumberBlock{"other", {72, 72, 80}, {21, 21, 30}});
    REQUIRE(renumber_entry(batch, before, "t", map));
    const auto& c = batch["command"]["commands"];
    CHECK(c[0]["id"] == 20);
    CHECK(c[1]["client"] == 20);
    CHECK(c[1]["number"] == 70);
    CHECK(c[2]["order"] == 70);
    CHECK(c[3]["order"] == 57);
    CHECK(c[3]["client"] == 12);
    CHECK(c[3]["quantity"] == kProvisionalFrom);  // not a reference
    CHECK(map.at(kProvisionalFrom + 3) == 70);
    CHECK_FALSE(names_provisional(batch));
    // An undo names entities by id strings, and puts back whole entities.
    nlohmann::json undo = {{"command", {{"type", "undo"}, {"what", "order.create"}, {"changes", {
        {{"kind", "order"}, {"id", std::to_string(kProvisionalFrom + 3)}, {"from", {{"number", kProvisionalFrom + 3}, {"client", kProvisionalFrom + 2}}}, {"to", nullptr}}}}}}};
    CHECK(names_provisional(undo));
    REQUIRE(renumber_entry(undo, before, "t", map));
    CHECK(undo["command"]["changes"][0]["id"] == "70");
    CHECK(undo["command"]["changes"][0]["from"]["number"] == 70);
    CHECK(undo["command"]["changes"][0]["from"]["client"] == 20);
    // Blocks too short for the entry's creates: nothing of it is renumbered.
    nlohmann::json two = {{"command", {{"type", "batch"}, {"commands", {
        {{"type", "client.create"}, {"name", "B"}, {"id", kProvisionalFrom + 4}},
        {{"type", "client.create"}, {"name", "C"}, {"id", kProvisionalFrom + 5}}}}}}};
    const nlohmann::json kept = two;
    CHECK_FALSE(renumber_entry(two, before, "t", map));
    CHECK(two == kept);
    // A provisional number created again (an undo took the first one back) names the new order
    // from there on: it takes a number of its own, and later entries follow the new one.
    nlohmann::json again = {{"command", {{"type", "order.create"}, {"client", 1}, {"pipeline", "p"}, {"deadline", "2026-05-01"}, {"number", kProvisionalFrom}}}};
    REQUIRE(renumber_entry(again, before, "t", map));
    CHECK(again["command"]["number"] == 70);
    nlohmann::json pay = {{"command", {{"type", "order.pay"}, {"order", kProvisionalFrom}, {"amount", 100}}}};
    REQUIRE(renumber_entry(pay, before, "t", map));
    CHECK(pay["command"]["order"] == 70);
    CHECK(std::string(created_number_field(batch["command"]["commands"][1])) == "number");
    CHECK(std::string(created_number_field(batch["command"]["commands"][0])) == "id");
    CHECK(created_number_field(batch["command"]["commands"][2]) == nullptr);
    CHECK(numbers_left(before, "t").orders == 2);
    CHECK(numbers_left(before, "t").clients == 1);
    CHECK_FALSE(numbers_left(before, "laptop").held);
}

TEST_CASE("Retry sends the refused command again; a create asks for a new number, the retrying device's") {
    NotApplied k;
    k.entry = "tablet-2.4";
    Said why{};
    CHECK_FALSE(retry_command(k, why));
    CHECK(english(why) == "the change was not kept (too large or unreadable): dismiss it");
    CHECK(words(Language::fr, why) == "la modification n’a pas été conservée (trop volumineuse ou illisible) : choisissez Fermer");
    k.command = R"({"type":"no.such"})";
    CHECK_FALSE(retry_command(k, why));
    CHECK(english(why) == "this change cannot be sent again: it does not read as a command here");
    k.command = R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","number":10040})";
    auto c = retry_command(k, why);
    REQUIRE(c);
    CHECK(std::get<cmd::OrderCreate>(*c).number == 0);
    k.command = R"({"type":"client.create","name":"A","id":70})";
    CHECK(std::get<cmd::ClientCreate>(*retry_command(k, why)).id == 0);
    k.command = R"({"type":"order.pay","order":7,"amount":100})";
    CHECK(std::get<cmd::OrderPay>(*retry_command(k, why)).order == 7);
    // Applied by a device without that block, the create takes one of its own numbers.
    Fixture f;
    k.command = R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","number":10040})";
    const int next = f.a().profile.next_order;
    Result r = f.store.dispatch(*retry_command(k, why), f.ctx);
    REQUIRE(r.ok);
    CHECK(f.a().order(next));
}
