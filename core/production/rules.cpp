#include "core/production/rules.hpp"

#include <algorithm>
#include <set>

#include "core/i18n/said_text.hpp"
#include "core/rules/photos.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {

std::string at_index(const char* list, size_t i) {
    std::string out = "/";
    out += list;
    out += '/';
    out += std::to_string(i);
    return out;
}

// A list of names (sizes, colourways, checks): each typed, each once.
// `too_many`: the sentence saying at most {max} of them.
std::optional<Finding> names_problem(const std::vector<std::string>& names, const char* list, size_t max_items, size_t max_bytes,
                                     Msg too_many) {
    if (names.size() > max_items) return Finding{std::string("/") + list, say(too_many, {{"max", std::to_string(max_items)}})};
    std::set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
        if (auto why = text_problem(names[i], true, max_bytes)) return Finding{at_index(list, i), *why};
        if (!seen.insert(names[i]).second) return Finding{at_index(list, i), say(Msg::why_prod_listed_twice, {{"name", names[i]}})};
    }
    return std::nullopt;
}

}  // namespace

std::optional<Said> style_code_problem(const std::string& code) {
    if (code.empty() || code.size() > 32) return say(Msg::why_prod_style_code_length);
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return say(Msg::why_prod_style_code_chars);
    return std::nullopt;
}

std::optional<Said> text_problem(const std::string& value, bool required, size_t max) {
    if (required && trim(value).empty()) return say(Msg::why_empty);
    if (value.size() > max) return say(Msg::why_too_long, {{"max", std::to_string(max)}});
    if (!is_valid_utf8(value)) return say(Msg::why_not_utf8);
    if (has_control_chars(value)) return say(Msg::why_control_chars);
    return std::nullopt;
}

std::optional<Finding> pack_problem(const TechPack& p) {
    if (auto f = names_problem(p.sizes, "sizes", kMaxSizes, 16, Msg::why_prod_max_sizes)) return f;
    if (auto f = names_problem(p.colours, "colours", kMaxColours, 40, Msg::why_prod_max_colours)) return f;
    if (auto f = names_problem(p.checklist, "checklist", kMaxChecks, 200, Msg::why_prod_max_checks)) return f;
    if (auto why = text_problem(p.notes, false, kMaxPackNotesBytes)) return Finding{"/notes", *why};
    if (p.chart.size() > kMaxChartPoints) return Finding{"/chart", say(Msg::why_prod_max_points, {{"max", std::to_string(kMaxChartPoints)}})};
    std::set<std::string> points;
    for (size_t i = 0; i < p.chart.size(); ++i) {
        const ChartPoint& c = p.chart[i];
        const std::string at = at_index("chart", i);
        if (auto why = text_problem(c.point, true, 80)) return Finding{at + "/point", *why};
        if (!points.insert(c.point).second) return Finding{at + "/point", say(Msg::why_prod_listed_twice, {{"name", c.point}})};
        if (c.values.size() != p.sizes.size())
            return Finding{at + "/values", say(Msg::why_prod_value_per_size, {{"n", std::to_string(p.sizes.size())}})};
    }
    if (p.bom.size() > kMaxBomLines) return Finding{"/bom", say(Msg::why_prod_max_materials, {{"max", std::to_string(kMaxBomLines)}})};
    std::set<std::pair<std::string, std::string>> materials;
    for (size_t i = 0; i < p.bom.size(); ++i) {
        const BomLine& b = p.bom[i];
        const std::string at = at_index("bom", i);
        if (auto why = text_problem(b.material, true, 120)) return Finding{at + "/material", *why};
        if (auto why = text_problem(b.unit, true, 16)) return Finding{at + "/unit", *why};
        if (!materials.insert({b.material, b.unit}).second)
            return Finding{at + "/material", say(Msg::why_prod_material_twice, {{"material", b.material}, {"unit", b.unit}})};
        if (auto why = text_problem(b.supplier, false, 120)) return Finding{at + "/supplier", *why};
        if (b.waste_percent < 0 || b.waste_percent > 100) return Finding{at + "/waste_percent", say(Msg::why_prod_percentage)};
        if (b.per_size.size() != p.sizes.size())
            return Finding{at + "/per_size", say(Msg::why_prod_quantity_per_size, {{"n", std::to_string(p.sizes.size())}})};
        for (size_t k = 0; k < b.per_size.size(); ++k)
            if (b.per_size[k].milli < 0 || b.per_size[k].milli > kQuantityMaxMilli)
                return Finding{at + "/per_size/" + std::to_string(k),
                               say(Msg::set_range, {{"min", "0"}, {"max", std::to_string(kQuantityMaxMilli / 1000)}})};
    }
    return std::nullopt;
}

