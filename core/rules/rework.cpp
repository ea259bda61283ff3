#include "core/rules/rework.hpp"

#include <algorithm>

#include "core/i18n/catalogue.hpp"
#include "core/text.hpp"

namespace atelier {

int production_position(const Pipeline& p, const Order& o) {
    const int i = stage_index(p, o.stage);
    if (i < 0) return -1;
    return i + 1 == static_cast<int>(p.stages.size()) && o.stage_status == StageStatus::done ? i + 1 : i;
}

int rework_from_position(const Pipeline& p, const std::string& from) {
    if (from == "handover") return static_cast<int>(p.stages.size());
    return stage_index(p, from);
}

int reached_position(const Pipeline& p, const Order& o) {
    int reached = production_position(p, o);
    for (const LogEntry& e : o.log)
        if (e.event == Event::rework) reached = std::max(reached, rework_from_position(p, e.from));
    return reached;
}

std::vector<int> rework_targets(const Atelier& a, const Order& o) {
    std::vector<int> out;
    const Pipeline* p = a.pipeline(o.pipeline);
    if (o.status != Status::in_production || !p) return out;
    const int here = production_position(*p, o);
    for (int i = 0; i < here; ++i) out.push_back(i);
    return out;
}

const LogEntry* open_rework(const Atelier& a, const Order& o) {
    if (o.status != Status::in_production) return nullptr;
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p) return nullptr;
    for (auto it = o.log.rbegin(); it != o.log.rend(); ++it) {
        if (it->event != Event::rework) continue;
        // Passing a stage means leaving it: the position after it (the last stage's is "finished").
        const int from = rework_from_position(*p, it->from);
        const int passed = std::min(from + 1, static_cast<int>(p->stages.size()));
        return from >= 0 && production_position(*p, o) < passed ? &*it : nullptr;
    }
    return nullptr;
}

std::string rework_badge(const LogEntry& e, size_t max_bytes, Language language) {
    return fill(text(language, Msg::rework_badge), {{"note", max_bytes == 0 ? e.note : shortened(e.note, max_bytes)}});
}

int refrozen_stage(const Pipeline& p, int target, int from) {
    const int last = std::min(from, static_cast<int>(p.stages.size()) - 1);
    for (int i = std::max(target, 0); i <= last; ++i)
        if (p.stages[static_cast<size_t>(i)].freezes) return i;
    return -1;
}

}  // namespace atelier
