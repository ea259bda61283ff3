#include "core/import/csv_import.hpp"

#include <map>

#include "core/commands/plan.hpp"
#include "core/i18n/said_text.hpp"
#include "core/model/limits.hpp"
#include "core/queries/fold.hpp"
#include "core/rules/messages.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {

struct ImportFieldInfo {
    ImportField field;
    const char* id;
    const char* label;
    const char* aliases;  // folded header names, '|' between them
};

constexpr ImportFieldInfo kImportFields[] = {
    {ImportField::ignore, "ignore", "— not imported", ""},
    {ImportField::client, "client", "Client name", "client|client name|name|customer|customer name|full name|nom|cliente|kunde"},
    {ImportField::phone, "phone", "Phone", "phone|telephone|tel|mobile|cell|phone number|mobile phone|telefono|handy"},
    {ImportField::email, "email", "Email", "email|e-mail|mail|email address|courriel"},
    {ImportField::client_notes, "client_notes", "Client notes", "client notes|customer notes"},
    {ImportField::language, "language", "Language", "language|lang|langue"},
    {ImportField::channel, "channel", "Preferred channel", "channel|preferred channel"},
    {ImportField::garment, "garment", "Garment", "garment|item|product|model|style|dress|vetement|modele|kleidungsstuck|capo"},
    {ImportField::collection, "collection", "Collection", "collection|season"},
    {ImportField::deadline, "deadline", "Deadline", "deadline|due|due date|due on|delivery date|echeance|date limite|liefertermin|scadenza|fecha de entrega"},
    {ImportField::event, "event", "Event date", "event|event date|wedding|wedding date"},
    {ImportField::price, "price", "Price", "price|total|amount|order total|prix|preis|prezzo|precio"},
    {ImportField::deposit, "deposit", "Deposit paid", "deposit|deposit paid|paid|advance|acompte|anzahlung|acconto|anticipo"},
    {ImportField::salesperson, "salesperson", "Salesperson", "salesperson|sales|seller|sold by"},
    {ImportField::team, "team", "Team", "team|workroom"},
    {ImportField::notes, "notes", "Order notes", "notes|note|order notes|comments"},
    {ImportField::pipeline, "pipeline", "Pipeline", "pipeline|workflow"},
    {ImportField::kind, "kind", "Kind", "kind|type"},
    {ImportField::quantity, "quantity", "Quantity", "quantity|qty|pieces"},
};
static_assert(std::size(kImportFields) == static_cast<size_t>(ImportField::count));

const ImportFieldInfo& field_info(ImportField f) { return kImportFields[static_cast<size_t>(f)]; }

bool alias_of(const ImportFieldInfo& fi, const std::string& folded) {
    std::string_view rest = fi.aliases;
    while (!rest.empty()) {
        const size_t bar = rest.find('|');
        if (rest.substr(0, bar) == folded) return true;
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
    }
    return folded == fi.id || folded == fold_text(fi.label);
}

std::string header_key(std::string_view h) {
    std::string f = fold_text(trim(h));
    for (char& c : f)
        if (c == '_') c = ' ';
    return f;
}