std::optional<Finding> style_problem(const Style& s) {
    if (auto why = style_code_problem(s.code)) return Finding{"/code", *why};
    if (auto why = text_problem(s.name, true, 200)) return Finding{"/name", *why};
    if (auto why = text_problem(s.season, false, 40)) return Finding{"/season", *why};
    if (s.versions.empty()) return Finding{"/versions", say(Msg::why_prod_no_version)};
    for (size_t i = 0; i < s.versions.size(); ++i) {
        const std::string at = at_index("versions", i);
        if (s.versions[i].version != static_cast<int>(i) + 1)
            return Finding{at + "/version", say(Msg::why_prod_version_number, {{"n", std::to_string(i + 1)}})};
        if (auto f = pack_problem(s.versions[i])) return Finding{at + f->field, f->why};
    }
    if (s.revision < static_cast<int>(s.versions.size()))
        return Finding{"/revision", say(Msg::why_prod_revision, {{"n", std::to_string(s.versions.size())}})};
    if (s.images.size() > kMaxStylePhotos) return Finding{"/images", say(Msg::why_prod_max_photos, {{"max", std::to_string(kMaxStylePhotos)}})};
    for (size_t i = 0; i < s.images.size(); ++i) {
        const Image& im = s.images[i];
        const std::string at = at_index("images", i);
        std::string field;
        if (auto why = photo_problem(im, field)) return Finding{at + "/" + field, *why};
        if (!im.stage.empty()) return Finding{at + "/stage", say(Msg::why_prod_photo_stage)};
        if (auto why = text_problem(im.caption, false, 400)) return Finding{at + "/caption", *why};
        for (size_t k = 0; k < i; ++k)
            if (s.images[k].id == im.id) return Finding{at + "/id", say(Msg::why_prod_photo_twice)};
    }
    if (s.pack().released && s.state != StyleState::production_ready && s.state != StyleState::archived)
        return Finding{"/state", say(Msg::why_prod_released_state, {{"version", std::to_string(s.pack().version)}})};
    return std::nullopt;
}

std::vector<Cell> canonical_matrix(std::vector<Cell> cells, const TechPack& pack) {
    auto rank = [&](const Cell& c) {
        const int ci = index_in(pack.colours, c.colour), si = index_in(pack.sizes, c.size);
        return ci < 0 || si < 0 ? std::pair{static_cast<int>(kMaxColours) + 1, 0} : std::pair{ci, si};
    };
    std::stable_sort(cells.begin(), cells.end(), [&](const Cell& x, const Cell& y) { return rank(x) < rank(y); });
    return cells;
}

std::optional<Finding> matrix_problem(const std::vector<Cell>& m, const TechPack& pack, bool empty_ok) {
    if (m.empty() && !empty_ok) return Finding{"/matrix", say(Msg::why_prod_matrix_empty)};
    std::pair<int, int> last{-1, -1};
    for (size_t i = 0; i < m.size(); ++i) {
        const Cell& c = m[i];
        const std::string at = at_index("matrix", i);
        const int ci = index_in(pack.colours, c.colour), si = index_in(pack.sizes, c.size);
        if (ci < 0) return Finding{at + "/colour", say(Msg::why_prod_not_colourway, {{"colour", c.colour}})};
        if (si < 0) return Finding{at + "/size", say(Msg::why_prod_not_size, {{"size", c.size}})};
        if (c.quantity < 1 || c.quantity > kMaxCellQuantity)
            return Finding{at + "/quantity", say(Msg::why_prod_pieces_range, {{"min", "1"}, {"max", std::to_string(kMaxCellQuantity)}})};
        const std::pair<int, int> here{ci, si};
        if (here == last) return Finding{at, say(Msg::why_prod_cell_twice, {{"colour", c.colour}, {"size", c.size}})};
        if (here < last) return Finding{at, say(Msg::why_prod_matrix_order)};
        last = here;
    }
    return std::nullopt;
}

const PackVersion* pack_of(const Style& s, const ProductionOrder& p) {
    return p.version > 0 ? s.version(p.version) : &s.pack();
}

int planned(const ProductionOrder& p, const std::string& colour, const std::string& size) {
    for (const auto& c : p.matrix)
        if (c.colour == colour && c.size == size) return c.quantity;
    return 0;
}

int64_t allowance(const ProductionOrder& p, int planned_pieces) {
    return planned_pieces + static_cast<int64_t>(planned_pieces) * p.tolerance_percent / 100;
}

