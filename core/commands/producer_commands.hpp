#pragma once
// [SECTION] A producer's commands (issue 18): styles and their tech packs, production orders,
// batches. Planned by core/commands/plan_producer.cpp; the rules they check are in
// core/production/rules.hpp, shared with the validator. `kProducer` routes them there.
#include <optional>
#include <string>
#include <vector>

#include "core/model/kinds.hpp"

namespace atelier::cmd {

// Makes a style with version 1 of its tech pack, in the state given (Commercial by default).
struct StyleCreate {
    static constexpr const char* kType = "style.create";
    static constexpr bool kProducer = true;
    std::string code, name, season;
    StyleState state = StyleState::commercial;
    TechPack pack;
    bool operator==(const StyleCreate&) const = default;
    template <class V> void fields(V& v) {
        v.req("code", code); v.req("name", name); v.opt("season", season); v.opt("state", state); v.opt("pack", pack);
    }
};

// Changes a style's name or season, or replaces its working tech pack (`pack`, whole). The pack
// of a released version is frozen (style.revise makes a new one), and a Production Ready or
// Archived pack is moved back to Design or Approval (style.state) before it is changed. A size or
// colourway that an unreleased production order plans stays in the pack.
struct StyleUpdate {
    static constexpr const char* kType = "style.update";
    static constexpr bool kProducer = true;
    std::string style;
    std::optional<std::string> name, season;
    std::optional<TechPack> pack;
    // The working pack as its author saw it: where it changed since (another device's edit), only
    // what the author changed is applied (core/production/pack_merge.hpp). Without it, `pack` whole.
    std::optional<TechPack> from;
    bool operator==(const StyleUpdate&) const = default;
    template <class V> void fields(V& v) {
        v.req("style", style); v.opt("name", name); v.opt("season", season); v.opt("pack", pack); v.opt("from", from);
    }
};

// Moves the working version through Commercial → Design → Approval → Production Ready: one step
// forward, or back to any earlier state (not for a released version: that is a new version); to
// Archived from any state, and from Archived back to Commercial, Design or Approval.
struct StyleSetState {
    static constexpr const char* kType = "style.state";
    static constexpr bool kProducer = true;
    std::string style;
    StyleState state = StyleState::design;
    bool operator==(const StyleSetState&) const = default;
    template <class V> void fields(V& v) { v.req("style", style); v.req("state", state); }
};

// A new version of the tech pack, a copy of the working one, in Design. `from`: the version its
// author saw as the working one (a second device's revise of the same version is refused, not a
// version made twice).
struct StyleRevise {
    static constexpr const char* kType = "style.revise";
    static constexpr bool kProducer = true;
    std::string style;
    int from = 0;
    bool operator==(const StyleRevise&) const = default;
    template <class V> void fields(V& v) { v.req("style", style); v.req("from", from); }
};

// A sketch or sample photo on the style (its picture stored by content, as an order's photos are).
struct StyleImage {
    static constexpr const char* kType = "style.image";
    static constexpr bool kProducer = true;
    std::string style;
    Image image;
    bool operator==(const StyleImage&) const = default;
    template <class V> void fields(V& v) { v.req("style", style); v.req("image", image); }
};

// Takes a photo off the style (undo puts it back; the picture stays in the photo store).
struct StyleImageRemove {
    static constexpr const char* kType = "style.image.remove";
    static constexpr bool kProducer = true;
    std::string style, id;
    bool operator==(const StyleImageRemove&) const = default;
    template <class V> void fields(V& v) { v.req("style", style); v.req("id", id); }
};

// A production order of a style, drafted (any state of its tech pack). `number` 0: the next order
// number (from the device's block when syncing); the journal records the number given.
struct ProductionCreate {
    static constexpr const char* kType = "production.create";
    static constexpr bool kProducer = true;
    int number = 0;
    std::string style, pipeline;
    Date due;
    std::vector<Cell> matrix;
    int tolerance_percent = 0;
    std::string notes;
    bool operator==(const ProductionCreate&) const = default;
    template <class V> void fields(V& v) {
        v.opt("number", number); v.req("style", style); v.req("pipeline", pipeline); v.req("due", due); v.opt("matrix", matrix);
        v.opt("tolerance_percent", tolerance_percent); v.opt("notes", notes);
    }
};

// Changes a production order. Its matrix and pipeline only before release; any change before
// release also marks the style's tech pack as seen (the "changed since" flag goes).
struct ProductionUpdate {
    static constexpr const char* kType = "production.update";
    static constexpr bool kProducer = true;
    int production = 0;
    std::optional<Date> due;
    std::optional<std::vector<Cell>> matrix;
    std::optional<std::string> pipeline, notes;
    std::optional<int> tolerance_percent;
    bool operator==(const ProductionUpdate&) const = default;
    template <class V> void fields(V& v) {
        v.req("production", production); v.opt("due", due); v.opt("matrix", matrix); v.opt("pipeline", pipeline);
        v.opt("notes", notes); v.opt("tolerance_percent", tolerance_percent);
    }
};

// Draft → Planned: the matrix is settled (at least one piece).
struct ProductionPlan {
    static constexpr const char* kType = "production.plan";
    static constexpr bool kProducer = true;
    int production = 0;
    bool operator==(const ProductionPlan&) const = default;
    template <class V> void fields(V& v) { v.req("production", production); }
};

// Planned (or Draft) → Released, only when the style's tech pack is Production Ready: the working
// version is frozen and the order keeps it.
struct ProductionRelease {
    static constexpr const char* kType = "production.release";
    static constexpr bool kProducer = true;
    int production = 0;
    bool operator==(const ProductionRelease&) const = default;
    template <class V> void fields(V& v) { v.req("production", production); }
};

// Cancels a production order that is not completed, with the reason; its batches stop where they are.
struct ProductionCancel {
    static constexpr const char* kType = "production.cancel";
    static constexpr bool kProducer = true;
    int production = 0;
    std::string reason;
    bool operator==(const ProductionCancel&) const = default;
    template <class V> void fields(V& v) { v.req("production", production); v.req("reason", reason); }
};

// Closes a production order whose batches are all finished (core/production/rules.hpp
// completion_problem): `note` says why the pieces differ from the plan, when they do.
struct ProductionComplete {
    static constexpr const char* kType = "production.complete";
    static constexpr bool kProducer = true;
    int production = 0;
    std::string note;
    bool operator==(const ProductionComplete&) const = default;
    template <class V> void fields(V& v) { v.req("production", production); v.opt("note", note); }
};

// A batch on the floor: pieces of one colour in some sizes, cut from what the matrix has left
// (its tolerance over the plan at most). Only on a released order (it is then in progress).
struct ProductionBatchCreate {
    static constexpr const char* kType = "production.batch";
    static constexpr bool kProducer = true;
    int production = 0;
    std::string colour;
    std::vector<SizeCount> sizes;
    std::string note;
    bool operator==(const ProductionBatchCreate&) const = default;
    template <class V> void fields(V& v) {
        v.req("production", production); v.req("colour", colour); v.req("sizes", sizes); v.opt("note", note);
    }
};

// Pieces of batch `batch` that left stage `stage`: `done` go on to the next stage, `rejected` are
// out. At most the pieces waiting there.
struct ProductionProgress {
    static constexpr const char* kType = "production.progress";
    static constexpr bool kProducer = true;
    int production = 0;
    int batch = 0;
    std::string stage;
    int done = 0, rejected = 0;
    bool operator==(const ProductionProgress&) const = default;
    template <class V> void fields(V& v) {
        v.req("production", production); v.req("batch", batch); v.req("stage", stage); v.opt("done", done); v.opt("rejected", rejected);
    }
};

// [SECTION] Sales orders (core/production/sales.hpp). Staff write none of them.

// A sales order for a customer (a client), a Draft. `number` 0: the next order number.
struct SalesCreate {
    static constexpr const char* kType = "sales.create";
    static constexpr bool kProducer = true;
    int number = 0;
    int customer = 0;
    std::string season;
    Date ship;
    TradeTerm term = TradeTerm::exw;
    int payment_days = 0;
    std::string currency;  // "" = the atelier's
    std::vector<SalesLine> lines;
    std::string notes;
    bool operator==(const SalesCreate&) const = default;
    template <class V> void fields(V& v) {
        v.opt("number", number); v.req("customer", customer); v.opt("season", season); v.req("ship", ship); v.opt("term", term);
        v.opt("payment_days", payment_days); v.opt("currency", currency); v.opt("lines", lines); v.opt("notes", notes);
    }
};

// Changes a sales order; its lines and customer only while it is a Draft.
struct SalesUpdate {
    static constexpr const char* kType = "sales.update";
    static constexpr bool kProducer = true;
    int sales = 0;
    std::optional<int> customer, payment_days;
    std::optional<std::string> season, notes, currency;
    std::optional<Date> ship;
    std::optional<TradeTerm> term;
    std::optional<std::vector<SalesLine>> lines;
    bool operator==(const SalesUpdate&) const = default;
    template <class V> void fields(V& v) {
        v.req("sales", sales); v.opt("customer", customer); v.opt("payment_days", payment_days); v.opt("season", season);
        v.opt("notes", notes); v.opt("currency", currency); v.opt("ship", ship); v.opt("term", term); v.opt("lines", lines);
    }
};

// Draft → Confirmed: the commitment. Refused without lines, or with a line whose colour or size
// its style's tech pack does not have.
struct SalesConfirm {
    static constexpr const char* kType = "sales.confirm";
    static constexpr bool kProducer = true;
    int sales = 0;
    bool operator==(const SalesConfirm&) const = default;
    template <class V> void fields(V& v) { v.req("sales", sales); }
};

// One action: a production order of `style` made from a confirmed sales order — its lines of that
// style become the matrix, the due date is the ship date unless given, and the two are linked.
struct SalesProduce {
    static constexpr const char* kType = "sales.produce";
    static constexpr bool kProducer = true;
    int sales = 0;
    int number = 0;  // the production order's; 0: the next order number
    std::string style, pipeline;
    std::optional<Date> due;
    bool operator==(const SalesProduce&) const = default;
    template <class V> void fields(V& v) {
        v.req("sales", sales); v.opt("number", number); v.req("style", style); v.req("pipeline", pipeline); v.opt("due", due);
    }
};

// Pieces of a style in a colourway leaving: at most what was made for this order and not shipped,
// and at most what it ordered.
struct SalesShip {
    static constexpr const char* kType = "sales.ship";
    static constexpr bool kProducer = true;
    int sales = 0;
    std::string style, colour;
    int quantity = 0;
    std::string tracking;
    bool operator==(const SalesShip&) const = default;
    template <class V> void fields(V& v) {
        v.req("sales", sales); v.req("style", style); v.req("colour", colour); v.req("quantity", quantity); v.opt("tracking", tracking);
    }
};

// Shipped → Invoiced: the next invoice number of the year (shared with the orders'; never given twice).
struct SalesInvoice {
    static constexpr const char* kType = "sales.invoice";
    static constexpr bool kProducer = true;
    int sales = 0;
    bool operator==(const SalesInvoice&) const = default;
    template <class V> void fields(V& v) { v.req("sales", sales); }
};

// Money received against a sales order (a ledger line; the order is Paid once it covers the total).
struct SalesPay {
    static constexpr const char* kType = "sales.pay";
    static constexpr bool kProducer = true;
    int sales = 0;
    Money amount;
    std::optional<DateTime> at;
    std::string method;
    bool operator==(const SalesPay&) const = default;
    template <class V> void fields(V& v) { v.req("sales", sales); v.req("amount", amount); v.opt("at", at); v.req("method", method); }
};

// Cancels a sales order nothing of which has shipped, with the reason.
struct SalesCancel {
    static constexpr const char* kType = "sales.cancel";
    static constexpr bool kProducer = true;
    int sales = 0;
    std::string reason;
    bool operator==(const SalesCancel&) const = default;
    template <class V> void fields(V& v) { v.req("sales", sales); v.req("reason", reason); }
};

}  // namespace atelier::cmd
