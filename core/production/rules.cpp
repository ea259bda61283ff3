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
std::optional<Finding> names_problem(const std::vector<std::string>& names, const char* list, size_t max_items, size_t max_bytes,
                                     const char* what) {
    if (names.size() > max_items) return Finding{std::string("/") + list, "at most " + std::to_string(max_items) + " " + what};
    std::set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
        if (auto why = text_problem(names[i], true, max_bytes); !why.empty()) return Finding{at_index(list, i), why};
        if (!seen.insert(names[i]).second) return Finding{at_index(list, i), "\"" + names[i] + "\" is listed twice"};
    }
    return std::nullopt;
}

}  // namespace

std::string style_code_problem(const std::string& code) {
    if (code.empty() || code.size() > 32) return "must be 1 to 32 characters";
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            return "may hold only letters, digits, '-', '_' and '.'";
    return "";
}

std::optional<Said> text_problem(const std::string& value, bool required, size_t max) {
    if (required && trim(value).empty()) return say(Msg::why_empty);
    if (value.size() > max) return say(Msg::why_too_long, {{"max", std::to_string(max)}});
    if (!is_valid_utf8(value)) return say(Msg::why_not_utf8);
    if (has_control_chars(value)) return say(Msg::why_control_chars);
    return std::nullopt;
}

std::optional<Finding> pack_problem(const TechPack& p) {
    if (auto f = names_problem(p.sizes, "sizes", kMaxSizes, 16, "sizes")) return f;
    if (auto f = names_problem(p.colours, "colours", kMaxColours, 40, "colourways")) return f;
    if (auto f = names_problem(p.checklist, "checklist", kMaxChecks, 200, "checks")) return f;
    if (auto why = text_problem(p.notes, false, kMaxPackNotesBytes); !why.empty()) return Finding{"/notes", why};
    if (p.chart.size() > kMaxChartPoints) return Finding{"/chart", "at most " + std::to_string(kMaxChartPoints) + " points of measure"};
    std::set<std::string> points;
    for (size_t i = 0; i < p.chart.size(); ++i) {
        const ChartPoint& c = p.chart[i];
        const std::string at = at_index("chart", i);
        if (auto why = text_problem(c.point, true, 80); !why.empty()) return Finding{at + "/point", why};
        if (!points.insert(c.point).second) return Finding{at + "/point", "\"" + c.point + "\" is listed twice"};
        if (c.values.size() != p.sizes.size())
            return Finding{at + "/values", "must give one value per size (" + std::to_string(p.sizes.size()) + ")"};
    }
    if (p.bom.size() > kMaxBomLines) return Finding{"/bom", "at most " + std::to_string(kMaxBomLines) + " materials"};
    std::set<std::pair<std::string, std::string>> materials;
    for (size_t i = 0; i < p.bom.size(); ++i) {
        const BomLine& b = p.bom[i];
        const std::string at = at_index("bom", i);
        if (auto why = text_problem(b.material, true, 120); !why.empty()) return Finding{at + "/material", why};
        if (auto why = text_problem(b.unit, true, 16); !why.empty()) return Finding{at + "/unit", why};
        if (!materials.insert({b.material, b.unit}).second)
            return Finding{at + "/material", "\"" + b.material + "\" in " + b.unit + " is listed twice"};
        if (auto why = text_problem(b.supplier, false, 120); !why.empty()) return Finding{at + "/supplier", why};
        if (b.waste_percent < 0 || b.waste_percent > 100) return Finding{at + "/waste_percent", "must be a percentage from 0 to 100"};
        if (b.per_size.size() != p.sizes.size())
            return Finding{at + "/per_size", "must give one quantity per size (" + std::to_string(p.sizes.size()) + ")"};
        for (size_t k = 0; k < b.per_size.size(); ++k)
            if (b.per_size[k].milli < 0 || b.per_size[k].milli > kQuantityMaxMilli)
                return Finding{at + "/per_size/" + std::to_string(k), "must be from 0 to " + std::to_string(kQuantityMaxMilli / 1000)};
    }
    return std::nullopt;
}