int64_t cut(const ProductionOrder& p, const std::string& colour, const std::string& size, int except) {
    int64_t n = 0;
    for (const auto& b : p.batches)
        if (b.id != except && b.colour == colour)
            for (const auto& s : b.sizes)
                if (s.size == size) n += s.quantity;
    return n;
}

std::vector<StageFlow> batch_flow(const ProductionBatch& b, const Pipeline& pl) {
    std::vector<StageFlow> out;
    int64_t input = pieces(b);
    for (const Stage& st : pl.stages) {
        StageFlow f{st.id, input, 0, 0, 0};
        for (const auto& c : b.progress)
            if (c.stage == st.id) f.done = c.done, f.rejected = c.rejected;
        f.waiting = f.input - f.done - f.rejected;
        input = f.done;
        out.push_back(f);
    }
    return out;
}

bool batch_finished(const ProductionBatch& b, const Pipeline& pl) {
    if (pl.stages.empty()) return false;
    for (const auto& f : batch_flow(b, pl))
        if (f.waiting != 0) return false;
    return true;
}

int64_t batch_made(const ProductionBatch& b, const Pipeline& pl) {
    const auto flow = batch_flow(b, pl);
    return flow.empty() ? 0 : flow.back().done;
}

int64_t batch_rejected(const ProductionBatch& b) {
    int64_t n = 0;
    for (const auto& c : b.progress) n += c.rejected;
    return n;
}

std::string batch_stage(const ProductionBatch& b, const Pipeline& pl) {
    for (const auto& f : batch_flow(b, pl))
        if (f.waiting > 0) return f.stage;
    return "";
}

std::optional<Said> completion_problem(const Atelier& a, const ProductionOrder& p, const std::string& note) {
    const Pipeline* pl = a.pipeline(p.pipeline);
    if (!pl) return say(Msg::why_prod_pipeline_gone, {{"pipeline", p.pipeline}});
    if (p.batches.empty()) return say(Msg::why_prod_no_batch_made);
    for (const auto& b : p.batches)
        if (!batch_finished(b, *pl)) {
            const std::string at = batch_stage(b, *pl);
            const std::string id = std::to_string(b.id);
            if (at.empty()) return say(Msg::why_prod_batch_unfinished, {{"batch", id}});
            return say(Msg::why_prod_batch_unfinished_at, {{"batch", id}, {"stage", at}});
        }
    bool differs = false;
    for (const auto& c : p.matrix) {
        const int64_t made = cut(p, c.colour, c.size);
        if (made == c.quantity) continue;
        differs = true;
        const int64_t gap = made > c.quantity ? made - c.quantity : c.quantity - made;
        if (gap > static_cast<int64_t>(c.quantity) * p.tolerance_percent / 100)
            return say(Msg::why_prod_beyond_tolerance, {{"colour", c.colour},
                                                        {"size", c.size},
                                                        {"made", std::to_string(made)},
                                                        {"planned", std::to_string(c.quantity)},
                                                        {"tolerance", std::to_string(p.tolerance_percent)}});
    }
    for (const auto& b : p.batches)
        for (const auto& s : b.sizes)
            if (planned(p, b.colour, s.size) == 0) return say(Msg::why_prod_not_planned, {{"colour", b.colour}, {"size", s.size}});
    if (differs && trim(note).empty()) return say(Msg::why_prod_closing_note);
    return std::nullopt;
}

