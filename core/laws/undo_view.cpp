#include "core/laws/undo_view.hpp"

#include <algorithm>
#include <tuple>

namespace atelier {

namespace {

// The amounts that stand once every undo's or redo's correcting entry has cancelled the latest
// earlier entry it is the opposite of: same kind (payment or refund), same line named (`voids`),
// same amount, the other `correction`. A correction's date and note are its own, so only amounts
// are kept. Matching the kind and the line named keeps a redone refund or void standing beside
// the payment it does not cancel.
std::vector<Payment> netted(const std::vector<Payment>& payments) {
    std::vector<Payment> standing;
    for (const auto& p : payments) {
        const bool correction = p.note.rfind("undo of ", 0) == 0 || p.note.rfind("redo of ", 0) == 0;
        auto match = std::find_if(standing.rbegin(), standing.rend(), [&](const Payment& s) {
            return s.amount == p.amount && s.refund == p.refund && s.voids == p.voids && s.correction != p.correction;
        });
        if (correction && match != standing.rend()) standing.erase(std::next(match).base());
        else standing.push_back(p);
    }
    std::vector<Money> amounts;
    for (const auto& s : standing) amounts.push_back(signed_amount(s));
    std::sort(amounts.begin(), amounts.end(), [](Money x, Money y) { return x.minor < y.minor; });
    std::vector<Payment> out;
    for (Money m : amounts) out.push_back(Payment{m, {}, "", ""});
    return out;
}

// The messages that stand: one an undo withdrew is kept (never taken out: docs/email.md) but counts
// as nothing, and one written again by an undo or redo has an id of its own entry — and, written
// ahead, its own time of writing.
std::vector<Message> standing(std::vector<Message> box) {
    std::erase_if(box, [](const Message& m) { return m.withdrawn && !m.sent_at; });
    for (Message& m : box) {
        m.withdrawn = false;
        m.id.clear();
        if (m.due) m.at = {};
    }
    std::stable_sort(box.begin(), box.end(), [](const Message& x, const Message& y) { return std::tie(x.at, x.text) < std::tie(y.at, y.text); });
    return box;
}

Order order_view(Order o) {
    o.history.clear();
    o.payments = netted(o.payments);
    o.outbox = standing(std::move(o.outbox));
    return o;
}

Client client_view(Client c) {
    c.history.clear();
    return c;
}

Profile profile_view(Profile p) {
    p.next_order = p.next_client = 0;
    p.blocks.clear();
    return p;
}

// Each entity of `a` is in `b` with the same view (and there are as many): found by id, copied
// only where the two differ at all.
template <class T, class View>
bool same_entities(const EntityTable<T>& a, const EntityTable<T>& b, View view) {
    if (a.size() != b.size()) return false;
    for (const auto& x : a) {
        const T* y = b.find(entity_key(x));
        if (!y) return false;
        if (!(x == *y) && !(view(x) == view(*y))) return false;
    }
    return true;
}

}  // namespace

bool undo_equal(const Atelier& a, const Atelier& b) {
    if (!(a.profile == b.profile) && !(profile_view(a.profile) == profile_view(b.profile))) return false;
    return same_entities(a.pipelines, b.pipelines, [](const Pipeline& p) { return p; }) &&
           same_entities(a.clients, b.clients, client_view) && same_entities(a.orders, b.orders, order_view);
}

Atelier undo_view(const Atelier& a) {
    Atelier v = a;
    v.profile = profile_view(v.profile);
    for (auto& c : v.clients) c = client_view(std::move(c));
    for (auto& o : v.orders) o = order_view(std::move(o));
    // An entity put back by an undo comes after the others; where it stands is not content.
    std::sort(v.pipelines.begin(), v.pipelines.end(), [](const Pipeline& x, const Pipeline& y) { return x.id < y.id; });
    std::sort(v.clients.begin(), v.clients.end(), [](const Client& x, const Client& y) { return x.id < y.id; });
    std::sort(v.orders.begin(), v.orders.end(), [](const Order& x, const Order& y) { return x.number < y.number; });
    v.reindex();
    return v;
}

bool issued_invoice(const Atelier& before, const Atelier& after) {
    for (const Order& o : after.orders) {
        if (o.invoice.empty()) continue;
        const Order* was = before.order(o.number);
        if (!was || was->invoice.empty()) return true;
    }
    for (const SalesOrder& s : after.sales) {
        if (s.invoice.empty()) continue;
        const SalesOrder* was = before.sales_order(s.number);
        if (!was || was->invoice.empty()) return true;
    }
    return false;
}

}  // namespace atelier
