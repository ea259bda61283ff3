// The producer's commands (core/commands/producer_commands.hpp): each checks its change with the
// rules of core/production/rules.hpp, the same the validator holds every atelier to.
#include "core/commands/plan_detail.hpp"
#include "core/i18n/names.hpp"
#include "core/production/pack_merge.hpp"
#include "core/production/rules.hpp"
#include "core/rules/photos.hpp"

namespace atelier::detail {

namespace {

Style* style_of(Work& w, const std::string& code, const char* field = "/style") {
    if (Style* s = w.out.after.of<Style>().find(code)) return s;
    const Style* s = w.a.style(code);
    if (!s) return w.fail(field, Msg::why_prod_no_style, {{"style", code}}), nullptr;
    return &w.out.after.of<Style>().put(*s);
}

ProductionOrder* production_of(Work& w, int number, const char* field = "/production") {
    if (ProductionOrder* p = w.out.after.of<ProductionOrder>().find(number)) return p;
    const ProductionOrder* p = w.a.production(number);
    if (!p) return w.fail(field, Msg::why_prod_no_production, {{"number", std::to_string(number)}}), nullptr;
    return &w.out.after.of<ProductionOrder>().put(*p);
}

bool check_finding(Work& w, const std::string& prefix, const std::optional<Finding>& f) {
    return f ? w.fail(prefix + f->field, f->why) : true;
}

// A state's word, worded in the sentence's language (English: EnumNames<…>::labels).
Said state_word(StyleState s) { return say(style_state_msg(s)); }
Said state_word(ProductionState s) { return say(production_state_msg(s)); }

// The unreleased production orders of `code` (as the atelier has them: a command changes one style).
std::vector<const ProductionOrder*> drafts_of(const Atelier& a, const std::string& code) {
    std::vector<const ProductionOrder*> out;
    for (const auto& p : a.productions)
        if (p.style == code && (p.state == ProductionState::draft || p.state == ProductionState::planned)) out.push_back(&p);
    return out;
}

void run(Work& w, const cmd::StyleCreate& c) {
    if (auto why = style_code_problem(c.code)) return (void)w.fail("/code", *why);
    if (w.a.style(c.code)) return (void)w.fail("/code", Msg::why_prod_style_exists, {{"style", c.code}});
    if (c.state == StyleState::archived) return (void)w.fail("/state", Msg::why_prod_new_archived);
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
            return (void)w.fail("/pack", Msg::why_prod_pack_frozen, {{"version", std::to_string(v.version)}, {"style", s->code}});
        if (s->state == StyleState::production_ready || s->state == StyleState::archived)
            return (void)w.fail("/pack", say(Msg::why_prod_pack_state).with("state", state_word(s->state)));
        for (const ProductionOrder* p : drafts_of(w.a, s->code))
            for (const Cell& cell : p->matrix) {
                if (index_in(wanted->colours, cell.colour) < 0)
                    return (void)w.fail("/pack/colours", Msg::why_prod_colour_planned,
                                        {{"colour", cell.colour}, {"order", production_label(w.a.profile, p->number)}});
                if (index_in(wanted->sizes, cell.size) < 0)
                    return (void)w.fail("/pack/sizes", Msg::why_prod_size_planned,
                                        {{"size", cell.size}, {"order", production_label(w.a.profile, p->number)}});
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
    if (from == to) return (void)w.fail("/state", say(Msg::why_prod_state_already).with("state", state_word(to)));
    const bool released = s->pack().released;
    const auto rank = [](S x) { return static_cast<int>(x); };
    if (to == S::archived) {
        // Archived from any state.
    } else if (from == S::archived) {
        if (to == S::production_ready)
            return (void)w.fail("/state", Msg::why_prod_archived_back);
        if (released) return (void)w.fail("/state", Msg::why_prod_frozen_revise, {{"version", std::to_string(s->pack().version)}});
    } else if (rank(to) > rank(from) + 1) {
        return (void)w.fail("/state", say(Msg::why_prod_one_step)
                                              .with("from", state_word(from))
                                              .with("next", state_word(static_cast<S>(rank(from) + 1))));
    } else if (rank(to) < rank(from) && released) {
        return (void)w.fail("/state", Msg::why_prod_frozen_revise_change, {{"version", std::to_string(s->pack().version)}});
    }
    if (to == S::production_ready) {
        const TechPack& p = s->pack();
        if (p.sizes.empty()) return (void)w.fail("/state", Msg::why_prod_ready_sizes);
        if (p.colours.empty()) return (void)w.fail("/state", Msg::why_prod_ready_colours);
        if (p.bom.empty()) return (void)w.fail("/state", Msg::why_prod_ready_bom);
    }
    s->state = to;
}

void run(Work& w, const cmd::StyleRevise& c) {
    Style* s = style_of(w, c.style);
    if (!s) return;
    if (c.from != s->pack().version)
        return (void)w.fail("/from", Msg::why_prod_working_version,
                                    {{"version", std::to_string(s->pack().version)}, {"from", std::to_string(c.from)}});
    if (s->versions.size() >= 999) return (void)w.fail("/style", Msg::why_prod_max_versions, {{"max", "999"}});
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
    if (!c.image.by.empty() || c.image.added) return (void)w.fail("/image/added", Msg::why_prod_set_by_app);
    if (!c.image.stage.empty()) return (void)w.fail("/image/stage", Msg::why_prod_photo_stage);
    std::string field;
    if (auto why = photo_problem(c.image, field)) return (void)w.fail("/image/" + field, *why);
    if (auto why = text_problem(c.image.caption, false, 400)) return (void)w.fail("/image/caption", *why);
    if (std::any_of(s->images.begin(), s->images.end(), [&](const Image& im) { return im.id == c.image.id; }))
        return (void)w.fail("/image/id", Msg::why_prod_photo_already, {{"style", s->code}});
    if (s->images.size() >= kMaxStylePhotos)
        return (void)w.fail("/image", Msg::why_prod_photos_full, {{"style", s->code}, {"max", std::to_string(kMaxStylePhotos)}});
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
    if (it == s->images.end()) return (void)w.fail("/id", Msg::why_prod_no_photo, {{"style", s->code}});
    s->images.erase(it);
}

// The matrix as given, in the pack's order, checked against it.
bool take_matrix(Work& w, ProductionOrder& p, const std::vector<Cell>& cells, const TechPack& pack) {
    p.matrix = canonical_matrix(cells, pack);
    return check_finding(w, "", matrix_problem(p.matrix, pack, true));
}

void run(Work& w, const cmd::ProductionCreate& c) {
    const Style* s = w.a.style(c.style);
    if (!s) return (void)w.fail("/style", Msg::why_prod_no_style, {{"style", c.style}});
    if (s->state == StyleState::archived) return (void)w.fail("/style", Msg::why_prod_style_archived, {{"style", c.style}});
    const Pipeline* pl = w.a.pipeline(c.pipeline);
    if (!pl) return (void)w.fail("/pipeline", Msg::why_prod_no_pipeline, {{"pipeline", c.pipeline}});
    if (pl->archived) return (void)w.fail("/pipeline", Msg::why_prod_pipeline_archived, {{"pipeline", c.pipeline}});
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

// `what`: the sentence saying what happens only before the order is released (it is {state}).
bool before_release(Work& w, const ProductionOrder& p, const char* field, Msg what) {
    if (p.state == ProductionState::draft || p.state == ProductionState::planned) return true;
    return w.fail(field, say(what).with("state", state_word(p.state)));
}

void run(Work& w, const cmd::ProductionUpdate& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state == ProductionState::completed || p->state == ProductionState::cancelled)
        return (void)w.fail("/production", Msg::why_prod_closed, {{"order", production_label(w.a.profile, p->number)}});
    const Style* s = w.a.style(p->style);
    if (!s) return (void)w.fail("/production", Msg::why_prod_style_gone, {{"style", p->style}});
    if (c.due) p->due = *c.due;
    if (c.notes) p->notes = *c.notes;
    if (c.tolerance_percent) {
        if (*c.tolerance_percent < 0 || *c.tolerance_percent > 100) return (void)w.fail("/tolerance_percent", Msg::why_prod_percentage);
        p->tolerance_percent = *c.tolerance_percent;
    }
    if (c.pipeline && *c.pipeline != p->pipeline) {
        if (!before_release(w, *p, "/pipeline", Msg::why_prod_pipeline_before_release)) return;
        const Pipeline* pl = w.a.pipeline(*c.pipeline);
        if (!pl) return (void)w.fail("/pipeline", Msg::why_prod_no_pipeline, {{"pipeline", *c.pipeline}});
        if (pl->archived) return (void)w.fail("/pipeline", Msg::why_prod_pipeline_archived, {{"pipeline", *c.pipeline}});
        p->pipeline = *c.pipeline;
    }
    if (c.matrix) {
        if (!before_release(w, *p, "/matrix", Msg::why_prod_matrix_before_release)) return;
        if (!take_matrix(w, *p, *c.matrix, s->pack())) return;
        if (p->state == ProductionState::planned && p->matrix.empty()) return (void)w.fail("/matrix", Msg::why_prod_planned_empty);
    }
    if (p->version == 0) p->pack_seen = s->revision;
    check_finding(w, "", production_problem(w.a, *p));
}

void run(Work& w, const cmd::ProductionPlan& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::draft) return (void)w.fail("/production", Msg::why_prod_plan_draft);
    if (p->matrix.empty()) return (void)w.fail("/production", Msg::why_prod_matrix_no_piece);
    p->state = ProductionState::planned;
}

void run(Work& w, const cmd::ProductionRelease& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (!before_release(w, *p, "/production", Msg::why_prod_release_before_release)) return;
    Style* s = style_of(w, p->style, "/production");
    if (!s) return;
    if (s->state != StyleState::production_ready)
        return (void)w.fail("/production", say(Msg::why_prod_release_not_ready, {{"style", s->code}}).with("state", state_word(s->state)));
    if (p->matrix.empty()) return (void)w.fail("/production", Msg::why_prod_matrix_no_piece);
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
        return (void)w.fail("/production", Msg::why_prod_already_closed, {{"order", production_label(w.a.profile, p->number)}});
    if (auto why = text_problem(c.reason, true, 1000)) return (void)w.fail("/reason", *why);
    p->state = ProductionState::cancelled;
    p->closing_note = c.reason;
}

void run(Work& w, const cmd::ProductionComplete& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::in_progress) return (void)w.fail("/production", Msg::why_prod_complete_in_progress);
    if (auto why = text_problem(c.note, false, 1000)) return (void)w.fail("/note", *why);
    if (auto why = completion_problem(w.a, *p, c.note)) return (void)w.fail("/production", *why);
    p->state = ProductionState::completed;
    p->closing_note = c.note;
}

void run(Work& w, const cmd::ProductionBatchCreate& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::released && p->state != ProductionState::in_progress)
        return (void)w.fail("/production", say(Msg::why_prod_batch_unreleased).with("state", state_word(p->state)));
    const Style* s = w.a.style(p->style);
    const PackVersion* pack = s ? pack_of(*s, *p) : nullptr;
    if (!pack) return (void)w.fail("/production", Msg::why_prod_pack_gone);
    if (index_in(pack->colours, c.colour) < 0)
        return (void)w.fail("/colour", Msg::why_prod_not_colourway_of, {{"colour", c.colour}, {"style", s->code}});
    ProductionBatch b;
    b.id = static_cast<int>(p->batches.size()) + 1;
    b.colour = c.colour;
    b.note = c.note;
    for (size_t i = 0; i < c.sizes.size(); ++i) {
        const SizeCount& sc = c.sizes[i];
        const std::string at = "/sizes/" + std::to_string(i);
        if (index_in(pack->sizes, sc.size) < 0)
            return (void)w.fail(at + "/size", Msg::why_prod_not_size_of, {{"size", sc.size}, {"style", s->code}});
        if (sc.quantity < 0 || sc.quantity > kMaxCellQuantity)
            return (void)w.fail(at + "/quantity", Msg::why_prod_pieces_range, {{"min", "0"}, {"max", std::to_string(kMaxCellQuantity)}});
        const int plan = planned(*p, c.colour, sc.size);
        if (plan == 0 && sc.quantity > 0) return (void)w.fail(at + "/size", Msg::why_prod_not_in_matrix, {{"colour", c.colour}, {"size", sc.size}});
        const int64_t left = allowance(*p, plan) - cut(*p, c.colour, sc.size);
        if (sc.quantity > left)
            return (void)w.fail(at + "/quantity", p->tolerance_percent ? Msg::why_prod_batch_over_tolerance : Msg::why_prod_batch_over,
                                {{"colour", c.colour},
                                 {"size", sc.size},
                                 {"n", std::to_string(sc.quantity)},
                                 {"left", std::to_string(std::max<int64_t>(left, 0))},
                                 {"planned", std::to_string(plan)}});
        if (sc.quantity > 0) b.sizes.push_back(sc);
    }
    std::sort(b.sizes.begin(), b.sizes.end(), [&](const SizeCount& x, const SizeCount& y) { return index_in(pack->sizes, x.size) < index_in(pack->sizes, y.size); });
    if (b.sizes.empty()) return (void)w.fail("/sizes", Msg::why_prod_batch_no_piece);
    p->batches.push_back(std::move(b));
    p->state = ProductionState::in_progress;
    check_finding(w, "", production_problem(w.a, *p));
}

