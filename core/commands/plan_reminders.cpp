// [SECTION] Fitting reminders written ahead (Profile::reminder_time; docs/email.md): after every
// accepted command, each order it touched — each order of a client whose name, address or mark it
// changed, every order when it changed the reminder's settings — holds exactly the reminders its
// booked fittings want. One that no longer fits (its fitting moved, was cancelled or done; the
// address, channel or text changed) is withdrawn, never taken out: the sync server may hold it
// for later, and devices tell it by its id. A new one is written only for a fitting after today.
#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "core/commands/plan_detail.hpp"
#include "core/rules/messages.hpp"

namespace atelier::detail {

namespace {

// The settings a reminder is made of (its time, its text, the words it is filled with).
bool reminder_settings_changed(const Profile& b, const Profile& a) {
    return b.reminder_time != a.reminder_time || b.reminder_message != a.reminder_message ||
           b.reminder_translations != a.reminder_translations || b.language != a.language || b.settings.name != a.settings.name ||
           b.settings.currency != a.settings.currency || b.settings.company_code != a.settings.company_code;
}

bool client_contact_changed(const Client& b, const Client& a) {
    return b.name != a.name || b.email != a.email || b.phone != a.phone || b.channel != a.channel || b.language != a.language ||
           b.do_not_contact != a.do_not_contact;
}

bool same(const Message& m, const PlannedReminder& r) {
    return m.due && *m.due == r.due && m.channel == r.channel && m.to == r.to && m.text == r.text;
}

// The outbox `o` should have, its reminders written ahead kept, withdrawn or written; nullopt when
// it has it already (at 100,000 orders a settings change copies only the outboxes that change).
std::optional<std::vector<Message>> settled(const Order& o, const Profile& p, const Client* c, const Context& ctx) {
    std::vector<bool> keep(o.outbox.size(), false);
    std::vector<std::pair<size_t, PlannedReminder>> wanted;  // fitting index, what it wants written
    for (size_t i = 0; i < o.fittings.size(); ++i) {
        const Fitting& f = o.fittings[i];
        // A fitting of today or before with no live reminder wants nothing written: its text is
        // not filled (a settings change at 100,000 orders would fill one for every past fitting).
        const bool ahead = date_of(f.at) > date_of(ctx.now);
        const auto live = [&](const Message& m) { return scheduled_reminder(m) && *m.fitting == f.at; };
        if (!ahead && std::none_of(o.outbox.begin(), o.outbox.end(), live)) continue;
        std::optional<PlannedReminder> want = planned_reminder(p, c, o, f);
        bool kept = false;
        for (size_t k = 0; k < o.outbox.size(); ++k) {
            const Message& m = o.outbox[k];
            if (live(m) && !kept && want && same(m, *want)) kept = keep[k] = true;
        }
        // A fitting of today is too late for one, and a sent (or person-written) reminder stands.
        if (want && !kept && ahead) wanted.push_back({i, std::move(*want)});
    }
    bool change = false;
    for (size_t k = 0; k < o.outbox.size() && !change; ++k) change = scheduled_reminder(o.outbox[k]) && !keep[k];
    const auto stands = [&](const std::vector<Message>& box, const Fitting& f) {
        return std::any_of(box.begin(), box.end(), [&](const Message& m) {
            return m.fitting && *m.fitting == f.at && !m.withdrawn && !scheduled_reminder(m);
        });
    };
    if (!change && std::all_of(wanted.begin(), wanted.end(), [&](const auto& x) { return stands(o.outbox, o.fittings[x.first]); }))
        return std::nullopt;
    std::vector<Message> box = o.outbox;
    for (size_t k = 0; k < box.size(); ++k)
        if (scheduled_reminder(box[k]) && !keep[k]) box[k].withdrawn = true;
    for (auto& [i, r] : wanted) {
        const Fitting& f = o.fittings[i];
        if (stands(box, f)) continue;
        Message m{ctx.now, r.channel, std::move(r.to), std::move(r.text)};
        m.fitting = f.at;
        m.due = r.due;
        m.id = message_id_for(ctx, o.number, box.size());
        box.push_back(std::move(m));
    }
    return box;
}

}  // namespace

void plan_reminders(Work& w) {
    const Profile& p = w.out.after.profile ? *w.out.after.profile : w.a.profile;
    const bool settings = w.out.after.profile && reminder_settings_changed(w.a.profile, *w.out.after.profile);
    const bool on = reminder_minutes(p.reminder_time).has_value();
    const auto client_of = [&](int id) -> const Client* {
        if (const Client* c = w.out.after.of<Client>().find(id)) return c;
        return w.a.client(id);
    };
    std::set<int> numbers;
    for (const Order& o : w.out.after.of<Order>()) numbers.insert(o.number);
    if (settings) {
        for (const Order& o : w.a.orders) numbers.insert(o.number);
    } else if (on) {
        std::set<int> clients;
        for (const Client& c : w.out.after.of<Client>())
            if (const Client* b = w.a.client(c.id); !b || client_contact_changed(*b, c)) clients.insert(c.id);
        if (!clients.empty())
            for (const Order& o : w.a.orders)
                if (clients.contains(o.client)) numbers.insert(o.number);
    }
    for (int n : numbers) {
        const Order* seen = w.out.after.of<Order>().find(n);
        if (!seen) seen = w.a.order(n);
        const auto& gone = w.out.removed.of<Order>();
        if (!seen || std::find(gone.begin(), gone.end(), n) != gone.end()) continue;  // taken out by this command
        if (!on && std::none_of(seen->outbox.begin(), seen->outbox.end(), scheduled_reminder)) continue;
        auto box = settled(*seen, p, client_of(seen->client), w.ctx);
        if (!box) continue;
        if (Order* o = w.order(n)) o->outbox = std::move(*box);
    }
}

}  // namespace atelier::detail
