#include "core/snapshot/snapshot.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/json/capped.hpp"
#include "core/json/fields.hpp"
#include "core/snapshot/stream_read.hpp"

namespace atelier {

nlohmann::json snapshot_to_json(const Atelier& a) {
    return {{"schema", kSchema},
            {"atelier", write_value(a.profile)},
            {"pipelines", write_value(a.pipelines)},
            {"clients", write_value(a.clients)},
            {"orders", write_value(a.orders)}};
}

std::string write_snapshot(const Atelier& a) {
    std::string out = "{\"schema\": " + std::to_string(kSchema) + ",\n\"atelier\": " + write_value(a.profile).dump();
    auto list = [&](const char* key, const auto& items) {
        out += ",\n\"";
        out += key;
        out += "\": [";
        for (size_t i = 0; i < items.size(); ++i) {
            out += i ? ",\n  " : "\n  ";
            out += write_value(items[i]).dump();
        }
        out += items.empty() ? "]" : "\n]";
    };
    list("pipelines", a.pipelines);
    list("clients", a.clients);
    list("orders", a.orders);
    out += "}\n";
    return out;
}

namespace {

struct Doc {
    Profile profile;
    std::vector<Pipeline> pipelines;
    std::vector<Client> clients;
    std::vector<Order> orders;
    int schema = 0;
    template <class V> void fields(V& v) {
        v.req("schema", schema);
        v.req("atelier", profile);
        v.req("pipelines", pipelines);
        v.req("clients", clients);
        v.req("orders", orders);
    }
};

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

void validate_atelier(const Atelier& a, Problems& problems, size_t limit) {
    auto bad = [&](std::string path, std::string message) {
        if (problems.size() < limit) problems.push_back({std::move(path), std::move(message)});
    };
    auto full = [&] { return problems.size() >= limit; };
    const Profile& p = a.profile;
    if (auto why = check_atelier_name(p.settings.name); !why.empty()) bad("/atelier/name", why);
    if (auto why = check_company_code(p.settings.company_code); !why.empty()) bad("/atelier/code", why);
    if (auto why = check_currency(p.settings.currency); !why.empty()) bad("/atelier/currency", why);
    for (auto [key, v] : {std::pair{"late_cancel_percent", p.late_cancel_percent}, std::pair{"production_cancel_percent", p.production_cancel_percent}})
        if (v > 100) bad(std::string("/atelier/") + key, "must be a percentage from 0 to 100");

    // Pipelines and their stages.
    std::unordered_set<std::string> pipeline_ids;
    for (size_t i = 0; i < a.pipelines.size(); ++i) {
        const Pipeline& pl = a.pipelines[i];
        const std::string at = "/pipelines/" + std::to_string(i);
        if (!pipeline_ids.insert(pl.id).second) bad(at + "/id", "pipeline id \"" + pl.id + "\" is used twice");
        if (pl.stages.empty()) bad(at + "/stages", "a pipeline needs at least one stage");
        std::unordered_set<std::string> stage_ids;
        for (size_t s = 0; s < pl.stages.size(); ++s) {
            const Stage& st = pl.stages[s];
            const std::string sat = at + "/stages/" + std::to_string(s);
            if (st.id.empty()) bad(sat + "/id", "must not be empty");
            if (!stage_ids.insert(st.id).second) bad(sat + "/id", "stage id \"" + st.id + "\" is used twice");
            if (!st.team.empty() && !contains(p.teams, st.team)) bad(sat + "/team", "no team \"" + st.team + "\"");
        }
    }
    for (size_t i = 0; i < p.stage_fees.size(); ++i) {
        const auto& f = p.stage_fees[i];
        const Pipeline* pl = a.pipeline(f.pipeline);
        if (!pl) bad("/atelier/stage_fees/" + std::to_string(i) + "/pipeline", "no pipeline \"" + f.pipeline + "\"");
        else if (stage_index(*pl, f.stage) < 0) bad("/atelier/stage_fees/" + std::to_string(i) + "/stage", "no stage \"" + f.stage + "\"");
        if (f.percent > 100) bad("/atelier/stage_fees/" + std::to_string(i) + "/percent", "must be a percentage from 0 to 100");
    }

    // Clients.
    std::unordered_set<int> client_ids;
    client_ids.reserve(a.clients.size());
    int max_client = 0;
    for (size_t i = 0; i < a.clients.size() && !full(); ++i) {
        const Client& c = a.clients[i];
        const std::string at_ = "/clients/";
        if (c.id <= 0) bad(at_ + std::to_string(i) + "/id", "must be a positive number");
        if (!client_ids.insert(c.id).second) bad(at_ + std::to_string(i) + "/id", "client id " + std::to_string(c.id) + " is used twice");
        max_client = std::max(max_client, c.id);
        if (c.name.empty()) bad(at_ + std::to_string(i) + "/name", "must not be empty");
        if (!c.email.empty() && !plausible_email(c.email)) bad(at_ + std::to_string(i) + "/email", "is not an email address");
        for (size_t s = 1; s < c.sessions.size(); ++s)
            if (c.sessions[s].date < c.sessions[s - 1].date)
                bad(at_ + std::to_string(i) + "/sessions/" + std::to_string(s) + "/date", "sessions must be in date order");
    }
    if (p.next_client <= max_client)
        bad("/atelier/next_client", "must be greater than the largest client id (" + std::to_string(max_client) + ")");

    // Orders: one pass; pipeline lookups through a small map.
    std::unordered_set<int> numbers;
    numbers.reserve(a.orders.size());
    int max_number = 0;
    for (size_t i = 0; i < a.orders.size() && !full(); ++i) {
        const Order& o = a.orders[i];
        auto at = [&](const char* field) { return "/orders/" + std::to_string(i) + "/" + field; };
        if (o.number <= 0) bad(at("number"), "must be a positive number");
        if (!numbers.insert(o.number).second) bad(at("number"), "order number " + std::to_string(o.number) + " is used twice");
        max_number = std::max(max_number, o.number);
        if (!client_ids.count(o.client)) bad(at("client"), "no client " + std::to_string(o.client));
        const Pipeline* pl = a.pipeline(o.pipeline);
        if (!pl) bad(at("pipeline"), "no pipeline \"" + o.pipeline + "\"");
        else if (stage_index(*pl, o.stage) < 0) bad(at("stage"), "no stage \"" + o.stage + "\" in pipeline \"" + o.pipeline + "\"");
        if (o.event && o.deadline > *o.event)
            bad(at("deadline"), "the deadline " + format_date(o.deadline) + " is after the event date " + format_date(*o.event));
        if (o.kind == Kind::mto && o.quantity != 1) bad(at("quantity"), "a made-to-order (mto) order has quantity 1");
        if (o.kind == Kind::bulk && o.quantity < 1) bad(at("quantity"), "a bulk order needs a quantity of at least 1");
        Money paid;
        for (const auto& pay : o.payments) paid += pay.amount;
        const Money total = o.rush ? o.price + o.rush_fee : o.price;
        if (paid > total) bad(at("payments"), "payments total " + format_money(paid) + ", more than the order's " + format_money(total));
        if (o.status == Status::paid && paid < total) bad(at("status"), "is paid but " + format_money(total - paid) + " is still owed");
        if (o.status >= Status::in_production && o.status != Status::cancelled && !o.wip_start)
            bad(at("wip_start"), "an order in production or later needs its start date");
        if (!o.team.empty() && !contains(p.teams, o.team)) bad(at("team"), "no team \"" + o.team + "\"");
        if (!o.salesperson.empty() && !contains(p.salespeople, o.salesperson)) bad(at("salesperson"), "no salesperson \"" + o.salesperson + "\"");
        for (size_t m = 0; m < o.schedule.size(); ++m) {
            const auto& w = o.schedule[m].when;
            if (w != "order" && w != "handover" && (!pl || stage_index(*pl, w) < 0))
                bad(at("schedule") + "/" + std::to_string(m) + "/when", "no stage \"" + w + "\"");
        }
        for (size_t m = 0; m < o.images.size(); ++m)
            if (!o.images[m].stage.empty() && (!pl || stage_index(*pl, o.images[m].stage) < 0))
                bad(at("images") + "/" + std::to_string(m) + "/stage", "no stage \"" + o.images[m].stage + "\"");
    }
    if (p.next_order <= max_number)
        bad("/atelier/next_order", "must be greater than the largest order number (" + std::to_string(max_number) + ")");
}

namespace {

// The typed document becomes the atelier only when every rule holds; `out` is untouched otherwise.
bool adopt(Doc&& d, Atelier& out, Problems& problems, size_t before) {
    if (problems.size() != before) return false;
    Atelier a;
    a.profile = std::move(d.profile);
    a.pipelines = std::move(d.pipelines);
    a.clients = std::move(d.clients);
    a.orders = std::move(d.orders);
    a.reindex();
    validate_atelier(a, problems);
    if (problems.size() != before) return false;
    out = std::move(a);
    return true;
}

// Whole-document reading: parse into a DOM (depth capped, duplicate keys refused), migrate, read.
// Used for older schemas (migration works on the DOM) and for documents that do not start with
// {"schema": kSchema, ...}.
bool read_snapshot_dom(std::string_view text, Atelier& out, Problems& problems) {
    nlohmann::json j = parse_json_capped(text, problems);
    if (j.is_discarded()) return false;
    return snapshot_from_json(std::move(j), out, problems);
}

}  // namespace

bool snapshot_from_json(nlohmann::json j, Atelier& out, Problems& problems) {
    const size_t before = problems.size();
    if (!migrate_snapshot(j, problems)) return false;
    Doc d;
    Reader r{problems};
    const PathSeg root{};
    read_fields(j, d, root, r);
    return adopt(std::move(d), out, problems, before);
}

// The current schema is read in one streaming pass that feeds the typed model directly (no DOM), with
// the same field rules and messages as read_fields: first by FastScanner; when it gives up (a syntax
// error, or JSON it leaves to nlohmann such as \u escapes and fractions), again by nlohmann's SAX parser,
// whose syntax error, anywhere, wins over everything else, as with the DOM reader: only it is reported.
// As in parse_json_capped, nesting past kMaxJsonDepth wins over everything (checked by the pre-scan
// before any other outcome; a FastScanner run to the end has proved the depth itself, so the common
// case pays no pre-scan), then the first repeated key or syntax error: only it is reported.
bool read_snapshot(std::string_view text, Atelier& out, Problems& problems) {
    const size_t before = problems.size();
    auto drop = [&] { problems.erase(problems.begin() + static_cast<std::ptrdiff_t>(before), problems.end()); };
    auto too_deep = [&] {
        drop();
        return !json_depth_ok(text, problems);
    };
    auto duplicate = [&](const stream::Handler& h) {
        drop();
        problems.push_back({h.duplicate, kDuplicateKeyMessage});
        return false;
    };
    {
        Doc d;
        Reader r{problems};
        stream::Handler h(&d, stream::table_of<Doc>(), r, "schema", kSchema);
        const stream::Scan scan = stream::FastScanner<stream::Handler>(text, h).run();
        if (scan == stream::Scan::done) return adopt(std::move(d), out, problems, before);
        if (too_deep()) return false;
        if (!h.duplicate.empty()) return duplicate(h);
        if (h.stopped) return read_snapshot_dom(text, out, problems);
    }
    Doc d;
    Reader r{problems};
    stream::Handler h(&d, stream::table_of<Doc>(), r, "schema", kSchema);
    nlohmann::json::sax_parse(text.begin(), text.end(), &h);
    if (!h.duplicate.empty()) return duplicate(h);
    if (h.stopped) {
        drop();
        return read_snapshot_dom(text, out, problems);
    }
    if (!h.syntax_error.empty()) {
        drop();
        problems.push_back({"", json_syntax_message(h.syntax_error)});
        return false;
    }
    return adopt(std::move(d), out, problems, before);
}

}  // namespace atelier
