#include "core/laws/generate.hpp"

#include <algorithm>
#include <array>
#include <climits>

#include "core/commands/concurrent.hpp"
#include "core/commands/move_to.hpp"
#include "core/commands/revert.hpp"
#include "core/derive.hpp"
#include "core/production/rules.hpp"
#include "core/production/sales.hpp"
#include "core/rules/roles.hpp"

namespace atelier::laws {

namespace {

// [SECTION] Values: plausible ones from small lists, hostile ones the rules must refuse or keep intact.

const char* const kNames[] = {"Amira Hoxha", "Léa Dubois", "Sofia Rossi", "Maja Müller", "Zoë Ødegård", "Noor Haddad"};
const char* const kAtelierNames[] = {"Maison Demo", "Atelier Rose", "Couture Ødegård"};
const char* const kCodes[] = {"BFG", "XYZ", "ATL", "bfg", "AB", "ABCD", "A1C"};
const char* const kCurrencies[] = {"EUR", "USD", "CHF", "eur", "EURO", ""};
const char* const kGarments[] = {"Aurore A-line", "Mira sheath", "Two-piece navy", "Linen summer", "Tuxedo"};
const char* const kCollections[] = {"SS26", "AW26", "Bridal 2026", ""};
const char* const kNotes[] = {"", "Client prefers mornings.", "Silk lining, hand-rolled hems.", "Call before fitting."};
const char* const kMethods[] = {"card", "transfer", "cash", ""};
const char* const kMeasures[] = {"bust", "waist", "hips", "height", "sleeve", "inseam"};
const char* const kFittingKinds[] = {"first", "second", "final"};
const char* const kTeams[] = {"Design", "Cutting", "Sewing", "Finishing", "Tailoring", "Embroidery", "Alterations"};
const char* const kSalespeople[] = {"Amélie", "Jonas", "Sofia", "Karim", "Petra"};
const char* const kPipelineNames[] = {"Alterations", "Evening wear", "Bespoke shirt"};
const char* const kStageNames[] = {"Pinning", "Cutting", "Sewing", "Pressing", "Quality check", "Ready"};
const char* const kStageIds[] = {"pin", "cut", "sew", "press", "check", "ready", "cutting", "design"};
const char* const kBadIds[] = {"Bad Id", "", "order", "handover", "x/y", "ünïcode", "a-very-long-identifier-of-more-than-forty-chars"};
const char* const kPhones[] = {"+33612345678", "06 12 34 56 78", "0044 20 7946 0958", "12", ""};
const char* const kEmails[] = {"lea@example.com", "", "not-an-email", "a@b", "x y@z.com", "@example.com"};
const char* const kLabels[] = {"Deposit", "First fitting", "Balance"};
const char* const kColours[] = {"#A1B2C3", "#3d405b", "", "red", "#12345", "#GGGGGG"};

std::string hostile_text(Rng& r) {
    switch (r.below(14)) {
        case 0: return "";
        case 1: return "   ";
        case 2: return "tab\there";
        case 3: return "new\nline";
        case 4: return "bell\x07";
        case 5: return "del\x7f";
        case 6: return "bad \xff\xfe utf-8";
        case 7: return "cut \xc3";
        case 8: return "overlong \xc0\xaf";
        case 9: return "surrogate \xed\xa0\x80";
        case 10: return std::string("nul\0byte", 8);
        case 11: return "quote \" back\\slash {client} \xf0\x9f\x91\x97";
        case 12: return std::string(static_cast<size_t>(r.between(199, 260)), 'x');
        default: return std::string(static_cast<size_t>(r.between(3990, 5000)), 'y');
    }
}

// The atelier's reminder time (Profile::reminder_time): mostly set, sometimes off.
constexpr const char* kReminderTimes[] = {"18:00", "09:30", "", "00:00", "18:00"};

// Mostly a plausible value from `plain`, sometimes hostile text.
template <size_t N>
std::string text(Rng& r, const char* const (&plain)[N], int hostile_percent = 8) {
    return r.chance(hostile_percent) ? hostile_text(r) : std::string(r.pick(plain));
}

// "Sofia 74": a name from `pool` and a number below `below`. Two draws, so two statements: in one
// expression the compilers order them differently (GCC and clang disagreed), and a seed must
// draw the same commands natively and in WASM (tests/e2e/cli-wasm.spec.js).
template <size_t N>
std::string numbered(Rng& r, const char* const (&pool)[N], int below) {
    std::string s = r.pick(pool);
    s += ' ';
    s += std::to_string(r.below(below));
    return s;
}

// Past the limit but far from int64's ends: percent_of and sums on those would be undefined behaviour
// that UBSan stops the whole test run on, instead of a law report.
Money hostile_money(Rng& r) {
    static const int64_t v[] = {0, -1, -50000, -kMoneyMaxMinor, kMoneyMaxMinor, kMoneyMaxMinor + 1, 10 * kMoneyMaxMinor};
    return Money{r.pick(v)};
}

// Up to 6,500.00 with cents now and then.
Money money(Rng& r) {
    if (r.chance(6)) return hostile_money(r);
    const int64_t units = r.between(1, 6500);
    return Money{units * 100 + (r.chance(20) ? r.below(100) : 0)};
}

// A number of days, hours or percent: in [lo, hi], or negative, past the range, or extreme.
int setting(Rng& r, int lo, int hi) {
    static const int bad[] = {-1, -30, 101, 366, 100000, INT_MAX, INT_MIN};
    return r.chance(20) ? r.pick(bad) : r.between(lo, hi);
}

// Representable, but outside what the text form reads back (years 1900-2999).
Date hostile_date(Rng& r) {
    const Date v[] = {date_from_civil(1899, 12, 31), date_from_civil(3000, 1, 1), date_from_civil(1000, 1, 1),
                      date_from_civil(9999, 12, 31), Date{-1000000}, Date{3000000}, Date{0}};
    return r.pick(v);
}

Date date_near(Rng& r, DateTime now, int lo_days, int hi_days) {
    return r.chance(4) ? hostile_date(r) : add_days(date_of(now), r.between(lo_days, hi_days));
}

DateTime time_near(Rng& r, DateTime now, int lo_days, int hi_days) {
    if (r.chance(4)) {
        const int64_t day = at_midnight(hostile_date(r)).minutes;
        return DateTime{day + r.below(1440)};
    }
    const int64_t days = r.between(lo_days, hi_days);
    return DateTime{now.minutes + days * 1440 + r.below(1440)};
}

// 50.0-200.0 cm or 20-120 in by quarter inches; sometimes zero, negative, not a 1e-4 step, or huge.
Length length(Rng& r) {
    if (r.chance(5)) {
        static const int64_t bad[] = {0, -5'000'000, 123, 10'000'000'001, INT64_MAX / 3};
        return Length{r.pick(bad), r.chance(50) ? Unit::cm : Unit::in};
    }
    if (r.chance(20)) return Length{int64_t{r.between(80, 480)} * 2500 * 2540, Unit::in};
    return Length{int64_t{r.between(500, 2000)} * 1'000'000, Unit::cm};
}

// Removes, adds, renames, reorders or replaces names: in-use ones too.
template <size_t N>
std::vector<std::string> mutate_names(Rng& r, std::vector<std::string> v, const char* const (&pool)[N]) {
    const int n = static_cast<int>(v.size());
    switch (r.below(8)) {
        case 0: if (n) v.erase(v.begin() + r.below(n)); break;
        case 1: v.push_back(r.pick(pool)); break;  // may already be listed
        case 2: if (n) v[static_cast<size_t>(r.below(n))] = numbered(r, pool, 10); break;
        case 3: std::reverse(v.begin(), v.end()); break;
        case 4: v.push_back(hostile_text(r)); break;
        case 5: v.clear(); break;
        case 6: {
            std::vector<std::string> keep;
            for (auto& s : v)
                if (r.chance(70)) keep.push_back(s);
            v = keep;
            break;
        }
        default: v.assign(pool, pool + std::min<size_t>(N, static_cast<size_t>(r.between(1, 3)))); break;
    }
    return v;
}

// [SECTION] Picking from the state

struct Pick {
    Rng& r;
    const Atelier& a;
    DateTime now;

    int unknown(int next) {
        const int v[] = {next, next + r.below(50), 0, -1, INT_MAX};
        return r.pick(v);
    }
    // An existing order, preferably one that `want`s; sometimes a number that does not exist.
    template <class F>
    int order_where(F want) {
        if (a.orders.empty() || r.chance(4)) return unknown(a.profile.next_order);
        if (r.chance(85)) {
            std::vector<int> fit;
            for (const auto& o : a.orders)
                if (want(o)) fit.push_back(o.number);
            if (!fit.empty()) return fit[static_cast<size_t>(r.below(static_cast<int>(fit.size())))];
        }
        return a.orders[static_cast<size_t>(r.below(static_cast<int>(a.orders.size())))].number;
    }
    int order() {
        return order_where([](const Order& o) { return o.status != Status::cancelled; });
    }
    // An existing client, preferably one that `want`s; sometimes a number that does not exist.
    template <class F>
    int client_where(F want) {
        if (a.clients.empty() || r.chance(4)) return unknown(a.profile.next_client);
        if (r.chance(85)) {
            std::vector<int> fit;
            for (const auto& c : a.clients)
                if (want(c)) fit.push_back(c.id);
            if (!fit.empty()) return fit[static_cast<size_t>(r.below(static_cast<int>(fit.size())))];
        }
        return a.clients[static_cast<size_t>(r.below(static_cast<int>(a.clients.size())))].id;
    }
    int client() {
        return client_where([](const Client&) { return true; });
    }
    std::string pipeline_id() {
        if (a.pipelines.empty() || r.chance(6)) return r.chance(50) ? "nowhere" : hostile_text(r);
        return a.pipelines[static_cast<size_t>(r.below(static_cast<int>(a.pipelines.size())))].id;
    }
    // A stage of `pipeline`, sometimes one it does not have.
    std::string stage_of(const std::string& pipeline) {
        const Pipeline* p = a.pipeline(pipeline);
        if (!p || p->stages.empty() || r.chance(6)) return r.chance(50) ? "nowhere" : r.pick(kStageIds);
        return p->stages[static_cast<size_t>(r.below(static_cast<int>(p->stages.size())))].id;
    }
    template <size_t N>
    std::string name_from(const std::vector<std::string>& listed, const char* const (&pool)[N]) {
        const int roll = r.below(100);
        if (roll < 70 && !listed.empty()) return listed[static_cast<size_t>(r.below(static_cast<int>(listed.size())))];
        if (roll < 85) return "";
        if (roll < 95) return r.pick(pool);
        return hostile_text(r);
    }
    std::string team() { return name_from(a.profile.teams, kTeams); }
    std::string salesperson() { return name_from(a.profile.salespeople, kSalespeople); }
};

bool in_production(const Order& o) { return o.status == Status::in_production; }
bool finished(const Order& o) { return in_production(o) && o.stage_status == StageStatus::done; }

// [SECTION] One maker per command type

template <class T> struct Tag {};

std::vector<StageFee> stage_fees(Pick& p) {
    Rng& r = p.r;
    std::vector<StageFee> v = p.a.profile.stage_fees;
    const int n = static_cast<int>(v.size());
    switch (r.below(4)) {
        case 0: if (n) v.erase(v.begin() + r.below(n)); break;
        case 1: {
            StageFee f;
            f.pipeline = p.pipeline_id();
            f.stage = p.stage_of(f.pipeline);
            if (r.chance(50)) f.amount = money(r);
            else f.percent = setting(r, 0, 100);
            v.push_back(f);
            break;
        }
        case 2: if (n) v[static_cast<size_t>(r.below(n))].percent = setting(r, 0, 100); break;
        default: v.clear(); break;
    }
    return v;
}

const int kTaxRates[] = {0, 550, 770, 2000, 2100, 2500};

// A message template: mostly good ones, now and then an unknown placeholder, a lone brace or hostile text.
std::string some_template(Rng& r) {
    static const char* const good[] = {"Dear {client}, {order} is at {stage}.",
                                       "Hello {client}, your {garment} is ready: {balance} to settle at {atelier}.",
                                       "{client}: fitting {date} at {time} ({order}).\nSee you soon.", ""};
    static const char* const bad[] = {"Dear {name}", "{client} {fitting}", "a { lone brace", "{}"};
    const int roll = r.below(100);
    if (roll < 80) return r.pick(good);
    if (roll < 95) return r.pick(bad);
    return hostile_text(r);
}

// A message written again in other languages: mostly good, now and then a language the app does
// not speak, one twice or an empty text.
TextsIn some_texts_in(Rng& r) {
    static const char* const languages[] = {"fr", "de", "it", "es", "en", "pt", "FR", "fr-CA", ""};
    TextsIn out;
    for (int i = r.below(3); i > 0; --i) out.push_back(TextIn{r.chance(85) ? r.pick(languages) : hostile_text(r), r.chance(90) ? some_template(r) : ""});
    return out;
}

const char* const kAtelierLanguages[] = {"", "fr", "de-AT", "it", "es", "en-US", "pt", "qps"};

std::string content_id(Rng& r);

cmd::AtelierUpdate make(Pick& p, Tag<cmd::AtelierUpdate>) {
    Rng& r = p.r;
    cmd::AtelierUpdate c;
    for (int i = r.between(1, 3); i > 0; --i) switch (r.below(20)) {
            case 0: c.name = text(r, kAtelierNames, 20); break;
            case 1: c.code = r.pick(kCodes); break;
            case 2: c.currency = r.pick(kCurrencies); break;
            case 3: c.due_soon_days = setting(r, 0, 30); break;
            case 4: c.buffer_days = setting(r, 0, 30); break;
            case 5: c.free_cancel_hours = setting(r, 0, 168); break;
            case 6: c.late_cancel_percent = setting(r, 0, 100); break;
            case 7: c.production_cancel_percent = setting(r, 0, 100); break;
            case 8: c.release_owing = r.chance(50); break;
            case 9: c.stage_fees = stage_fees(p); break;
            case 10: c.teams = mutate_names(r, p.a.profile.teams, kTeams); break;
            case 11: c.lock_minutes = setting(r, 0, 60); break;
            case 12: c.tax_rate_bp = r.chance(90) ? r.pick(kTaxRates) : r.between(-5, 20000); break;
            case 13: c.prices_include_tax = r.chance(50); break;
            case 14:
                if (r.chance(50)) c.reminder_message = some_template(r);
                else if (r.chance(60)) c.reminder_translations = some_texts_in(r);
                else if (r.chance(60)) c.reminder_time = text(r, kReminderTimes, 15);
                else c.language = r.chance(90) ? r.pick(kAtelierLanguages) : hostile_text(r);
                break;
            case 15: (r.chance(50) ? c.letterhead : c.payment_terms) = r.chance(85) ? "12 rue du Bac\n75007 Paris" : hostile_text(r); break;
            case 16: c.paper = r.chance(50) ? Paper::a4 : Paper::letter; break;
            case 17: {
                const char* zones[] = {"Europe/Paris", "America/New_York", "", "Australia/Sydney", "Mars/Olympus_Mons"};
                c.time_zone = r.chance(90) ? r.pick(zones) : hostile_text(r);
                break;
            }
            case 18: {
                Image logo;  // none, a picture, or now and then one described wrong
                if (r.chance(70)) {
                    logo.id = content_id(r);
                    logo.thumb = r.chance(95) ? content_id(r) : "";
                    logo.type = "image/png";
                    logo.bytes = 20000;
                    logo.width = 640;
                    logo.height = r.chance(95) ? 240 : 0;
                    if (r.chance(3)) logo.stage = "cutting";
                }
                c.logo = logo;
                break;
            }
            default: c.salespeople = mutate_names(r, p.a.profile.salespeople, kSalespeople); break;
        }
    // What the author saw of the fields it sets, as the Settings view sends it: the current values.
    c.from = seen_in<cmd::AtelierFields>(c, atelier_fields_of(p.a.profile));
    // Now and then seen before another device's change of the same settings (a conflict record).
    if (r.chance(20)) {
        Profile before = p.a.profile;
        before.settings.name += " (before)";
        before.settings.currency = before.settings.currency == "EUR" ? "CHF" : "EUR";
        before.due_soon_days += 1;
        before.release_owing = !before.release_owing;
        c.from = seen_in<cmd::AtelierFields>(c, atelier_fields_of(before));
    }
    return c;
}

cmd::AtelierResolve make(Pick& p, Tag<cmd::AtelierResolve>) {
    Rng& r = p.r;
    cmd::AtelierResolve c;
    const int n = static_cast<int>(p.a.profile.conflicts.size());
    c.conflict = n && r.chance(90) ? r.below(n) : (r.chance(50) ? -1 : n);
    c.restore = r.chance(60);
    return c;
}

// A rename of a listed name (sometimes an unknown one, or onto a name already listed).
template <class C, size_t N>
C rename(Pick& p, const std::vector<std::string>& listed, const char* const (&pool)[N]) {
    Rng& r = p.r;
    C c;
    c.from = !listed.empty() && r.chance(85) ? listed[static_cast<size_t>(r.below(static_cast<int>(listed.size())))] : r.pick(pool);
    const int roll = r.below(100);
    if (roll < 70) c.to = numbered(r, pool, 100);
    else if (roll < 85 && !listed.empty()) c.to = listed[static_cast<size_t>(r.below(static_cast<int>(listed.size())))];
    else c.to = hostile_text(r);
    return c;
}

const char* const kPeople[] = {"Ana", "Sofia", "Jonas", "Marie"};

// A person put: mostly the usual names and a PIN's hash; now and then a hostile name or hash.
cmd::PersonPut make(Pick& p, Tag<cmd::PersonPut>) {
    Rng& r = p.r;
    cmd::PersonPut c;
    c.name = r.chance(90) ? std::string(r.pick(kPeople)) : hostile_text(r);
    c.role = static_cast<Role>(r.below(3));
    if (r.chance(40)) c.pin = r.chance(80) ? pin_hash(c.name, "2468") : r.chance(50) ? "" : "12345";
    return c;
}

cmd::PersonRemove make(Pick& p, Tag<cmd::PersonRemove>) {
    Rng& r = p.r;
    const auto& people = p.a.profile.people;
    if (!people.empty() && r.chance(80)) return {people[static_cast<size_t>(r.below(static_cast<int>(people.size())))].name};
    return {std::string(r.pick(kPeople))};
}

cmd::TeamRename make(Pick& p, Tag<cmd::TeamRename>) { return rename<cmd::TeamRename>(p, p.a.profile.teams, kTeams); }
cmd::SalespersonRename make(Pick& p, Tag<cmd::SalespersonRename>) {
    return rename<cmd::SalespersonRename>(p, p.a.profile.salespeople, kSalespeople);
}

Stage new_stage(Pick& p) {
    Rng& r = p.r;
    Stage s;
    if (r.chance(90)) {
        s.id = r.pick(kStageIds);
        if (r.chance(50)) s.id += std::to_string(r.below(20));
    } else {
        s.id = r.pick(kBadIds);
    }
    s.name = text(r, kStageNames);
    s.team = p.team();
    s.days = r.between(0, 10);
    s.optional = r.chance(20);
    s.qc = r.chance(15);
    s.photo = r.chance(10);
    return s;
}

cmd::PipelinePut make(Pick& p, Tag<cmd::PipelinePut>) {
    Rng& r = p.r;
    Pipeline pl;
    if (!p.a.pipelines.empty() && r.chance(70)) {
        pl = p.a.pipelines[static_cast<size_t>(r.below(static_cast<int>(p.a.pipelines.size())))];
    } else {
        pl.id = r.chance(85) ? "custom-" + std::to_string(r.below(4)) : r.pick(kBadIds);
        pl.name = text(r, kPipelineNames);
        for (int i = r.between(r.chance(5) ? 0 : 1, 4); i > 0; --i) pl.stages.push_back(new_stage(p));
    }
    auto& st = pl.stages;
    for (int i = r.between(1, 3); i > 0; --i) {
        const int n = static_cast<int>(st.size());
        const size_t at = static_cast<size_t>(r.below(n));
        if (n == 0) {
            st.push_back(new_stage(p));
            continue;
        }
        switch (r.below(10)) {
            case 0: st.erase(st.begin() + static_cast<std::ptrdiff_t>(at)); break;  // maybe in use
            case 1: st.insert(st.begin() + static_cast<std::ptrdiff_t>(at), new_stage(p)); break;
            case 2: st[at].name = text(r, kStageNames); break;
            case 3: st[at].team = p.team(); break;
            case 4: {
                bool* flags[] = {&st[at].qc, &st[at].optional, &st[at].photo, &st[at].freezes};
                bool* f = flags[r.below(4)];
                *f = !*f;
                break;
            }
            case 5:
                st[at].notify = static_cast<Channel>(r.below(4));
                st[at].message = r.chance(75) ? some_template(r) : "";
                if (r.chance(30)) st[at].translations = some_texts_in(r);
                break;
            case 6: {
                const int bad[] = {-1, 366, INT_MAX};
                st[at].days = r.chance(85) ? r.between(0, 20) : r.pick(bad);
                break;
            }
            case 7: st[at].colour = r.pick(kColours); break;
            case 8: std::swap(st[at], st[static_cast<size_t>(r.below(n))]); break;
            default: st[at].id = r.chance(85) ? r.pick(kStageIds) : r.pick(kBadIds); break;  // a changed id strands orders
        }
    }
    if (r.chance(5)) pl.name = hostile_text(r);
    if (r.chance(8)) pl.archived = !pl.archived;  // rare: an archived pipeline refuses new orders for a while
    if (r.chance(25)) {  // a default payment schedule: mostly shares that fit, now and then too much or a stage that is not there
        pl.schedule.clear();
        const char* whens[] = {"order", "handover", "fitting", "cutting", "nowhere"};
        for (int i = r.between(0, 3); i > 0; --i) {
            MilestoneShare s;
            s.label = r.chance(5) ? hostile_text(r) : text(r, kNotes);
            s.when = !st.empty() && r.chance(40) ? st[static_cast<size_t>(r.below(static_cast<int>(st.size())))].id : r.pick(whens);
            const int odd[] = {0, 101, -5};
            s.percent = r.chance(90) ? r.between(1, 50) : r.pick(odd);
            pl.schedule.push_back(std::move(s));
        }
    }
    cmd::PipelinePut put{pl, std::nullopt};
    // As the Pipelines view sends it: with the pipeline as seen; now and then as a device saw it
    // before another changed what this put changes too (a concurrent edit: a conflict record).
    if (const Pipeline* seen = p.a.pipeline(pl.id)) {
        put.from = *seen;
        // Often enough that a short sweep (25 seeds under ASan) still reaches pipeline.resolve.
        if (r.chance(45)) {
            Pipeline& stale = *put.from;
            if (pl.name != seen->name) stale.name += " (before)";
            for (auto& s : stale.stages)
                if (const int k = stage_index(pl, s.id); k >= 0 && !(pl.stages[static_cast<size_t>(k)] == s)) s.name += " (before)";
        }
    }
    return put;
}

cmd::PipelineResolve make(Pick& p, Tag<cmd::PipelineResolve>) {
    Rng& r = p.r;
    cmd::PipelineResolve c;
    const Pipeline* pl = nullptr;
    for (const auto& x : p.a.pipelines)
        if (open_conflicts(x.conflicts) > 0) pl = &x;
    if (!pl && !p.a.pipelines.empty()) pl = &p.a.pipelines[static_cast<size_t>(r.below(static_cast<int>(p.a.pipelines.size())))];
    c.pipeline = pl ? pl->id : "none";
    const int n = pl ? static_cast<int>(pl->conflicts.size()) : 0;
    c.conflict = n && r.chance(90) ? r.below(n) : (r.chance(50) ? -1 : n);
    c.restore = r.chance(60);
    return c;
}

// Mostly a device of the law runner (core/laws/laws.cpp), now and then a bad id or size.
cmd::NumbersReserve make(Pick& p, Tag<cmd::NumbersReserve>) {
    Rng& r = p.r;
    static const char* const devices[] = {"laptop", "tablet-1", "tablet-2", "bad id", ""};
    static const int sizes[] = {0, 1, 3, 50, 1000, -1, kMaxBlock + 1};
    cmd::NumbersReserve c;
    c.device = r.chance(90) ? r.pick(devices) : hostile_text(r);
    c.orders = r.chance(85) ? r.between(1, 20) : r.pick(sizes);
    c.clients = r.chance(85) ? r.between(1, 10) : r.pick(sizes);
    return c;
}

// A refusal record as the fold writes it (mostly of a plausible entry), now and then a bad id, an
// id already recorded or hostile text.
cmd::EntryRefused make(Pick& p, Tag<cmd::EntryRefused>) {
    Rng& r = p.r;
    static const char* const devices[] = {"laptop", "tablet-1", "tablet-2"};
    static const char* const whats[] = {"order.pay", "order.advance", "undo order.update"};
    cmd::EntryRefused c;
    const auto& kept = p.a.profile.not_applied;
    if (!kept.empty() && r.chance(10)) c.entry = kept[static_cast<size_t>(r.below(static_cast<int>(kept.size())))].entry;
    else if (r.chance(92)) {
        const char* device = r.pick(devices);  // one draw per statement: argument order differs between compilers
        c.entry = entry_id(device, r.between(1, 100000));
    }
    else c.entry = r.chance(50) ? hostile_text(r) : "laptop.0";
    c.what = r.chance(92) ? r.pick(whats) : hostile_text(r);
    c.reason = r.chance(92) ? "/amount: more than the balance" : hostile_text(r);
    if (c.what[0] != 'u') c.command = r.chance(85) ? R"({"type":"order.pay","order":1,"amount":"10.00"})" : hostile_text(r);
    return c;
}

// Mostly an open record, now and then a settled or unknown one.
cmd::EntryDismiss make(Pick& p, Tag<cmd::EntryDismiss>) {
    Rng& r = p.r;
    cmd::EntryDismiss c;
    const auto& kept = p.a.profile.not_applied;
    c.entry = !kept.empty() && r.chance(85) ? kept[static_cast<size_t>(r.below(static_cast<int>(kept.size())))].entry : "tablet-9.1";
    c.retried = r.chance(30);
    return c;
}

// A number asked for: mostly none (the next), sometimes the next free one, one taken, far away, or provisional.
int asked_number(Rng& r, int next) {
    if (r.chance(85)) return 0;
    const int v[] = {next, next + r.between(1, 5), std::max(1, next - 1), 1, kMaxNumber, -7, kProvisionalFrom};
    return r.pick(v);
}

std::string some_language(Rng& r) {
    static const char* const tags[] = {"fr", "en-GB", "it", "de-AT", "", "es", "french", "e", "fr_FR", "zh-Hant-TW"};
    return r.chance(95) ? r.pick(tags) : hostile_text(r);
}

cmd::ClientCreate make(Pick& p, Tag<cmd::ClientCreate>) {
    Rng& r = p.r;
    cmd::ClientCreate c;
    c.id = asked_number(r, p.a.profile.next_client);
    c.name = text(r, kNames);
    c.phone = r.chance(5) ? hostile_text(r) : r.pick(kPhones);
    c.email = r.chance(5) ? hostile_text(r) : r.pick(kEmails);
    c.notes = text(r, kNotes);
    if (r.chance(30)) c.channel = static_cast<Channel>(r.below(4));
    if (r.chance(20)) c.language = some_language(r);
    return c;
}

// What an editing device saw: mostly the current values of the fields it sets (a sequential edit),
// sometimes another entity's (a device that had not seen the latest edit), sometimes nothing (an
// old client). Read back through the JSON form, as a device's entry would be.
template <class Fields>
std::optional<Fields> seen_values(Rng& r, const Fields& to, const Fields& current, const Fields& other) {
    if (r.chance(25)) return std::nullopt;
    const nlohmann::json set = write_value(to), now = write_value(current), stale = write_value(other);
    nlohmann::json j = nlohmann::json::object();
    for (auto it = set.begin(); it != set.end(); ++it) j[it.key()] = r.chance(30) ? stale[it.key()] : now[it.key()];
    Fields f;
    Problems ignored;
    Reader rd{ignored};
    read_fields(j, f, PathSeg{nullptr, "", 0}, rd);
    return f;
}

cmd::ClientUpdate make(Pick& p, Tag<cmd::ClientUpdate>) {
    Rng& r = p.r;
    cmd::ClientUpdate c;
    c.client = p.client();
    if (r.chance(40)) c.name = text(r, kNames);
    if (r.chance(35)) c.phone = r.chance(5) ? hostile_text(r) : r.pick(kPhones);
    if (r.chance(35)) c.email = r.chance(5) ? hostile_text(r) : r.pick(kEmails);
    if (r.chance(35)) c.notes = text(r, kNotes);
    if (r.chance(20)) c.channel = static_cast<Channel>(r.below(4));
    if (r.chance(15)) c.language = some_language(r);
    if (r.chance(15)) c.do_not_contact = r.chance(50);
    const Client* now = p.a.client(c.client);
    const Client* other = p.a.client(p.client());
    if (now && other) c.from = seen_values<cmd::ClientFields>(r, c, client_fields_of(*now), client_fields_of(*other));
    return c;
}

cmd::ClientResolve make(Pick& p, Tag<cmd::ClientResolve>) {
    Rng& r = p.r;
    cmd::ClientResolve c;
    c.client = p.client_where([](const Client& cl) { return open_conflicts(cl.conflicts) > 0; });
    const Client* cl = p.a.client(c.client);
    const int n = cl ? static_cast<int>(cl->conflicts.size()) : 0;
    c.conflict = n && r.chance(90) ? r.below(n) : (r.chance(50) ? -1 : n);
    c.restore = r.chance(60);
    return c;
}

std::vector<Measurement> measurements(Rng& r) {
    std::vector<std::string> names(std::begin(kMeasures), std::end(kMeasures));
    for (size_t i = names.size(); i > 1; --i) std::swap(names[i - 1], names[static_cast<size_t>(r.below(static_cast<int>(i)))]);
    std::vector<Measurement> v;
    for (int i = r.chance(4) ? 0 : r.between(1, 4); i > 0; --i) v.push_back(Measurement{names[static_cast<size_t>(i)], length(r)});
    if (!v.empty() && r.chance(5)) v.push_back(v.front());  // measured twice
    if (!v.empty() && r.chance(4)) v.back().name = hostile_text(r);
    return v;
}

cmd::ClientMeasure make(Pick& p, Tag<cmd::ClientMeasure>) {
    Rng& r = p.r;
    cmd::ClientMeasure c;
    c.client = p.client();
    c.date = r.chance(8) ? add_days(date_of(p.now), r.between(1, 30)) : date_near(r, p.now, -400, 0);
    c.values = measurements(r);
    return c;
}

cmd::ClientCorrect make(Pick& p, Tag<cmd::ClientCorrect>) {
    Rng& r = p.r;
    cmd::ClientCorrect c;
    c.client = p.client();
    const Client* cl = p.a.client(c.client);
    const int sessions = cl ? static_cast<int>(cl->sessions.size()) : 0;
    c.session = sessions && r.chance(85) ? r.below(sessions) : (r.chance(50) ? -1 : sessions);
    const MeasureSession* s = c.session >= 0 && c.session < sessions ? &cl->sessions[static_cast<size_t>(c.session)] : nullptr;
    if (s && !s->values.empty() && r.chance(70)) c.name = s->values[static_cast<size_t>(r.below(static_cast<int>(s->values.size())))].name;
    else c.name = text(r, kMeasures);
    c.value = length(r);
    return c;
}

// Mostly two clients that exist; now and then one merged away, the same twice or none.
cmd::ClientMerge make(Pick& p, Tag<cmd::ClientMerge>) {
    Rng& r = p.r;
    cmd::ClientMerge c;
    c.client = p.client();
    c.keep = r.chance(10) ? c.client : p.client();
    const auto& merged = p.a.profile.merged_clients;
    if (!merged.empty() && r.chance(15)) {
        const ClientMerged& m = merged[static_cast<size_t>(r.below(static_cast<int>(merged.size())))];
        (r.chance(50) ? c.client : c.keep) = m.from;
    }
    return c;
}

// A client without orders now and then (what a delete accepts), else any.
cmd::ClientDelete make(Pick& p, Tag<cmd::ClientDelete>) {
    cmd::ClientDelete c;
    const bool any = p.r.chance(40);
    c.client = p.client_where([&](const Client& cl) {
        if (any) return true;
        return std::none_of(p.a.orders.begin(), p.a.orders.end(), [&](const Order& o) { return o.client == cl.id; });
    });
    return c;
}

// Bulk orders carry a quantity; now and then one that breaks the kind's rule.
void kind_and_quantity(Rng& r, Kind& kind, int& quantity) {
    kind = r.chance(12) ? Kind::bulk : Kind::mto;
    quantity = kind == Kind::bulk ? r.between(2, 12) : 1;
    if (r.chance(5)) {
        const int bad[] = {0, -3, 2, INT_MAX};
        quantity = r.pick(bad);
    }
}

cmd::OrderCreate make(Pick& p, Tag<cmd::OrderCreate>) {
    Rng& r = p.r;
    cmd::OrderCreate c;
    c.number = asked_number(r, p.a.profile.next_order);
    c.client = p.client();
    c.pipeline = p.pipeline_id();
    c.deadline = date_near(r, p.now, -10, 180);
    if (r.chance(60)) c.event = add_days(c.deadline, r.between(-5, 40));
    c.garment = text(r, kGarments);
    c.collection = text(r, kCollections);
    kind_and_quantity(r, c.kind, c.quantity);
    c.price = money(r);
    c.rush = r.chance(10);
    if (c.rush || r.chance(5)) c.rush_fee = money(r);
    c.priority = r.chance(10);
    c.delivery = r.chance(30) ? Delivery::ship : Delivery::collect;
    c.salesperson = p.salesperson();
    c.team = p.team();
    c.notes = text(r, kNotes);
    return c;
}

cmd::OrderUpdate make(Pick& p, Tag<cmd::OrderUpdate>) {
    Rng& r = p.r;
    cmd::OrderUpdate c;
    c.order = p.order();
    const Order* o = p.a.order(c.order);
    for (int i = r.between(1, 3); i > 0; --i) switch (r.below(17)) {
            case 0: c.client = p.client(); break;
            case 1: c.pipeline = p.pipeline_id(); break;
            case 2: c.garment = text(r, kGarments); break;
            case 3: c.collection = text(r, kCollections); break;
            case 4: c.salesperson = p.salesperson(); break;
            case 5: c.team = p.team(); break;
            case 6: c.notes = text(r, kNotes); break;
            case 7: c.deadline = date_near(r, p.now, -10, 180); break;
            case 8:
                if (r.chance(30)) c.event = std::optional<Date>{};
                else c.event = add_days(o ? o->deadline : date_of(p.now), r.between(-5, 40));
                break;
            case 9: {
                Kind k;
                int q;
                kind_and_quantity(r, k, q);
                c.kind = k;
                if (r.chance(70)) c.quantity = q;
                break;
            }
            case 10: c.quantity = r.chance(80) ? r.between(1, 12) : -1; break;
            case 11: c.price = r.chance(30) && o ? Money{amount_paid(*o).minor - 1} : money(r); break;  // below what is paid
            case 12: c.rush_fee = money(r); break;
            case 13: c.rush = r.chance(50); break;
            case 14: c.priority = r.chance(50); break;
            case 15: c.tracking = r.chance(80) ? "1Z" + std::to_string(r.below(999999)) : hostile_text(r); break;
            default: c.delivery = r.chance(50) ? Delivery::ship : Delivery::collect; break;
        }
    const Order* other = p.a.order(p.order());
    if (o && other) c.from = seen_values<cmd::OrderFields>(r, c, order_fields_of(*o), order_fields_of(*other));
    return c;
}

cmd::OrderResolve make(Pick& p, Tag<cmd::OrderResolve>) {
    Rng& r = p.r;
    cmd::OrderResolve c;
    c.order = p.order_where([](const Order& o) { return open_conflicts(o.conflicts) > 0; });
    const Order* o = p.a.order(c.order);
    const int n = o ? static_cast<int>(o->conflicts.size()) : 0;
    c.conflict = n && r.chance(90) ? r.below(n) : (r.chance(50) ? -1 : n);
    c.restore = r.chance(60);
    return c;
}

cmd::OrderConfirm make(Pick& p, Tag<cmd::OrderConfirm>) {
    return {p.order_where([](const Order& o) { return o.status == Status::draft; })};
}
cmd::OrderStart make(Pick& p, Tag<cmd::OrderStart>) {
    return {p.order_where([](const Order& o) { return o.status == Status::confirmed; })};
}
cmd::StageStart make(Pick& p, Tag<cmd::StageStart>) {
    return {p.order_where([](const Order& o) { return in_production(o) && o.stage_status == StageStatus::not_started; })};
}

cmd::OrderQc make(Pick& p, Tag<cmd::OrderQc>) {
    Rng& r = p.r;
    cmd::OrderQc c;
    const Atelier& a = p.a;
    c.order = p.order_where([&](const Order& o) {
        const Stage* s = current_stage(a, o);
        return in_production(o) && s && s->qc && o.qc != Qc::pass;
    });
    c.pass = r.chance(70);
    if (!c.pass || r.chance(20)) c.note = r.chance(90) ? "hem uneven at the back" : hostile_text(r);
    return c;
}

cmd::OrderAdvance make(Pick& p, Tag<cmd::OrderAdvance>) {
    return {p.order_where([](const Order& o) { return in_production(o) && o.stage_status != StageStatus::done; })};
}

cmd::OrderSkip make(Pick& p, Tag<cmd::OrderSkip>) {
    Rng& r = p.r;
    const Atelier& a = p.a;
    cmd::OrderSkip c;
    c.order = p.order_where([&](const Order& o) {
        const Stage* s = current_stage(a, o);
        return in_production(o) && s && s->optional && o.stage_status != StageStatus::done;
    });
    c.note = text(r, kNotes);
    return c;
}

cmd::OrderMoveTo make(Pick& p, Tag<cmd::OrderMoveTo>) {
    Rng& r = p.r;
    cmd::OrderMoveTo c;
    c.order = p.order_where([](const Order& o) { return o.status <= Status::in_production; });
    const Order* o = p.a.order(c.order);
    c.stage = p.stage_of(o ? o->pipeline : p.pipeline_id());
    if (r.chance(30)) c.note = text(r, kNotes);
    return c;
}

cmd::OrderPay make(Pick& p, Tag<cmd::OrderPay>) {
    Rng& r = p.r;
    cmd::OrderPay c;
    c.order = p.order_where([](const Order& o) { return balance_owed(o).minor > 0; });  // a cancelled one: its fee
    const Order* o = p.a.order(c.order);
    const int64_t owed = o ? balance_owed(*o).minor : 0;
    const int roll = r.below(100);
    if (owed > 0 && roll < 60) c.amount = Money{1 + static_cast<int64_t>(r.next() % static_cast<uint64_t>(owed))};
    else if (roll < 72) c.amount = Money{owed};
    else if (roll < 82) c.amount = Money{owed + 1};  // overpayment
    else c.amount = money(r);
    if (r.chance(30)) c.at = time_near(r, p.now, -30, 0);
    c.method = r.chance(5) ? hostile_text(r) : r.pick(kMethods);
    c.note = text(r, kNotes);
    return c;
}

// Mostly within what can be refunded; now and then all of it, one cent more, or any amount.
cmd::OrderRefund make(Pick& p, Tag<cmd::OrderRefund>) {
    Rng& r = p.r;
    cmd::OrderRefund c;
    c.order = p.order_where([](const Order& o) { return refundable(o).minor > 0; });
    const Order* o = p.a.order(c.order);
    const int64_t most = o ? refundable(*o).minor : 0;
    const int roll = r.below(100);
    if (most > 0 && roll < 55) c.amount = Money{1 + static_cast<int64_t>(r.next() % static_cast<uint64_t>(most))};
    else if (roll < 70) c.amount = Money{most};
    else if (roll < 82) c.amount = Money{most + 1};  // more than was paid
    else c.amount = money(r);
    if (r.chance(30)) c.at = time_near(r, p.now, -30, 0);
    c.method = r.chance(5) ? hostile_text(r) : r.pick(kMethods);
    c.reason = r.chance(8) ? hostile_text(r) : text(r, kNotes);
    return c;
}

// A line of the ledger, mostly a payment or refund not yet voided, with the amount seen there;
// now and then a correction, a line voided already, a wrong amount or a line that is not there.
cmd::OrderVoid make(Pick& p, Tag<cmd::OrderVoid>) {
    Rng& r = p.r;
    cmd::OrderVoid c;
    c.order = p.order_where([](const Order& o) { return !o.payments.empty(); });
    const Order* o = p.a.order(c.order);
    const int n = o ? static_cast<int>(o->payments.size()) : 0;
    std::vector<int> open;
    for (int i = 0; o && i < n; ++i)
        if (original_line(o->payments[static_cast<size_t>(i)]) && !voided_by(*o, static_cast<size_t>(i))) open.push_back(i);
    const int roll = r.below(100);
    if (!open.empty() && roll < 75) c.line = open[static_cast<size_t>(r.below(static_cast<int>(open.size())))];
    else if (n > 0 && roll < 92) c.line = r.below(n);
    else c.line = r.chance(50) ? n : -1;
    const bool there = o && c.line >= 0 && c.line < n;
    c.amount = there && r.chance(90) ? o->payments[static_cast<size_t>(c.line)].amount : money(r);
    c.reason = r.chance(8) ? hostile_text(r) : text(r, kNotes);
    return c;
}

cmd::OrderSchedule make(Pick& p, Tag<cmd::OrderSchedule>) {
    Rng& r = p.r;
    cmd::OrderSchedule c;
    c.order = p.order();
    const Order* o = p.a.order(c.order);
    const int64_t total = o ? order_total(*o).minor : 100000;
    const int n = r.between(0, 3);
    for (int i = 0; i < n; ++i) {
        Milestone m;
        m.label = text(r, kLabels);
        const int when = r.below(10);
        m.when = when < 3 ? "order" : when < 6 ? "handover" : when < 9 && o ? p.stage_of(o->pipeline) : "nowhere";
        m.amount = r.chance(85) ? Money{total / n} : money(r);
        c.milestones.push_back(m);
    }
    return c;
}

cmd::OrderOverride make(Pick& p, Tag<cmd::OrderOverride>) {
    Rng& r = p.r;
    cmd::OrderOverride c;
    c.order = p.order();
    c.name = text(r, kMeasures);
    if (r.chance(75)) c.value = length(r);
    return c;
}

// A content id from a small pool, so pictures repeat across orders as real ones may.
std::string content_id(Rng& r) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(64, '0');
    uint64_t x = r.next() % 500 + 1;
    for (size_t i = 0; i < id.size(); ++i, x = x * 6364136223846793005ull + 1442695040888963407ull)
        id[i] = kHex[(x >> 60) & 15];
    return id;
}

cmd::OrderImage make(Pick& p, Tag<cmd::OrderImage>) {
    Rng& r = p.r;
    cmd::OrderImage c;
    c.order = p.order();
    const Order* o = p.a.order(c.order);
    if (o && !o->images.empty() && r.chance(10)) c.image.id = o->images.front().id;  // already on the order
    else c.image.id = r.chance(94) ? content_id(r) : hostile_text(r);
    c.image.thumb = r.chance(97) ? content_id(r) : "thumb";
    c.image.type = r.chance(97) ? "image/jpeg" : "image/gif";
    c.image.bytes = r.chance(97) ? 1000 + static_cast<int64_t>(r.next() % 3000000) : -1;
    c.image.width = r.chance(97) ? 1 + r.below(2048) : 0;
    c.image.height = 1 + r.below(2048);
    c.image.caption = text(r, kNotes);
    const int roll = r.below(10);
    if (o && roll < 5) c.image.stage = o->stage;
    else if (o && roll < 8) c.image.stage = p.stage_of(o->pipeline);
    else if (roll == 8) c.image.stage = "nowhere";
    else c.image.kind = static_cast<PhotoKind>(r.below(3));
    if (r.chance(2)) c.image.by = "someone";  // set by the app only
    return c;
}

cmd::OrderImageRemove make(Pick& p, Tag<cmd::OrderImageRemove>) {
    Rng& r = p.r;
    cmd::OrderImageRemove c;
    c.order = p.order();
    const Order* o = p.a.order(c.order);
    if (o && !o->images.empty() && r.chance(85)) c.id = o->images[r.next() % o->images.size()].id;
    else c.id = content_id(r);
    return c;
}

cmd::OrderFitting make(Pick& p, Tag<cmd::OrderFitting>) {
    Rng& r = p.r;
    cmd::OrderFitting c;
    c.order = p.order();
    c.at = time_near(r, p.now, -5, 90);
    c.kind = text(r, kFittingKinds);
    c.notes = text(r, kNotes);
    if (r.chance(40)) c.minutes = r.chance(90) ? 15 * r.between(1, 8) : r.between(-5, 1000);
    return c;
}

cmd::FittingDone make(Pick& p, Tag<cmd::FittingDone>) {
    Rng& r = p.r;
    cmd::FittingDone c;
    c.order = p.order_where([](const Order& o) {
        return std::any_of(o.fittings.begin(), o.fittings.end(), [](const Fitting& f) { return !f.done; });
    });
    const Order* o = p.a.order(c.order);
    const int n = o ? static_cast<int>(o->fittings.size()) : 0;
    c.fitting = n && r.chance(85) ? r.below(n) : (r.chance(50) ? -1 : n);
    c.notes = text(r, kNotes);
    return c;
}

// A fitting of an order that has one (now and then a fitting index out of range).
int some_fitting(Pick& p, int order) {
    const Order* o = p.a.order(order);
    const int n = o ? static_cast<int>(o->fittings.size()) : 0;
    return n && p.r.chance(90) ? p.r.below(n) : (p.r.chance(50) ? -1 : n);
}

cmd::FittingReschedule make(Pick& p, Tag<cmd::FittingReschedule>) {
    Rng& r = p.r;
    cmd::FittingReschedule c;
    c.order = p.order_where([](const Order& o) { return !o.fittings.empty(); });
    c.fitting = some_fitting(p, c.order);
    c.at = time_near(r, p.now, -2, 60);
    if (r.chance(40)) c.minutes = r.chance(90) ? 15 * r.between(1, 8) : r.between(-5, 1000);
    if (r.chance(30)) c.notes = text(r, kNotes);
    return c;
}

cmd::FittingCancel make(Pick& p, Tag<cmd::FittingCancel>) {
    Rng& r = p.r;
    cmd::FittingCancel c;
    c.order = p.order_where([](const Order& o) { return !o.fittings.empty(); });
    c.fitting = some_fitting(p, c.order);
    c.reason = r.chance(10) ? "" : r.chance(90) ? "the client is ill" : hostile_text(r);
    return c;
}

cmd::FittingRemind make(Pick& p, Tag<cmd::FittingRemind>) {
    cmd::FittingRemind c;
    c.order = p.order_where([](const Order& o) { return !o.fittings.empty(); });
    c.fitting = some_fitting(p, c.order);
    return c;
}

// Mostly the server's word on a message that has an id, as the server writes it; now and then an
// unknown id, a result after "sent", a next try on a result that has none, or a reply too long.
cmd::MessageDelivery make(Pick& p, Tag<cmd::MessageDelivery>) {
    Rng& r = p.r;
    cmd::MessageDelivery c;
    c.order = p.order_where([](const Order& o) {
        return std::any_of(o.outbox.begin(), o.outbox.end(), [](const Message& m) { return !m.id.empty(); });
    });
    if (const Order* o = p.a.order(c.order))
        for (const Message& m : o->outbox)
            if (!m.id.empty() && (c.message.empty() || r.chance(40))) c.message = m.id;
    if (c.message.empty() || r.chance(5)) c.message = r.chance(50) ? "laptop.1.1.0" : hostile_text(r);
    c.result = static_cast<MailState>(r.chance(97) ? 1 + r.below(3) : 0);
    static const char* const kReplies[] = {"250 2.0.0 Ok: queued", "550 5.1.1 no such user", "451 4.7.1 try later"};
    c.reply = r.chance(3) ? std::string(1200, 'x') : std::string(r.pick(kReplies));
    c.attempts = r.chance(95) ? 1 + r.below(5) : -1;
    if (c.result == MailState::retrying || r.chance(5)) c.next = time_near(r, p.now, 0, 1);
    if (r.chance(10)) c.order = p.order();  // named in another order (a renumbered one): found by id
    return c;
}

// Mostly a waiting message as it is; now and then one seen before it moved, a sent one, or none.
cmd::MessageSent make(Pick& p, Tag<cmd::MessageSent>) {
    Rng& r = p.r;
    cmd::MessageSent c;
    c.order = p.order_where([](const Order& o) { return !o.outbox.empty(); });
    c.via = static_cast<SentVia>(r.below(4));
    const Order* o = p.a.order(c.order);
    const int n = o ? static_cast<int>(o->outbox.size()) : 0;
    c.message = n && r.chance(90) ? r.below(n) : (r.chance(50) ? -1 : n);
    if (n && c.message >= 0 && c.message < n) c.at = o->outbox[static_cast<size_t>(c.message)].at;
    if (r.chance(15)) c.message = n ? r.below(n) : 0;  // the index moved; `at` still names it
    if (r.chance(5)) c.at = time_near(r, p.now, -5, 0);
    return c;
}

// Mostly a stage the order can go back to, now and then its own or a later one, an unknown one or no reason.
cmd::OrderRework make(Pick& p, Tag<cmd::OrderRework>) {
    Rng& r = p.r;
    cmd::OrderRework c;
    c.order = p.order_where([](const Order& o) { return in_production(o); });
    const Order* o = p.a.order(c.order);
    const Pipeline* pl = o ? p.a.pipeline(o->pipeline) : nullptr;
    const int here = o && pl ? stage_index(*pl, o->stage) : -1;
    if (pl && here > 0 && r.chance(75)) c.stage = pl->stages[static_cast<size_t>(r.below(here))].id;
    else c.stage = r.chance(90) && o ? p.stage_of(o->pipeline) : "nowhere";
    c.kind = static_cast<ReworkKind>(r.below(3));
    c.reason = r.chance(8) ? (r.chance(50) ? "" : "  ") : r.chance(90) ? "hem uneven at the back" : hostile_text(r);
    return c;
}

cmd::OrderShip make(Pick& p, Tag<cmd::OrderShip>) {
    Rng& r = p.r;
    cmd::OrderShip c;
    c.order = p.order_where(finished);
    c.tracking = r.chance(90) ? "1Z" + std::to_string(100000000 + r.below(899999999)) : hostile_text(r);
    return c;
}

cmd::OrderCollect make(Pick& p, Tag<cmd::OrderCollect>) { return {p.order_where(finished)}; }

cmd::OrderInvoice make(Pick& p, Tag<cmd::OrderInvoice>) {
    return {p.order_where([](const Order& o) { return o.status == Status::shipped || o.status == Status::collected; })};
}

cmd::OrderCancel make(Pick& p, Tag<cmd::OrderCancel>) {
    cmd::OrderCancel c;
    c.order = p.order_where([](const Order& o) { return o.status <= Status::in_production; });
    c.reason = text(p.r, kNotes);
    return c;
}

cmd::OrderClone make(Pick& p, Tag<cmd::OrderClone>) {
    cmd::OrderClone c;
    c.order = p.order_where([](const Order&) { return true; });
    c.number = asked_number(p.r, p.a.profile.next_order);
    return c;
}

// [SECTION] A producer's commands: styles and their tech packs, production orders, batches.
const char* const kStyleCodes[] = {"SS27-DR01", "SS27-JK02", "AW27-CT03", "AW27-TR04"};
const char* const kStyleNames[] = {"Wrap dress", "Boxy jacket", "Car coat", "Pleated trouser"};
const char* const kSeasons[] = {"SS27", "AW27", ""};
const char* const kSizes[] = {"XS", "S", "M", "L", "XL"};
const char* const kColourways[] = {"Navy", "Ecru", "Black", "Sage"};
const char* const kMaterials[] = {"Wool twill", "Viscose lining", "Horn button", "Zip 18cm"};
const char* const kUnits[] = {"m", "pcs"};
const char* const kChecks[] = {"Seams straight", "Buttons secure", "Label placed"};

std::string style_code(Pick& p) {
    if (!p.a.styles.empty() && p.r.chance(80)) return p.a.styles[static_cast<size_t>(p.r.below(static_cast<int>(p.a.styles.size())))].code;
    if (p.r.chance(10)) return p.r.chance(50) ? "bad code!" : hostile_text(p.r);
    return p.r.pick(kStyleCodes);
}

Quantity some_quantity(Rng& r) {
    if (r.chance(4)) {
        static const int64_t bad[] = {-1, kQuantityMaxMilli + 1, INT64_MAX / 4};
        return Quantity{r.pick(bad)};
    }
    return Quantity{r.between(0, 3000) * 5};
}

// A tech pack: a size run and colourways from the pools, a BOM and a chart matching them; now and
// then a list of the wrong length, a name twice, or hostile text.
TechPack some_pack(Rng& r) {
    TechPack t;
    const int first = r.below(3), n = r.between(1, 5 - first);
    for (int i = 0; i < n; ++i) t.sizes.push_back(kSizes[first + i]);
    for (const char* c : kColourways)
        if (r.chance(60)) t.colours.push_back(c);
    if (r.chance(5)) t.colours.push_back(r.chance(50) ? t.sizes.front() : hostile_text(r));
    if (r.chance(4)) t.sizes.push_back(t.sizes.front());
    const int lines = r.below(4);
    for (int i = 0; i < lines; ++i) {
        BomLine b;
        b.material = text(r, kMaterials, 4);
        b.unit = r.pick(kUnits);
        b.kind = static_cast<MaterialKind>(r.below(4));
        b.waste_percent = r.chance(90) ? r.between(0, 15) : setting(r, 0, 100);
        const size_t q = t.sizes.size() + (r.chance(5) ? 1 : 0);
        for (size_t k = 0; k < q; ++k) b.per_size.push_back(some_quantity(r));
        t.bom.push_back(b);
    }
    if (r.chance(40)) t.chart.push_back(ChartPoint{"chest", std::vector<Length>(t.sizes.size(), length(r))});
    if (r.chance(40)) t.checklist.push_back(text(r, kChecks));
    if (r.chance(10)) t.notes = hostile_text(r);
    return t;
}

cmd::StyleCreate make(Pick& p, Tag<cmd::StyleCreate>) {
    cmd::StyleCreate c;
    c.code = p.r.chance(85) ? numbered(p.r, kStyleCodes, 40) : style_code(p);
    for (char& ch : c.code)
        if (ch == ' ') ch = '-';
    c.name = text(p.r, kStyleNames);
    c.season = text(p.r, kSeasons, 4);
    c.state = p.r.chance(70) ? StyleState::commercial : static_cast<StyleState>(p.r.below(5));
    c.pack = some_pack(p.r);
    return c;
}

cmd::StyleUpdate make(Pick& p, Tag<cmd::StyleUpdate>) {
    cmd::StyleUpdate c;
    c.style = style_code(p);
    if (p.r.chance(30)) c.name = text(p.r, kStyleNames);
    if (p.r.chance(20)) c.season = text(p.r, kSeasons, 4);
    if (p.r.chance(80)) {
        const Style* s = p.a.style(c.style);
        c.pack = s && p.r.chance(70) ? static_cast<const TechPack&>(s->pack()) : some_pack(p.r);
        if (!c.pack->bom.empty() && !c.pack->bom.front().per_size.empty()) c.pack->bom.front().per_size.front() = some_quantity(p.r);
        if (p.r.chance(20)) c.pack->colours.push_back(p.r.pick(kColourways));
        if (p.r.chance(15) && !c.pack->colours.empty()) c.pack->colours.pop_back();
        // What the author saw: on another device of the convergence law, an older pack to merge into.
        if (s && p.r.chance(50)) c.from = static_cast<const TechPack&>(s->pack());
    }
    return c;
}

cmd::StyleSetState make(Pick& p, Tag<cmd::StyleSetState>) {
    cmd::StyleSetState c;
    c.style = style_code(p);
    const Style* s = p.a.style(c.style);
    if (s && s->state != StyleState::archived && s->state != StyleState::production_ready && p.r.chance(75))
        c.state = static_cast<StyleState>(static_cast<int>(s->state) + 1);
    else c.state = static_cast<StyleState>(p.r.below(5));
    return c;
}

cmd::StyleRevise make(Pick& p, Tag<cmd::StyleRevise>) {
    cmd::StyleRevise c;
    c.style = style_code(p);
    const Style* s = p.a.style(c.style);
    c.from = s && p.r.chance(85) ? s->pack().version : p.r.between(0, 4);
    return c;
}

cmd::StyleImage make(Pick& p, Tag<cmd::StyleImage>) {
    Rng& r = p.r;
    cmd::StyleImage c;
    c.style = style_code(p);
    const Style* s = p.a.style(c.style);
    if (s && !s->images.empty() && r.chance(10)) c.image.id = s->images.front().id;  // already on the style
    else c.image.id = r.chance(94) ? content_id(r) : hostile_text(r);
    c.image.thumb = r.chance(97) ? content_id(r) : "thumb";
    c.image.type = r.chance(97) ? "image/webp" : "image/gif";
    c.image.bytes = 1000 + static_cast<int64_t>(r.next() % 3000000);
    c.image.width = 1 + r.below(2048);
    c.image.height = 1 + r.below(2048);
    c.image.caption = text(r, kNotes);
    c.image.kind = static_cast<PhotoKind>(r.below(3));
    if (r.chance(3)) c.image.stage = "cut";  // a style's photo documents no stage
    return c;
}

cmd::StyleImageRemove make(Pick& p, Tag<cmd::StyleImageRemove>) {
    Rng& r = p.r;
    cmd::StyleImageRemove c;
    c.style = style_code(p);
    const Style* s = p.a.style(c.style);
    if (s && !s->images.empty() && r.chance(85)) c.id = s->images[r.next() % s->images.size()].id;
    else c.id = content_id(r);
    return c;
}

// An existing production order, preferably one that `want`s; sometimes a number that does not exist.
template <class F>
int production_where(Pick& p, F want) {
    if (p.a.productions.empty() || p.r.chance(4)) return p.unknown(p.a.profile.next_order);
    std::vector<int> fit;
    for (const auto& x : p.a.productions)
        if (want(x)) fit.push_back(x.number);
    if (!fit.empty() && p.r.chance(85)) return fit[static_cast<size_t>(p.r.below(static_cast<int>(fit.size())))];
    return p.a.productions[static_cast<size_t>(p.r.below(static_cast<int>(p.a.productions.size())))].number;
}
bool production_in(const ProductionOrder& x, std::initializer_list<ProductionState> states) {
    return std::find(states.begin(), states.end(), x.state) != states.end();
}

// Cells of the pack's colours and sizes (now and then one it lacks, or a bad quantity).
std::vector<Cell> some_matrix(Pick& p, const std::string& code) {
    std::vector<Cell> m;
    const Style* s = p.a.style(code);
    const TechPack pack = s ? static_cast<const TechPack&>(s->pack()) : some_pack(p.r);
    for (const auto& c : pack.colours)
        for (const auto& z : pack.sizes)
            if (p.r.chance(50)) m.push_back(Cell{c, z, p.r.between(1, 120)});
    if (p.r.chance(5)) m.push_back(Cell{p.r.pick(kColourways), p.r.pick(kSizes), p.r.chance(50) ? 10 : setting(p.r, 1, 10)});
    if (p.r.chance(3) && !m.empty()) m.push_back(m.front());
    return m;
}

cmd::ProductionCreate make(Pick& p, Tag<cmd::ProductionCreate>) {
    cmd::ProductionCreate c;
    c.number = p.r.chance(90) ? 0 : asked_number(p.r, p.a.profile.next_order);
    c.style = style_code(p);
    c.pipeline = p.pipeline_id();
    c.due = date_near(p.r, p.now, 10, 120);
    c.matrix = some_matrix(p, c.style);
    c.tolerance_percent = p.r.chance(90) ? p.r.between(0, 5) : setting(p.r, 0, 100);
    if (p.r.chance(20)) c.notes = hostile_text(p.r);
    return c;
}

cmd::ProductionUpdate make(Pick& p, Tag<cmd::ProductionUpdate>) {
    cmd::ProductionUpdate c;
    c.production = production_where(p, [](const ProductionOrder& x) { return production_in(x, {ProductionState::draft, ProductionState::planned}); });
    const ProductionOrder* x = p.a.production(c.production);
    if (p.r.chance(40)) c.due = date_near(p.r, p.now, 10, 120);
    if (p.r.chance(50)) c.matrix = some_matrix(p, x ? x->style : style_code(p));
    if (p.r.chance(15)) c.pipeline = p.pipeline_id();
    if (p.r.chance(20)) c.tolerance_percent = setting(p.r, 0, 10);
    if (p.r.chance(15)) c.notes = text(p.r, kChecks, 20);
    return c;
}

cmd::ProductionPlan make(Pick& p, Tag<cmd::ProductionPlan>) {
    return {production_where(p, [](const ProductionOrder& x) { return x.state == ProductionState::draft; })};
}
cmd::ProductionRelease make(Pick& p, Tag<cmd::ProductionRelease>) {
    return {production_where(p, [&](const ProductionOrder& x) {
        const Style* s = p.a.style(x.style);
        return production_in(x, {ProductionState::draft, ProductionState::planned}) && s && s->state == StyleState::production_ready;
    })};
}
cmd::ProductionCancel make(Pick& p, Tag<cmd::ProductionCancel>) {
    return {production_where(p, [](const ProductionOrder& x) { return x.state != ProductionState::completed; }), text(p.r, kNotes)};
}
cmd::ProductionComplete make(Pick& p, Tag<cmd::ProductionComplete>) {
    cmd::ProductionComplete c;
    c.production = production_where(p, [&](const ProductionOrder& x) {
        return x.state == ProductionState::in_progress && !completion_problem(p.a, x, "noted");
    });
    if (p.r.chance(50)) c.note = text(p.r, kNotes);
    return c;
}

cmd::ProductionBatchCreate make(Pick& p, Tag<cmd::ProductionBatchCreate>) {
    cmd::ProductionBatchCreate c;
    c.production = production_where(p, [](const ProductionOrder& x) { return production_in(x, {ProductionState::released, ProductionState::in_progress}); });
    const ProductionOrder* x = p.a.production(c.production);
    if (!x || x->matrix.empty() || p.r.chance(5)) {
        c.colour = p.r.pick(kColourways);
        c.sizes.push_back(SizeCount{p.r.pick(kSizes), setting(p.r, 1, 50)});
        return c;
    }
    c.colour = x->matrix[static_cast<size_t>(p.r.below(static_cast<int>(x->matrix.size())))].colour;
    for (const Cell& cell : x->matrix) {
        if (cell.colour != c.colour || p.r.chance(30)) continue;
        const int64_t left = allowance(*x, cell.quantity) - cut(*x, cell.colour, cell.size);
        const int64_t q = p.r.chance(90) ? std::min<int64_t>(left, p.r.between(1, cell.quantity)) : left + p.r.between(1, 5);
        c.sizes.push_back(SizeCount{cell.size, static_cast<int>(q)});
    }
    return c;
}

cmd::ProductionProgress make(Pick& p, Tag<cmd::ProductionProgress>) {
    cmd::ProductionProgress c;
    c.production = production_where(p, [](const ProductionOrder& x) { return x.state == ProductionState::in_progress; });
    const ProductionOrder* x = p.a.production(c.production);
    const Pipeline* pl = x ? p.a.pipeline(x->pipeline) : nullptr;
    if (!x || !pl || x->batches.empty() || p.r.chance(5)) {
        c.batch = p.r.between(0, 3);
        c.stage = p.r.pick(kStageIds);
        c.done = setting(p.r, 0, 20);
        return c;
    }
    c.batch = p.r.between(1, static_cast<int>(x->batches.size()));
    const ProductionBatch& b = x->batches[static_cast<size_t>(c.batch - 1)];
    const std::string at = batch_stage(b, *pl);
    c.stage = !at.empty() && p.r.chance(85) ? at : p.stage_of(x->pipeline);
    int64_t waiting = 0;
    for (const auto& f : batch_flow(b, *pl))
        if (f.stage == c.stage) waiting = f.waiting;
    const int w = static_cast<int>(std::max<int64_t>(waiting, 0));
    c.rejected = p.r.chance(25) ? p.r.between(0, std::min(w, 3)) : 0;
    c.done = p.r.chance(60) ? w - c.rejected : p.r.between(0, w - c.rejected);
    if (p.r.chance(5)) c.done = w + 1;
    return c;
}


// Sales orders: an existing one preferably in a state `want`s; sometimes a number that does not exist.
template <class F>
int sales_where(Pick& p, F want) {
    if (p.a.sales.empty() || p.r.chance(4)) return p.unknown(p.a.profile.next_order);
    std::vector<int> fit;
    for (const auto& s : p.a.sales)
        if (want(sales_state(p.a, s))) fit.push_back(s.number);
    if (!fit.empty() && p.r.chance(85)) return fit[static_cast<size_t>(p.r.below(static_cast<int>(fit.size())))];
    return p.a.sales[static_cast<size_t>(p.r.below(static_cast<int>(p.a.sales.size())))].number;
}

// Lines of a style's colours and sizes (sometimes one it lacks, or a bad quantity or price).
std::vector<SalesLine> some_lines(Pick& p) {
    std::vector<SalesLine> v;
    const std::string code = style_code(p);
    const Style* s = p.a.style(code);
    const TechPack pack = s ? static_cast<const TechPack&>(s->pack()) : some_pack(p.r);
    for (const auto& c : pack.colours)
        for (const auto& z : pack.sizes)
            if (p.r.chance(35)) v.push_back(SalesLine{code, c, z, p.r.between(1, 80), money(p.r)});
    if (p.r.chance(5)) v.push_back(SalesLine{code, p.r.pick(kColourways), p.r.pick(kSizes), setting(p.r, 1, 10), money(p.r)});
    if (p.r.chance(3) && !v.empty()) v.push_back(v.front());
    return v;
}

cmd::SalesCreate make(Pick& p, Tag<cmd::SalesCreate>) {
    cmd::SalesCreate c;
    c.number = p.r.chance(90) ? 0 : asked_number(p.r, p.a.profile.next_order);
    c.customer = p.client();
    c.season = text(p.r, kSeasons, 4);
    c.ship = date_near(p.r, p.now, 5, 120);
    c.term = static_cast<TradeTerm>(p.r.below(6));
    c.payment_days = p.r.chance(90) ? p.r.between(0, 60) : setting(p.r, 0, 365);
    if (p.r.chance(10)) c.currency = p.r.chance(80) ? "USD" : "usd";
    if (p.r.chance(85)) c.lines = some_lines(p);
    return c;
}
cmd::SalesUpdate make(Pick& p, Tag<cmd::SalesUpdate>) {
    cmd::SalesUpdate c;
    c.sales = sales_where(p, [](SalesState s) { return s == SalesState::draft; });
    if (p.r.chance(50)) c.lines = some_lines(p);
    if (p.r.chance(30)) c.ship = date_near(p.r, p.now, 5, 120);
    if (p.r.chance(15)) c.customer = p.client();
    if (p.r.chance(15)) c.notes = text(p.r, kNotes);
    if (p.r.chance(5)) c.currency = p.r.chance(70) ? "GBP" : "";
    return c;
}
cmd::SalesConfirm make(Pick& p, Tag<cmd::SalesConfirm>) {
    return {sales_where(p, [](SalesState s) { return s == SalesState::draft; })};
}
cmd::SalesProduce make(Pick& p, Tag<cmd::SalesProduce>) {
    cmd::SalesProduce c;
    c.sales = sales_where(p, [](SalesState s) { return s == SalesState::confirmed || s == SalesState::in_production; });
    const SalesOrder* s = p.a.sales_order(c.sales);
    c.style = s && !s->lines.empty() && p.r.chance(90) ? s->lines[static_cast<size_t>(p.r.below(static_cast<int>(s->lines.size())))].style : style_code(p);
    c.pipeline = p.pipeline_id();
    if (p.r.chance(30)) c.due = date_near(p.r, p.now, 5, 120);
    return c;
}
cmd::SalesShip make(Pick& p, Tag<cmd::SalesShip>) {
    cmd::SalesShip c;
    c.sales = sales_where(p, [](SalesState s) { return s == SalesState::in_production || s == SalesState::confirmed; });
    const SalesOrder* s = p.a.sales_order(c.sales);
    if (!s || s->lines.empty()) {
        c.style = style_code(p);
        c.colour = p.r.pick(kColourways);
        c.quantity = setting(p.r, 1, 10);
        return c;
    }
    const SalesLine& l = s->lines[static_cast<size_t>(p.r.below(static_cast<int>(s->lines.size())))];
    c.style = l.style;
    c.colour = l.colour;
    const int64_t room = std::min(made_for(p.a, *s, l.style, l.colour), ordered(*s, l.style, l.colour)) - shipped(*s, l.style, l.colour);
    c.quantity = p.r.chance(85) && room > 0 ? static_cast<int>(room) : p.r.between(1, 20);
    if (p.r.chance(40)) c.tracking = "1Z" + std::to_string(p.r.below(999999));
    return c;
}
cmd::SalesInvoice make(Pick& p, Tag<cmd::SalesInvoice>) {
    return {sales_where(p, [](SalesState s) { return s == SalesState::shipped; })};
}
cmd::SalesPay make(Pick& p, Tag<cmd::SalesPay>) {
    cmd::SalesPay c;
    c.sales = sales_where(p, [](SalesState s) { return s == SalesState::invoiced || s == SalesState::confirmed; });
    c.amount = money(p.r);
    c.method = text(p.r, kMethods, 5);
    return c;
}
cmd::SalesCancel make(Pick& p, Tag<cmd::SalesCancel>) {
    return {sales_where(p, [](SalesState s) { return s <= SalesState::in_production; }), text(p.r, kNotes)};
}

// Order commands carry most rules; settings and pipelines are rarer, as in real use.
constexpr std::array<int, std::variant_size_v<Command>> kWeights = {
    2, 2,             // atelier.update, .resolve
    1, 1,             // person.put, person.remove
    1, 1, 2, 1, 1,    // team.rename, salesperson.rename, pipeline.put, .resolve, numbers.reserve
    1, 1,             // entry.refused, entry.dismiss
    2, 2, 1, 2, 2,    // client.create, .update, .resolve, .measure, .correct
    1, 1,             // client.merge, .delete
    4, 4, 2,          // order.create, .update, .resolve
    3, 3, 3, 4, 6,    // confirm, start, stage_start, qc, advance
    2, 3, 5,          // skip, move_to, pay
    3, 3,             // refund, void
    2, 2,             // schedule, override
    3, 2,             // image, image.remove
    2, 2, 2, 2,       // fitting, fitting_done, ship, collect
    2, 2, 2,          // invoice, cancel, clone
    3, 2, 2,          // order.rework, order.fitting_reschedule, order.fitting_cancel
    2, 3, 2,          // order.fitting_remind, order.message_sent, order.message_delivery
    2, 2, 2, 1,       // style.create, .update, .state, .revise
    2, 1,             // style.image, .image.remove
    2, 1, 1, 2,       // production.create, .update, .plan, .release
    1, 2, 3, 5,       // production.cancel, .complete, .batch, .progress
    2, 1, 2, 2,       // sales.create, .update, .confirm, .produce
    2, 1, 2, 1,       // sales.ship, .invoice, .pay, .cancel
    2, 1,             // undo, redo (written by hand: the store's own are checked by the undo law)
    3,                // batch
};
constexpr bool all_weighted() {
    for (int w : kWeights)
        if (w <= 0) return false;
    return true;
}
static_assert(all_weighted(), "a command type without a weight: give it one in kWeights and a make() overload");

template <size_t I = 0>
Command make_nth(Pick& p, size_t index) {
    if constexpr (I + 1 < std::variant_size_v<Command>)
        if (index != I) return make_nth<I + 1>(p, index);
    return Command{std::in_place_index<I>, make(p, Tag<std::variant_alternative_t<I, Command>>{})};
}

template <class T, size_t I = 0>
constexpr size_t index_in_command() {
    if constexpr (std::is_same_v<std::variant_alternative_t<I, Command>, T>) return I;
    else return index_in_command<T, I + 1>();
}
constexpr size_t kBatchIndex = index_in_command<cmd::Batch>();

// An undo or redo written by hand (or by a hostile peer): fields of one entity set to values taken
// from another of its kind, found as they are or not, and now and then a removal or a put-back.
cmd::Revert make_revert(Pick& p) {
    Rng& r = p.r;
    cmd::Revert c;
    c.what = "order.update";
    cmd::EntityChange ch;
    nlohmann::json cur, other;
    const int roll = r.below(100);
    if (roll < 65 && !p.a.orders.empty()) {
        ch.kind = EntityKind::order;
        const Order& o = p.a.orders[static_cast<size_t>(r.below(static_cast<int>(p.a.orders.size())))];
        ch.id = std::to_string(o.number);
        cur = full_json(o);
        other = full_json(p.a.orders[static_cast<size_t>(r.below(static_cast<int>(p.a.orders.size())))]);
    } else if (roll < 85 && !p.a.clients.empty()) {
        ch.kind = EntityKind::client;
        const Client& cl = p.a.clients[static_cast<size_t>(r.below(static_cast<int>(p.a.clients.size())))];
        ch.id = std::to_string(cl.id);
        cur = full_json(cl);
        other = full_json(p.a.clients[static_cast<size_t>(r.below(static_cast<int>(p.a.clients.size())))]);
    } else {
        ch.kind = EntityKind::profile;
        cur = full_json(p.a.profile);
        Profile changed = p.a.profile;
        changed.due_soon_days = r.between(1, 30);
        if (r.chance(50)) changed.teams.push_back("Team " + std::to_string(r.below(9)));
        other = full_json(changed);
    }
    const int shape = r.below(100);
    if (shape < 6 && ch.kind != EntityKind::profile) {
        ch.from.values = cur;  // removal
        ch.to.values = nullptr;
    } else if (shape < 10 && ch.kind != EntityKind::profile) {
        ch.from.values = nullptr;  // put back: an entity that exists, or one under a new number
        ch.to.values = cur;
        if (r.chance(50)) {
            const int n = ch.kind == EntityKind::order ? p.a.profile.next_order : p.a.profile.next_client;
            ch.to.values[ch.kind == EntityKind::order ? "number" : "id"] = n;
            ch.id = std::to_string(n);
        }
    } else {
        ch.from.values = nlohmann::json::object();
        ch.to.values = nlohmann::json::object();
        std::vector<std::string> keys;
        for (auto it = cur.begin(); it != cur.end(); ++it) keys.push_back(it.key());
        const int n = r.between(1, 3);
        for (int i = 0; i < n && !keys.empty(); ++i) {
            const std::string& k = keys[static_cast<size_t>(r.below(static_cast<int>(keys.size())))];
            ch.from.values[k] = r.chance(80) ? cur[k] : other.value(k, nlohmann::json());
            ch.to.values[k] = other.value(k, nlohmann::json());
        }
    }
    c.changes.push_back(std::move(ch));
    return c;
}
cmd::Undo make(Pick& p, Tag<cmd::Undo>) { return cmd::Undo{make_revert(p)}; }
cmd::Redo make(Pick& p, Tag<cmd::Redo>) { return cmd::Redo{make_revert(p)}; }

// A batch's commands are drawn from the state before it, so most stand alone; some are linked (an
// order or client created, then acted on by the number it will get), some are a move's single steps
// as the board sends them, and now and then the store must refuse the shape (empty, nested).
cmd::Batch make(Pick& p, Tag<cmd::Batch>) {
    Rng& r = p.r;
    cmd::Batch b;
    const int roll = r.below(100);
    if (roll < 3) return b;
    if (roll < 25) {
        const cmd::OrderMoveTo m = make(p, Tag<cmd::OrderMoveTo>{});
        auto steps = move_to_batch(p.a, m, Context{"system", p.now});
        if (auto* moved = std::get_if<cmd::Batch>(&steps)) return std::move(*moved);
        b.commands.push_back(m);  // refused: the move itself, refused inside a batch
        return b;
    }
    if (roll < 45) {
        const int order = p.a.profile.next_order;
        cmd::OrderCreate create = make(p, Tag<cmd::OrderCreate>{});
        if (r.chance(40)) {
            b.commands.push_back(make(p, Tag<cmd::ClientCreate>{}));
            create.client = p.a.profile.next_client;
        }
        b.commands.push_back(create);
        b.commands.push_back(cmd::OrderConfirm{order});
        if (r.chance(60)) {
            cmd::OrderPay pay = make(p, Tag<cmd::OrderPay>{});
            pay.order = order;
            b.commands.push_back(pay);
        }
        if (r.chance(50)) b.commands.push_back(cmd::OrderMoveTo{order, p.stage_of(create.pipeline), ""});
        return b;
    }
    const int n = r.between(1, 4);
    for (int i = 0; i < n; ++i) {
        const size_t index = random_command_type(r);
        if (index != kBatchIndex) b.commands.push_back(make_nth(p, index));
        else b.commands.push_back(cmd::Batch{{make(p, Tag<cmd::OrderAdvance>{})}});  // nested: refused
    }
    return b;
}

}  // namespace

size_t random_command_type(Rng& rng) {
    int total = 0;
    for (int w : kWeights) total += w;
    int roll = rng.below(total);
    for (size_t i = 0; i < kWeights.size(); ++i) {
        if (roll < kWeights[i]) return i;
        roll -= kWeights[i];
    }
    return kWeights.size() - 1;
}

Command random_command(Rng& rng, const Atelier& a, DateTime now, size_t index) {
    Pick p{rng, a, now};
    return make_nth(p, index);
}

}  // namespace atelier::laws
