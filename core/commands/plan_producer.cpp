// The producer's commands (core/commands/producer_commands.hpp): each checks its change with the
// rules of core/production/rules.hpp, the same the validator holds every atelier to.
#include "core/commands/plan_detail.hpp"
#include "core/production/pack_merge.hpp"
#include "core/production/rules.hpp"
#include "core/rules/photos.hpp"

namespace atelier::detail {

namespace {

Style* style_of(Work& w, const std::string& code, const char* field = "/style") {
    if (Style* s = w.out.after.of<Style>().find(code)) return s;
    const Style* s = w.a.style(code);
    if (!s) return w.fail(field, "no style \"" + code + "\""), nullptr;
    return &w.out.after.of<Style>().put(*s);
}

ProductionOrder* production_of(Work& w, int number, const char* field = "/production") {
    if (ProductionOrder* p = w.out.after.of<ProductionOrder>().find(number)) return p;
    const ProductionOrder* p = w.a.production(number);
    if (!p) return w.fail(field, "no production order " + std::to_string(number)), nullptr;
    return &w.out.after.of<ProductionOrder>().put(*p);
}

bool check_finding(Work& w, const std::string& prefix, const std::optional<Finding>& f) {
    return f ? w.fail(prefix + f->field, f->message) : true;
}

const char* state_label(StyleState s) { return EnumNames<StyleState>::labels[static_cast<size_t>(s)]; }

// The unreleased production orders of `code` (as the atelier has them: a command changes one style).
std::vector<const ProductionOrder*> drafts_of(const Atelier& a, const std::string& code) {
    std::vector<const ProductionOrder*> out;
    for (const auto& p : a.productions)
        if (p.style == code && (p.state == ProductionState::draft || p.state == ProductionState::planned)) out.push_back(&p);
    return out;
}

void run(Work& w, const cmd::StyleCreate& c) {
    if (auto why = style_code_problem(c.code); !why.empty()) return (void)w.fail("/code", why);
    if (w.a.style(c.code)) return (void)w.fail("/code", "style \"" + c.code + "\" already exists");
    if (c.state == StyleState::archived) return (void)w.fail("/state", "a new style is not archived");
    Style s;
    s.code = c.code;
    s.name = c.name;
    s.season = c.season;
    s.state = c.state;
    PackVersion v;
    static_cast<TechPack&>(v) = c.pack;
    s.versions.push_back(std::move(v));
    if (!check_finding(w, "", style_problem(s))) return;
    w.out.after.of<Style>().put(std::move(s));
}

void run(Work& w, const cmd::StyleUpdate& c) {
    Style* s = style_of(w, c.style);
    if (!s) return;
    if (c.name) s->name = *c.name;
    if (c.season) s->season = *c.season;
    const TechPack& current = s->pack();
    const std::optional<TechPack> wanted = !c.pack ? std::nullopt : c.from ? std::optional(merged_pack(current, *c.from, *c.pack)) : c.pack;
    if (wanted && !(*wanted == current)) {
        const PackVersion& v = s->pack();
        if (v.released)
            return (void)w.fail("/pack", "version " + std::to_string(v.version) + " of " + s->code +
                                             " is released to production and frozen: make a new version to change it");
        if (s->state == StyleState::production_ready || s->state == StyleState::archived)
            return (void)w.fail("/pack", std::string("the tech pack is ") + state_label(s->state) +
                                             ": move it back to Design or Approval to change it");
        for (const ProductionOrder* p : drafts_of(w.a, s->code))
            for (const Cell& cell : p->matrix) {
                if (index_in(wanted->colours, cell.colour) < 0)
                    return (void)w.fail("/pack/colours", "colour \"" + cell.colour + "\" is planned by production order " +
                                                             production_label(w.a.profile, p->number));
                if (index_in(wanted->sizes, cell.size) < 0)
                    return (void)w.fail("/pack/sizes", "size \"" + cell.size + "\" is planned by production order " +
                                                           production_label(w.a.profile, p->number));
            }
        static_cast<TechPack&>(s->versions.back()) = *wanted;
        ++s->revision;
    }
    check_finding(w, "", style_problem(*s));
}

void run(Work& w, const cmd::StyleSetState& c) {
    using S = StyleState;
    Style* s = style_of(w, c.style);
    if (!s) return;
    const S from = s->state, to = c.state;
    if (from == to) return (void)w.fail("/state", std::string("the tech pack is already ") + state_label(to));
    const bool released = s->pack().released;
    const auto rank = [](S x) { return static_cast<int>(x); };
    if (to == S::archived) {
        // Archived from any state.
    } else if (from == S::archived) {
        if (to == S::production_ready)
            return (void)w.fail("/state", "an archived style goes back to Commercial, Design or Approval first");
        if (released) return (void)w.fail("/state", "version " + std::to_string(s->pack().version) +
                                                          " is released and frozen: make a new version (style.revise)");
    } else if (rank(to) > rank(from) + 1) {
        return (void)w.fail("/state", std::string("the tech pack goes one step at a time: from ") + state_label(from) + " next is " +
                                          state_label(static_cast<S>(rank(from) + 1)));
    } else if (rank(to) < rank(from) && released) {
        return (void)w.fail("/state", "version " + std::to_string(s->pack().version) +
                                          " is released and frozen: make a new version (style.revise) to change it");
    }
    if (to == S::production_ready) {
        const TechPack& p = s->pack();
        if (p.sizes.empty()) return (void)w.fail("/state", "Production Ready needs the size run");
        if (p.colours.empty()) return (void)w.fail("/state", "Production Ready needs at least one colourway");
        if (p.bom.empty()) return (void)w.fail("/state", "Production Ready needs the bill of materials");
    }
    s->state = to;
}

void run(Work& w, const cmd::StyleRevise& c) {
    Style* s = style_of(w, c.style);
    if (!s) return;
    if (c.from != s->pack().version)
        return (void)w.fail("/from", "the working version is " + std::to_string(s->pack().version) + ", not " + std::to_string(c.from) +
                                         " (a new version was made meanwhile)");
    if (s->versions.size() >= 999) return (void)w.fail("/style", "a style has at most 999 versions");
    PackVersion next = s->pack();
    next.version = s->pack().version + 1;
    next.released = false;
    s->versions.push_back(std::move(next));
    s->state = StyleState::design;
    ++s->revision;
}

// A style's photos are its own, not its tech pack's: any version, any state, frozen or not.
void run(Work& w, const cmd::StyleImage& c) {
    Style* s = style_of(w, c.style);
    if (!s) return;
    if (!c.image.by.empty() || c.image.added) return (void)w.fail("/image/added", "is set by the app (who added it and when)");
    if (!c.image.stage.empty()) return (void)w.fail("/image/stage", "a style's photo documents no stage");
    std::string field;
    if (const std::string why = photo_problem(c.image, field); !why.empty()) return (void)w.fail("/image/" + field, why);
    if (auto why = text_problem(c.image.caption, false, 400); !why.empty()) return (void)w.fail("/image/caption", why);
    if (std::any_of(s->images.begin(), s->images.end(), [&](const Image& im) { return im.id == c.image.id; }))
        return (void)w.fail("/image/id", "this photo is already on style " + s->code);
    if (s->images.size() >= kMaxStylePhotos)
        return (void)w.fail("/image", "style " + s->code + " already has " + std::to_string(kMaxStylePhotos) + " photos, the most a style holds");
    Image im = c.image;
    im.added = w.ctx.now;
    im.by = w.ctx.who;
    s->images.push_back(std::move(im));
    check_finding(w, "", style_problem(*s));  // the photo's own rules (id, type, size, caption)
}

void run(Work& w, const cmd::StyleImageRemove& c) {
    Style* s = style_of(w, c.style);
    if (!s) return;
    const auto it = std::find_if(s->images.begin(), s->images.end(), [&](const Image& im) { return im.id == c.id; });
    if (it == s->images.end()) return (void)w.fail("/id", "no such photo on style " + s->code);
    s->images.erase(it);
}

// The matrix as given, in the pack's order, checked against it.
bool take_matrix(Work& w, ProductionOrder& p, const std::vector<Cell>& cells, const TechPack& pack) {
    p.matrix = canonical_matrix(cells, pack);
    return check_finding(w, "", matrix_problem(p.matrix, pack, true));
}

void run(Work& w, const cmd::ProductionCreate& c) {
    const Style* s = w.a.style(c.style);
    if (!s) return (void)w.fail("/style", "no style \"" + c.style + "\"");
    if (s->state == StyleState::archived) return (void)w.fail("/style", "style " + c.style + " is archived");
    const Pipeline* pl = w.a.pipeline(c.pipeline);
    if (!pl) return (void)w.fail("/pipeline", "no pipeline \"" + c.pipeline + "\"");
    if (pl->archived) return (void)w.fail("/pipeline", "pipeline " + c.pipeline + " is archived");
    ProductionOrder p;
    p.style = c.style;
    p.pipeline = c.pipeline;
    p.due = c.due;
    p.tolerance_percent = c.tolerance_percent;
    p.notes = c.notes;
    p.pack_seen = s->revision;
    if (!take_matrix(w, p, c.matrix, s->pack())) return;
    const int n = take_number(w, true, c.number, "/number");
    if (n == 0) return;
    p.number = n;
    if (!check_finding(w, "", production_problem(w.a, p))) return;
    cmd::ProductionCreate rec = c;
    rec.number = n;
    w.out.recorded = Command{rec};
    w.out.after.of<ProductionOrder>().put(std::move(p));
}

bool before_release(Work& w, const ProductionOrder& p, const char* field, const char* what) {
    if (p.state == ProductionState::draft || p.state == ProductionState::planned) return true;
    return w.fail(field, std::string(what) + " only before the order is released (it is " +
                             EnumNames<ProductionState>::labels[static_cast<size_t>(p.state)] + ")");
}

void run(Work& w, const cmd::ProductionUpdate& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state == ProductionState::completed || p->state == ProductionState::cancelled)
        return (void)w.fail("/production", "production order " + production_label(w.a.profile, p->number) + " is closed");
    const Style* s = w.a.style(p->style);
    if (!s) return (void)w.fail("/production", "its style \"" + p->style + "\" is gone");
    if (c.due) p->due = *c.due;
    if (c.notes) p->notes = *c.notes;
    if (c.tolerance_percent) {
        if (*c.tolerance_percent < 0 || *c.tolerance_percent > 100) return (void)w.fail("/tolerance_percent", "must be a percentage from 0 to 100");
        p->tolerance_percent = *c.tolerance_percent;
    }
    if (c.pipeline && *c.pipeline != p->pipeline) {
        if (!before_release(w, *p, "/pipeline", "the pipeline changes")) return;
        const Pipeline* pl = w.a.pipeline(*c.pipeline);
        if (!pl) return (void)w.fail("/pipeline", "no pipeline \"" + *c.pipeline + "\"");
        if (pl->archived) return (void)w.fail("/pipeline", "pipeline " + *c.pipeline + " is archived");
        p->pipeline = *c.pipeline;
    }
    if (c.matrix) {
        if (!before_release(w, *p, "/matrix", "the matrix changes")) return;
        if (!take_matrix(w, *p, *c.matrix, s->pack())) return;
        if (p->state == ProductionState::planned && p->matrix.empty()) return (void)w.fail("/matrix", "a planned order plans at least one piece");
    }
    if (p->version == 0) p->pack_seen = s->revision;
    check_finding(w, "", production_problem(w.a, *p));
}

void run(Work& w, const cmd::ProductionPlan& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::draft) return (void)w.fail("/production", "only a draft is planned");
    if (p->matrix.empty()) return (void)w.fail("/production", "the matrix plans no piece yet");
    p->state = ProductionState::planned;
}

