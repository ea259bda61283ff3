#include "core/snapshot/snapshot.hpp"

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

// The typed document becomes the atelier only when every rule holds; `out` is untouched otherwise.
bool adopt(Doc&& d, Atelier& out, Problems& problems, size_t before, std::optional<Atelier>* invalid) {
    if (problems.size() != before) return false;
    Atelier a;
    a.profile = std::move(d.profile);
    a.pipelines = std::move(d.pipelines);
    a.clients = std::move(d.clients);
    a.orders = std::move(d.orders);
    a.reindex();
    validate_atelier(a, problems);
    if (problems.size() != before) {
        if (invalid) *invalid = std::move(a);
        return false;
    }
    out = std::move(a);
    return true;
}

// Whole-document reading: parse into a DOM (depth capped, duplicate keys refused), migrate, read.
// Used for older schemas (migration works on the DOM) and for documents that do not start with
// {"schema": kSchema, ...}.
bool read_snapshot_dom(std::string_view text, Atelier& out, Problems& problems, std::optional<Atelier>* invalid) {
    nlohmann::json j = parse_json_capped(text, problems);
    if (j.is_discarded()) return false;
    return snapshot_from_json(std::move(j), out, problems, invalid);
}

}  // namespace

bool snapshot_from_json(nlohmann::json j, Atelier& out, Problems& problems, std::optional<Atelier>* invalid) {
    const size_t before = problems.size();
    if (!migrate_snapshot(j, problems)) return false;
    Doc d;
    Reader r{problems};
    const PathSeg root{};
    read_fields(j, d, root, r);
    return adopt(std::move(d), out, problems, before, invalid);
}

// The current schema is read in one streaming pass that feeds the typed model directly (no DOM), with
// the same field rules and messages as read_fields: first by FastScanner; when it gives up (a syntax
// error, or JSON it leaves to nlohmann such as \u escapes and fractions), again by nlohmann's SAX parser,
// whose syntax error, anywhere, wins over everything else, as with the DOM reader: only it is reported.
// As in parse_json_capped, nesting past kMaxJsonDepth wins over everything (checked by the pre-scan
// before any other outcome; a FastScanner run to the end has proved the depth itself, so the common
// case pays no pre-scan), then the first repeated key or syntax error: only it is reported.
bool read_snapshot(std::string_view text, Atelier& out, Problems& problems, std::optional<Atelier>* invalid) {
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
        if (scan == stream::Scan::done) return adopt(std::move(d), out, problems, before, invalid);
        if (too_deep()) return false;
        if (!h.duplicate.empty()) return duplicate(h);
        if (h.stopped) return read_snapshot_dom(text, out, problems, invalid);
    }
    Doc d;
    Reader r{problems};
    stream::Handler h(&d, stream::table_of<Doc>(), r, "schema", kSchema);
    nlohmann::json::sax_parse(text.begin(), text.end(), &h);
    if (!h.duplicate.empty()) return duplicate(h);
    if (h.stopped) {
        drop();
        return read_snapshot_dom(text, out, problems, invalid);
    }
    if (!h.syntax_error.empty()) {
        drop();
        problems.push_back({"", json_syntax_message(h.syntax_error)});
        return false;
    }
    return adopt(std::move(d), out, problems, before, invalid);
}

}  // namespace atelier
