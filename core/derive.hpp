#pragma once
// [SECTION] Derived values: pure functions of const state that the UI, the CLI and the rules share.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/atelier.hpp"

namespace atelier {

enum class PaymentStatus : uint8_t { unpaid, deposit, paid };
enum class PaymentKind : uint8_t { none, deposit, full };
template <> struct EnumNames<PaymentStatus> {
    static constexpr std::array<const char*, 3> names{"unpaid", "deposit", "paid"};
    static constexpr std::array<const char*, 3> labels{"Unpaid", "Deposit", "Paid"};
};
template <> struct EnumNames<PaymentKind> { static constexpr std::array<const char*, 3> names{"none", "deposit", "full"}; };

// Where an order stands, in one label for a card or a table cell: its stage's status while in
// production ("In progress"), else its own status ("Confirmed", "Shipped").
const char* progress_label(Status s, StageStatus stage);

// What the client owes in total: price plus the rush fee when the order is rushed, plus the tax
// when the order's prices exclude it (tax_split's gross).
Money order_total(const Order& o);

// The order's price (plus the rush fee) split by its tax (OrderTax): net + tax = gross, the tax
// rounded half up to the cent. Prices including tax: gross is the price, net = gross / (1 + rate);
// excluding: net is the price, tax = net × rate, gross what the client pays.
struct TaxSplit {
    Money net, tax, gross;
};
TaxSplit tax_split(Money price, const OrderTax& t);
TaxSplit tax_split(const Order& o);
std::string format_rate_bp(int bp);  // 2000 -> "20.00"
std::optional<int> parse_rate_bp(std::string_view text);  // "20", "20.5", "20.50" -> basis points; nullopt when not 0-100

// [SECTION] The ledger. One law: balance = charges - payments + refunds, where the charges are the
// order total, or the cancellation fee once the order is cancelled. Positive: still owed; negative:
// to refund (only a cancelled order gets there: the commands refuse the rest).
struct LedgerSums {
    Money payments;  // received, less the corrections of payments
    Money refunds;   // given back, less the corrections of refunds
    bool overflow = false;  // a sum would pass int64 (only a hostile file): the sums are not to be used
};
LedgerSums ledger_sums(const Order& o);  // checked sums
Money order_charges(const Order& o);
Money amount_paid(const Order& o);   // net: payments - refunds
Money balance_owed(const Order& o);  // charges - net paid when positive, else zero; overpayment is refused
Money refund_due(const Order& o);    // net paid - charges when positive: what a cancelled order gives back
// The most order.refund accepts: all that was paid (net) on an open order, what was paid beyond
// the fee on a cancelled one.
Money refundable(const Order& o);
// A payment or refund as entered (not a correction, not a void): the lines order.void accepts.
bool original_line(const Payment& p);
// The void standing against ledger line `line` (its index), or nullopt: voids naming it, less the
// undos of those voids (lines naming it without `correction`).
std::optional<size_t> voided_by(const Order& o, size_t line);
// The first payment when the order is not yet fully paid: the "deposit paid".
Money deposit_paid(const Order& o);
PaymentStatus payment_status(const Order& o);
PaymentKind payment_kind(const Order& o);  // none / deposit (part paid) / full (settled)

// Schedule milestones whose moment has come, minus what was paid; zero when nothing is due.
Money due_now(const Atelier& a, const Order& o);

const Stage* current_stage(const Atelier& a, const Order& o);
int current_stage_index(const Atelier& a, const Order& o);  // -1 when unknown
// True once the last stage is done: the garment is ready to hand over.
bool production_finished(const Atelier& a, const Order& o);

// The deadline rules of core/rules/deadline.hpp, for one order (horizon: the atelier's due_soon_days).
bool is_overdue(const Order& o, Date today);
bool is_due_soon(const Atelier& a, const Order& o, Date today);

// One row per measurement name: the client's current value, the order's override, the value used
// (frozen if cut, else override, else client), and whether the client has since changed it.
struct EffectiveMeasurement {
    std::string name;
    std::optional<Length> client;
    std::optional<Length> override_value;
    std::optional<Length> frozen;
    Length used;
    bool differs_from_frozen = false;  // the client was re-measured after cutting
};
std::vector<EffectiveMeasurement> effective_measurements(const Client* c, const Order& o);
// The values an order would be cut from now (override over client).
std::vector<Measurement> measurements_to_freeze(const Client* c, const Order& o);

struct CancelQuote {
    Money fee;
    Money refund;      // paid minus fee when positive
    Money still_owed;  // fee minus paid when positive
    std::string reason;
};
CancelQuote cancellation_quote(const Atelier& a, const Order& o, DateTime now);


}  // namespace atelier
