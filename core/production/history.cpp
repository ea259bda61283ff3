#include "core/production/history.hpp"

#include <nlohmann/json.hpp>

namespace atelier {

namespace {

nlohmann::json record_json(const std::string& text) {
    if (text.empty()) return nullptr;
    return nlohmann::json::parse(text, nullptr, false);  // a record is JSON the store wrote; discarded → null
}

std::string stage_called(const Pipeline* pl, const std::string& id) {
    if (pl)
        for (const auto& s : pl->stages)
            if (s.id == id) return s.name;
    return id;
}

int stage_count(const nlohmann::json& progress, size_t i, const char* key) {
    if (!progress.is_array() || i >= progress.size() || !progress[i].is_object()) return 0;
    const auto it = progress[i].find(key);
    return it != progress[i].end() && it->is_number_integer() ? it->get<int>() : 0;
}

// "batch 2 (Navy) started: 30 pieces", or what moved at each stage whose counts changed.
std::string batch_change_text(const Pipeline* pl, const std::string& index, const std::string& before, const std::string& after) {
    const nlohmann::json b = record_json(before), a = record_json(after);
    if (!a.is_object()) return "batch " + index + " removed";
    const std::string name = "batch " + std::to_string(a.value("id", 0)) + " (" + a.value("colour", std::string()) + ")";
    if (!b.is_object()) {
        long long pieces = 0;
        for (const auto& s : a.value("sizes", nlohmann::json::array()))
            if (s.is_object()) pieces += s.value("quantity", 0);
        return name + " started: " + std::to_string(pieces) + " pieces";
    }
    const nlohmann::json none = nlohmann::json::array();
    const nlohmann::json& pb = b.contains("progress") ? b["progress"] : none;
    const nlohmann::json& pa = a.contains("progress") ? a["progress"] : none;
    std::string moved;
    for (size_t i = 0; pa.is_array() && i < pa.size(); ++i) {
        const int done = stage_count(pa, i, "done") - stage_count(pb, i, "done");
        const int rejected = stage_count(pa, i, "rejected") - stage_count(pb, i, "rejected");
        if (done == 0 && rejected == 0) continue;
        const std::string stage = pa[i].is_object() ? stage_called(pl, pa[i].value("stage", std::string())) : "";
        std::string s = std::to_string(done) + " done at " + stage;
        if (rejected != 0) s += ", " + std::to_string(rejected) + " rejected";
        moved += (moved.empty() ? "" : ", ") + s;
    }
    if (moved.empty() && a.value("note", std::string()) != b.value("note", std::string())) moved = "note: " + a.value("note", std::string());
    return name + (moved.empty() ? " changed" : ": " + moved);
}

std::string record_text(const std::string& text) {
    const nlohmann::json v = record_json(text);
    return v.is_string() ? v.get<std::string>() : text;
}

std::string history_change_text(const Pipeline* pl, const FieldChange& c) {
    if (c.field.rfind("batches/", 0) == 0) return batch_change_text(pl, c.field.substr(8), c.before, c.after);
    if (c.field.rfind("matrix/", 0) == 0) {
        const nlohmann::json a = record_json(c.after);
        if (!a.is_object()) return "matrix: a cell removed";
        return "matrix: " + a.value("colour", std::string()) + " " + a.value("size", std::string()) + " × " +
               std::to_string(a.value("quantity", 0));
    }
    if (c.field == "state") {
        auto label = [](const std::string& t) {
            const std::string name = record_text(t);
            for (size_t i = 0; i < EnumNames<ProductionState>::names.size(); ++i)
                if (name == EnumNames<ProductionState>::names[i]) return std::string(EnumNames<ProductionState>::labels[i]);
            return name;
        };
        return "state: " + label(c.before) + " → " + label(c.after);
    }
    // Short values read as they are ("due: 2026-12-01 → 2027-01-15"); long ones by their name.
    const std::string b = record_text(c.before), a = record_text(c.after);
    if (b.size() + a.size() <= 80) return c.field + ": " + (b.empty() ? "—" : b) + " → " + (a.empty() ? "—" : a);
    return c.field + " changed";
}

}  // namespace

std::vector<HistoryLine> production_history(const Atelier& a, const ProductionOrder& po) {
    const Pipeline* pl = a.pipeline(po.pipeline);
    std::vector<HistoryLine> out;
    out.reserve(po.history.size());
    for (auto it = po.history.rbegin(); it != po.history.rend(); ++it) {
        HistoryLine l{it->at, it->who, it->what, "", std::nullopt};
        for (const auto& c : it->changes) {
            if (c.field == "pack_seen") continue;  // bookkeeping, not something a person did
            l.details += (l.details.empty() ? "" : "; ") + history_change_text(pl, c);
        }
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace atelier
