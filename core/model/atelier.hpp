#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "core/model/client.hpp"
#include "core/model/conflict.hpp"
#include "core/model/device_clock.hpp"
#include "core/model/entity_table.hpp"
#include "core/model/not_applied.hpp"
#include "core/model/number_block.hpp"
#include "core/model/order.hpp"
#include "core/model/pipeline.hpp"
#include "core/model/production.hpp"
#include "core/model/sales.hpp"
#include "core/model/settings.hpp"
#include "core/model/style.hpp"

namespace atelier {

// A cancellation fee for orders cancelled while at `stage`: a fixed amount, else a percentage; capped at the price.
struct StageFee {
    std::string pipeline;
    std::string stage;
    Money amount;
    int percent = 0;
    bool operator==(const StageFee&) const = default;
    template <class V> void fields(V& v) {
        v.req("pipeline", pipeline);
        v.req("stage", stage);
        v.opt("amount", amount);
        v.opt("percent", percent);
    }
};

// A client merged into another (client.merge): commands that still name `from` (written on a
// device that had not seen the merge) apply to `to`. Flat: `to` is always a client that exists.
struct ClientMerged {
    int from = 0;
    int to = 0;
    bool operator==(const ClientMerged&) const = default;
    template <class V> void fields(V& v) {
        v.req("from", from);
        v.req("to", to);
    }
};

// What a person may do (core/rules/roles.hpp): the owner everything; a manager everything but
// the people and their roles; staff neither prices, payments nor settings.
enum class Role : uint8_t { owner, manager, staff };
template <> struct EnumNames<Role> { static constexpr std::array<const char*, 3> names{"owner", "manager", "staff"}; };

// Someone who works at the atelier: the name history shows, a role, and the hash of a PIN
// (core/rules/roles.hpp pin_hash; "" when none) that unlocks a shared tablet for them.
struct Person {
    std::string name;
    Role role = Role::staff;
    std::string pin;
    bool operator==(const Person&) const = default;
    template <class V> void fields(V& v) {
        v.req("name", name);
        v.req("role", role);
        v.opt("pin", pin);
    }
};

// The paper printed documents are laid out for.
enum class Paper : uint8_t { a4, letter };
template <>
struct EnumNames<Paper> {
    static constexpr std::array<const char*, 2> names{"a4", "letter"};
    static constexpr std::array<const char*, 2> labels{"A4", "Letter"};
};

// The atelier's own record: identity (Settings), rules, counters, people. One undo image.
struct Profile {
    Settings settings;
    // ISO 3166-1 alpha-2 ("FR"), or "" when not given: phone numbers of this country are shown in
    // their national format (core/text/phone.hpp), the others international.
    std::string country;
    int due_soon_days = 7;
    int buffer_days = 3;               // a deadline closer than this to the event warns
    bool release_owing = false;        // allow shipping/collecting an order that still owes (recorded)
    int free_cancel_hours = 48;        // paid, not started: free cancellation within this window
    int late_cancel_percent = 10;      // paid, not started, past the window
    int production_cancel_percent = 50;  // in production, when no stage fee matches
    std::vector<StageFee> stage_fees;
    int next_order = 1;
    int next_client = 1;
    std::vector<NumberBlock> blocks;  // numbers held by devices (number_block.hpp), below next_order/next_client
    std::vector<std::string> teams;
    std::vector<std::string> salespeople;
    std::vector<Conflict> conflicts;  // settings two devices set at once (conflict.hpp)
    std::vector<NotApplied> not_applied;  // entries refused when the log was folded (not_applied.hpp)
    std::vector<ClientMerged> merged_clients;
    // Empty: a one-person atelier, whoever works is its owner. Else at least one owner.
    std::vector<Person> people;
    int lock_minutes = 0;  // a device locks after this many idle minutes (0: never); needs people
    int tax_rate_bp = 0;             // new orders' tax, in basis points (2000 = 20.00%)
    bool prices_include_tax = true;  // new orders' prices include it (else it is added)
    // The fitting reminder written the day before a fitting (fitting.remind); "" = the default
    // (core/rules/messages.hpp default_reminder). Placeholders as a stage's message.
    std::string reminder_message;
    TextsIn reminder_translations;  // the reminder for clients of other languages
    // "HH:MM": each booked fitting's reminder is written ahead, due the day before at this time
    // (the sync server sends an email one then; else the dashboard lists it then). "" = written by
    // a person from the dashboard (Write reminders).
    std::string reminder_time;
    // The language the atelier writes to its clients and prints documents in, as a tag ("fr",
    // "de-AT"; "" = English): a client's own language, when the app speaks it, comes first.
    std::string language;
    // Invoice numbers (order.invoice): the year being numbered and the next number in it. Never
    // taken back, by undo either: an issued number is never given again.
    // Printed documents (core/documents): the letterhead under the name (address, phone, tax
    // number), the invoice's payment terms ("" = payable on receipt) and the paper.
    std::string letterhead;
    std::string payment_terms;
    // The logo printed on documents: a picture in the photo store (id "" = none), as a photo is.
    Image logo;
    // The atelier's time zone (IANA, core/calendar/time_zones.hpp) for calendars: "" = local time.
    std::string time_zone;
    Paper paper = Paper::a4;
    // The unit measurements are shown and typed in unless a view switches (each value is stored
    // exactly, whichever unit it was taken in: core/model/length.hpp).
    Unit measure_unit = Unit::cm;
    int invoice_year = 0;
    int invoice_next = 1;
    bool operator==(const Profile&) const = default;
    template <class V> void fields(V& v) {
        v.req("name", settings.name);
        v.req("code", settings.company_code);
        v.req("currency", settings.currency);
        v.opt("country", country);
        v.opt("measure_unit", measure_unit);
        v.opt("due_soon_days", due_soon_days);
        v.opt("buffer_days", buffer_days);
        v.opt("release_owing", release_owing);
        v.opt("free_cancel_hours", free_cancel_hours);
        v.opt("late_cancel_percent", late_cancel_percent);
        v.opt("production_cancel_percent", production_cancel_percent);
        v.opt("stage_fees", stage_fees);
        v.req("next_order", next_order);
        v.req("next_client", next_client);
        v.opt("blocks", blocks);
        v.opt("teams", teams);
        v.opt("salespeople", salespeople);
        v.opt("conflicts", conflicts);
        v.opt("not_applied", not_applied);
        v.opt("merged_clients", merged_clients);
        v.opt("people", people);
        v.opt("lock_minutes", lock_minutes);
        v.opt("tax_rate_bp", tax_rate_bp);
        v.opt("prices_include_tax", prices_include_tax);
        v.opt("reminder_message", reminder_message);
        v.opt("reminder_translations", reminder_translations);
        v.opt("reminder_time", reminder_time);
        v.opt("language", language);
        v.opt("letterhead", letterhead);
        v.opt("payment_terms", payment_terms);
        v.opt("logo", logo);
        v.opt("paper", paper);
        v.opt("time_zone", time_zone);
        v.opt("invoice_year", invoice_year);
        v.opt("invoice_next", invoice_next);
    }
};

// The whole state. Each kind is an EntityTable (core/model/kinds.hpp lists them): a list that
// keeps 100k orders compact and scannable, in the snapshot's order, and an index by key.
struct Atelier {
    Profile profile;
    EntityTable<Pipeline> pipelines;
    EntityTable<Client> clients;
    EntityTable<Order> orders;
    EntityTable<Style> styles;                 // a producer's styles and tech packs (issue 18)
    EntityTable<ProductionOrder> productions;  // numbered with the orders
    EntityTable<SalesOrder> sales;             // numbered with the orders too
    DeviceClock clock;  // the journal entries this state holds, per device

