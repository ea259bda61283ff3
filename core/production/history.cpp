#include "core/production/history.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n/names.hpp"

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

// The catalogue's sentence `m` in `l`, its placeholders filled.
std::string said(Language l, Msg m, std::initializer_list<Arg> args = {}) { return fill(text(l, m), args); }

// "batch 2 (Navy) started: 30 pieces", or what moved at each stage whose counts changed.
std::string batch_change_text(Language l, const Pipeline* pl, const std::string& index, const std::string& before, const std::string& after) {
    const nlohmann::json b = record_json(before), a = record_json(after);
    if (!a.is_object()) return said(l, Msg::core_phist_batch_removed, {{"batch", index}});
    const std::string name =
        said(l, Msg::core_phist_batch, {{"batch", std::to_string(a.value("id", 0))}, {"colour", a.value("colour", std::string())}});
    if (!b.is_object()) {
        long long pieces = 0;
        for (const auto& s : a.value("sizes", nlohmann::json::array()))
            if (s.is_object()) pieces += s.value("quantity", 0);
        return said(l, Msg::core_phist_batch_started, {{"batch", name}, {"pieces", std::to_string(pieces)}});
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
        const std::string d = std::to_string(done), r = std::to_string(rejected);
        const std::string s = rejected != 0 ? said(l, Msg::core_phist_done_rejected, {{"done", d}, {"stage", stage}, {"rejected", r}})
                                            : said(l, Msg::core_phist_done_at, {{"done", d}, {"stage", stage}});
        moved += (moved.empty() ? "" : ", ") + s;
    }
    if (moved.empty() && a.value("note", std::string()) != b.value("note", std::string()))
        moved = said(l, Msg::core_phist_note, {{"note", a.value("note", std::string())}});
    return moved.empty() ? said(l, Msg::core_phist_batch_changed, {{"batch", name}})
                         : said(l, Msg::core_phist_batch_moved, {{"batch", name}, {"moved", moved}});
}

std::string record_text(const std::string& text) {
    const nlohmann::json v = record_json(text);
    return v.is_string() ? v.get<std::string>() : text;
}

std::string history_change_text(Language l, const Pipeline* pl, const FieldChange& c) {
    if (c.field.rfind("batches/", 0) == 0) return batch_change_text(l, pl, c.field.substr(8), c.before, c.after);
    if (c.field.rfind("matrix/", 0) == 0) {
        const nlohmann::json a = record_json(c.after);
        if (!a.is_object()) return said(l, Msg::core_phist_matrix_removed);
        const std::string colour = a.value("colour", std::string()), size = a.value("size", std::string());
        return said(l, Msg::core_phist_matrix_cell, {{"colour", colour}, {"size", size}, {"quantity", std::to_string(a.value("quantity", 0))}});
    }
    if (c.field == "state") {
        // A state's name in the catalogue's words; a name the program does not know as it is.
        auto label = [l](const std::string& t) {
            const std::string name = record_text(t);
            for (size_t i = 0; i < EnumNames<ProductionState>::names.size(); ++i)
                if (name == EnumNames<ProductionState>::names[i])
                    return std::string(text(l, production_state_msg(static_cast<ProductionState>(i))));
            return name;
        };
        return said(l, Msg::core_phist_state, {{"before", label(c.before)}, {"after", label(c.after)}});
    }
    // Short values read as they are ("due: 2026-12-01 → 2027-01-15"); long ones by their name.
    const std::string b = record_text(c.before), a = record_text(c.after);
    if (b.size() + a.size() <= 80)
        return said(l, Msg::core_phist_field, {{"field", c.field}, {"before", b.empty() ? "—" : b}, {"after", a.empty() ? "—" : a}});
    return said(l, Msg::core_phist_field_changed, {{"field", c.field}});
}

}  // namespace

std::vector<HistoryLine> production_history(const Atelier& a, const ProductionOrder& po, Language l) {
    const Pipeline* pl = a.pipeline(po.pipeline);
    std::vector<HistoryLine> out;
    out.reserve(po.history.size());
    for (auto it = po.history.rbegin(); it != po.history.rend(); ++it) {
        HistoryLine line{it->at, it->who, it->what, "", std::nullopt};
        for (const auto& c : it->changes) {
            if (c.field == "pack_seen") continue;  // bookkeeping, not something a person did
            line.details += (line.details.empty() ? "" : "; ") + history_change_text(l, pl, c);
        }
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace atelier