void run(Work& w, const cmd::ProductionProgress& c) {
    ProductionOrder* p = production_of(w, c.production);
    if (!p) return;
    if (p->state != ProductionState::in_progress)
        return (void)w.fail("/production", say(Msg::why_prod_progress_state).with("state", state_word(p->state)));
    const Pipeline* pl = w.a.pipeline(p->pipeline);
    if (!pl) return (void)w.fail("/production", Msg::why_prod_pipeline_gone, {{"pipeline", p->pipeline}});
    const int si = stage_index(*pl, c.stage);
    if (si < 0) return (void)w.fail("/stage", Msg::why_prod_no_stage, {{"stage", c.stage}, {"pipeline", pl->id}});
    if (c.batch < 1 || c.batch > static_cast<int>(p->batches.size()))
        return (void)w.fail("/batch", Msg::why_prod_no_batch, {{"batch", std::to_string(c.batch)}});
    if (c.done < 0 || c.rejected < 0) return (void)w.fail(c.done < 0 ? "/done" : "/rejected", Msg::why_prod_pieces_negative);
    if (c.done == 0 && c.rejected == 0) return (void)w.fail("/done", Msg::why_prod_no_piece_moved);
    ProductionBatch& b = p->batches[static_cast<size_t>(c.batch - 1)];
    const StageFlow f = batch_flow(b, *pl)[static_cast<size_t>(si)];
    if (static_cast<int64_t>(c.done) + c.rejected > f.waiting)
        return (void)w.fail("/done", Msg::why_prod_leave_more,
                                    {{"n", std::to_string(c.done + static_cast<int64_t>(c.rejected))},
                                     {"stage", pl->stages[static_cast<size_t>(si)].name},
                                     {"waiting", std::to_string(f.waiting)}});
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