void run(Work& w, const cmd::ProductionRelease& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (!before_release(w, *p, "/production", "an order is released")) return;
    Style* s = style_of(w, p->style, "/production");
    if (!s) return;
    if (s->state != StyleState::production_ready)
        return (void)w.fail("/production", "style " + s->code + "'s tech pack is " + state_label(s->state) +
                                               ": a production order is released only on a Production Ready tech pack");
    if (p->matrix.empty()) return (void)w.fail("/production", "the matrix plans no piece yet");
    s->versions.back().released = true;
    p->version = s->pack().version;
    p->pack_seen = s->revision;
    p->state = ProductionState::released;
    // The style changes with it: the store's validation of the result checks the pair.
}

void run(Work& w, const cmd::ProductionCancel& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state == ProductionState::completed || p->state == ProductionState::cancelled)
        return (void)w.fail("/production", "production order " + production_label(w.a.profile, p->number) + " is already closed");
    if (auto why = text_problem(c.reason, true, 1000); !why.empty()) return (void)w.fail("/reason", why);
    p->state = ProductionState::cancelled;
    p->closing_note = c.reason;
}

void run(Work& w, const cmd::ProductionComplete& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::in_progress) return (void)w.fail("/production", "only an order in progress is completed");
    if (auto why = text_problem(c.note, false, 1000); !why.empty()) return (void)w.fail("/note", why);
    if (auto why = completion_problem(w.a, *p, c.note); !why.empty()) return (void)w.fail("/production", why);
    p->state = ProductionState::completed;
    p->closing_note = c.note;
}

