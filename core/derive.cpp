#include "core/derive.hpp"

#include <algorithm>

#include "core/rules/deadline.hpp"
#include "core/rules/rework.hpp"
#include "core/text.hpp"

namespace atelier {

TaxSplit tax_split(Money price, const OrderTax& t) {
    const int64_t r = t.rate_bp;
    // Prices are at most 1e11 minor units each and r at most 1e4: every product fits in int64.
    if (r <= 0) return {price, Money{}, price};
    if (t.included) {
        const int64_t net = (price.minor * 10000 * 2 + (10000 + r)) / (2 * (10000 + r));
        return {Money{net}, Money{price.minor - net}, price};
    }
    const int64_t tax = (price.minor * r * 2 + 10000) / 20000;
    return {price, Money{tax}, Money{price.minor + tax}};
}

TaxSplit tax_split(const Order& o) { return tax_split(o.rush ? o.price + o.rush_fee : o.price, o.tax); }

Money order_total(const Order& o) { return tax_split(o).gross; }

std::string format_rate_bp(int bp) {
    std::string cents = std::to_string(bp % 100);
    if (cents.size() < 2) cents = "0" + cents;
    return std::to_string(bp / 100) + "." + cents;
}

std::optional<int> parse_rate_bp(std::string_view text) {
    const std::string t(trim(text));
    const auto m = parse_money(t);  // the same digits as an amount: "20", "20.5", "20.50"
    if (!m || m->minor > 10000) return std::nullopt;
    return static_cast<int>(m->minor);
}

LedgerSums ledger_sums(const Order& o) {
    LedgerSums s;
    for (const auto& p : o.payments) {
        // A refund's correction adds back to the refunds' side with a minus, and likewise payments.
        const Money m = p.correction ? Money{-p.amount.minor} : p.amount;
        Money& side = p.refund ? s.refunds : s.payments;
        const std::optional<Money> sum = checked_add(side, m);
        if (!sum) return LedgerSums{{}, {}, true};
        side = *sum;
    }
    return s;
}

Money order_charges(const Order& o) { return o.status == Status::cancelled ? o.cancel_fee : order_total(o); }

Money amount_paid(const Order& o) {
    const LedgerSums s = ledger_sums(o);
    return s.payments - s.refunds;
}

Money balance_owed(const Order& o) {
    const LedgerSums s = ledger_sums(o);
    const Money owed = order_charges(o) - s.payments + s.refunds;
    return owed.minor > 0 ? owed : Money{};
}

Money refund_due(const Order& o) {
    const LedgerSums s = ledger_sums(o);
    const Money back = s.payments - s.refunds - order_charges(o);
    return back.minor > 0 ? back : Money{};
}

Money refundable(const Order& o) {
    if (o.status == Status::cancelled) return refund_due(o);
    const Money paid = amount_paid(o);
    return paid.minor > 0 ? paid : Money{};
}

bool original_line(const Payment& p) { return !p.correction && !p.voids; }

std::optional<size_t> voided_by(const Order& o, size_t line) {
    int standing = 0;
    std::optional<size_t> last;
    for (size_t j = line + 1; j < o.payments.size(); ++j) {
        const Payment& p = o.payments[j];
        if (!p.voids || static_cast<size_t>(*p.voids) != line) continue;
        standing += p.correction ? 1 : -1;
        if (p.correction) last = j;
    }
    return standing > 0 ? last : std::nullopt;
}

Money deposit_paid(const Order& o) {
    if (balance_owed(o).minor == 0) return Money{};
    for (size_t i = 0; i < o.payments.size(); ++i)
        if (original_line(o.payments[i]) && !o.payments[i].refund && !voided_by(o, i)) return o.payments[i].amount;
    return Money{};
}

PaymentStatus payment_status(const Order& o) {
    const Money paid = amount_paid(o);
    if (paid.minor == 0) return order_total(o).minor == 0 && !o.payments.empty() ? PaymentStatus::paid : PaymentStatus::unpaid;
    return paid >= order_total(o) ? PaymentStatus::paid : PaymentStatus::deposit;
}

PaymentKind payment_kind(const Order& o) {
    switch (payment_status(o)) {
        case PaymentStatus::unpaid: return PaymentKind::none;
        case PaymentStatus::deposit: return PaymentKind::deposit;
        case PaymentStatus::paid: return PaymentKind::full;
    }
    return PaymentKind::none;
}

const Stage* current_stage(const Atelier& a, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p) return nullptr;
    const int i = stage_index(*p, o.stage);
    return i < 0 ? nullptr : &p->stages[static_cast<size_t>(i)];
}

int current_stage_index(const Atelier& a, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    return p ? stage_index(*p, o.stage) : -1;
}

bool production_finished(const Atelier& a, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p || p->stages.empty()) return false;
    return o.stage == p->stages.back().id && o.stage_status == StageStatus::done;
}

