#include "core/production/materials.hpp"

#include <map>

#include "core/csv/csv.hpp"
#include "core/i18n/said_text.hpp"
#include "core/production/rules.hpp"

namespace atelier {

namespace {

// Sums in thousandths, stopped at an overflow (a hostile file's quantities).
struct Adder {
    MaterialsSummary& out;
    std::map<std::pair<std::string, std::string>, size_t> at;  // (material, unit) -> line

    static bool mul_add(int64_t& into, int64_t a, int64_t b) {
        int64_t m = 0;
        return !__builtin_mul_overflow(a, b, &m) && !__builtin_add_overflow(into, m, &into);
    }
    void add(const ProductionOrder& p, const TechPack& pack) {
        for (const BomLine& b : pack.bom) {
            int64_t net = 0, wasted = 0;
            for (const Cell& c : p.matrix) {
                const int si = index_in(pack.sizes, c.size);
                if (si < 0 || static_cast<size_t>(si) >= b.per_size.size()) continue;
                if (!mul_add(net, c.quantity, b.per_size[static_cast<size_t>(si)].milli)) return fail(b);
            }
            // Waste rounded up per line: a buyer orders what is needed, not a thousandth less.
            int64_t scaled = 0;
            if (!mul_add(scaled, net, 100 + b.waste_percent)) return fail(b);
            wasted = scaled / 100 + (scaled % 100 != 0 ? 1 : 0);
            auto [it, fresh] = at.try_emplace({b.material, b.unit}, out.lines.size());
            if (fresh) out.lines.push_back(MaterialNeed{b.material, b.unit, b.supplier, b.kind, {}, {}});
            MaterialNeed& line = out.lines[it->second];
            if (__builtin_add_overflow(line.net.milli, net, &line.net.milli) ||
                __builtin_add_overflow(line.with_waste.milli, wasted, &line.with_waste.milli))
                return fail(b);
        }
        ++out.orders;
    }
    void fail(const BomLine& b) {
        if (!out.problem) out.problem = say(Msg::why_mat_too_large, {{"material", b.material}});
    }
};

}  // namespace

bool pack_changed(const Atelier& a, const ProductionOrder& p) {
    if (p.version != 0) return false;
    const Style* s = a.style(p.style);
    return s && s->revision != p.pack_seen;
}

MaterialsSummary materials_of(const Atelier& a, const ProductionOrder& p) {
    MaterialsSummary out;
    Adder add{out, {}};
    const Style* s = a.style(p.style);
    const PackVersion* pack = s ? pack_of(*s, p) : nullptr;
    if (pack) add.add(p, *pack);
    if (pack_changed(a, p)) out.changed.push_back(p.number);
    if (out.problem) out.lines.clear();
    return out;
}

MaterialsSummary materials_of_open(const Atelier& a) {
    MaterialsSummary out;
    Adder add{out, {}};
    for (const ProductionOrder& p : a.productions) {
        if (p.state == ProductionState::completed || p.state == ProductionState::cancelled) continue;
        const Style* s = a.style(p.style);
        const PackVersion* pack = s ? pack_of(*s, p) : nullptr;
        if (!pack) continue;
        add.add(p, *pack);
        if (pack_changed(a, p)) out.changed.push_back(p.number);
    }
    if (out.problem) out.lines.clear();
    return out;
}

std::string materials_csv(const MaterialsSummary& m, char sep) {
    std::vector<std::vector<std::string>> rows{{"material", "kind", "unit", "supplier", "required", "with waste"}};
    for (const auto& l : m.lines)
        rows.push_back({l.material, enum_id(l.kind), l.unit, l.supplier, format_quantity(l.net), format_quantity(l.with_waste)});
    return csv_text(rows, CsvWriteOptions{sep, true});
}

}  // namespace atelier