// The phone as a key for duplicates: international digits, else the digits as typed.
std::string phone_key(std::string_view phone, std::string_view country) {
    if (auto d = international_digits(phone, country)) return *d;
    std::string digits;
    for (char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    return digits.size() >= 6 ? digits : std::string();
}

std::string email_key(std::string_view email) { return fold_text(trim(email)); }

template <class E> std::optional<E> enum_by_text(std::string_view text) {
    const std::string f = fold_text(trim(text));
    for (size_t i = 0; i < EnumNames<E>::names.size(); ++i)
        if (f == EnumNames<E>::names[i] || f == fold_text(EnumNames<E>::labels[i])) return static_cast<E>(i);
    return std::nullopt;
}

const Pipeline* pipeline_by_text(const Atelier& a, std::string_view text) {
    const std::string f = fold_text(trim(text));
    for (const Pipeline& p : a.pipelines)
        if (!p.archived && (f == fold_text(p.id) || f == fold_text(p.name))) return &p;
    return nullptr;
}

const Pipeline* default_pipeline(const Atelier& a) {
    for (const Pipeline& p : a.pipelines)
        if (!p.archived) return &p;
    return nullptr;
}

// What a core problem says: its sentence, or its English as it is when the core gave it no key.
Said said_of(const Problem& p) { return p.said ? *p.said : say(Msg::why_imp_as_is, {{"text", p.message}}); }

// The sentence of a planned command's refusal, without its JSON path ("name: must not be empty").
std::optional<Said> plan_problem(const Atelier& a, const Command& c, const Context& ctx) {
    Plan p = plan_command(a, c, ctx);
    if (p.ok) return std::nullopt;
    std::string field = p.error.path;
    if (!field.empty() && field[0] == '/') field.erase(0, 1);
    if (field.empty()) return said_of(p.error);
    return say(Msg::set_field_reason, {{"field", field}}).with("reason", said_of(p.error));
}

struct ExistingClients {
    std::map<std::string, int> by_phone, by_email, by_name;
};

ExistingClients existing_clients(const Atelier& a) {
    ExistingClients e;
    for (const Client& c : a.clients) {
        if (auto k = phone_key(c.phone, a.profile.country); !k.empty()) e.by_phone.emplace(k, c.id);
        if (!c.email.empty()) e.by_email.emplace(email_key(c.email), c.id);
        e.by_name.emplace(fold_text(trim(c.name)), c.id);
    }
    return e;
}

void read_row(const Atelier& a, const std::vector<std::string>& rec, const std::vector<ImportField>& m,
              bool orders, ImportRow& row) {
    auto fail = [&](Said why) { row.problems.push_back(std::move(why)); };
    const bool month_first = a.profile.country == "US";
    for (size_t i = m.size(); i < rec.size(); ++i)
        if (!trim(rec[i]).empty()) {
            fail(say(Msg::why_imp_extra_fields, {{"fields", std::to_string(rec.size())}, {"columns", std::to_string(m.size())}}));
            break;
        }
    std::optional<std::string> pipeline_text;
    for (size_t i = 0; i < m.size(); ++i) {
        const std::string v(trim(i < rec.size() ? std::string_view(rec[i]) : std::string_view()));
        cmd::OrderCreate& o = row.order;
        switch (m[i]) {
            case ImportField::ignore: break;
            case ImportField::client: row.client.name = v; break;
            case ImportField::phone: row.client.phone = v; break;
            case ImportField::email: row.client.email = v; break;
            case ImportField::client_notes: row.client.notes = i < rec.size() ? rec[i] : ""; break;
            case ImportField::language: row.client.language = v; break;
            case ImportField::channel:
                if (v.empty()) break;
                if (auto c = enum_by_text<Channel>(v)) row.client.channel = *c;
                else fail(say(Msg::why_imp_channel, {{"value", v}}));
                break;
            case ImportField::garment: o.garment = v; break;
            case ImportField::collection: o.collection = v; break;
            case ImportField::deadline:
                if (v.empty()) fail(say(Msg::why_imp_no_deadline));
                else if (auto d = parse_import_date(v, month_first)) o.deadline = *d;
                else fail(say(Msg::why_imp_deadline, {{"value", v}, {"example", month_first ? "06/01/2026" : "01/06/2026"}}));
                break;
            case ImportField::event:
                if (v.empty()) break;
                if (auto d = parse_import_date(v, month_first)) o.event = *d;
                else fail(say(Msg::why_imp_event, {{"value", v}}));
                break;
            case ImportField::price:
            case ImportField::deposit: {
                if (v.empty()) break;
                Said why{};
                const auto money = parse_import_amount(v, why);
                const Msg what = m[i] == ImportField::price ? Msg::why_imp_price : Msg::why_imp_deposit;
                if (!money) fail(say(what, {{"value", v}}).with("reason", why));
                else if (m[i] == ImportField::price) o.price = *money;
                else row.deposit = *money;
                break;
            }
            case ImportField::salesperson: o.salesperson = v; break;
            case ImportField::team: o.team = v; break;
            case ImportField::notes: o.notes = i < rec.size() ? rec[i] : ""; break;
            case ImportField::pipeline: pipeline_text = v; break;
            case ImportField::kind:
                if (v.empty()) break;
                if (auto k = enum_by_text<Kind>(v)) o.kind = *k;
                else fail(say(Msg::why_imp_kind, {{"value", v}}));
                break;
            case ImportField::quantity: {
                if (v.empty()) break;
                int q = 0;
                bool digits = !v.empty() && v.size() <= 9;
                for (char c : v) digits = digits && c >= '0' && c <= '9';
                if (digits) q = std::stoi(v);
                if (!digits || q < 1) fail(say(Msg::why_imp_quantity, {{"value", v}}));
                else o.quantity = q;
                break;
            }
            case ImportField::count: break;
        }
    }
    row.has_order = orders;
    if (!orders) return;
    const Pipeline* p = pipeline_text && !pipeline_text->empty() ? pipeline_by_text(a, *pipeline_text) : default_pipeline(a);
    if (p) row.order.pipeline = p->id;
    else if (pipeline_text && !pipeline_text->empty()) fail(say(Msg::why_imp_no_pipeline, {{"value", *pipeline_text}}));
    else fail(say(Msg::why_imp_no_pipelines));
    if (row.deposit.minor > row.order.price.minor) fail(say(Msg::why_imp_deposit_over_price));
}

}  // namespace

