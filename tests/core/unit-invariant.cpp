// Issue 11: every accepted edit leaves an atelier that opens. Each rule has its refusal (with the
// exact reason) and the proof that the state still passes the loader's validation.
#include <doctest/doctest.h>

#include "core/demo.hpp"
#include "core/storage/journal_entry.hpp"
#include "core/storage/storage.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

void require_valid(const Atelier& a) {
    Problems p;
    validate_atelier(a, p);
    INFO(p.size() << " problems, first: " << (p.empty() ? Problem{} : p.front()));
    REQUIRE(p.empty());
}

// Dispatches and expects a refusal that changes nothing.
Result refused(Store& s, const char* json_text, const Context& ctx) {
    const std::string before = write_snapshot(s.state());
    Result r = s.dispatch(parse_command(json_text), ctx);
    INFO(json_text);
    CHECK_FALSE(r.ok);
    CHECK(write_snapshot(s.state()) == before);
    return r;
}

}  // namespace

TEST_CASE("issue 11: the reproduction — dropping teams that orders use is refused, saying what uses them") {
    Store s(make_demo(DemoOptions{200, 3}));
    const Context ctx{"owner", at("2026-06-01T09:00")};
    Result r = refused(s, R"({"type":"atelier.update","teams":["Design","Cutting","Finishing"]})", ctx);
    CHECK(r.error.path == "/teams");
    // The demo's first dropped team in list order, with both kinds of use counted.
    size_t orders = 0, stages = 0;
    std::string team;
    for (const auto& t : s.state().profile.teams)
        if (t != "Design" && t != "Cutting" && t != "Finishing") {
            team = t;
            break;
        }
    for (const auto& o : s.state().orders) orders += o.team == team;
    for (const auto& p : s.state().pipelines)
        for (const auto& st : p.stages) stages += st.team == team;
    REQUIRE(orders > 0);
    std::string uses = std::to_string(orders) + " orders";
    if (stages) uses += " and " + std::to_string(stages) + (stages == 1 ? " stage" : " stages");
    CHECK(r.error.message == "team \"" + team + "\" is used by " + uses + "; move them to another team first (or rename the team)");
    require_valid(s.state());
}

TEST_CASE("issue 11: a team or salesperson nobody uses can be removed; one in use cannot") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"team":"Sewing","salesperson":"Jonas"})");
    CHECK(refused(f.store, R"({"type":"atelier.update","teams":["Cutting"]})", f.ctx).error.message ==
          "team \"Sewing\" is used by 1 order; move them to another team first (or rename the team)");
    CHECK(refused(f.store, R"({"type":"atelier.update","teams":["Sewing"]})", f.ctx).error.message ==
          "team \"Cutting\" is used by 1 stage; move them to another team first (or rename the team)");
    CHECK(refused(f.store, R"({"type":"atelier.update","salespeople":[]})", f.ctx).error.message ==
          "salesperson \"Jonas\" is used by 1 order; give them another salesperson first (or rename the salesperson)");
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting","Beading"]})");
    f.ok(R"({"type":"atelier.update","teams":["Sewing","Cutting"]})");
    require_valid(f.a());
}

TEST_CASE("issue 11: team.rename renames every reference in one step and one undo") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"team":"Cutting"})");
    f.ok(R"({"type":"team.rename","from":"Cutting","to":"Coupe"})");
    CHECK(f.a().profile.teams == std::vector<std::string>{"Sewing", "Coupe"});
    CHECK(f.order(1).team == "Coupe");
    CHECK(f.a().pipeline("bridal")->stages[1].team == "Coupe");
    CHECK(f.order(1).history.back().what == "team.rename");
    require_valid(f.a());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.order(1).team == "Cutting");
    CHECK(f.a().pipeline("bridal")->stages[1].team == "Cutting");
    CHECK(f.a().profile.teams == std::vector<std::string>{"Sewing", "Cutting"});
    require_valid(f.a());

    CHECK(refused(f.store, R"({"type":"team.rename","from":"Nobody","to":"X"})", f.ctx).error.message == "no team \"Nobody\"");
    CHECK(refused(f.store, R"({"type":"team.rename","from":"Cutting","to":"Sewing"})", f.ctx).error.message ==
          "there is already a team \"Sewing\"");
    CHECK(refused(f.store, R"({"type":"team.rename","from":"Cutting","to":"Cutting"})", f.ctx).error.message ==
          "the team is already called \"Cutting\"");
    CHECK(refused(f.store, R"({"type":"team.rename","from":"Cutting","to":"  "})", f.ctx).error.path == "/to");
}