std::optional<Finding> production_problem(const Atelier& a, const ProductionOrder& p) {
    using S = ProductionState;
    if (p.number <= 0) return Finding{"/number", say(Msg::why_prod_positive)};
    if (a.order(p.number)) return Finding{"/number", say(Msg::why_prod_number_order, {{"number", std::to_string(p.number)}})};
    const Style* st = a.style(p.style);
    if (!st) return Finding{"/style", say(Msg::why_prod_no_style, {{"style", p.style}})};
    const Pipeline* pl = a.pipeline(p.pipeline);
    if (!pl) return Finding{"/pipeline", say(Msg::why_prod_no_pipeline, {{"pipeline", p.pipeline}})};
    const bool started = p.state == S::released || p.state == S::in_progress || p.state == S::completed;
    if (started || (p.state == S::cancelled && p.version > 0)) {
        const PackVersion* v = st->version(p.version);
        if (!v) return Finding{"/version", say(Msg::why_prod_no_such_version, {{"style", p.style}, {"version", std::to_string(p.version)}})};
        if (!v->released)
            return Finding{"/version", say(Msg::why_prod_version_unreleased, {{"version", std::to_string(p.version)}, {"style", p.style}})};
    } else if (p.version != 0) {
        return Finding{"/version", say(Msg::why_prod_follows_working)};
    }
    if (p.tolerance_percent < 0 || p.tolerance_percent > 100) return Finding{"/tolerance_percent", say(Msg::why_prod_percentage)};
    if (auto why = text_problem(p.notes, false, 4000)) return Finding{"/notes", *why};
    if (auto why = text_problem(p.closing_note, p.state == S::cancelled, 1000)) return Finding{"/closing_note", *why};
    if (p.sales_order < 0) return Finding{"/sales_order", say(Msg::why_prod_sales_order_number)};
    const PackVersion* pack = pack_of(*st, p);
    // A cancelled draft keeps its matrix as it was, whatever its style became since.
    if (!(p.state == S::cancelled && p.version == 0))
        if (auto f = matrix_problem(p.matrix, *pack, p.state == S::draft || p.state == S::cancelled)) return f;
    if (p.batches.size() > kMaxBatches) return Finding{"/batches", say(Msg::why_prod_max_batches, {{"max", std::to_string(kMaxBatches)}})};
    if (!p.batches.empty() && !started && p.state != S::cancelled)
        return Finding{"/batches", say(Msg::why_prod_batches_unreleased)};
    if (p.state == S::in_progress && p.batches.empty()) return Finding{"/state", say(Msg::why_prod_in_progress_no_batch)};
    if (p.state == S::released && !p.batches.empty()) return Finding{"/state", say(Msg::why_prod_released_with_batches)};
    for (size_t i = 0; i < p.batches.size(); ++i) {
        const ProductionBatch& b = p.batches[i];
        const std::string at = at_index("batches", i);
        if (b.id != static_cast<int>(i) + 1) return Finding{at + "/id", say(Msg::why_prod_batch_number, {{"n", std::to_string(i + 1)}})};
        if (index_in(pack->colours, b.colour) < 0) return Finding{at + "/colour", say(Msg::why_prod_not_colourway, {{"colour", b.colour}})};
        if (b.sizes.empty()) return Finding{at + "/sizes", say(Msg::why_prod_batch_no_size)};
        int last = -1;
        for (size_t k = 0; k < b.sizes.size(); ++k) {
            const SizeCount& s = b.sizes[k];
            const std::string here = at + "/sizes/" + std::to_string(k);
            const int si = index_in(pack->sizes, s.size);
            if (si < 0) return Finding{here + "/size", say(Msg::why_prod_not_size, {{"size", s.size}})};
            if (si <= last) return Finding{here + "/size", say(Msg::why_prod_sizes_order)};
            last = si;
            if (s.quantity < 1 || s.quantity > kMaxCellQuantity)
                return Finding{here + "/quantity", say(Msg::why_prod_pieces_range, {{"min", "1"}, {"max", std::to_string(kMaxCellQuantity)}})};
        }
        if (auto why = text_problem(b.note, false, 1000)) return Finding{at + "/note", *why};
        int stage_at = -1;
        for (size_t k = 0; k < b.progress.size(); ++k) {
            const StageCount& c = b.progress[k];
            const std::string here = at + "/progress/" + std::to_string(k);
            const int si = stage_index(*pl, c.stage);
            if (si < 0) return Finding{here + "/stage", say(Msg::why_prod_no_stage, {{"stage", c.stage}, {"pipeline", pl->id}})};
            if (si <= stage_at) return Finding{here + "/stage", say(Msg::why_prod_stages_order)};
            stage_at = si;
            if (c.done < 0 || c.rejected < 0) return Finding{here, say(Msg::why_prod_progress_negative)};
        }
        for (const auto& f : batch_flow(b, *pl))
            if (f.waiting < 0)
                return Finding{at + "/progress", say(Msg::why_prod_left_more, {{"stage", f.stage},
                                                                                  {"left", std::to_string(f.done + f.rejected)},
                                                                                  {"reached", std::to_string(f.input)}})};
    }
    // What the batches cut stays within each cell's plan and tolerance.
    for (const auto& b : p.batches)
        for (const auto& s : b.sizes) {
            const int plan = planned(p, b.colour, s.size);
            if (cut(p, b.colour, s.size) > allowance(p, plan))
                return Finding{"/batches", say(Msg::why_prod_cut_over, {{"colour", b.colour},
                                                                   {"size", s.size},
                                                                   {"cut", std::to_string(cut(p, b.colour, s.size))},
                                                                   {"planned", std::to_string(plan)}})};
        }
    if (p.state == S::completed)
        if (auto why = completion_problem(a, p, p.closing_note)) return Finding{"/state", say(Msg::why_prod_completed_but).with("reason", *why)};
    return std::nullopt;
}

}  // namespace atelier
