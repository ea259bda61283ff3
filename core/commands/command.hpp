#pragma once
// [SECTION] Commands: every change to the atelier is one of these small structs.
// - JSON form: {"type": "<kType>", ...fields}; fields listed once in `fields()`.
// - std::optional fields in *.update commands mean "leave as is".
// - Orders and clients are created with numbers taken from the profile counters, so replaying
//   a journal of commands always rebuilds the same state.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/commands/producer_commands.hpp"
#include "core/model/kinds.hpp"

namespace atelier {

namespace cmd {

// The atelier's settings an edit can set; in `from`, the values its author saw.
struct AtelierFields {
    std::optional<std::string> name, code, currency, country;
    std::optional<int> due_soon_days, buffer_days, free_cancel_hours, late_cancel_percent, production_cancel_percent,
        lock_minutes, tax_rate_bp;
    std::optional<bool> release_owing, prices_include_tax;
    std::optional<std::string> reminder_message, reminder_time, letterhead, payment_terms, time_zone, language;
    std::optional<TextsIn> reminder_translations;
    std::optional<Paper> paper;
    std::optional<Unit> measure_unit;
    std::optional<Image> logo;  // id "": take the logo off
    std::optional<std::vector<StageFee>> stage_fees;
    std::optional<std::vector<std::string>> teams, salespeople;
    bool operator==(const AtelierFields&) const = default;
    template <class V> void fields(V& v) {
        v.opt("name", name); v.opt("code", code); v.opt("currency", currency); v.opt("country", country);
        v.opt("due_soon_days", due_soon_days); v.opt("buffer_days", buffer_days);
        v.opt("free_cancel_hours", free_cancel_hours); v.opt("late_cancel_percent", late_cancel_percent);
        v.opt("production_cancel_percent", production_cancel_percent); v.opt("release_owing", release_owing);
        v.opt("stage_fees", stage_fees); v.opt("teams", teams); v.opt("salespeople", salespeople);
        v.opt("lock_minutes", lock_minutes); v.opt("tax_rate_bp", tax_rate_bp);
        v.opt("prices_include_tax", prices_include_tax);
        v.opt("reminder_message", reminder_message);
        v.opt("letterhead", letterhead); v.opt("payment_terms", payment_terms); v.opt("paper", paper);
        v.opt("time_zone", time_zone); v.opt("logo", logo); v.opt("measure_unit", measure_unit);
        v.opt("language", language); v.opt("reminder_translations", reminder_translations);
        v.opt("reminder_time", reminder_time);
    }
};

// `from` (optional) holds, for fields it sets, the value its author saw. A setting changed since is
// a concurrent edit: the update still applies and a Conflict on the atelier keeps the other value.
// For the team and salesperson lists the author's additions and removals are applied to the list
// as it is, so another device's names stay (no conflict). Without `from` a list is replaced whole.
struct AtelierUpdate : AtelierFields {
    static constexpr const char* kType = "atelier.update";
    std::optional<AtelierFields> from;
    bool operator==(const AtelierUpdate&) const = default;
    template <class V> void fields(V& v) {
        AtelierFields::fields(v);
        v.opt("from", from);
    }
};

// As client.resolve, for a conflict on the atelier's settings.
struct AtelierResolve {
    static constexpr const char* kType = "atelier.resolve";
    int conflict = 0;
    bool restore = false;
    bool operator==(const AtelierResolve&) const = default;
    template <class V> void fields(V& v) { v.req("conflict", conflict); v.req("restore", restore); }
};

// As client.resolve, for a conflict on a pipeline (its name or one stage). A restore puts the
// replaced name or stage back (a stage absent now goes after the last stage; a replaced "removed"
// removes it), checked as a pipeline.put.
struct PipelineResolve {
    static constexpr const char* kType = "pipeline.resolve";
    std::string pipeline;
    int conflict = 0;
    bool restore = false;
    bool operator==(const PipelineResolve&) const = default;
    template <class V> void fields(V& v) { v.req("pipeline", pipeline); v.req("conflict", conflict); v.req("restore", restore); }
};

// Renames a team everywhere it is named (the team list, stages, orders) in one step and one undo.
struct TeamRename {
    static constexpr const char* kType = "team.rename";
    std::string from, to;
    bool operator==(const TeamRename&) const = default;
    template <class V> void fields(V& v) { v.req("from", from); v.req("to", to); }
};

// Adds a person, or changes the role or PIN of the one with this name. `pin`: the hash of the new
// PIN (core/rules/roles.hpp pin_hash, made on the device so no journal holds a PIN), "" to remove
// it, absent to keep it. The atelier keeps at least one owner.
struct PersonPut {
    static constexpr const char* kType = "person.put";
    std::string name;
    Role role = Role::staff;
    std::optional<std::string> pin;
    bool operator==(const PersonPut&) const = default;
    template <class V> void fields(V& v) { v.req("name", name); v.req("role", role); v.opt("pin", pin); }
};

// Takes a person off the list (history keeps their name). Not the last owner.
struct PersonRemove {
    static constexpr const char* kType = "person.remove";
    std::string name;
    bool operator==(const PersonRemove&) const = default;
    template <class V> void fields(V& v) { v.req("name", name); }
};

// Renames a salesperson everywhere (the list and every order) in one step and one undo.
struct SalespersonRename {
    static constexpr const char* kType = "salesperson.rename";
    std::string from, to;
    bool operator==(const SalespersonRename&) const = default;
    template <class V> void fields(V& v) { v.req("from", from); v.req("to", to); }
};

// Creates or replaces a pipeline (by id).
struct PipelinePut {
    static constexpr const char* kType = "pipeline.put";
    Pipeline pipeline;
    // The pipeline as its author saw it: where it changed since (another device's edit), only what
    // the author changed is applied to it as it is (core/commands/concurrent.hpp merged_pipeline).
    // Without it the pipeline is replaced whole.
    std::optional<Pipeline> from = std::nullopt;
    bool operator==(const PipelinePut&) const = default;
    template <class V> void fields(V& v) {
        v.req("pipeline", pipeline);
        v.opt("from", from);
    }
};

// Reserves a block of order numbers and client ids for `device` from the atelier's counters,
// replacing the block it held (its unused numbers are then never given).
struct NumbersReserve {
    static constexpr const char* kType = "numbers.reserve";
    std::string device;
    int orders = 0, clients = 0;  // how many of each
    bool operator==(const NumbersReserve&) const = default;
    template <class V> void fields(V& v) { v.req("device", device); v.req("orders", orders); v.req("clients", clients); }
};

// Records that the journal entry `entry` was refused where the log put it (core/sync/fold.hpp
// writes it, with that entry's own author, time, device and seq): see core/model/not_applied.hpp.
struct EntryRefused {
    static constexpr const char* kType = "entry.refused";
    std::string entry, what, reason, command;
    bool operator==(const EntryRefused&) const = default;
    template <class V> void fields(V& v) {
        v.req("entry", entry);
        v.req("what", what);
        v.req("reason", reason);
        v.opt("command", command);
    }
};

// Settles an open Not applied record: dismissed, or `retried` (sent in one batch with the command
// dispatched again, so the record is settled only if the retry applies).
struct EntryDismiss {
    static constexpr const char* kType = "entry.dismiss";
    std::string entry;
    bool retried = false;
    bool operator==(const EntryDismiss&) const = default;
    template <class V> void fields(V& v) { v.req("entry", entry); v.opt("retried", retried); }
};

// `id` 0 (or absent): the next of the author's block (or the atelier's counter). The journal
// records the id given, so a replay, on any device, makes the same one.
struct ClientCreate {
    static constexpr const char* kType = "client.create";
    std::string name, phone, email, notes;
    int id = 0;
    Channel channel = Channel::none;  // preferred channel (none: no preference)
    std::string language = {};        // "fr", "en-GB"; "" = the atelier's (= {}: brace-initialisations of the first fields stay warning-free)
    bool operator==(const ClientCreate&) const = default;
    template <class V> void fields(V& v) {
        v.req("name", name); v.opt("phone", phone); v.opt("email", email); v.opt("notes", notes); v.opt("id", id);
        v.opt("channel", channel); v.opt("language", language);
    }
};

// The client fields an edit can set; in `from`, the values its author saw.
struct ClientFields {
    std::optional<std::string> name, phone, email, notes, language;
    std::optional<Channel> channel;
    std::optional<bool> do_not_contact;  // the client asked not to be contacted (docs/email.md)
    bool operator==(const ClientFields&) const = default;
    template <class V> void fields(V& v) {
        v.opt("name", name); v.opt("phone", phone); v.opt("email", email); v.opt("notes", notes);
        v.opt("channel", channel); v.opt("language", language); v.opt("do_not_contact", do_not_contact);
    }
};

// `from` (optional) holds, for fields it sets, the value its author saw: a field whose value has
// changed since is a concurrent edit — the update still applies and a Conflict keeps the other value.
struct ClientUpdate : ClientFields {
    static constexpr const char* kType = "client.update";
    int client = 0;
    std::optional<ClientFields> from;
    bool operator==(const ClientUpdate&) const = default;
    template <class V> void fields(V& v) {
        v.req("client", client);
        ClientFields::fields(v);
        v.opt("from", from);
    }
};

// Settles conflict `conflict` (index into the client's conflicts): restore puts the replaced value
// back (as an update, checked like one); keep leaves the value in place. Either closes it.
struct ClientResolve {
    static constexpr const char* kType = "client.resolve";
    int client = 0;
    int conflict = 0;
    bool restore = false;
    bool operator==(const ClientResolve&) const = default;
    template <class V> void fields(V& v) { v.req("client", client); v.req("conflict", conflict); v.req("restore", restore); }
};

// A re-measure: a new dated session.
struct ClientMeasure {
    static constexpr const char* kType = "client.measure";
    int client = 0;
    Date date;
    std::vector<Measurement> values;
    bool operator==(const ClientMeasure&) const = default;
    template <class V> void fields(V& v) { v.req("client", client); v.req("date", date); v.req("values", values); }
};

// A correction: amends one value of an existing session (a mistake, not a change of body).
struct ClientCorrect {
    static constexpr const char* kType = "client.correct";
    int client = 0;
    int session = 0;  // index, oldest first
    std::string name;
    Length value;
    bool operator==(const ClientCorrect&) const = default;
    template <class V> void fields(V& v) {
        v.req("client", client); v.req("session", session); v.req("name", name); v.req("value", value);
    }
};

// Merges the duplicate `client` into `keep`: its orders, measurement sessions and history move to
// the kept client and it is taken out, in one step and one undo. Commands written elsewhere that
// still name it apply to the kept client (Profile::merged_clients).
struct ClientMerge {
    static constexpr const char* kType = "client.merge";
    int client = 0;
    int keep = 0;
    bool operator==(const ClientMerge&) const = default;
    template <class V> void fields(V& v) { v.req("client", client); v.req("keep", keep); }
};

// Takes out a client that has no orders (a mistake, a test); undo puts it back.
struct ClientDelete {
    static constexpr const char* kType = "client.delete";
    int client = 0;
    bool operator==(const ClientDelete&) const = default;
    template <class V> void fields(V& v) { v.req("client", client); }
};

struct OrderCreate {
    static constexpr const char* kType = "order.create";
    int client = 0;
    std::string pipeline;
    Date deadline;
    std::optional<Date> event;
    std::string garment, collection;
    Kind kind = Kind::mto;
    int quantity = 1;
    Money price;
    bool rush = false;
    Money rush_fee;
    bool priority = false;
    Delivery delivery = Delivery::collect;
    std::string salesperson, team, notes;
    int number = 0;  // as client.create's id
    bool operator==(const OrderCreate&) const = default;
    template <class V> void fields(V& v) {
        v.opt("number", number);
        v.req("client", client); v.req("pipeline", pipeline); v.req("deadline", deadline); v.opt("event", event);
        v.opt("garment", garment); v.opt("collection", collection); v.opt("kind", kind); v.opt("quantity", quantity);
        v.opt("price", price); v.opt("rush", rush); v.opt("rush_fee", rush_fee); v.opt("priority", priority);
        v.opt("delivery", delivery); v.opt("salesperson", salesperson); v.opt("team", team); v.opt("notes", notes);
    }
};

// The order fields an edit can set (the same names as the order's JSON); in `from`, the values its
// author saw.
struct OrderFields {
    std::optional<int> client;
    std::optional<std::string> pipeline, garment, collection, salesperson, team, notes, tracking;
    std::optional<Date> deadline;
    std::optional<std::optional<Date>> event;  // null clears
    std::optional<Kind> kind;
    std::optional<int> quantity;
    std::optional<Money> price, rush_fee;
    std::optional<bool> rush, priority;
    std::optional<Delivery> delivery;
    bool operator==(const OrderFields&) const = default;
    template <class V> void fields(V& v) {
        v.opt("client", client); v.opt("pipeline", pipeline); v.opt("garment", garment);
        v.opt("collection", collection); v.opt("salesperson", salesperson); v.opt("team", team); v.opt("notes", notes);
        v.opt("deadline", deadline); v.opt("event", event); v.opt("kind", kind); v.opt("quantity", quantity);
        v.opt("price", price); v.opt("rush_fee", rush_fee); v.opt("rush", rush); v.opt("priority", priority);
        v.opt("delivery", delivery); v.opt("tracking", tracking);
    }
};

// `from` as in client.update: what the author saw, so a concurrent edit is detected and kept.
struct OrderUpdate : OrderFields {
    static constexpr const char* kType = "order.update";
    int order = 0;
    std::optional<OrderFields> from;
    bool operator==(const OrderUpdate&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order);
        OrderFields::fields(v);
        v.opt("from", from);
    }
};

// As client.resolve, for an order's conflicts.
struct OrderResolve {
    static constexpr const char* kType = "order.resolve";
    int order = 0;
    int conflict = 0;
    bool restore = false;
    bool operator==(const OrderResolve&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("conflict", conflict); v.req("restore", restore); }
};

#define ATELIER_ORDER_ONLY(Name, type)                            \
    struct Name {                                                 \
        static constexpr const char* kType = type;                \
        int order = 0;                                            \
        bool operator==(const Name&) const = default;             \
        template <class V> void fields(V& v) { v.req("order", order); } \
    };
ATELIER_ORDER_ONLY(OrderConfirm, "order.confirm")        // Draft -> Confirmed
ATELIER_ORDER_ONLY(OrderStart, "order.start")            // Confirmed -> In production, first stage
ATELIER_ORDER_ONLY(StageStart, "order.stage_start")      // current stage: not started -> in progress
ATELIER_ORDER_ONLY(OrderAdvance, "order.advance")        // current stage done; move to the next
ATELIER_ORDER_ONLY(OrderCollect, "order.collect")        // handed over in the atelier
ATELIER_ORDER_ONLY(OrderInvoice, "order.invoice")
#undef ATELIER_ORDER_ONLY

// A new draft with the same specification; `number` as order.create's.
struct OrderClone {
    static constexpr const char* kType = "order.clone";
    int order = 0;
    int number = 0;
    bool operator==(const OrderClone&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.opt("number", number); }
};

struct OrderQc {
    static constexpr const char* kType = "order.qc";
    int order = 0;
    bool pass = false;
    std::string note;  // required for a fail
    bool operator==(const OrderQc&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("pass", pass); v.opt("note", note); }
};

struct OrderSkip {
    static constexpr const char* kType = "order.skip";
    int order = 0;
    std::string note;
    bool operator==(const OrderSkip&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.opt("note", note); }
};

// Moves an order forward to `stage` (a stage id of its pipeline) in one command and one undo step,
// exactly as the single steps would: a confirmed order is started, each stage left is advanced,
// optional stages only passed over are skipped (logged with `note`). All or nothing: the first
// step refused refuses the whole move, naming the stage that stops it.
struct OrderMoveTo {
    static constexpr const char* kType = "order.move_to";
    int order = 0;
    std::string stage;
    std::string note;  // logged on each optional stage skipped on the way
    bool operator==(const OrderMoveTo&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("stage", stage); v.opt("note", note); }
};

struct OrderPay {
    static constexpr const char* kType = "order.pay";
    int order = 0;
    Money amount;
    std::optional<DateTime> at;  // when received; defaults to the command's time
    std::string method, note;
    bool operator==(const OrderPay&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("amount", amount); v.opt("at", at); v.opt("method", method); v.opt("note", note);
    }
};

// Money given back to the client: part of what was paid on an open order (a deposit returned),
// or what was paid beyond the fee on a cancelled one. A line of its own in the ledger.
struct OrderRefund {
    static constexpr const char* kType = "order.refund";
    int order = 0;
    Money amount;
    std::optional<DateTime> at;  // when given back; defaults to the command's time
    std::string method, reason;
    bool operator==(const OrderRefund&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("amount", amount); v.opt("at", at); v.req("method", method); v.req("reason", reason);
    }
};

// A payment or refund entered by mistake, voided by a correcting line that names it. `line` is its
// index in the ledger and `amount` what the author saw there: a line that moved (another device's
// entry came first) is refused rather than the wrong one voided.
struct OrderVoid {
    static constexpr const char* kType = "order.void";
    int order = 0;
    int line = 0;
    Money amount;
    std::string reason;
    bool operator==(const OrderVoid&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("line", line); v.req("amount", amount); v.req("reason", reason);
    }
};

struct OrderSchedule {
    static constexpr const char* kType = "order.schedule";
    int order = 0;
    std::vector<Milestone> milestones;
    bool operator==(const OrderSchedule&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("milestones", milestones); }
};

struct OrderOverride {
    static constexpr const char* kType = "order.override";
    int order = 0;
    std::string name;
    std::optional<Length> value;  // null removes the override
    bool operator==(const OrderOverride&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("name", name); v.opt("value", value); }
};

struct OrderImage {
    static constexpr const char* kType = "order.image";
    int order = 0;
    Image image;
    bool operator==(const OrderImage&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("image", image); }
};

// Takes a photo off the order (undo puts it back; the picture stays in the photo store).
struct OrderImageRemove {
    static constexpr const char* kType = "order.image.remove";
    int order = 0;
    std::string id;
    bool operator==(const OrderImageRemove&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("id", id); }
};

struct OrderFitting {
    static constexpr const char* kType = "order.fitting";
    int order = 0;
    DateTime at;
    std::string kind, notes;
    int minutes = Fitting::kDefaultMinutes;
    bool operator==(const OrderFitting&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("at", at); v.req("kind", kind); v.opt("notes", notes); v.opt("minutes", minutes);
    }
};

// Moves a booked fitting (the client is ill): a new time, and optionally a new length and notes.
struct FittingReschedule {
    static constexpr const char* kType = "order.fitting_reschedule";
    int order = 0;
    int fitting = 0;  // index
    DateTime at;
    std::optional<int> minutes;       // absent: keeps its length
    std::optional<std::string> notes;  // absent: keeps its notes
    bool operator==(const FittingReschedule&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("fitting", fitting); v.req("at", at); v.opt("minutes", minutes); v.opt("notes", notes);
    }
};

// Cancels a booked fitting; it stays on the order, struck through, with the reason.
struct FittingCancel {
    static constexpr const char* kType = "order.fitting_cancel";
    int order = 0;
    int fitting = 0;  // index
    std::string reason;
    bool operator==(const FittingCancel&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("fitting", fitting); v.req("reason", reason); }
};

struct FittingDone {
    static constexpr const char* kType = "order.fitting_done";
    int order = 0;
    int fitting = 0;  // index
    std::string notes;
    bool operator==(const FittingDone&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("fitting", fitting); v.opt("notes", notes); }
};

// Writes the reminder of fitting `fitting` (index) into the order's outbox, from the atelier's
// reminder template, on the client's channel: once per fitting (its time names it), not for a
// fitting done or cancelled.
struct FittingRemind {
    static constexpr const char* kType = "order.fitting_remind";
    int order = 0;
    int fitting = 0;  // index
    bool operator==(const FittingRemind&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("fitting", fitting); }
};

// A person sent outbox message `message` (index) to the client `via` a link or copied text.
// `at` is the message's own time as its author saw it: a message that moved (another device's
// entry came first) is found by it, or refused, never the wrong one marked.
struct MessageSent {
    static constexpr const char* kType = "order.message_sent";
    int order = 0;
    int message = 0;
    DateTime at;
    SentVia via = SentVia::whatsapp;
    bool operator==(const MessageSent&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("message", message); v.req("at", at); v.req("via", via); }
};

// The sync server's word on email message `message` (its id) of order `order`: sent, refused with
// `reply`, or retrying at `next` (docs/email.md). Only the server writes it (device "server"); the
// message is found by id in that order, else in any (a renumbered order). A word after "sent"
// changes nothing: a late one from a second server process never unsends.
struct MessageDelivery {
    static constexpr const char* kType = "order.message_delivery";
    int order = 0;
    std::string message;
    MailState result = MailState::sent;
    std::string reply;
    int attempts = 1;
    std::optional<DateTime> next;
    bool operator==(const MessageDelivery&) const = default;
    template <class V> void fields(V& v) {
        v.req("order", order); v.req("message", message); v.req("result", result); v.opt("reply", reply);
        v.opt("attempts", attempts); v.opt("next", next);
    }
};

struct OrderShip {
    static constexpr const char* kType = "order.ship";
    int order = 0;
    std::string tracking;
    bool operator==(const OrderShip&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("tracking", tracking); }
};

struct OrderCancel {
    static constexpr const char* kType = "order.cancel";
    int order = 0;
    std::string reason;
    bool operator==(const OrderCancel&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.opt("reason", reason); }
};

// Sends an order in production back to an earlier stage of its pipeline (a QC fail, a client's
// change after cutting): that stage becomes current, not started, QC reset; logged with the stage it
// left and the reason. Measurements stay frozen unless a freezing stage is to be done again;
// payment milestones already reached stay due (core/rules/rework.hpp).
struct OrderRework {
    static constexpr const char* kType = "order.rework";
    int order = 0;
    std::string stage;  // the stage id to go back to
    ReworkKind kind = ReworkKind::other;
    std::string reason;
    bool operator==(const OrderRework&) const = default;
    template <class V> void fields(V& v) { v.req("order", order); v.req("stage", stage); v.req("kind", kind); v.req("reason", reason); }
};

// [SECTION] Undo and redo as commands (core/commands/revert.hpp): for each entity the undone step
// touched, the fields it puts back (`to`) and the values its author found there (`from`), so that
// applied anywhere, in any interleaving, it changes only what the step changed.
// A JSON object of field -> value (each field's whole value, as the snapshot writes it), or null:
// the entity is absent (`from` null: it is put back; `to` null: it is removed).
struct FieldValues {
    nlohmann::json values;
    bool operator==(const FieldValues&) const = default;
};
nlohmann::json write_value(const FieldValues& v);
void read_value(const nlohmann::json& j, FieldValues& out, const PathSeg& at, Reader& r);

struct EntityChange {
    EntityKind kind = EntityKind::order;
    std::string id;  // the order number, client id or pipeline id; "" for the profile
    FieldValues from, to;
    bool operator==(const EntityChange&) const = default;
    template <class V> void fields(V& v) {
        v.req("kind", kind);
        v.opt("id", id);
        v.req("from", from);
        v.req("to", to);
    }
};

struct Revert {
    static constexpr size_t kMaxChanges = 200000;  // a rename touching every order of a large atelier
    std::string what;  // the command type the step applied ("order.pay", "batch"): for history and toasts
    std::vector<EntityChange> changes;
    bool operator==(const Revert&) const = default;
    template <class V> void fields(V& v) {
        v.req("what", what);
        v.req("changes", changes);
    }
};
struct Undo : Revert {
    static constexpr const char* kType = "undo";
};
struct Redo : Revert {
    static constexpr const char* kType = "redo";
};

struct Batch;

}  // namespace cmd