const char* import_field_id(ImportField f) { return field_info(f).id; }
const char* import_field_label(ImportField f) { return field_info(f).label; }

std::optional<ImportField> import_field_by_id(std::string_view id) {
    for (const ImportFieldInfo& fi : kImportFields)
        if (id == fi.id) return fi.field;
    return std::nullopt;
}

bool is_order_field(ImportField f) {
    return f >= ImportField::garment && f < ImportField::count;
}

std::vector<ImportField> guess_mapping(const std::vector<std::string>& header) {
    std::vector<ImportField> out(header.size(), ImportField::ignore);
    std::vector<bool> taken(std::size(kImportFields), false);
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string key = header_key(header[i]);
        for (const ImportFieldInfo& fi : kImportFields) {
            if (fi.field == ImportField::ignore || taken[static_cast<size_t>(fi.field)] || !alias_of(fi, key)) continue;
            out[i] = fi.field;
            taken[static_cast<size_t>(fi.field)] = true;
            break;
        }
    }
    return out;
}

bool apply_map_option(const std::vector<std::string>& header, std::string_view option,
                      std::vector<ImportField>& mapping, Said& error) {
    mapping.resize(header.size(), ImportField::ignore);
    while (!option.empty()) {
        const size_t comma = option.find(',');
        const std::string_view pair = option.substr(0, comma);
        option = comma == std::string_view::npos ? std::string_view() : option.substr(comma + 1);
        const size_t eq = pair.rfind('=');
        if (eq == std::string_view::npos) {
            error = say(Msg::why_imp_map_pairs, {{"pair", pair}});
            return false;
        }
        const std::string_view column = trim(pair.substr(0, eq)), field = trim(pair.substr(eq + 1));
        const auto f = import_field_by_id(field);
        if (!f) {
            std::string known;
            for (const ImportFieldInfo& fi : kImportFields) known += (known.empty() ? "" : ", ") + std::string(fi.id);
            error = say(Msg::why_imp_map_no_field, {{"field", field}, {"fields", known}});
            return false;
        }
        size_t at = header.size();
        for (size_t i = 0; i < header.size() && at == header.size(); ++i)
            if (trim(header[i]) == column || header_key(header[i]) == header_key(column)) at = i;
        if (at == header.size()) {
            error = say(Msg::why_imp_map_no_column, {{"column", column}});
            return false;
        }
        // One column per field: the field moves to the column named here.
        if (*f != ImportField::ignore)
            for (ImportField& other : mapping)
                if (other == *f) other = ImportField::ignore;
        mapping[at] = *f;
    }
    return true;
}

std::optional<Money> parse_import_amount(std::string_view text, Said& error) {
    std::string s;
    bool negative = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c >= '0' && c <= '9') || c == '.' || c == ',') s += static_cast<char>(c);
        else if (c == '-' || c == '(') negative = true;
        // Spaces, no-break spaces, apostrophes (1'234.50), currency signs and codes are not the number.
    }
    if (negative) {
        error = say(Msg::why_imp_negative);
        return std::nullopt;
    }
    if (s.empty() || s.find_first_of("0123456789") == std::string::npos) {
        error = say(Msg::why_imp_not_amount);
        return std::nullopt;
    }
    const size_t mark = s.find_last_of(".,");
    std::string whole = s, cents;
    if (mark != std::string::npos) {
        const size_t after = s.size() - mark - 1;
        if (after == 1 || after == 2) {
            whole = s.substr(0, mark);
            cents = s.substr(mark + 1);
        }
    }
    std::string digits;
    for (char c : whole)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.empty()) digits = "0";
    bool too_large = false;
    auto m = parse_money(cents.empty() ? digits : digits + "." + cents, &too_large);
    if (!m) error = too_large ? money_too_large() : say(Msg::why_imp_not_amount);
    return m;
}