void run(Work& w, const cmd::ProductionBatchCreate& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::released && p->state != ProductionState::in_progress)
        return (void)w.fail("/production", std::string("batches are made only on a released production order (it is ") +
                                               EnumNames<ProductionState>::labels[static_cast<size_t>(p->state)] + ")");
    const Style* s = w.a.style(p->style);
    const PackVersion* pack = s ? pack_of(*s, *p) : nullptr;
    if (!pack) return (void)w.fail("/production", "its tech pack is gone");
    if (index_in(pack->colours, c.colour) < 0) return (void)w.fail("/colour", "colour \"" + c.colour + "\" is not a colourway of " + s->code);
    ProductionBatch b;
    b.id = static_cast<int>(p->batches.size()) + 1;
    b.colour = c.colour;
    b.note = c.note;
    for (size_t i = 0; i < c.sizes.size(); ++i) {
        const SizeCount& sc = c.sizes[i];
        const std::string at = "/sizes/" + std::to_string(i);
        if (index_in(pack->sizes, sc.size) < 0) return (void)w.fail(at + "/size", "size \"" + sc.size + "\" is not in " + s->code + "'s size run");
        if (sc.quantity < 0 || sc.quantity > kMaxCellQuantity)
            return (void)w.fail(at + "/quantity", "must be from 0 to " + std::to_string(kMaxCellQuantity) + " pieces");
        const int plan = planned(*p, c.colour, sc.size);
        if (plan == 0 && sc.quantity > 0) return (void)w.fail(at + "/size", c.colour + " " + sc.size + " is not in the order's matrix");
        const int64_t left = allowance(*p, plan) - cut(*p, c.colour, sc.size);
        if (sc.quantity > left)
            return (void)w.fail(at + "/quantity", c.colour + " " + sc.size + ": " + std::to_string(sc.quantity) + " pieces, but only " +
                                                      std::to_string(std::max<int64_t>(left, 0)) + " are left of the " + std::to_string(plan) +
                                                      " planned" + (p->tolerance_percent ? " (with the tolerance)" : ""));
        if (sc.quantity > 0) b.sizes.push_back(sc);
    }
    std::sort(b.sizes.begin(), b.sizes.end(), [&](const SizeCount& x, const SizeCount& y) { return index_in(pack->sizes, x.size) < index_in(pack->sizes, y.size); });
    if (b.sizes.empty()) return (void)w.fail("/sizes", "a batch has at least one piece");
    p->batches.push_back(std::move(b));
    p->state = ProductionState::in_progress;
    check_finding(w, "", production_problem(w.a, *p));
}

