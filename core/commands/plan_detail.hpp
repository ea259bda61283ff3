#pragma once
// Shared by plan.cpp and plan_order.cpp only.
#include <initializer_list>
#include <string_view>

#include "core/commands/plan.hpp"
#include "core/derive.hpp"
#include "core/i18n/said_text.hpp"

namespace atelier::detail {

struct Work {
    const Atelier& a;
    const Context& ctx;
    Plan& out;
    bool own_history = false;  // the command wrote its orders' history itself (order.move_to: one entry per step)

    // The command is refused: the first refusal is the one a person sees.
    bool fail(std::string path, Said why) {
        if (out.ok) {
            out.ok = false;
            out.error = problem_at(std::move(path), std::move(why));
        }
        return false;
    }
    bool fail(std::string path, Msg key, std::initializer_list<Arg> values = {}) { return fail(std::move(path), say(key, values)); }
    // A refusal another rule made whole (a JSON reader's problem): its path and sentence as they are.
    bool fail(Problem p) {
        if (out.ok) {
            out.ok = false;
            out.error = std::move(p);
        }
        return false;
    }

    void warn(Said why) {
        std::string text = english(why);
        out.warnings.push_back(Notice{std::move(text), std::move(why)});
    }
    // Out of line, in plan.cpp: one place to quiet a false GCC 12 warning.
    void notice(Said what);
    Date today() const { return date_of(ctx.now); }

    // The after-image of an entity, copied from the state on first touch. It stays where it is
    // while the command touches others (ImageTable), so a command may hold several at once.
    template <class T>
    T* touch(const EntityKey<T>& key, const char* field, Msg missing) {
        if (T* x = out.after.of<T>().find(key)) return x;
        const T* x = table_of<T>(a).find(key);
        if (!x) {
            fail(field, missing, {{"number", std::to_string(key)}});
            return nullptr;
        }
        return &out.after.of<T>().put(*x);
    }
    Order* order(int number, const char* field = "/order") { return touch<Order>(number, field, Msg::why_no_order); }
    // A client merged away is its kept client (core/model/atelier.hpp live_client).
    Client* client(int id, const char* field = "/client") { return touch<Client>(live_client(a.profile, id), field, Msg::why_no_client); }
    Profile& profile() {
        if (!out.after.profile) out.after.profile = a.profile;
        return *out.after.profile;
    }
};

// The number a create gives: `requested`, or 0 for the next one, from the author's block when its
// device holds one, else from the atelier's counter. 0 (and a failure) when it cannot be given.
int take_number(Work& w, bool order, int requested, const char* field);

// The next invoice number of the year the command was made in, taken from the atelier's counter
// (orders and sales orders share it); "" and a failure at `field` when the year's are used up.
std::string take_invoice_number(Work& w, const char* field);

// Checks name-like text: not blank, UTF-8, no control characters, bounded.
bool check_text(Work& w, const std::string& field, const std::string& value, bool required, size_t max = 200);
// Field-level diff of two JSON objects, for history ("history" itself excluded). The fields named
// in `by_element` (lists that grow long: a production order's batches, a style's versions) are
// compared element by element, each changed one recorded as "batches/2": a batch moving a stage
// records that batch, not the whole list twice.
std::vector<FieldChange> diff(const nlohmann::json& before, const nlohmann::json& after,
                              std::initializer_list<std::string_view> by_element = {});
// Rules every order specification obeys (create, update, clone).
bool check_order_spec(Work& w, const Order& o);

// The name of a message written into order `number`'s outbox at `place` (docs/email.md): the
// entry that writes it, so the same on every device that applies the entry; none outside a journal.
inline std::string message_id_for(const Context& ctx, int number, size_t place) {
    if (ctx.device.empty() || ctx.seq <= 0) return {};
    return ctx.device + "." + std::to_string(ctx.seq) + "." + std::to_string(number) + "." + std::to_string(place);
}
// After an accepted command: the fitting reminders written ahead that its orders want (plan_reminders.cpp).
void plan_reminders(Work& w);

void plan_order(Work& w, const Command& c);  // order.* commands
void plan_producer(Work& w, const Command& c);  // style.* and production.* (plan_producer.cpp)
void plan_sales(Work& w, const Command& c);     // sales.* (plan_sales.cpp)
void run(Work& w, const cmd::ClientMerge& c);   // core/commands/client_merge.cpp
void run(Work& w, const cmd::ClientDelete& c);
void run_revert(Work& w, const cmd::Revert& c);  // cmd::Undo and cmd::Redo: core/commands/revert.cpp

// One step of order.move_to: the single command, and the name of the stage it leaves ("" for order.start).
struct MoveStep {
    Command command;
    std::string leaves;
};
// The single steps that move `o` forward to c.stage (plan_order.cpp, the one rule of a move: its
// run applies them, core/commands/move_to.hpp makes them a batch). Empty when refused through `w`.
std::vector<MoveStep> move_steps(Work& w, const Order& o, const cmd::OrderMoveTo& c);

}  // namespace atelier::detail