std::optional<Date> parse_import_date(std::string_view text, bool month_first) {
    text = trim(text);
    if (auto d = parse_date(text)) return d;
    int parts[3] = {0, 0, 0};
    int n = 0, width = 0;
    char sep = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (++width > 4) return std::nullopt;
            parts[n] = parts[n] * 10 + (c - '0');
        } else if ((c == '/' || c == '.' || c == '-') && width > 0 && n < 2 && (!sep || c == sep)) {
            sep = c;
            ++n;
            width = 0;
        } else {
            return std::nullopt;
        }
    }
    if (n != 2 || width != 4) return std::nullopt;
    const int day = month_first ? parts[1] : parts[0], month = month_first ? parts[0] : parts[1];
    if (!valid_civil(parts[2], month, day)) return std::nullopt;
    return date_from_civil(parts[2], month, day);
}

size_t ImportPlan::rows_with_problems() const {
    size_t n = 0;
    for (const auto& r : rows) n += !r.problems.empty();
    return n;
}
size_t ImportPlan::new_clients() const {
    size_t n = 0;
    for (const auto& r : rows) n += !(r.merge && r.existing) && r.same_as < 0;
    return n;
}
size_t ImportPlan::merged() const {
    size_t n = 0;
    for (const auto& r : rows) n += r.merge && r.existing;
    return n;
}

void relink_import(ImportPlan& p) {
    std::map<std::string, int> first;  // "p:digits", "e:email", "n:name" -> the row that makes it
    for (size_t i = 0; i < p.rows.size(); ++i) {
        ImportRow& r = p.rows[i];
        r.same_as = -1;
        if (r.merge && r.existing) continue;
        std::vector<std::string> keys;
        if (!r.client.phone.empty()) keys.push_back("p:" + phone_key(r.client.phone, p.country));
        if (!r.client.email.empty()) keys.push_back("e:" + email_key(r.client.email));
        keys.push_back("n:" + fold_text(trim(r.client.name)));
        for (const auto& k : keys)
            if (auto it = first.find(k); it != first.end() && k.size() > 2) {
                r.same_as = it->second;
                break;
            }
        if (r.same_as < 0)
            for (const auto& k : keys)
                if (k.size() > 2) first.emplace(k, static_cast<int>(i));
    }
}