Money due_now(const Atelier& a, const Order& o) {
    if (o.status == Status::draft || o.status == Status::cancelled) return Money{};
    const Pipeline* p = a.pipeline(o.pipeline);
    // Where production reached, a stage left by a send-back included: money asked for is not un-asked.
    const int here = p ? reached_position(*p, o) : -1;
    const bool in_prod = o.status != Status::confirmed;
    const bool handed = (p && here >= static_cast<int>(p->stages.size())) || o.status >= Status::shipped;
    Money due;
    for (const auto& m : o.schedule) {
        bool reached = false;
        if (m.when == "order") reached = true;
        else if (m.when == "handover") reached = handed;
        else if (p) {
            const int at = stage_index(*p, m.when);
            reached = in_prod && at >= 0 && here >= at;
        }
        if (reached) due += m.amount;
    }
    const Money owed = due - amount_paid(o);
    return owed.minor > 0 ? owed : Money{};
}

const char* progress_label(Status s, StageStatus stage) {
    return s == Status::in_production ? enum_label(stage) : enum_label(s);
}

bool is_overdue(const Order& o, Date today) { return deadline_overdue(o.status, o.deadline, today); }

bool is_due_soon(const Atelier& a, const Order& o, Date today) {
    return deadline_due_soon(o.status, o.deadline, today, a.profile.due_soon_days);
}

namespace {
const Length* find_value(const std::vector<Measurement>& v, const std::string& name) {
    for (const auto& m : v)
        if (m.name == name) return &m.value;
    return nullptr;
}
}  // namespace

std::vector<Measurement> measurements_to_freeze(const Client* c, const Order& o) {
    std::vector<Measurement> out = c ? current_measurements(*c) : std::vector<Measurement>{};
    for (const auto& ov : o.overrides) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Measurement& m) { return m.name == ov.name; });
        if (it != out.end()) it->value = ov.value;
        else out.push_back(ov);
    }
    std::sort(out.begin(), out.end(), [](const Measurement& a, const Measurement& b) { return a.name < b.name; });
    return out;
}

std::vector<EffectiveMeasurement> effective_measurements(const Client* c, const Order& o) {
    std::vector<EffectiveMeasurement> rows;
    std::vector<std::string> names;
    auto add = [&](const std::string& n) {
        if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    };
    const std::vector<Measurement> current = c ? current_measurements(*c) : std::vector<Measurement>{};
    for (const auto& m : current) add(m.name);
    for (const auto& m : o.overrides) add(m.name);
    for (const auto& m : o.frozen) add(m.name);
    std::sort(names.begin(), names.end());
    for (const auto& n : names) {
        EffectiveMeasurement e;
        e.name = n;
        if (auto v = find_value(current, n)) e.client = *v;
        if (auto v = find_value(o.overrides, n)) e.override_value = *v;
        if (auto v = find_value(o.frozen, n)) e.frozen = *v;
        const std::optional<Length> live = e.override_value ? e.override_value : e.client;
        if (o.frozen_on) {
            e.used = e.frozen ? *e.frozen : Length{};
            e.differs_from_frozen = e.frozen && live && live->nm != e.frozen->nm;
        } else if (live) {
            e.used = *live;
        }
        rows.push_back(std::move(e));
    }
    return rows;
}

CancelQuote cancellation_quote(const Atelier& a, const Order& o, DateTime now) {
    CancelQuote q;
    const Money paid = amount_paid(o);
    const Profile& pr = a.profile;
    if (o.status >= Status::in_production) {
        q.reason = "in production";
        bool matched = false;
        for (const auto& f : pr.stage_fees)
            if (f.pipeline == o.pipeline && f.stage == o.stage) {
                q.fee = f.amount.minor > 0 ? f.amount : percent_of(o.price, f.percent);
                q.reason += " at stage " + o.stage;
                matched = true;
            }
        if (!matched) q.fee = percent_of(o.price, pr.production_cancel_percent);
    } else if (paid.minor == 0) {
        q.reason = "nothing paid";
    } else {
        DateTime last{};
        for (const auto& p : o.payments)  // a refund or a correction is not a payment
            if (original_line(p) && !p.refund) last = std::max(last, p.at);
        if (now.minutes - last.minutes <= int64_t{pr.free_cancel_hours} * 60) {
            q.reason = "within " + std::to_string(pr.free_cancel_hours) + " hours of payment";
        } else {
            q.reason = "paid more than " + std::to_string(pr.free_cancel_hours) + " hours ago";
            q.fee = percent_of(o.price, pr.late_cancel_percent);
        }
    }
    if (q.fee > o.price) q.fee = o.price;  // never more than 100 % of the price
    if (paid > q.fee) q.refund = paid - q.fee;
    if (q.fee > paid) q.still_owed = q.fee - paid;
    return q;
}

}  // namespace atelier