using Command = std::variant<cmd::AtelierUpdate, cmd::AtelierResolve, cmd::PersonPut, cmd::PersonRemove, cmd::TeamRename, cmd::SalespersonRename, cmd::PipelinePut, cmd::PipelineResolve, cmd::NumbersReserve, cmd::EntryRefused, cmd::EntryDismiss, cmd::ClientCreate, cmd::ClientUpdate,
                             cmd::ClientResolve, cmd::ClientMeasure, cmd::ClientCorrect, cmd::ClientMerge, cmd::ClientDelete, cmd::OrderCreate, cmd::OrderUpdate, cmd::OrderResolve,
                             cmd::OrderConfirm, cmd::OrderStart, cmd::StageStart, cmd::OrderQc, cmd::OrderAdvance,
                             cmd::OrderSkip, cmd::OrderMoveTo, cmd::OrderPay, cmd::OrderRefund, cmd::OrderVoid, cmd::OrderSchedule, cmd::OrderOverride,
                             cmd::OrderImage, cmd::OrderImageRemove, cmd::OrderFitting, cmd::FittingDone, cmd::OrderShip, cmd::OrderCollect,
                             cmd::OrderInvoice, cmd::OrderCancel, cmd::OrderClone, cmd::OrderRework, cmd::FittingReschedule,
                             cmd::FittingCancel, cmd::FittingRemind, cmd::MessageSent, cmd::MessageDelivery, cmd::StyleCreate, cmd::StyleUpdate,
                             cmd::StyleSetState, cmd::StyleRevise, cmd::StyleImage, cmd::StyleImageRemove, cmd::ProductionCreate, cmd::ProductionUpdate, cmd::ProductionPlan,
                             cmd::ProductionRelease, cmd::ProductionCancel, cmd::ProductionComplete, cmd::ProductionBatchCreate,
                             cmd::ProductionProgress, cmd::SalesCreate, cmd::SalesUpdate, cmd::SalesConfirm, cmd::SalesProduce,
                             cmd::SalesShip, cmd::SalesInvoice, cmd::SalesPay, cmd::SalesCancel, cmd::Undo, cmd::Redo, cmd::Batch>;

