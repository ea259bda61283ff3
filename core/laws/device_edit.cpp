#include "core/laws/device_edit.hpp"

#include <algorithm>

#include "core/commands/concurrent.hpp"
#include "core/laws/generate.hpp"

namespace atelier::laws {

namespace {

size_t type_index(const char* type) {
    const auto types = command_types();
    for (size_t i = 0; i < types.size(); ++i)
        if (types[i] == type) return i;
    return 0;
}

}  // namespace

Command device_edit(Rng& rng, const Atelier& a, DateTime now) {
    static const size_t order_update = type_index(cmd::OrderUpdate::kType), client_update = type_index(cmd::ClientUpdate::kType);
    static const size_t others[] = {type_index(cmd::OrderPay::kType), type_index(cmd::OrderAdvance::kType),
                                    type_index(cmd::ClientMeasure::kType), type_index(cmd::OrderFitting::kType),
                                    type_index(cmd::OrderCreate::kType), type_index(cmd::ClientCreate::kType),
                                    type_index(cmd::OrderClone::kType), type_index(cmd::AtelierUpdate::kType),
                                    type_index(cmd::PipelinePut::kType)};
    const int roll = rng.below(100);
    if (roll >= 95 && !a.pipelines.empty()) {
        // A stage edited in the Pipelines view: few stages, so two devices meet on one now and then.
        const Pipeline& shown = a.pipelines[static_cast<size_t>(rng.below(static_cast<int>(a.pipelines.size())))];
        cmd::PipelinePut put{shown, shown};
        Stage& st = put.pipeline.stages[static_cast<size_t>(rng.below(std::min(2, static_cast<int>(shown.stages.size()))))];
        static const char* const kNames[] = {"Toile", "Basting", "First cut", "Hand finish"};
        if (rng.chance(50)) st.name = rng.pick(kNames);
        else st.days = rng.between(1, 9);
        static const char* const kPipelines[] = {"Couture", "Made to measure"};
        if (rng.chance(20)) put.pipeline.name = rng.pick(kPipelines);
        return put;
    }
    const size_t type = roll < 55 ? order_update : roll < 75 ? client_update : rng.pick(others);
    Command c = random_command(rng, a, now, type);
    if (auto u = std::get_if<cmd::OrderUpdate>(&c)) {
        u->from.reset();
        if (const Order* o = a.order(u->order)) u->from = seen_in<cmd::OrderFields>(*u, order_fields_of(*o));
    } else if (auto u = std::get_if<cmd::ClientUpdate>(&c)) {
        u->from.reset();
        if (const Client* cl = a.client(u->client)) u->from = seen_in<cmd::ClientFields>(*u, client_fields_of(*cl));
    } else if (auto u = std::get_if<cmd::AtelierUpdate>(&c)) {
        // Half the time the horizon too, as a studio tunes it: with fifteen settings to pick from,
        // two devices otherwise seldom meet on one.
        if (rng.chance(50)) u->due_soon_days = rng.between(1, 30);
        u->from = seen_in<cmd::AtelierFields>(*u, atelier_fields_of(a.profile));
    } else if (auto u = std::get_if<cmd::PipelinePut>(&c)) {
        u->from.reset();  // the pipeline as the device shows it: a conflict only from another device
        if (const Pipeline* pl = a.pipeline(u->pipeline.id)) u->from = *pl;
    } else if (auto k = std::get_if<cmd::OrderCreate>(&c)) {
        k->number = 0;  // the device's next: the form never asks
    } else if (auto k = std::get_if<cmd::ClientCreate>(&c)) {
        k->id = 0;
    } else if (auto k = std::get_if<cmd::OrderClone>(&c)) {
        k->number = 0;
    }
    return c;
}

}  // namespace atelier::laws
