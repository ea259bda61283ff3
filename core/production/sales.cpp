#include "core/production/sales.hpp"

#include <set>

#include "core/i18n/said_text.hpp"
#include "core/model/settings.hpp"
#include "core/text.hpp"

namespace atelier {

std::optional<Money> sales_total(const SalesOrder& s) {
    int64_t total = 0;
    for (const auto& l : s.lines) {
        int64_t line = 0;
        if (__builtin_mul_overflow(static_cast<int64_t>(l.quantity), l.price.minor, &line) || __builtin_add_overflow(total, line, &total))
            return std::nullopt;
    }
    if (total > kMoneyMaxMinor) return std::nullopt;
    return Money{total};
}

Money sales_paid(const SalesOrder& s) {
    Money m;
    for (const auto& p : s.payments) m += signed_amount(p);
    return m;
}

int64_t sales_pieces(const SalesOrder& s) {
    int64_t n = 0;
    for (const auto& l : s.lines) n += l.quantity;
    return n;
}

int64_t ordered(const SalesOrder& s, const std::string& style, const std::string& colour) {
    int64_t n = 0;
    for (const auto& l : s.lines)
        if (l.style == style && l.colour == colour) n += l.quantity;
    return n;
}

int64_t shipped(const SalesOrder& s, const std::string& style, const std::string& colour) {
    int64_t n = 0;
    for (const auto& x : s.shipments)
        if (x.style == style && x.colour == colour) n += x.quantity;
    return n;
}

int64_t shipped(const SalesOrder& s) {
    int64_t n = 0;
    for (const auto& x : s.shipments) n += x.quantity;
    return n;
}

int64_t made_for(const Atelier& a, const SalesOrder& s, const std::string& style, const std::string& colour) {
    int64_t n = 0;
    for (const auto& p : a.productions) {
        if (p.sales_order != s.number || p.style != style || p.state == ProductionState::cancelled) continue;
        const Pipeline* pl = a.pipeline(p.pipeline);
        if (!pl) continue;
        for (const auto& b : p.batches)
            if (b.colour == colour) n += batch_made(b, *pl);
    }
    return n;
}

SalesState sales_state(const Atelier& a, const SalesOrder& s) {
    if (s.cancelled) return SalesState::cancelled;
    if (!s.confirmed) return SalesState::draft;
    if (!s.invoice.empty()) {
        const auto total = sales_total(s);
        return total && sales_paid(s) >= *total ? SalesState::paid : SalesState::invoiced;
    }
    if (!s.lines.empty() && shipped(s) >= sales_pieces(s)) return SalesState::shipped;
    for (const auto& p : a.productions)
        if (p.sales_order == s.number && !p.batches.empty()) return SalesState::in_production;
    return SalesState::confirmed;
}

bool ship_at_risk(const Atelier& a, const SalesOrder& s, Date today, int days) {
    const SalesState st = sales_state(a, s);
    if (st == SalesState::draft || st == SalesState::cancelled || st >= SalesState::shipped) return false;
    if (s.ship.days < today.days) return true;
    if (s.ship.days > today.days + days) return false;
    std::set<std::pair<std::string, std::string>> cells;
    for (const auto& l : s.lines) cells.insert({l.style, l.colour});
    for (const auto& [style, colour] : cells)
        if (made_for(a, s, style, colour) < ordered(s, style, colour)) return true;
    return false;
}

const std::string& sales_currency(const Atelier& a, const SalesOrder& s) {
    return s.currency.empty() ? a.profile.settings.currency : s.currency;
}

std::optional<Finding> sales_problem(const Atelier& a, const SalesOrder& s) {
    if (s.number <= 0) return Finding{"/number", say(Msg::why_prod_positive)};
    if (a.order(s.number) || a.production(s.number))
        return Finding{"/number", say(Msg::why_prod_number_taken, {{"number", std::to_string(s.number)}})};
    if (!a.client(s.customer)) return Finding{"/customer", say(Msg::why_no_client, {{"number", std::to_string(s.customer)}})};
    if (auto why = text_problem(s.season, false, 40)) return Finding{"/season", *why};
    if (auto why = text_problem(s.notes, false, 4000)) return Finding{"/notes", *why};
    if (s.payment_days < 0 || s.payment_days > 365) return Finding{"/payment_days", say(Msg::set_range, {{"min", "0"}, {"max", "365"}})};
    if (!s.currency.empty())
        if (currency_problem(s.currency)) return Finding{"/currency", say(Msg::why_prod_sales_currency)};
    if (s.lines.size() > 2000) return Finding{"/lines", say(Msg::why_prod_max_lines, {{"max", "2000"}})};
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (size_t i = 0; i < s.lines.size(); ++i) {
        const SalesLine& l = s.lines[i];
        const std::string at = "/lines/" + std::to_string(i);
        if (!a.style(l.style)) return Finding{at + "/style", say(Msg::why_prod_no_style, {{"style", l.style}})};
        if (l.quantity < 1 || l.quantity > kMaxCellQuantity)
            return Finding{at + "/quantity", say(Msg::why_prod_pieces_range, {{"min", "1"}, {"max", std::to_string(kMaxCellQuantity)}})};
        if (!seen.insert({l.style, l.colour, l.size}).second)
            return Finding{at, say(Msg::why_prod_line_twice, {{"style", l.style}, {"colour", l.colour}, {"size", l.size}})};
    }
    if (!sales_total(s)) return Finding{"/lines", say(Msg::why_prod_total_too_large)};
    for (size_t i = 0; i < s.shipments.size(); ++i) {
        const Shipment& x = s.shipments[i];
        if (x.quantity < 1) return Finding{"/shipments/" + std::to_string(i) + "/quantity", say(Msg::why_prod_at_least_one)};
        if (shipped(s, x.style, x.colour) > ordered(s, x.style, x.colour))
            return Finding{"/shipments/" + std::to_string(i), say(Msg::why_prod_shipped_over, {{"style", x.style}, {"colour", x.colour}})};
    }
    if (!s.shipments.empty() && !s.confirmed) return Finding{"/shipments", say(Msg::why_prod_ships_confirmed)};
    if (!s.invoice.empty() && !valid_invoice_number(s.invoice)) return Finding{"/invoice", say(Msg::why_prod_invoice_number)};
    if (s.invoice.empty() != !s.invoiced_at.has_value()) return Finding{"/invoiced_at", say(Msg::why_prod_invoiced_at)};
    if (s.cancelled && trim(s.cancel_reason).empty()) return Finding{"/cancel_reason", say(Msg::why_prod_cancel_reason)};
    return std::nullopt;
}

}  // namespace atelier
