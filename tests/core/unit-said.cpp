// What the core says (core/said.hpp): a refusal, a finding, a warning or a notice is a catalogue
// sentence; the views word it in the device's language while its English stays the text the CLI
// prints and the tests compare (issue 20).
#include <doctest/doctest.h>

#include <string>

#include "core/commands/command.hpp"
#include "core/demo.hpp"
#include "core/i18n/said_text.hpp"
#include "core/rng.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/store.hpp"

using namespace atelier;

TEST_CASE("a sentence the core says reads in English for the CLI and in the device's language for a view") {
    const Said s = say(Msg::why_no_order, {{"number", "12"}});
    CHECK(english(s) == "no order 12");
    CHECK(words(Language::fr, s) == "aucune commande 12");
    CHECK(words(Language::de, s) == "kein Auftrag 12");
    const Problem p = problem_at("/order", s);
    CHECK(p.message == "no order 12");
    CHECK(problem_text(Language::it, p) == "nessun ordine 12");
    // A problem the core gave no key keeps its words whatever the language.
    CHECK(problem_text(Language::fr, Problem{"/x", "as it was", std::nullopt}) == "as it was");
    // Two problems are the same when they say the same at the same place.
    CHECK(p == Problem{"/order", "no order 12", std::nullopt});
    CHECK_FALSE(p == Problem{"/client", "no order 12", std::nullopt});
}

TEST_CASE("a sentence within a sentence is worded in the same language") {
    const Said inner = say(Msg::why_too_long, {{"max", "40"}});
    const Said outer = say(Msg::why_money_too_large, {{"max", "1.00"}}).with("unused", inner);
    CHECK(english(outer) == "amount is too large (at most 1.00)");
    Said reason = say(Msg::app_not_done).with("reason", inner);
    CHECK(english(reason) == fill(text(Language::en, Msg::app_not_done), {{"reason", "must be at most 40 bytes"}}));
    CHECK(words(Language::fr, reason) == fill(text(Language::fr, Msg::app_not_done), {{"reason", words(Language::fr, inner)}}));
    CHECK(words(Language::fr, reason) != english(reason));
}

namespace {

// A random change to a JSON document: a value of the wrong type, out of range, hostile or gone.
void damage(nlohmann::json& j, Rng& rng, int depth = 0) {
    if ((j.is_object() || j.is_array()) && !j.empty() && depth < 8 && rng.chance(85)) {
        auto it = j.begin();
        std::advance(it, rng.below(static_cast<int>(j.size())));
        if (j.is_object() && rng.chance(10)) return (void)j.erase(it.key());
        return damage(*it, rng, depth + 1);
    }
    static const nlohmann::json junk[] = {nullptr, -1, 0, 1e300, "", " ", "x", "\x01", "2026-13-45", "-5.00",
                                          "999999999999999.99", nlohmann::json::array(), nlohmann::json::object(),
                                          true, "no-such-id", 2147483648LL, std::string(5000, 'a')};
    j = rng.pick(junk);
}

}  // namespace

TEST_CASE("every problem the loader and the validator find in a damaged snapshot is a catalogue sentence") {
    const std::string good = write_snapshot(make_demo(DemoOptions{6, 1, date_from_civil(2026, 6, 1)}));
    const nlohmann::json base = nlohmann::json::parse(good);
    size_t seen = 0;
    for (uint64_t seed = 1; seed <= 400; ++seed) {
        Rng rng{seed};
        nlohmann::json j = base;
        for (int k = rng.between(1, 3); k > 0; --k) damage(j, rng);
        Atelier a;
        Problems problems;
        read_snapshot(j.dump(), a, problems);
        for (const Problem& p : problems) {
            ++seen;
            INFO("seed " << seed << ": " << p);
            REQUIRE(p.said.has_value());
            CHECK(english(*p.said) == p.message);
        }
    }
    MESSAGE(seen << " problems found in 400 damaged snapshots");
    CHECK(seen > 100);
}

TEST_CASE("every refusal of a damaged command is a catalogue sentence") {
    Store store(make_demo(DemoOptions{6, 1, date_from_civil(2026, 6, 1)}));
    const Context ctx{"tablet-1", *parse_datetime("2026-06-01T10:00")};
    const Atelier& a = store.state();
    // A command of each kind, as JSON, to damage.
    std::vector<nlohmann::json> commands = {
        {{"type", "order.pay"}, {"order", a.orders.front().number}, {"amount", "10.00"}, {"method", "cash"}},
        {{"type", "order.update"}, {"order", a.orders.front().number}, {"notes", "hem"}},
        {{"type", "client.create"}, {"name", "Ana"}},
        {{"type", "order.fitting"}, {"order", a.orders.front().number}, {"at", "2026-06-03T10:00"}, {"minutes", 60}, {"kind", "first"}},
        {{"type", "pipeline.put"}, {"pipeline", nlohmann::json::parse(write_snapshot(a))["pipelines"][0]}},
        {{"type", "sales.create"}, {"customer", "Boutique"}, {"currency", "EUR"}},
        {{"type", "style.create"}, {"code", "SS27-DR01"}, {"name", "Dress"}},
    };
    size_t refused = 0, unread = 0;
    for (uint64_t seed = 1; seed <= 600; ++seed) {
        Rng rng{seed};
        nlohmann::json j = commands[static_cast<size_t>(rng.below(static_cast<int>(commands.size())))];
        damage(j, rng);
        Problems problems;
        const auto c = command_from_json(j, problems);
        unread += !c;
        for (const Problem& p : problems) {
            INFO("seed " << seed << ": " << j.dump().substr(0, 300) << " → " << p);
            REQUIRE(p.said.has_value());
            CHECK(english(*p.said) == p.message);
        }
        if (!c) continue;
        const Result r = store.dispatch(*c, ctx);
        if (r.ok) {
            store.undo(ctx);
            continue;
        }
        ++refused;
        INFO("seed " << seed << ": " << j.dump().substr(0, 300) << " → " << r.error);
        REQUIRE(r.error.said.has_value());
        CHECK(english(*r.error.said) == r.error.message);
    }
    MESSAGE(unread << " of 600 damaged commands unread, " << refused << " refused");
    CHECK(unread > 100);
    CHECK(refused > 20);
}
