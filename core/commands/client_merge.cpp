// client.merge and client.delete: the two commands that take a client out of the atelier.
// - A merge moves everything that refers to the duplicate onto the kept client, then removes it and
//   remembers where it went (Profile::merged_clients), so an entry written offline that still names
//   it lands on the kept client instead of being refused.
// - A delete is for a client nothing refers to; a client with orders is merged instead.
#include <algorithm>

#include "core/commands/plan_detail.hpp"
#include "core/model/limits.hpp"

namespace atelier::detail {

namespace {

// The sentences name a client as "client {client} ({name})".
std::string id_text(const Client& c) { return std::to_string(c.id); }

// The client `id` names, when it is one that exists now (not merged away).
const Client* present_client(Work& w, int id, const char* field) {
    if (const int to = live_client(w.a.profile, id); to != id) {
        const Client* kept = w.a.client(to);
        if (kept)
            w.fail(field, Msg::why_sales_merge_already, {{"client", std::to_string(id)}, {"kept", id_text(*kept)}, {"name", kept->name}});
        else
            w.fail(field, Msg::why_sales_merge_already_gone, {{"client", std::to_string(id)}, {"kept", std::to_string(to)}});
        return nullptr;
    }
    const Client* c = w.a.client(id);
    if (!c) w.fail(field, Msg::why_no_client, {{"number", std::to_string(id)}});
    return c;
}

// The duplicate's notes after the kept client's, when they say something else and fit.
void merge_notes(Work& w, Client& kept, const Client& gone) {
    if (gone.notes.empty() || kept.notes.find(gone.notes) != std::string::npos) return;
    std::string both = kept.notes.empty() ? gone.notes : kept.notes + "\n" + gone.notes;
    if (both.size() > kMaxNotesBytes) {
        w.warn(say(Msg::why_sales_merge_notes_dropped, {{"client", id_text(gone)}, {"name", gone.name}}));
        return;
    }
    kept.notes = std::move(both);
}

}  // namespace

void run(Work& w, const cmd::ClientMerge& c) {
    const Client* gone = present_client(w, c.client, "/client");
    if (!gone) return;
    const int keep_id = live_client(w.a.profile, c.keep);  // kept merged away meanwhile: its own kept client
    if (keep_id == gone->id) return (void)w.fail("/keep", Msg::why_sales_merge_itself);
    Client* kept = w.client(keep_id, "/keep");
    if (!kept) return;

    int moved = 0;
    for (const Order& o : w.a.orders)
        if (o.client == gone->id) {
            w.order(o.number)->client = kept->id;
            ++moved;
        }
    // Sessions stay in date order; the duplicate's go after the kept client's of the same day.
    for (const MeasureSession& s : gone->sessions) {
        auto pos = std::upper_bound(kept->sessions.begin(), kept->sessions.end(), s.date,
                                    [](Date d, const MeasureSession& x) { return d < x.date; });
        kept->sessions.insert(pos, s);
    }
    if (kept->phone.empty()) kept->phone = gone->phone;
    if (kept->email.empty()) kept->email = gone->email;
    // One person asked not to be contacted: under either record, that still holds.
    kept->do_not_contact = kept->do_not_contact || gone->do_not_contact;
    merge_notes(w, *kept, *gone);
    // What was done to the duplicate stays readable on the kept client, in time order. Its open
    // conflicts were about its own fields, which are gone with it.
    kept->history.insert(kept->history.end(), gone->history.begin(), gone->history.end());
    std::stable_sort(kept->history.begin(), kept->history.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.at < b.at; });

    Profile& p = w.profile();
    for (ClientMerged& m : p.merged_clients)
        if (m.to == gone->id) m.to = kept->id;  // flat: every alias names a client that exists
    p.merged_clients.push_back(ClientMerged{gone->id, kept->id});
    w.out.removed.of<Client>().push_back(gone->id);
    w.notice(say_n(Msg::why_sales_merge_done, moved,
                   {{"client", id_text(*gone)}, {"name", gone->name}, {"kept", id_text(*kept)}, {"kept_name", kept->name}}));
}

void run(Work& w, const cmd::ClientDelete& c) {
    const Client* gone = present_client(w, c.client, "/client");
    if (!gone) return;
    std::vector<std::string> labels;
    size_t count = 0;
    for (const Order& o : w.a.orders)
        if (o.client == gone->id && ++count <= 3) labels.push_back(order_label(w.a.profile, o.number));
    if (count) {
        std::string list;
        for (const auto& l : labels) list += (list.empty() ? "" : ", ") + l;
        if (count > labels.size()) list += ", …";
        return (void)w.fail("/client", say_n(Msg::why_sales_delete_has_orders, static_cast<int64_t>(count),
                                             {{"client", id_text(*gone)}, {"name", gone->name}, {"orders", list}}));
    }
    const auto& merged = w.a.profile.merged_clients;
    if (std::any_of(merged.begin(), merged.end(), [&](const ClientMerged& m) { return m.to == gone->id; })) {
        // Entries naming the clients merged into it would otherwise point nowhere.
        Profile& p = w.profile();
        std::erase_if(p.merged_clients, [&](const ClientMerged& m) { return m.to == gone->id; });
    }
    w.out.removed.of<Client>().push_back(gone->id);
    w.notice(say(Msg::why_sales_client_deleted, {{"client", id_text(*gone)}, {"name", gone->name}}));
}

}  // namespace atelier::detail