TEST_CASE("issue 11: salesperson.rename renames every order's salesperson in one step") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"salesperson":"Jonas"})");
    f.ok(R"({"type":"salesperson.rename","from":"Jonas","to":"Jonas B."})");
    CHECK(f.a().profile.salespeople == std::vector<std::string>{"Jonas B."});
    CHECK(f.order(1).salesperson == "Jonas B.");
    require_valid(f.a());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.order(1).salesperson == "Jonas");
    CHECK(refused(f.store, R"({"type":"salesperson.rename","from":"Mia","to":"X"})", f.ctx).error.message == "no salesperson \"Mia\"");
}

TEST_CASE("issue 11: settings numbers have one range in the command and the loader") {
    Fixture f;
    // Built as the UI builds them (the JSON reader may refuse a negative number before the command sees it).
    auto update = [&](auto set) {
        cmd::AtelierUpdate u;
        set(u);
        const std::string before = write_snapshot(f.a());
        Result r = f.store.dispatch(u, f.ctx);
        CHECK_FALSE(r.ok);
        CHECK(write_snapshot(f.a()) == before);
        return r.error;
    };
    CHECK(update([](cmd::AtelierUpdate& u) { u.due_soon_days = -1; }) == Problem{"/due_soon_days", "must be from 0 to 365"});
    CHECK(update([](cmd::AtelierUpdate& u) { u.buffer_days = -3; }) == Problem{"/buffer_days", "must be from 0 to 365"});
    CHECK(update([](cmd::AtelierUpdate& u) { u.free_cancel_hours = -48; }) == Problem{"/free_cancel_hours", "must be from 0 to 8760"});
    CHECK(update([](cmd::AtelierUpdate& u) { u.free_cancel_hours = 9000; }) == Problem{"/free_cancel_hours", "must be from 0 to 8760"});
    CHECK(update([](cmd::AtelierUpdate& u) { u.late_cancel_percent = -1; }) ==
          Problem{"/late_cancel_percent", "must be a percentage from 0 to 100"});
    f.ok(R"({"type":"atelier.update","due_soon_days":0,"buffer_days":365,"free_cancel_hours":8760})");

    // The loader holds the same ranges.
    nlohmann::json j = snapshot_to_json(f.a());
    j["atelier"]["due_soon_days"] = 400;
    j["atelier"]["free_cancel_hours"] = 9000;
    j["pipelines"][0]["stages"][0]["days"] = 400;
    Atelier out;
    Problems p;
    CHECK_FALSE(read_snapshot(j.dump(), out, p));
    CHECK(p == Problems{{"/atelier/due_soon_days", "must be from 0 to 365"},
                        {"/atelier/free_cancel_hours", "must be from 0 to 8760"},
                        {"/pipelines/0/stages/0/days", "must be from 0 to 365"}});
}

TEST_CASE("issue 11: a stage cannot be removed while milestones, photos, log entries, fees or orders name it") {
    Fixture f;
    f.to_finishing();  // photo at cutting, QC log at fitting, skip log at embroidery
    const char* without_cutting = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"fitting","name":"Fitting","qc":true},
        {"id":"embroidery","name":"Embroidery","optional":true},{"id":"finishing","name":"Finishing"}]}})";
    CHECK(refused(f.store, without_cutting, f.ctx).error.message ==
          "stage \"cutting\" cannot be removed: it is named by 1 photo (order 1-BFG)");
    const char* without_embroidery = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"cutting","name":"Cutting","team":"Cutting"},
        {"id":"fitting","name":"Fitting","qc":true},{"id":"finishing","name":"Finishing"}]}})";
    CHECK(refused(f.store, without_embroidery, f.ctx).error.message ==
          "stage \"embroidery\" cannot be removed: it is named by 1 production log entry (order 1-BFG)");

    Fixture g;
    g.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"Deposit","when":"order","amount":100000},{"label":"At fitting","when":"fitting","amount":100000}]})");
    g.ok(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"fitting","percent":60}]})");
    const char* without_fitting = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"cutting","name":"Cutting"}]}})";
    CHECK(refused(g.store, without_fitting, g.ctx).error.message ==
          "stage \"fitting\" cannot be removed: it is named by 1 payment milestone and 1 cancellation fee (order 1-BFG)");
    require_valid(g.a());
}

TEST_CASE("issue 11: an order changes pipeline only when the new one has every stage it names") {
    Fixture f;
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"alter","name":"Alterations","stages":[{"id":"pin","name":"Pin"},{"id":"sew","name":"Sew"}]}})");
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"At fitting","when":"fitting","amount":100000}]})");
    CHECK(refused(f.store, R"({"type":"order.update","order":1,"pipeline":"alter"})", f.ctx).error.message ==
          "the payment milestone \"At fitting\" is due at stage \"fitting\", which pipeline \"alter\" does not have; change the schedule first");
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"Deposit","when":"order","amount":100000}]})");
    f.ok(R"({"type":"order.update","order":1,"pipeline":"alter"})");
    CHECK(f.order(1).stage == "pin");
    require_valid(f.a());
}