std::optional<Finding> style_problem(const Style& s) {
    if (auto why = style_code_problem(s.code); !why.empty()) return Finding{"/code", why};
    if (auto why = text_problem(s.name, true, 200); !why.empty()) return Finding{"/name", why};
    if (auto why = text_problem(s.season, false, 40); !why.empty()) return Finding{"/season", why};
    if (s.versions.empty()) return Finding{"/versions", "a style has at least one tech pack version"};
    for (size_t i = 0; i < s.versions.size(); ++i) {
        const std::string at = at_index("versions", i);
        if (s.versions[i].version != static_cast<int>(i) + 1)
            return Finding{at + "/version", "must be " + std::to_string(i + 1) + " (versions are numbered 1, 2, ... in order)"};
        if (auto f = pack_problem(s.versions[i])) return Finding{at + f->field, f->message};
    }
    if (s.revision < static_cast<int>(s.versions.size()))
        return Finding{"/revision", "must be at least the number of versions (" + std::to_string(s.versions.size()) + ")"};
    if (s.images.size() > kMaxStylePhotos) return Finding{"/images", "at most " + std::to_string(kMaxStylePhotos) + " photos"};
    for (size_t i = 0; i < s.images.size(); ++i) {
        const Image& im = s.images[i];
        const std::string at = at_index("images", i);
        std::string field;
        if (std::string why = photo_problem(im, field); !why.empty()) return Finding{at + "/" + field, why};
        if (!im.stage.empty()) return Finding{at + "/stage", "a style's photo documents no stage"};
        if (auto why = text_problem(im.caption, false, 400); !why.empty()) return Finding{at + "/caption", why};
        for (size_t k = 0; k < i; ++k)
            if (s.images[k].id == im.id) return Finding{at + "/id", "the same photo is on the style twice"};
    }
    if (s.pack().released && s.state != StyleState::production_ready && s.state != StyleState::archived)
        return Finding{"/state", "version " + std::to_string(s.pack().version) +
                                     " is released to production, so it is Production Ready or Archived (a change is a new version)"};
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
    if (m.empty() && !empty_ok) return Finding{"/matrix", "must plan at least one piece"};
    std::pair<int, int> last{-1, -1};
    for (size_t i = 0; i < m.size(); ++i) {
        const Cell& c = m[i];
        const std::string at = at_index("matrix", i);
        const int ci = index_in(pack.colours, c.colour), si = index_in(pack.sizes, c.size);
        if (ci < 0) return Finding{at + "/colour", "colour \"" + c.colour + "\" is not a colourway of the style"};
        if (si < 0) return Finding{at + "/size", "size \"" + c.size + "\" is not in the style's size run"};
        if (c.quantity < 1 || c.quantity > kMaxCellQuantity)
            return Finding{at + "/quantity", "must be from 1 to " + std::to_string(kMaxCellQuantity) + " pieces"};
        const std::pair<int, int> here{ci, si};
        if (here == last) return Finding{at, c.colour + " " + c.size + " is given twice"};
        if (here < last) return Finding{at, "the matrix is in the style's colour and size order"};
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

std::string completion_problem(const Atelier& a, const ProductionOrder& p, const std::string& note) {
    const Pipeline* pl = a.pipeline(p.pipeline);
    if (!pl) return "its pipeline \"" + p.pipeline + "\" is gone";
    if (p.batches.empty()) return "no batch was made";
    for (const auto& b : p.batches)
        if (!batch_finished(b, *pl)) {
            const std::string at = batch_stage(b, *pl);
            return "batch " + std::to_string(b.id) + " is not finished" + (at.empty() ? "" : " (pieces wait at " + at + ")");
        }
    bool differs = false;
    for (const auto& c : p.matrix) {
        const int64_t made = cut(p, c.colour, c.size);
        if (made == c.quantity) continue;
        differs = true;
        const int64_t gap = made > c.quantity ? made - c.quantity : c.quantity - made;
        if (gap > static_cast<int64_t>(c.quantity) * p.tolerance_percent / 100)
            return c.colour + " " + c.size + ": " + std::to_string(made) + " pieces made or rejected of " + std::to_string(c.quantity) +
                   " planned, more than the " + std::to_string(p.tolerance_percent) + "% tolerance";
    }
    for (const auto& b : p.batches)
        for (const auto& s : b.sizes)
            if (planned(p, b.colour, s.size) == 0) return b.colour + " " + s.size + " is not in the plan";
    if (differs && trim(note).empty()) return "the pieces differ from the plan (within the tolerance): a closing note says why";
    return "";
}

std::optional<Finding> production_problem(const Atelier& a, const ProductionOrder& p) {
    using S = ProductionState;
    if (p.number <= 0) return Finding{"/number", "must be positive"};
    if (a.order(p.number)) return Finding{"/number", "number " + std::to_string(p.number) + " is an order's"};
    const Style* st = a.style(p.style);
    if (!st) return Finding{"/style", "no style \"" + p.style + "\""};
    const Pipeline* pl = a.pipeline(p.pipeline);
    if (!pl) return Finding{"/pipeline", "no pipeline \"" + p.pipeline + "\""};
    const bool started = p.state == S::released || p.state == S::in_progress || p.state == S::completed;
    if (started || (p.state == S::cancelled && p.version > 0)) {
        const PackVersion* v = st->version(p.version);
        if (!v) return Finding{"/version", "style " + p.style + " has no version " + std::to_string(p.version)};
        if (!v->released) return Finding{"/version", "version " + std::to_string(p.version) + " of " + p.style + " is not marked released"};
    } else if (p.version != 0) {
        return Finding{"/version", "a production order not yet released follows the working version (0)"};
    }
    if (p.tolerance_percent < 0 || p.tolerance_percent > 100) return Finding{"/tolerance_percent", "must be a percentage from 0 to 100"};
    if (auto why = text_problem(p.notes, false, 4000); !why.empty()) return Finding{"/notes", why};
    if (auto why = text_problem(p.closing_note, p.state == S::cancelled, 1000); !why.empty()) return Finding{"/closing_note", why};
    if (p.sales_order < 0) return Finding{"/sales_order", "must be a sales order's number, or 0"};
    const PackVersion* pack = pack_of(*st, p);
    // A cancelled draft keeps its matrix as it was, whatever its style became since.
    if (!(p.state == S::cancelled && p.version == 0))
        if (auto f = matrix_problem(p.matrix, *pack, p.state == S::draft || p.state == S::cancelled)) return f;
    if (p.batches.size() > kMaxBatches) return Finding{"/batches", "at most " + std::to_string(kMaxBatches) + " batches"};
    if (!p.batches.empty() && !started && p.state != S::cancelled)
        return Finding{"/batches", "batches are made only on a released production order"};
    if (p.state == S::in_progress && p.batches.empty()) return Finding{"/state", "in progress once its first batch is made"};
    if (p.state == S::released && !p.batches.empty()) return Finding{"/state", "a released order with batches is in progress"};
    for (size_t i = 0; i < p.batches.size(); ++i) {
        const ProductionBatch& b = p.batches[i];
        const std::string at = at_index("batches", i);
        if (b.id != static_cast<int>(i) + 1) return Finding{at + "/id", "must be " + std::to_string(i + 1) + " (batches are numbered in order)"};
        if (index_in(pack->colours, b.colour) < 0) return Finding{at + "/colour", "colour \"" + b.colour + "\" is not a colourway of the style"};
        if (b.sizes.empty()) return Finding{at + "/sizes", "a batch has at least one size"};
        int last = -1;
        for (size_t k = 0; k < b.sizes.size(); ++k) {
            const SizeCount& s = b.sizes[k];
            const std::string here = at + "/sizes/" + std::to_string(k);
            const int si = index_in(pack->sizes, s.size);
            if (si < 0) return Finding{here + "/size", "size \"" + s.size + "\" is not in the style's size run"};
            if (si <= last) return Finding{here + "/size", "sizes are given once each, in the size run's order"};
            last = si;
            if (s.quantity < 1 || s.quantity > kMaxCellQuantity)
                return Finding{here + "/quantity", "must be from 1 to " + std::to_string(kMaxCellQuantity) + " pieces"};
        }
        if (auto why = text_problem(b.note, false, 1000); !why.empty()) return Finding{at + "/note", why};
        int stage_at = -1;
        for (size_t k = 0; k < b.progress.size(); ++k) {
            const StageCount& c = b.progress[k];
            const std::string here = at + "/progress/" + std::to_string(k);
            const int si = stage_index(*pl, c.stage);
            if (si < 0) return Finding{here + "/stage", "no stage \"" + c.stage + "\" in pipeline " + pl->id};
            if (si <= stage_at) return Finding{here + "/stage", "stages are given once each, in the pipeline's order"};
            stage_at = si;
            if (c.done < 0 || c.rejected < 0) return Finding{here, "pieces done and rejected are not negative"};
        }
        for (const auto& f : batch_flow(b, *pl))
            if (f.waiting < 0)
                return Finding{at + "/progress", "more pieces left stage " + f.stage + " (" + std::to_string(f.done + f.rejected) +
                                                     ") than reached it (" + std::to_string(f.input) + ")"};
    }
    // What the batches cut stays within each cell's plan and tolerance.
    for (const auto& b : p.batches)
        for (const auto& s : b.sizes) {
            const int plan = planned(p, b.colour, s.size);
            if (cut(p, b.colour, s.size) > allowance(p, plan))
                return Finding{"/batches", b.colour + " " + s.size + ": the batches cut " + std::to_string(cut(p, b.colour, s.size)) +
                                               " pieces of " + std::to_string(plan) + " planned"};
        }
    if (p.state == S::completed)
        if (auto why = completion_problem(a, p, p.closing_note); !why.empty()) return Finding{"/state", "completed, but " + why};
    return std::nullopt;
}

}  // namespace atelier
