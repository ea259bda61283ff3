#pragma once
// The clients' views' own state (view_clients.cpp): the list with its search, the client page's
// drafts, the new-client form; and the folded search text the client pickers share.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/commands/command.hpp"
#include "core/model/atelier.hpp"
#include "web/ui/shell.hpp"

namespace atelier::ui {

// Folded (lowercase, accent-free) "name phone email" of each client, by position in a.clients.
struct ClientSearch {
    uint64_t revision = ~0ull;
    std::vector<std::string> hay;
};
// Rebuilt when the revision changed.
const std::vector<std::string>& client_haystacks(const Atelier& a, ClientSearch& s, uint64_t revision);

// Built once per revision: folded search text and order totals for every client.
struct ClientCache {
    uint64_t revision = ~0ull;
    ClientSearch search;
    std::vector<int> orders;          // number of orders
    std::vector<int64_t> owed;        // minor units
    std::vector<std::vector<int>> order_numbers;
};

struct ClientsUi {
    std::string search;
    std::string folded_for;  // the search the rows were filtered for
    uint64_t revision = ~0ull;
    std::vector<int> rows;   // positions in a.clients
    ClientCache cache;       // shared with the client page
};

struct ClientUi {
    long long frame = -2;  // the last frame drawn: a gap means the page was opened afresh
    int client = -1;
    uint64_t revision = ~0ull;
    std::string name, phone, email, notes, contacts_error;
    std::string seen_name, seen_phone, seen_email, seen_notes;  // as loaded: what Save sends as `from`
    Channel channel = Channel::none, seen_channel = Channel::none;  // how the client likes to be reached
    std::string language, seen_language;
    bool do_not_contact = false, seen_do_not_contact = false;  // the client asked not to be contacted
    std::string date;
    std::vector<std::pair<std::string, std::string>> rows;  // new session: name, value as typed
    std::string measure_error;
    std::vector<std::string> corrections;  // flattened per value of every session, as typed
    std::optional<Unit> unit;              // measurements in cm or inches, when switched here (else the atelier's)
    Unit corrections_unit = Unit::cm;      // the unit `corrections` were written in
    std::string merge_search;  // the "Merge into" picker's filter
    int merge_into = 0;        // the client picked to keep (0: none yet)
};

struct NewClientUi {
    long long frame = -2;
    cmd::ClientCreate c;
    std::string error;
};

void draw_clients(const Atelier& a, ClientsUi& u, Shell& sh);
// The open client (sh.client()); order counts come from the list's cache.
void draw_client(const Atelier& a, ClientUi& u, ClientCache& cache, Shell& sh);
void draw_new_client(NewClientUi& u, Shell& sh);

}  // namespace atelier::ui