void run(Work& w, const cmd::ProductionProgress& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::in_progress)
        return (void)w.fail("/production", std::string("progress is recorded on an order in progress (it is ") +
                                               EnumNames<ProductionState>::labels[static_cast<size_t>(p->state)] + ")");
    const Pipeline* pl = w.a.pipeline(p->pipeline);
    if (!pl) return (void)w.fail("/production", "its pipeline \"" + p->pipeline + "\" is gone");
    const int si = stage_index(*pl, c.stage);
    if (si < 0) return (void)w.fail("/stage", "no stage \"" + c.stage + "\" in pipeline " + pl->id);
    if (c.batch < 1 || c.batch > static_cast<int>(p->batches.size())) return (void)w.fail("/batch", "no batch " + std::to_string(c.batch));
    if (c.done < 0 || c.rejected < 0) return (void)w.fail(c.done < 0 ? "/done" : "/rejected", "pieces are not negative");
    if (c.done == 0 && c.rejected == 0) return (void)w.fail("/done", "no piece done or rejected");
    ProductionBatch& b = p->batches[static_cast<size_t>(c.batch - 1)];
    const StageFlow f = batch_flow(b, *pl)[static_cast<size_t>(si)];
    if (static_cast<int64_t>(c.done) + c.rejected > f.waiting)
        return (void)w.fail("/done", std::to_string(c.done + static_cast<int64_t>(c.rejected)) + " pieces leave " + pl->stages[static_cast<size_t>(si)].name +
                                         ", but " + std::to_string(f.waiting) + " wait there");
    auto it = std::find_if(b.progress.begin(), b.progress.end(), [&](const StageCount& x) { return x.stage == c.stage; });
    if (it == b.progress.end()) {
        it = std::find_if(b.progress.begin(), b.progress.end(), [&](const StageCount& x) { return stage_index(*pl, x.stage) > si; });
        it = b.progress.insert(it, StageCount{c.stage, 0, 0});
    }
    it->done += c.done;
    it->rejected += c.rejected;
    check_finding(w, "", production_problem(w.a, *p));
}

}  // namespace

void plan_producer(Work& w, const Command& c) {
    std::visit([&](const auto& x) {
        if constexpr (requires { run(w, x); }) run(w, x);
        else plan_sales(w, c);
    }, c);
}

}  // namespace atelier::detail
