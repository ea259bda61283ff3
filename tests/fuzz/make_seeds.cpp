// Writes the seed corpora under tests/fuzz/corpus/<target>/ (committed; rerun after a format change):
//   make_seeds <corpus folder>
// - snapshot, backup: the small demo at schema 2, 1 and 0, and an empty atelier.
// - command: one command of each kind over the small demo's orders, clients and pipelines.
// - journal: the journal lines those commands produce when dispatched in turn, plus undo and redo lines.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/store.hpp"
#include "fuzz_common.hpp"

using namespace atelier;
namespace fs = std::filesystem;

namespace {

void put(const fs::path& dir, const std::string& name, const std::string& text) {
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << text;
}

std::vector<nlohmann::json> commands(const Atelier& a) {
    const int n1 = a.orders.at(0).number, n2 = a.orders.at(1).number, n3 = a.orders.at(2).number;
    const int c1 = a.clients.at(0).id;
    const Pipeline& p0 = a.pipelines.at(0);
    const std::string s1 = p0.stages.at(std::min<size_t>(1, p0.stages.size() - 1)).id;
    nlohmann::json pipeline = write_value(p0);
    pipeline["id"] = "copy";
    return {
        {{"type", "atelier.update"}, {"name", "Maison Fuzz"}, {"teams", a.profile.teams}, {"due_soon_days", 5}},
        {{"type", "pipeline.put"}, {"pipeline", pipeline}},
        {{"type", "client.create"}, {"name", "Ana"}, {"phone", "06 12"}, {"email", "ana@example.com"}},
        {{"type", "client.update"}, {"client", c1}, {"notes", "prefers silk"}},
        {{"type", "client.measure"}, {"client", c1}, {"date", "2026-05-30"}, {"values", {{{"name", "bust"}, {"value", "88cm"}}}}},
        {{"type", "order.create"}, {"client", c1}, {"pipeline", p0.id}, {"deadline", "2026-09-01"}, {"event", "2026-09-10"},
         {"garment", "Aurore"}, {"price", "1200.50"}, {"rush", true}, {"rush_fee", 5000}},
        {{"type", "order.update"}, {"order", n1}, {"garment", "Belle"}, {"event", nullptr}, {"price", 90000}},
        {{"type", "order.confirm"}, {"order", n1}},
        {{"type", "order.start"}, {"order", n1}},
        {{"type", "order.advance"}, {"order", n2}},
        {{"type", "order.qc"}, {"order", n2}, {"pass", false}, {"note", "seam"}},
        {{"type", "order.skip"}, {"order", n3}, {"note", "not needed"}},
        {{"type", "order.move_to"}, {"order", n3}, {"stage", s1}, {"note", "back"}},
        {{"type", "order.pay"}, {"order", n1}, {"amount", 10000}, {"method", "cash"}},
        {{"type", "order.schedule"}, {"order", n1}, {"milestones", nlohmann::json::array({{{"label", "Deposit"}, {"when", "order"}, {"amount", 30000}},
                                                                      {{"label", "Balance"}, {"when", "handover"}, {"amount", 60000}}})}},
        {{"type", "order.override"}, {"order", n1}, {"name", "bust"}, {"value", "90cm"}},
        {{"type", "order.fitting"}, {"order", n1}, {"at", "2026-06-10T14:00"}, {"kind", "first"}},
        {{"type", "order.fitting_done"}, {"order", n1}, {"fitting", 0}, {"notes", "ok"}},
        {{"type", "order.ship"}, {"order", n2}, {"tracking", "XY123"}},
        {{"type", "order.collect"}, {"order", n2}},
        {{"type", "order.invoice"}, {"order", n2}},
        {{"type", "order.cancel"}, {"order", n3}, {"reason", "client moved"}},
        {{"type", "order.clone"}, {"order", n1}},
    };
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_seeds <corpus folder>\n";
        return 2;
    }
    const fs::path root = argv[1];
    const Atelier& a = fuzz::demo();
    // Snapshots at every schema the readers take, and an empty atelier.
    nlohmann::json s1 = nlohmann::json::parse(write_snapshot(a));
    s1["schema"] = 1;
    for (auto& o : s1["orders"]) o.erase("created");
    nlohmann::json s0 = s1;
    s0["schema"] = 0;
    s0["settings"] = s0["atelier"];
    s0.erase("atelier");
    s0["settings"]["company_code"] = s0["settings"]["code"];
    s0["settings"].erase("code");
    Atelier empty;
    empty.profile.settings = Settings{"Maison Vide", "MV", "EUR"};
    for (const char* target : {"snapshot", "backup"}) {
        put(root / target, "demo3-schema2.json", write_snapshot(a));
        put(root / target, "demo3-schema1.json", s1.dump(1));
        put(root / target, "demo3-schema0.json", s0.dump());
        put(root / target, "empty.json", write_snapshot(empty));
    }
    // Commands, and the journal lines they make when applied in turn.
    Store store(a);
    Context ctx = fuzz::context();
    int i = 0, accepted = 0;
    auto journal = [&](const Result& r, const std::string& name) {
        if (!r.ok) return;
        for (const auto& e : r.effects)
            if (auto* j = std::get_if<JournalAppend>(&e)) put(root / "journal", name, j->entry.dump());
    };
    for (const auto& c : commands(a)) {
        char name[64];
        std::snprintf(name, sizeof name, "%02d-%s.json", i++, c["type"].get<std::string>().c_str());
        put(root / "command", name, c.dump());
        Problems p;
        auto cmd = command_from_json(c, p);
        if (!cmd) {
            std::cerr << name << ": " << (p.empty() ? Problem{} : p[0]) << "\n";
            return 1;
        }
        const Result r = store.dispatch(*cmd, ctx);
        if (!r.ok) std::cerr << name << ": refused here: " << r.error << "\n";
        accepted += r.ok;
        journal(r, name);
    }
    journal(store.undo(ctx), "undo.json");
    journal(store.undo(ctx), "undo2.json");
    journal(store.redo(ctx), "redo.json");
    std::cerr << "seeds written; " << accepted << " of " << i << " commands accepted in turn\n";
    return 0;
}
