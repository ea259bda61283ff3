#include "core/demo.hpp"

#include "core/derive.hpp"
#include "core/rng.hpp"
#include "core/templates.hpp"

namespace atelier {

namespace {

const char* const kFirst[] = {"Amira", "Léa", "Sofia", "Hannah", "Chloé", "Maja", "Elif", "Noor", "Giulia", "Ines",
                              "Marta", "Yuki", "Olga", "Zoë", "Camille", "Aylin", "Freya", "Nadia", "Rosa", "Ilse"};
const char* const kLast[] = {"Hoxha", "Dubois", "Rossi", "Müller", "Kowalska", "Nakamura", "Ødegård", "García",
                             "Okafor", "Novak", "Lindqvist", "Haddad", "Silva", "Moreau", "Kaya", "Byrne"};
const char* const kGowns[] = {"Aurore A-line", "Céleste mermaid", "Isolde ballgown", "Mira sheath", "Selene column"};
const char* const kSuits[] = {"Two-piece navy", "Three-piece grey", "Linen summer", "Morning coat", "Tuxedo"};
const char* const kCollections[] = {"SS26", "AW26", "Bridal 2026", "Atelier classics"};
const char* const kMethods[] = {"card", "transfer", "cash"};

}  // namespace

Atelier make_demo(const DemoOptions& opt) {
    Rng rng{opt.seed * 0x2545F4914F6CDD1Dull + 7};
    Atelier a;
    Profile& p = a.profile;
    p.settings = Settings{"Maison Demo", "BFG", "EUR"};
    p.country = "FR";  // the demo's clients have French numbers: shown 06 …
    p.teams = {"Design", "Cutting", "Sewing", "Finishing", "Tailoring"};
    p.salespeople = {"Amélie", "Jonas", "Sofia"};
    p.release_owing = true;  // lets the demo show invoiced orders that still owe
    p.stage_fees = {{"bridal", "cutting", Money{50000}, 0}, {"bridal", "sewing", {}, 70}, {"tailoring", "sewing", {}, 60}};
    a.pipelines = {bridal_pipeline(), tailoring_pipeline()};

    const int n_orders = opt.orders < 0 ? 0 : opt.orders;
    const int n_clients = std::max(5, n_orders / 3);
    a.clients.reserve(static_cast<size_t>(n_clients));
    for (int i = 1; i <= n_clients; ++i) {
        Client c;
        c.id = i;
        // One draw per statement: the operands of + are evaluated in an unspecified order (GCC and
        // clang differ), and the demo must be the same bytes natively and in WASM.
        const char* first = rng.pick(kFirst);
        const char* last = rng.pick(kLast);
        c.name = std::string(first) + " " + last;
        c.phone = "+336" + std::to_string(10000000 + rng.below(89999999));
        if (rng.chance(80)) c.email = "client" + std::to_string(i) + "@example.com";
        const bool inches = rng.chance(20);
        auto len = [&](int cm_tenths) {
            if (!inches) return Length{int64_t{cm_tenths} * 1000 * 1000, Unit::cm};
            const int quarter_inches = cm_tenths * 4 / 254;  // nearest quarter inch below
            return Length{int64_t{quarter_inches} * 2500 * 2540, Unit::in};
        };
        MeasureSession s{add_days(opt.today, -rng.between(30, 400)), {}};
        s.values = {{"bust", len(rng.between(800, 1100))},
                    {"waist", len(rng.between(600, 900))},
                    {"hips", len(rng.between(850, 1150))},
                    {"height", len(rng.between(1500, 1850))}};
        c.sessions.push_back(s);
        if (rng.chance(25)) {
            MeasureSession again{add_days(s.date, rng.between(10, 25)), {{"waist", len(rng.between(600, 900))}}};
            c.sessions.push_back(again);
        }
        a.clients.push_back(std::move(c));
    }
    p.next_client = n_clients + 1;

    a.orders.reserve(static_cast<size_t>(n_orders));
    for (int i = 0; i < n_orders; ++i) {
        Order o;
        o.number = 10001 + i;
        o.client = 1 + rng.below(n_clients);
        const bool is_bridal = rng.chance(60);
        const Pipeline& pl = a.pipelines[is_bridal ? 0 : 1];
        o.pipeline = pl.id;
        o.garment = is_bridal ? rng.pick(kGowns) : rng.pick(kSuits);
        o.collection = rng.pick(kCollections);
        if (!is_bridal && rng.chance(10)) {
            o.kind = Kind::bulk;
            o.quantity = rng.between(2, 12);
        }
        o.price = Money{int64_t{is_bridal ? rng.between(1800, 6500) : rng.between(700, 2200)} * 100 * o.quantity};
        o.salesperson = p.salespeople[static_cast<size_t>(rng.below(3))];
        o.team = is_bridal ? "Sewing" : "Tailoring";
        o.rush = rng.chance(4);
        if (o.rush) o.rush_fee = Money{int64_t{rng.between(2, 6)} * 5000};
        o.priority = rng.chance(6);
        o.delivery = rng.chance(30) ? Delivery::ship : Delivery::collect;

        // Status spread: most orders are somewhere in production.
        const int roll = rng.below(100);
        Status st = roll < 6 ? Status::draft : roll < 14 ? Status::confirmed : roll < 72 ? Status::in_production
                  : roll < 78 ? Status::shipped : roll < 84 ? Status::collected : roll < 88 ? Status::invoiced
                  : roll < 96 ? Status::paid : Status::cancelled;
        if (st == Status::shipped) o.delivery = Delivery::ship;
        if (st == Status::collected) o.delivery = Delivery::collect;
        const int n_stages = static_cast<int>(pl.stages.size());
        int at = 0;
        o.stage_status = StageStatus::not_started;
        if (st == Status::in_production || (st == Status::cancelled && rng.chance(50))) {
            at = rng.below(n_stages);
            o.stage_status = rng.chance(60) ? StageStatus::in_progress : StageStatus::not_started;
            if (st == Status::cancelled) o.stage_status = StageStatus::in_progress;
        } else if (st >= Status::shipped && st != Status::cancelled) {
            at = n_stages - 1;
            o.stage_status = StageStatus::done;
        }
        o.stage = pl.stages[static_cast<size_t>(at)].id;

        // Time: started some days ago in proportion to progress; deadline ahead (or behind: overdue).
        const bool started = st >= Status::in_production && !(st == Status::cancelled && o.stage_status == StageStatus::not_started);
        const int lead = is_bridal ? rng.between(60, 180) : rng.between(20, 60);
        uint32_t logged_skip = 0;  // optional stages passed and recorded as skipped (rush orders skip them anyway)
        for (int s = 0; s <= at && started; ++s) {
            const bool passed = s < at || o.stage_status == StageStatus::done;
            if (pl.stages[static_cast<size_t>(s)].optional && passed && rng.chance(30)) logged_skip |= 1u << s;
        }
        Date start;
        Date entered;  // in production: when the current stage was entered
        if (st == Status::in_production) {
            // Mostly within the stage's expected days; about one order in eight has overstayed (stuck).
            const Stage& cur = pl.stages[static_cast<size_t>(at)];
            const int in_stage = rng.chance(12) ? cur.days + rng.between(1, 12) : rng.below(cur.days + 1);
            entered = add_days(opt.today, -in_stage);
            int before = 0;  // the stages before took their expected days, give or take
            for (int s = 0; s < at; ++s) {
                const Stage& sg = pl.stages[static_cast<size_t>(s)];
                if (!(sg.optional && (o.rush || (logged_skip >> s & 1u)))) before += sg.days;
            }
            before += rng.between(-before / 5, before / 3);
            start = add_days(entered, -before);
        } else {
            start = add_days(opt.today, -(lead * (at + 1) / (n_stages + 1)) - rng.below(5));
        }
        const int progress_days = days_between(start, opt.today);
        if (started) o.wip_start = start;
        const Date created = add_days(start, -rng.between(3, 20));
        const int hour = 9 + rng.below(9);  // one draw a statement: a seed gives the same demo natively and in WASM
        const int quarter = rng.below(4);
        o.created = DateTime{at_midnight(created).minutes + hour * 60 + 15 * quarter};
        o.deadline = add_days(created, lead);
        if (st == Status::in_production && rng.chance(12)) o.deadline = add_days(opt.today, -rng.between(1, 15));
        if (o.deadline < created) o.deadline = created;
        if (is_bridal || rng.chance(30)) o.event = add_days(o.deadline, rng.between(3, 30));

        // Measurements are frozen once cutting is passed.
        const int cut = stage_index(pl, "cutting");
        if (started && (at > cut || (at == cut && o.stage_status == StageStatus::in_progress))) {
            o.frozen = measurements_to_freeze(&a.clients[static_cast<size_t>(o.client - 1)], o);
            o.frozen_on = add_days(start, progress_days * cut / std::max(1, at + 1));
        }
        for (int s = 0; s <= at && started; ++s) {
            const Stage& sg = pl.stages[static_cast<size_t>(s)];
            const bool passed = s < at || o.stage_status == StageStatus::done;
            if (sg.photo && passed) {
                // A photo taken on another device: described by its id only, its picture not on this one.
                Image im;
                im.id = "img-" + std::to_string(o.number) + "-" + sg.id;
                im.caption = sg.name;
                im.stage = sg.id;
                o.images.push_back(std::move(im));
            }
            if (sg.optional && passed && (logged_skip >> s & 1u)) o.log.push_back(LogEntry{Event::skipped, sg.id, at_midnight(start), "", {}});
        }
        // The move into the current stage, recorded as the Store records it (the stuck report reads
        // it). The first stage is entered by order.start, which changes no stage: its WIP start is the entry.
        if (st == Status::in_production && at > 0) {
            const Stage& prev = pl.stages[static_cast<size_t>(at - 1)];
            const Stage& cur = pl.stages[static_cast<size_t>(at)];
            const bool skip = logged_skip >> (at - 1) & 1u;
            HistoryEntry h{DateTime{at_midnight(entered).minutes + (9 + rng.below(9)) * 60}, prev.team,
                           skip ? "order.skip" : "order.advance", {}};
            h.changes.reserve(skip ? 1 : prev.qc ? 3 : 2);
            if (!skip && prev.qc) h.changes.push_back(FieldChange{"qc", "\"pass\"", ""});
            h.changes.push_back(FieldChange{"stage", "\"" + prev.id + "\"", "\"" + cur.id + "\""});
            if (!skip) h.changes.push_back(FieldChange{"stage_status", "\"in_progress\"", ""});
            o.history.push_back(std::move(h));
        }
        if (is_bridal && st != Status::draft) {
            const DateTime f1 = at_midnight(add_days(o.deadline, -30));
            o.fittings.push_back(Fitting{DateTime{f1.minutes + 10 * 60}, "first", "", at > 6});
            o.fittings.push_back(Fitting{DateTime{f1.minutes + 20 * 1440 + 14 * 60}, "final", "", at >= n_stages - 1});
        }

        // Money: deposits from confirmation on, full payment at handover.
        const Money total = order_total(o);
        if (is_bridal && st != Status::draft) {
            const Money dep = percent_of(total, 30), mid = percent_of(total, 40);
            o.schedule = {{"Deposit", "order", dep}, {"First fitting", "fitting1", mid}, {"Balance", "handover", total - dep - mid}};
        }
        const DateTime paid_at = *o.created;
        if (st == Status::shipped || st == Status::collected || st == Status::paid) {
            o.payments.push_back(Payment{percent_of(total, 30), paid_at, rng.pick(kMethods), "deposit"});
            o.payments.push_back(Payment{total - percent_of(total, 30), at_midnight(add_days(opt.today, -rng.below(10))), rng.pick(kMethods), "balance"});
        } else if (st == Status::invoiced) {
            o.payments.push_back(Payment{percent_of(total, 30), paid_at, rng.pick(kMethods), "deposit"});
            o.log.push_back(LogEntry{Event::released_owing, o.stage, at_midnight(opt.today), "", total - percent_of(total, 30)});
        } else if (st != Status::draft && rng.chance(75)) {
            o.payments.push_back(Payment{percent_of(total, 30), paid_at, rng.pick(kMethods), "deposit"});
        }
        if (st == Status::shipped || (st >= Status::invoiced && st != Status::cancelled && o.delivery == Delivery::ship))
            o.tracking = "1Z" + std::to_string(100000000 + rng.below(899999999));
        if (st == Status::cancelled) {
            const CancelQuote q = cancellation_quote(a, o, at_midnight(opt.today));
            o.cancel_fee = q.fee;
            o.log.push_back(LogEntry{Event::cancelled, o.stage, at_midnight(opt.today), "client request (" + q.reason + ")", q.fee});
        }
        o.status = st;
        if (rng.chance(10)) o.notes = "Client prefers morning appointments.";
        a.orders.push_back(std::move(o));
    }
    p.next_order = 10001 + n_orders;
    a.reindex();
    return a;
}

}  // namespace atelier
