#pragma once
// [SECTION] Sales orders: a producer's commitment to a shop or a brand (issue 18).
// - A sales order is numbered from the atelier's order numbers and shown "SO 12345-BFG"; its
//   customer is a client (a shop or a brand) whose payment terms it keeps.
// - Its state is never set by hand: Draft until confirmed; Confirmed; In production once a batch of
//   a production order made from it is on the floor; Shipped once every piece went out; Invoiced
//   once invoiced; Paid once the ledger covers the total. Cancelled with a reason.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/history.hpp"
#include "core/model/order.hpp"

namespace atelier {

enum class SalesState : uint8_t { draft, confirmed, in_production, shipped, invoiced, paid, cancelled };
template <> struct EnumNames<SalesState> {
    static constexpr std::array<const char*, 7> names{"draft", "confirmed", "in_production", "shipped", "invoiced", "paid", "cancelled"};
    static constexpr std::array<const char*, 7> labels{"Draft", "Confirmed", "In production", "Shipped", "Invoiced", "Paid", "Cancelled"};
};

// Incoterms a producer ships on.
enum class TradeTerm : uint8_t { exw, fca, fob, cif, dap, ddp };
template <> struct EnumNames<TradeTerm> {
    static constexpr std::array<const char*, 6> names{"exw", "fca", "fob", "cif", "dap", "ddp"};
    static constexpr std::array<const char*, 6> labels{"EXW", "FCA", "FOB", "CIF", "DAP", "DDP"};
};

// One line: pieces of a style in a colourway and size, at a price each.
struct SalesLine {
    std::string style, colour, size;
    int quantity = 0;
    Money price;  // per piece
    bool operator==(const SalesLine&) const = default;
    template <class V> void fields(V& v) {
        v.req("style", style);
        v.req("colour", colour);
        v.req("size", size);
        v.req("quantity", quantity);
        v.opt("price", price);
    }
};

// Pieces that left: of a style in a colourway (batches are made by colour), on a day.
struct Shipment {
    DateTime at;
    std::string style, colour;
    int quantity = 0;
    std::string tracking;
    bool operator==(const Shipment&) const = default;
    template <class V> void fields(V& v) {
        v.req("at", at);
        v.req("style", style);
        v.req("colour", colour);
        v.req("quantity", quantity);
        v.opt("tracking", tracking);
    }
};

struct SalesOrder {
    int number = 0;
    int customer = 0;  // a client id
    std::string season;
    Date ship;  // the date promised to ship
    TradeTerm term = TradeTerm::exw;
    int payment_days = 0;  // the customer's terms: due this many days after the invoice
    std::string currency;  // ISO 4217 of its prices and payments; "" is the atelier's
    std::vector<SalesLine> lines;
    std::optional<DateTime> confirmed;
    std::vector<Shipment> shipments;
    std::string invoice;  // the invoice number once invoiced ("2026-0001")
    std::optional<DateTime> invoiced_at;
    std::vector<Payment> payments;  // a ledger: corrected by new lines, never edited
    bool cancelled = false;
    std::string cancel_reason;
    std::string notes;
    std::vector<HistoryEntry> history;
    bool operator==(const SalesOrder&) const = default;
    template <class V> void fields(V& v) {
        v.req("number", number);
        v.req("customer", customer);
        v.opt("season", season);
        v.req("ship", ship);
        v.opt("term", term);
        v.opt("payment_days", payment_days);
        v.opt("currency", currency);
        v.opt("lines", lines);
        v.opt("confirmed", confirmed);
        v.opt("shipments", shipments);
        v.opt("invoice", invoice);
        v.opt("invoiced_at", invoiced_at);
        v.opt("payments", payments);
        v.opt("cancelled", cancelled);
        v.opt("cancel_reason", cancel_reason);
        v.opt("notes", notes);
        v.opt("history", history);
    }
};

inline int entity_key(const SalesOrder& s) { return s.number; }

std::ostream& operator<<(std::ostream& os, const SalesOrder& s);

}  // namespace atelier