ImportPlan plan_import(const Atelier& a, const CsvTable& t, const std::vector<ImportField>& mapping) {
    ImportPlan p;
    p.mapping = mapping;
    p.country = a.profile.country;
    if (t.records.empty()) {
        p.error = say(Msg::why_imp_file_empty);
        return p;
    }
    p.mapping.resize(t.records[0].size(), ImportField::ignore);
    bool has_client = false, has_contact = false, has_deadline = false;
    for (ImportField f : p.mapping) {
        has_client |= f == ImportField::client;
        has_contact |= f == ImportField::phone || f == ImportField::email;
        has_deadline |= f == ImportField::deadline;
        p.orders |= is_order_field(f);
    }
    if (!has_client && !(p.orders && has_contact)) {
        p.error = say(Msg::why_imp_no_client_column);
        return p;
    }
    if (p.orders && !has_deadline) {
        p.error = say(Msg::why_imp_no_deadline_column);
        return p;
    }
    if (t.records.size() - 1 > kMaxImportRows) {
        p.error = say(Msg::why_imp_too_many_rows, {{"max", std::to_string(kMaxImportRows)}});
        return p;
    }
    const ExistingClients known = existing_clients(a);
    // A stand-in client for checking an order's own fields (its real client may not exist yet).
    const int stand_in = a.clients.empty() ? 0 : a.clients.front().id;
    Context ctx;
    ctx.device = "import";  // a device of its own: the numbers it would take are never checked here
    p.rows.resize(t.records.size() - 1);
    for (size_t i = 1; i < t.records.size(); ++i) {
        ImportRow& row = p.rows[i - 1];
        row.line = t.lines[i];
        read_row(a, t.records[i], p.mapping, p.orders, row);
        const cmd::ClientCreate& c = row.client;
        auto match = [&](const std::map<std::string, int>& by, const std::string& key, const char* how) {
            if (row.existing || key.empty()) return;
            if (auto it = by.find(key); it != by.end()) row.existing = it->second, row.match = how;
        };
        if (!c.phone.empty()) match(known.by_phone, phone_key(c.phone, a.profile.country), "phone");
        if (!c.email.empty()) match(known.by_email, email_key(c.email), "email");
        const bool by_contact = row.existing != 0;
        if (!c.name.empty()) match(known.by_name, fold_text(c.name), "name");
        row.merge = by_contact;
        if (c.name.empty() && !by_contact) row.problems.push_back(say(Msg::why_imp_no_client_name));
        // The client's and the order's own fields, checked as the commands will be.
        if (!c.name.empty())
            if (auto why = plan_problem(a, c, ctx)) row.problems.push_back(say(Msg::why_imp_client).with("reason", std::move(*why)));
        if (row.has_order && stand_in && row.problems.empty()) {
            cmd::OrderCreate o = row.order;
            o.client = row.existing ? row.existing : stand_in;
            if (auto why = plan_problem(a, o, ctx)) row.problems.push_back(std::move(*why));
        }
    }
    relink_import(p);
    return p;
}

std::variant<ImportBatch, Problem> import_batch(const ImportPlan& p) {
    if (p.error) return problem_at("", *p.error);
    if (p.rows.empty()) return problem_at("", say(Msg::why_imp_no_rows));
    if (const size_t bad = p.rows_with_problems()) {
        for (const ImportRow& r : p.rows)
            if (!r.problems.empty()) {
                const std::string line = std::to_string(r.line);
                if (bad == 1) return problem_at("", say(Msg::why_imp_nothing_line, {{"line", line}}).with("reason", r.problems.front()));
                return problem_at("", say(Msg::why_imp_nothing_line_more, {{"line", line}, {"more", std::to_string(bad - 1)}})
                                          .with("reason", r.problems.front()));
            }
    }
    ImportBatch out;
    std::vector<int> client_of(p.rows.size(), 0);  // a client id, or -step of the create that makes it
    auto push = [&](Command c, int line) {
        out.batch.commands.push_back(std::move(c));
        out.step_line.push_back(line);
        return -static_cast<int>(out.batch.commands.size());
    };
    for (size_t i = 0; i < p.rows.size(); ++i) {
        const ImportRow& r = p.rows[i];
        if (r.merge && r.existing) client_of[i] = r.existing;
        else if (r.same_as >= 0) client_of[i] = client_of[static_cast<size_t>(r.same_as)];
        else client_of[i] = push(r.client, r.line);
        if (!r.has_order) continue;
        cmd::OrderCreate o = r.order;
        o.client = client_of[i];
        const int order = push(o, r.line);
        if (r.deposit.minor > 0) push(cmd::OrderPay{order, r.deposit, std::nullopt, "deposit", "imported"}, r.line);
    }
    if (out.batch.commands.empty()) return problem_at("", say(Msg::why_imp_nothing_new));
    if (out.batch.commands.size() > cmd::Batch::kMaxBatch)
        return problem_at("", say(Msg::why_imp_too_many_changes, {{"changes", std::to_string(out.batch.commands.size())},
                                                                   {"max", std::to_string(cmd::Batch::kMaxBatch)}}));
    return out;
}

Said import_refusal(const ImportBatch& b, const Problem& p) {
    if (p.path.rfind("/commands/", 0) == 0) {
        const size_t step = std::strtoul(p.path.c_str() + 10, nullptr, 10);
        if (step < b.step_line.size())
            return say(Msg::why_imp_nothing_line, {{"line", std::to_string(b.step_line[step])}}).with("reason", said_of(p));
    }
    return say(Msg::why_imp_nothing).with("reason", said_of(p));
}

}  // namespace atelier