namespace cmd {

// Several commands as one: applied in order, each seeing the results of the ones before (an
// order.create, then order.pay on the number it made), all or nothing, one undo step, one journal
// entry. Each command writes its own history entry, as if applied singly. At least one command, at
// most kMaxBatch, and none of them a batch (bounded work and depth for hostile input).
// A step may name what an earlier step made by reference: an order.create's `client` -k is the
// client made by step k (a client.create), an order.pay's `order` -k the order made by step k (an
// order.create). A reference is made in memory (the CSV import); JSON, and so the journal, holds
// only the numbers given, so a replay never resolves one.
// Applied by Store::dispatch (core/store.cpp), not by plan_command.
struct Batch {
    static constexpr const char* kType = "batch";
    // A CSV import of 10,000 rows (a client, an order and its deposit each) fits.
    static constexpr size_t kMaxBatch = 30000;
    std::vector<Command> commands;
    bool operator==(const Batch& o) const;  // out of line: Command is incomplete here
    template <class V> void fields(V& v) { v.req("commands", commands); }
};

// The JSON of a batch's list (core/commands/command_json.cpp), found by argument-dependent lookup
// from core/json/fields.hpp: each element is read as command_from_json reads a command, with the
// limits above; problems are named "/commands/2/amount".
nlohmann::json write_value(const std::vector<Command>& commands);
void read_value(const nlohmann::json& j, std::vector<Command>& out, const PathSeg& at, Reader& r);

}  // namespace cmd

// The refusal of a batch's shape (empty, too long, nested, or holding an undo/redo), or nullopt; path "/commands[/i]".
std::optional<Problem> check_batch_shape(const cmd::Batch& b);
// Step `i` with its references to earlier steps replaced by the numbers they gave (`done`: the
// steps before it as the journal records them), or the refusal of a reference that names no such step.
std::variant<Command, Problem> resolve_batch_references(const Command& step, const std::vector<Command>& done, size_t i);

const char* command_type(const Command& c);
// All JSON type names, in variant order (for docs and error messages).
std::vector<std::string> command_types();

nlohmann::json command_to_json(const Command& c);
// Problems name the field ("/amount"); `prefix` is prepended to every path (e.g. "line 3").
std::optional<Command> command_from_json(const nlohmann::json& j, Problems& problems, const char* prefix = "");

std::ostream& operator<<(std::ostream& os, const Command& c);

}  // namespace atelier
