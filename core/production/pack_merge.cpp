#include "core/production/pack_merge.hpp"

namespace atelier {

namespace {

template <class T>
const T& field_merge(const T& now, const T& seen, const T& to) {
    return seen != to ? to : now;
}

// Lines of a list keyed by `key`, merged as pipeline stages are (core/commands/concurrent.cpp).
template <class Line, class Key>
std::vector<Line> lines_merge(const std::vector<Line>& now, const std::vector<Line>& seen, const std::vector<Line>& to, Key key) {
    const auto find = [&](const std::vector<Line>& in, const Line& l) -> const Line* {
        for (const auto& x : in)
            if (key(x) == key(l)) return &x;
        return nullptr;
    };
    std::vector<Line> out;
    for (const Line& l : to) {
        const Line* was = find(seen, l);
        const Line* cur = find(now, l);
        if (!was || !(*was == l)) out.push_back(l);  // added or changed by the author
        else if (cur) out.push_back(*cur);           // left alone: as it is now (gone if removed meanwhile)
    }
    for (size_t i = 0; i < now.size(); ++i) {
        const Line& l = now[i];
        if (find(seen, l) || find(to, l)) continue;  // not new meanwhile
        size_t at = 0;  // after the nearest line before it (in `now`) that is kept
        for (size_t k = i; k-- > 0 && at == 0;)
            for (size_t j = 0; j < out.size(); ++j)
                if (key(out[j]) == key(now[k])) at = j + 1;
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), l);
    }
    return out;
}

}  // namespace

TechPack merged_pack(const TechPack& now, const TechPack& seen, const TechPack& to) {
    if (now == seen) return to;
    TechPack out;
    out.sizes = field_merge(now.sizes, seen.sizes, to.sizes);
    out.colours = field_merge(now.colours, seen.colours, to.colours);
    out.notes = field_merge(now.notes, seen.notes, to.notes);
    out.checklist = field_merge(now.checklist, seen.checklist, to.checklist);
    out.bom = lines_merge(now.bom, seen.bom, to.bom, [](const BomLine& b) { return b.material + '\n' + b.unit; });
    out.chart = lines_merge(now.chart, seen.chart, to.chart, [](const ChartPoint& c) { return c.point; });
    return out;
}

}  // namespace atelier