    // Rebuilds every table's index (after a list was changed in place by hand).
    void reindex();
    const Order* order(int number) const;
    const Client* client(int id) const;
    const Pipeline* pipeline(const std::string& id) const;
    const Style* style(const std::string& code) const;
    const ProductionOrder* production(int number) const;
    const SalesOrder* sales_order(int number) const;

    // Equality compares what the atelier holds: not the indexes (they follow from the vectors),
    // nor the clock (which entries made it: an undo restores the content and moves the clock on).
    // The replay and convergence laws compare the clock too, and the state hash covers it.
    bool operator==(const Atelier& o) const {
        return profile == o.profile && pipelines == o.pipelines && clients == o.clients && orders == o.orders &&
               styles == o.styles && productions == o.productions && sales == o.sales;
    }
};

// The client a command naming `id` acts on: `id`, or the client it was merged into.
int live_client(const Profile& p, int id);

// "PO 12345-BFG": a production order's number (taken from the order numbers).
std::string production_label(const Profile& p, int number);
// "SO 12345-BFG": a sales order's.
std::string sales_label(const Profile& p, int number);
// "12345-BFG"; a provisional number (number_block.hpp) as "P1-BFG" until its device renumbers it.
std::string order_label(const Profile& p, int number);
// "2026-0001": an invoice number, the year and its sequence (at least four digits).
inline constexpr int kMaxInvoicesPerYear = 999999;
std::string invoice_number(int year, int sequence);
// Whether `s` reads as one: 4-digit year, "-", 4 to 6 digits.
bool valid_invoice_number(std::string_view s);
// "P1" for the first provisional number.
std::string provisional_label(int number);

std::ostream& operator<<(std::ostream& os, const Atelier& a);

}  // namespace atelier
