#include "core/snapshot/snapshot.hpp"

#include "core/i18n/said_text.hpp"

namespace atelier {

namespace {
// Schema 0 (pre-release files) kept the identity under "settings" with "company_code".
void from_0_to_1(nlohmann::json& j) {
    // Moved, never copied: nlohmann copies subtrees recursively.
    if (j.contains("settings") && !j.contains("atelier")) {
        nlohmann::json s = std::move(j["settings"]);
        j.erase("settings");
        if (s.is_object() && s.contains("company_code")) {
            s["code"] = std::move(s["company_code"]);
            s.erase("company_code");
        }
        j["atelier"] = std::move(s);
    }
    j["schema"] = 1;
}
// Schema 2 gives orders a "created" date-time. Schema 1 had none: an order's first history entry
// (its order.create or order.clone) is when it was made; orders without history stay undated.
void from_1_to_2(nlohmann::json& j) {
    if (auto orders = j.find("orders"); orders != j.end() && orders->is_array())
        for (auto& o : *orders) {
            if (!o.is_object() || o.contains("created")) continue;
            auto h = o.find("history");
            if (h == o.end() || !h->is_array() || h->empty() || !(*h)[0].is_object()) continue;
            if (auto at = (*h)[0].find("at"); at != (*h)[0].end()) o["created"] = *at;
        }
    j["schema"] = 2;
}
using Step = void (*)(nlohmann::json&);
const Step kSteps[] = {from_0_to_1, from_1_to_2};  // kSteps[v] upgrades schema v to v + 1
}  // namespace

bool migrate_snapshot(nlohmann::json& j, Problems& problems) {
    if (!j.is_object()) {
        problems.push_back(problem_at("", say(Msg::why_json_snapshot_not_object)));
        return false;
    }
    auto it = j.find("schema");
    if (it == j.end()) {
        problems.push_back(problem_at("/schema", say(Msg::why_json_schema_missing)));
        return false;
    }
    if (!it->is_number_integer()) {
        problems.push_back(problem_at("/schema", say(Msg::why_json_not_whole)));
        return false;
    }
    const int64_t v = it->get<int64_t>();
    if (v > kSchema) {
        problems.push_back(problem_at("/schema", say(Msg::why_json_schema_newer,
                                                     {{"schema", std::to_string(v)}, {"reads", std::to_string(kSchema)}})));
        return false;
    }
    if (v < 0) {
        problems.push_back(problem_at("/schema", say(Msg::why_json_not_negative)));
        return false;
    }
    for (int64_t s = v; s < kSchema; ++s) kSteps[s](j);
    return true;
}

}  // namespace atelier