TEST_CASE("issue 11: the store refuses, and rolls back, any change the validator would refuse") {
    // A rule no command checks itself is still enforced: the store validates what the change
    // touched. Here an order's client is removed by an undo of client.create replayed from a
    // journal line while an order still names the client.
    Fixture f;
    Store& s = f.store;
    JournalEntry line;
    line.kind = JournalEntry::Kind::undo;
    line.at = f.ctx.now;
    line.who = "ana";
    line.what = "client.create";
    line.remove.of<Client>() = {1};
    const std::string before = write_snapshot(s.state());
    Problems p;
    CHECK_FALSE(apply_entry(s, line, p));
    REQUIRE(p.size() == 1);
    CHECK(p[0].message == "refused: the atelier would not be valid afterwards (no client 1)");
    CHECK(p[0].path == "/orders/0/client");
    CHECK(write_snapshot(s.state()) == before);
}

TEST_CASE("issue 11: one journal-line parser; at and who are required; undo and redo lines round-trip") {
    Fixture f;
    Result r = f.ok(R"({"type":"order.pay","order":1,"amount":5000})");
    const auto& entry = std::get<JournalAppend>(r.effects.front()).entry;
    Problems p;
    auto line = entry_from_json(entry, p);
    REQUIRE(line);
    CHECK(line->kind == JournalEntry::Kind::command);
    CHECK(line->who == "ana");
    CHECK(entry_to_json(*line) == entry);

    Result u = f.store.undo(f.ctx);
    const auto& undo_entry = std::get<JournalAppend>(u.effects.front()).entry;
    auto undo_line = entry_from_json(undo_entry, p);
    REQUIRE(undo_line);
    REQUIRE(undo_line->command);
    CHECK(std::get<cmd::Undo>(*undo_line->command).what == "order.pay");
    CHECK(entry_to_json(*undo_line) == undo_entry);

    auto refuse = [](const char* text) {
        Problems q;
        CHECK_FALSE(entry_from_json(nlohmann::json::parse(text), q));
        REQUIRE_FALSE(q.empty());
        return q.front();
    };
    CHECK(refuse(R"({"who":"ana","command":{"type":"order.confirm","order":1}})") == Problem{"/at", "is missing (when the change was made)"});
    CHECK(refuse(R"({"at":"2026-03-01T09:00","command":{"type":"order.confirm","order":1}})") ==
          Problem{"/who", "must be the name of who made the change"});
    CHECK(refuse(R"({"at":"yesterday","who":"a","command":{}})") == Problem{"/at", "must be a date-time YYYY-MM-DDTHH:MM"});
    CHECK(refuse(R"({"at":"2026-03-01T09:00","who":"a","command":{"type":"order.confirm"},"undo":"x"})").message ==
          "a journal line holds exactly one of command, undo, redo or restore");
    CHECK(refuse(R"({"at":"2026-03-01T09:00","who":"a","redo":"order.pay"})") == Problem{"/put", "is missing (the entities after the redo)"});
    CHECK(refuse(R"([1,2])") == Problem{"", "a journal line must be a JSON object"});
}

TEST_CASE("issue 11: compaction never promotes a snapshot that does not open") {
    // Files that change what is written (a platform bug, a full disk that truncates silently).
    struct Mangling : MemoryFiles {
        bool truncate = false;
        bool write(const std::string& name, std::string_view data) override {
            return MemoryFiles::write(name, truncate && name.ends_with(".tmp") ? data.substr(0, data.size() / 2) : data);
        }
    };
    Fixture f;
    Mangling files;
    Storage st(files);
    REQUIRE(st.compact(f.a()));
    const auto good = files.files;
    files.truncate = true;
    Fixture g;
    g.ok(R"({"type":"order.confirm","order":1})");
    REQUIRE(st.record(nlohmann::json{{"at", "2026-03-01T09:00"}, {"who", "ana"}, {"command", {{"type", "order.confirm"}, {"order", 1}}}}));
    const auto recorded = files.files;
    CHECK_FALSE(st.compact(g.a()));
    CHECK(st.error().find("the atelier was not saved as a snapshot: it did not read back intact") == 0);
    CHECK(files.files == recorded);  // the temp file is gone, the good generation and the journal untouched
    CHECK(good.size() + 1 == recorded.size());
    // What is stored still opens, with the edit.
    LoadResult reopened = Storage(files).open();
    REQUIRE(reopened.atelier);
    CHECK(reopened.atelier->order(1)->status == Status::confirmed);
}
