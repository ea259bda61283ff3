#pragma once
// A small atelier built through the store, shared by the rule tests.
#include <doctest/doctest.h>

#include "core/derive.hpp"
#include "core/laws/undo_view.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/store.hpp"

namespace atelier::test {

inline DateTime at(const char* s) { return *parse_datetime(s); }
inline Date day(const char* s) { return *parse_date(s); }

// The snapshot without its clock: what the atelier holds, whichever entries made it (an undo
// restores this and moves the clock on).
inline std::string content_snapshot(Atelier a) {
    a.clock = {};
    return write_snapshot(a);
}

// What an undo gives back (core/laws/undo_view.hpp): the content without history, number counters
// and blocks, with each ledger's corrections netted.
inline std::string undone_snapshot(const Atelier& a) { return content_snapshot(undo_view(a)); }

inline Command parse_command(const char* text) {
    Problems p;
    auto c = command_from_json(nlohmann::json::parse(text), p);
    INFO(text);
    REQUIRE(p.empty());
    REQUIRE(c.has_value());
    return *c;
}

struct Fixture {
    Store store;
    Context ctx{"ana", at("2026-03-01T09:00")};

    Result run(const char* json_text) { return store.dispatch(parse_command(json_text), ctx); }
    Result ok(const char* json_text) {
        Result r = run(json_text);
        INFO(json_text);
        INFO(r.error);
        REQUIRE(r.ok);
        return r;
    }
    // A command refused: "path: message", for checking the exact words.
    std::string refusal(const char* json_text) {
        const Result r = run(json_text);
        INFO(json_text);
        CHECK_FALSE(r.ok);
        return r.error.path + ": " + r.error.message;
    }
    const Atelier& a() const { return store.state(); }
    const Order& order(int n) const { return *a().order(n); }
    const Client& client(int id) const { return *a().client(id); }

    Fixture() {
        Atelier base;
        base.profile.settings = Settings{"Maison Test", "BFG", "EUR"};
        store.reset(base);
        ok(R"({"type":"atelier.update","teams":["Sewing","Cutting"],"salespeople":["Jonas"]})");
        ok(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
            {"id":"design","name":"Design"},
            {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
            {"id":"fitting","name":"Fitting","qc":true},
            {"id":"embroidery","name":"Embroidery","optional":true},
            {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}]}})");
        ok(R"({"type":"client.create","name":"Léa Dubois","phone":"06 12 34 56 78","email":"lea@example.com"})");
        ok(R"({"type":"client.measure","client":1,"date":"2026-02-01","values":[{"name":"bust","value":"88cm"},{"name":"waist","value":"70cm"}]})");
        ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","event":"2026-05-20","garment":"Aurore","price":300000})");
    }

    // Order 1 confirmed and in production at its first stage.
    void start_production() {
        ok(R"({"type":"order.confirm","order":1})");
        ok(R"({"type":"order.start","order":1})");
    }
    // Order 1 moved to the last stage with the rules satisfied.
    void to_finishing() {
        start_production();
        ok(R"({"type":"order.advance","order":1})");  // design
        ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"caption":"cut panels","stage":"cutting"}})");
        ok(R"({"type":"order.advance","order":1})");  // cutting
        ok(R"({"type":"order.qc","order":1,"pass":true})");
        ok(R"({"type":"order.advance","order":1})");  // fitting
        ok(R"({"type":"order.skip","order":1,"note":"no embroidery"})");
    }
};

}  // namespace atelier::test
