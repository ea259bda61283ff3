#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/client.hpp"
#include "core/model/history.hpp"
#include "core/model/pipeline.hpp"

namespace atelier {

enum class Kind : uint8_t { mto, bulk };
// Advanced by the work done, never set by hand. Draft is the order's draft flag.
enum class Status : uint8_t { draft, confirmed, in_production, shipped, collected, invoiced, paid, cancelled };
enum class StageStatus : uint8_t { not_started, in_progress, done };
enum class Delivery : uint8_t { collect, ship };
enum class Qc : uint8_t { none, pass, fail };
enum class Event : uint8_t { skipped, qc_pass, qc_fail, released_owing, cancelled, rework };
// Why an order was sent back to an earlier stage (order.rework).
enum class ReworkKind : uint8_t { qc_fail, client_change, other };

// ids (JSON, CLI, filters) and labels (views) side by side: see EnumNames in core/json/fields.hpp.
template <> struct EnumNames<Kind> {
    static constexpr std::array<const char*, 2> names{"mto", "bulk"};
    static constexpr std::array<const char*, 2> labels{"Made to order", "Bulk"};
};
template <> struct EnumNames<Status> {
    static constexpr std::array<const char*, 8> names{"draft",     "confirmed", "in_production", "shipped",
                                                      "collected", "invoiced",  "paid",          "cancelled"};
    static constexpr std::array<const char*, 8> labels{"Draft",     "Confirmed", "In production", "Shipped",
                                                       "Collected", "Invoiced",  "Paid",          "Cancelled"};
};
template <> struct EnumNames<StageStatus> {
    static constexpr std::array<const char*, 3> names{"not_started", "in_progress", "done"};
    static constexpr std::array<const char*, 3> labels{"Not started", "In progress", "Done"};
};
template <> struct EnumNames<Delivery> {
    static constexpr std::array<const char*, 2> names{"collect", "ship"};
    static constexpr std::array<const char*, 2> labels{"Collect in the atelier", "Ship"};
};
// What a photo that documents no stage shows; a photo with a stage is a stage photo (Image::stage).
enum class PhotoKind : uint8_t { reference, sketch, fabric };
template <> struct EnumNames<PhotoKind> {
    static constexpr std::array<const char*, 3> names{"reference", "sketch", "fabric"};
    static constexpr std::array<const char*, 3> labels{"Reference", "Sketch", "Fabric swatch"};
};
template <> struct EnumNames<Qc> { static constexpr std::array<const char*, 3> names{"none", "pass", "fail"}; };
template <> struct EnumNames<Event> {
    static constexpr std::array<const char*, 6> names{"skipped", "qc_pass", "qc_fail", "released_owing", "cancelled", "rework"};
    static constexpr std::array<const char*, 6> labels{"skipped", "QC pass", "QC fail", "released owing", "cancelled", "sent back"};
};
template <> struct EnumNames<ReworkKind> {
    static constexpr std::array<const char*, 3> names{"qc_fail", "client_change", "other"};
    static constexpr std::array<const char*, 3> labels{"QC failed", "Client change", "Other"};
};

// A ledger line. Lines are never edited or taken out: a correction is a line of its own.
// - A payment is money received; a refund (`refund`) is money given back to the client.
// - A correction (`correction`) counts the opposite way of the kind it corrects: an undone payment,
//   a voided refund. A void names the line it voids (`voids`, an index into the same ledger); an
//   undo of a void is a line naming it too, without `correction`: it reinstates the line.
// Lines from before refunds and voids hold neither field and count as they always did.
struct Payment {
    Money amount;  // never negative: a correction or a refund says so itself
    DateTime at;
    std::string method;  // "cash", "card", "transfer"
    std::string note;    // for a refund or a void: the reason given
    bool correction = false;
    bool refund = false;
    std::optional<int> voids = std::nullopt;
    bool operator==(const Payment&) const = default;
    template <class V> void fields(V& v) {
        v.req("amount", amount);
        v.req("at", at);
        v.opt("method", method);
        v.opt("note", note);
        v.opt("correction", correction);
        v.opt("refund", refund);
        v.opt("voids", voids);
    }
};

// What the line adds to the net paid total: its amount, negative for a refund or a correction of
// a payment, positive for a correction of a refund.
inline Money signed_amount(const Payment& p) { return p.correction != p.refund ? Money{-p.amount.minor} : p.amount; }

// A payment milestone: due when `when` is reached ("order" = at confirmation, a stage id = when the
// order reaches that stage, "handover" = before shipping or collection).
struct Milestone {
    std::string label;
    std::string when;
    Money amount;
    bool operator==(const Milestone&) const = default;
    template <class V> void fields(V& v) {
        v.req("label", label);
        v.req("when", when);
        v.req("amount", amount);
    }
};

// A photo on the order. The atelier holds only what describes it; the picture and its thumbnail
// are stored beside the atelier by content (SHA-256), so an atelier with 300 photos opens as fast
// as one with none. Photos made before photo storage carry only an id (the fields below are 0/"").
struct Image {
    std::string id;     // the picture's content id: SHA-256 of its bytes, 64 lowercase hex
    std::string thumb;  // its thumbnail's SHA-256 (long edge <= 256 px): what another device fetches first
    PhotoKind kind = PhotoKind::reference;
    std::string caption;
    std::string stage;  // set when the photo documents a stage (photo-required stages): a stage photo
    std::string type;   // "image/jpeg", "image/webp" or "image/png"
    int64_t bytes = 0;  // of the picture as stored (after downscaling)
    int width = 0, height = 0;
    std::optional<DateTime> added;  // when, and by whom (set by the command)
    std::string by;
    bool operator==(const Image&) const = default;
    template <class V> void fields(V& v) {
        v.req("id", id);
        v.opt("thumb", thumb);
        v.opt("kind", kind);
        v.opt("caption", caption);
        v.opt("stage", stage);
        v.opt("type", type);
        v.opt("bytes", bytes);
        v.opt("width", width);
        v.opt("height", height);
        v.opt("added", added);
        v.opt("by", by);
    }
};

// A booked fitting. Never removed: a cancelled one stays (struck through in the agenda) with its reason.
struct Fitting {
    static constexpr int kDefaultMinutes = 60;
    DateTime at;
    std::string kind;  // "first", "second", "final"
    std::string notes;
    bool done = false;
    int minutes = kDefaultMinutes;  // how long it is booked for (files before issue 16: the default)
    bool cancelled = false;
    std::string cancel_reason = {};  // required once cancelled
    bool operator==(const Fitting&) const = default;
    template <class V> void fields(V& v) {
        v.req("at", at);
        v.req("kind", kind);
        v.opt("notes", notes);
        v.opt("done", done);
        v.opt("minutes", minutes);
        v.opt("cancelled", cancelled);
        v.opt("cancel_reason", cancel_reason);
    }
};

// Things that happened in production that are not a field value: a skip, a QC result, a release while owing,
// a send-back (rework: `stage` the stage it went back to, `from` the stage it left, or "handover" when
// production was finished, `rework` why, `note` the reason given).
struct LogEntry {
    Event event = Event::skipped;
    std::string stage;
    DateTime at;
    std::string note;
    Money amount;
    std::string from = {};  // (= {}: older brace-initialisations of the first fields stay warning-free)
    std::optional<ReworkKind> rework = {};
    bool operator==(const LogEntry&) const = default;
    template <class V> void fields(V& v) {
        v.req("event", event);
        v.opt("stage", stage);
        v.req("at", at);
        v.opt("note", note);
        v.opt("amount", amount);
        v.opt("from", from);
        v.opt("rework", rework);
    }
};

// How a person sent a message: the link they opened (WhatsApp, email, SMS) or copied text.
enum class SentVia : uint8_t { whatsapp, email, sms, copy };
template <>
struct EnumNames<SentVia> {
    static constexpr std::array<const char*, 4> names{"whatsapp", "email", "sms", "copy"};
    static constexpr std::array<const char*, 4> labels{"WhatsApp", "email", "SMS", "copied text"};
};

// What the sync server's mail sender made of an email message (docs/email.md): nothing yet, sent,
// refused for good (the mail server's reply), or tried again later.
enum class MailState : uint8_t { none, sent, refused, retrying };
template <>
struct EnumNames<MailState> {
    static constexpr std::array<const char*, 4> names{"none", "sent", "refused", "retrying"};
    static constexpr std::array<const char*, 4> labels{"not handed over", "sent", "refused", "retrying"};
};

// A message to the client, filled in by the core when it was written (a notifying stage done, a
// fitting reminder) and kept as it was said. A browser cannot send it: a person opens it in WhatsApp,
// email or SMS (core/rules/messages.hpp makes the links) and marks it sent — or, with a sync server
// that has SMTP, the server sends an email one and its result comes back (order.message_delivery).
struct Message {
    DateTime at;
    Channel channel = Channel::email;
    std::string to;
    std::string text;
    std::string stage = {};                  // the stage whose completion wrote it ("" for a reminder)
    std::optional<DateTime> fitting = {};    // a reminder: the time of the fitting it is about
    // Who marked it sent, when and how (order.message_sent); sent_at absent: waiting in the outbox.
    // (Flat fields: the snapshot's stream reader holds no optional objects.)
    std::optional<DateTime> sent_at = {};
    std::string sent_by = {};
    SentVia sent_via = SentVia::whatsapp;
    // Its name on every device, "<device>.<seq>.<order>.<n>": the entry that wrote it, the order's
    // number then and its place in the outbox ("" for one written before ids existed). The server
    // sends a message once per id.
    std::string id = {};
    // The server's last word on it (order.message_delivery): the mail server's reply or the
    // server's own reason, the tries so far, when it said so and, retrying, when it tries again.
    MailState mail = MailState::none;
    std::string mail_reply = {};
    int mail_attempts = 0;
    std::optional<DateTime> mail_at = {};
    std::optional<DateTime> mail_next = {};
    // A reminder written ahead (Profile::reminder_time): not to be sent before this time, the
    // atelier's own. The server holds it until then; the dashboard lists it for a person then.
    std::optional<DateTime> due = {};
    // Taken back before it went: its fitting moved, was cancelled or done, the client's address or
    // the reminder changed, or the entry that wrote it was undone. Kept (the server may hold it:
    // devices tell it by id), never sent after; a message is never taken out of the outbox.
    bool withdrawn = false;
    bool operator==(const Message&) const = default;
    template <class V> void fields(V& v) {
        v.req("at", at);
        v.req("channel", channel);
        v.opt("to", to);
        v.req("text", text);
        v.opt("stage", stage);
        v.opt("fitting", fitting);
        v.opt("sent_at", sent_at);
        v.opt("sent_by", sent_by);
        v.opt("sent_via", sent_via);
        v.opt("id", id);
        v.opt("mail", mail);
        v.opt("mail_reply", mail_reply);
        v.opt("mail_attempts", mail_attempts);
        v.opt("mail_at", mail_at);
        v.opt("mail_next", mail_next);
        v.opt("due", due);
        v.opt("withdrawn", withdrawn);
    }
};

// The tax an order was priced under, taken from the atelier's settings when it was made and kept
// (a later change of the rate leaves the prices already given alone): the rate in basis points
// (2000 = 20.00%) and whether its price includes it. Absent in older files: no tax.
struct OrderTax {
    int rate_bp = 0;
    bool included = true;
    bool operator==(const OrderTax&) const = default;
    template <class V> void fields(V& v) {
        v.req("rate_bp", rate_bp);
        v.opt("included", included);
    }
};

struct Order {
    int number = 0;  // per atelier, shown as "12345-BFG"
    int client = 0;
    std::optional<DateTime> created;  // when order.create / order.clone made it (absent in older files)
    std::string garment;     // garment / model
    std::string collection;  // collection / season
    Kind kind = Kind::mto;
    int quantity = 1;
    Date deadline;
    std::optional<Date> event;
    Money price;
    OrderTax tax;  // set by order.create and order.clone, never by a command's field
    bool rush = false;
    Money rush_fee;
    bool priority = false;
    Status status = Status::draft;
    std::string pipeline;
    std::string stage;  // current stage id
    StageStatus stage_status = StageStatus::not_started;
    Qc qc = Qc::none;  // QC result at the current stage
    std::optional<Date> wip_start;
    std::vector<Payment> payments;
    std::vector<Milestone> schedule;
    std::vector<Measurement> overrides;  // shadow the client's values for this order only
    std::vector<Measurement> frozen;     // what the garment was cut from, once a freezing stage is passed
    std::optional<Date> frozen_on;
    std::vector<Image> images;
    std::vector<Fitting> fittings;
    Delivery delivery = Delivery::collect;
    std::string tracking;
    std::string salesperson;
    std::string team;
    std::string notes;
    Money cancel_fee;
    // The invoice issued for it (order.invoice): "2026-0001", numbered per atelier and year; "" before.
    std::string invoice = {};
    std::optional<DateTime> invoiced_at = {};
    std::vector<LogEntry> log;
    std::vector<Message> outbox;
    std::vector<HistoryEntry> history;
    std::vector<Conflict> conflicts;  // concurrent edits of its fields, oldest first
    bool operator==(const Order&) const = default;
    template <class V> void fields(V& v) {
        v.req("number", number);
        v.req("client", client);
        v.opt("created", created);
        v.opt("garment", garment);
        v.opt("collection", collection);
        v.opt("kind", kind);
        v.opt("quantity", quantity);
        v.req("deadline", deadline);
        v.opt("event", event);
        v.opt("price", price);
        v.opt("tax", tax);
        v.opt("rush", rush);
        v.opt("rush_fee", rush_fee);
        v.opt("priority", priority);
        v.opt("status", status);
        v.req("pipeline", pipeline);
        v.req("stage", stage);
        v.opt("stage_status", stage_status);
        v.opt("qc", qc);
        v.opt("wip_start", wip_start);
        v.opt("payments", payments);
        v.opt("schedule", schedule);
        v.opt("overrides", overrides);
        v.opt("frozen", frozen);
        v.opt("frozen_on", frozen_on);
        v.opt("images", images);
        v.opt("fittings", fittings);
        v.opt("delivery", delivery);
        v.opt("tracking", tracking);
        v.opt("salesperson", salesperson);
        v.opt("team", team);
        v.opt("notes", notes);
        v.opt("cancel_fee", cancel_fee);
        v.opt("invoice", invoice);
        v.opt("invoiced_at", invoiced_at);
        v.opt("log", log);
        v.opt("outbox", outbox);
        v.opt("history", history);
        v.opt("conflicts", conflicts);
    }
};

// An order is found by its number (core/model/entity_table.hpp).
inline int entity_key(const Order& o) { return o.number; }

std::ostream& operator<<(std::ostream& os, Status s);
std::ostream& operator<<(std::ostream& os, const Order& o);

}  // namespace atelier
