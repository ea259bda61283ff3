#include "core/snapshot/snapshot.hpp"

#include "core/i18n/said_text.hpp"
#include "core/json/capped.hpp"
#include "core/json/fields.hpp"
#include "core/snapshot/snapshot_reader.hpp"
#include "core/snapshot/stream_read.hpp"

namespace atelier {

nlohmann::json snapshot_to_json(const Atelier& a) {
    nlohmann::json j = {{"schema", kSchema},
            {"atelier", write_value(a.profile)},
            {"pipelines", write_value(a.pipelines.items())},
            {"clients", write_value(a.clients.items())},
            {"orders", write_value(a.orders.items())}};
    // A producer's lists only when they hold something: an atelier without them is written as before.
    if (!a.styles.empty()) j["styles"] = write_value(a.styles.items());
    if (!a.productions.empty()) j["productions"] = write_value(a.productions.items());
    if (!a.sales.empty()) j["sales_orders"] = write_value(a.sales.items());
    if (!a.clock.rows.empty()) j["clock"] = write_value(a.clock.rows);
    return j;
}

namespace {

struct Doc {
    Profile profile;
    std::vector<Pipeline> pipelines;
    std::vector<Client> clients;
    std::vector<Order> orders;
    std::vector<Style> styles;
    std::vector<ProductionOrder> productions;
    std::vector<SalesOrder> sales;
    std::vector<DeviceSeq> clock;
    int schema = 0;
    template <class V> void fields(V& v) {
        v.req("schema", schema);
        v.req("atelier", profile);
        v.opt("clock", clock);
        v.req("pipelines", pipelines);
        v.req("clients", clients);
        v.req("orders", orders);
        v.opt("styles", styles);
        v.opt("productions", productions);
        v.opt("sales_orders", sales);
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
    a.styles = std::move(d.styles);
    a.productions = std::move(d.productions);
    a.sales = std::move(d.sales);
    a.clock.rows = std::move(d.clock);
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
// the same field rules and messages as read_fields: first by FastScanner (in slices: SnapshotReader);
// when it gives up (a syntax error, or JSON it leaves to nlohmann such as \u escapes and fractions),
// again by nlohmann's SAX parser, whose syntax error, anywhere, wins over everything else, as with the
// DOM reader: only it is reported.
// As in parse_json_capped, nesting past kMaxJsonDepth wins over everything (checked by the pre-scan
// before any other outcome; a FastScanner run to the end has proved the depth itself, so the common
// case pays no pre-scan), then the first repeated key or syntax error: only it is reported.
namespace {

// What follows a FastScanner run that did not reach the end (`h` saw its events): the one-shot readers.
bool read_after_fast_scan(std::string_view text, const stream::Handler& fast, Atelier& out, Problems& problems,
                          std::optional<Atelier>* invalid) {
    const size_t before = 0;
    auto drop = [&] { problems.clear(); };
    auto duplicate = [&](const stream::Handler& h) {
        drop();
        problems.push_back(problem_at(h.duplicate, json_duplicate_key_said()));
        return false;
    };
    drop();
    if (!json_depth_ok(text, problems)) return false;
    if (!fast.duplicate.empty()) return duplicate(fast);
    if (fast.stopped) return read_snapshot_dom(text, out, problems, invalid);
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
        problems.push_back(problem_at("", json_syntax_said(h.syntax_error)));
        return false;
    }
    return adopt(std::move(d), out, problems, before, invalid);
}

}  // namespace

struct SnapshotReader::Impl {
    Impl(std::string_view t, bool keep) : text(t), keep_invalid(keep) { h.track(scanner.cursor(), scanner.end()); }
    std::string_view text;
    bool keep_invalid;
    Problems problems;
    Doc d;
    Reader r{problems};
    stream::Handler h{&d, stream::table_of<Doc>(), r, "schema", kSchema};
    stream::FastScanner<stream::Handler> scanner{text, h};
    enum class Phase { scan, index, validate, done } phase = Phase::scan;
    int indexed = 0;  // the index phase's tables so far
    Atelier a;
    std::unique_ptr<ValidationSteps> validation;
    bool ok = false;
    std::optional<Atelier> invalid;

    void finish(bool valid) {
        ok = valid;
        validation.reset();
        phase = Phase::done;
    }
    bool step(size_t budget) {
        switch (phase) {
            case Phase::scan: {
                const stream::Scan s = scanner.run(budget);
                if (s == stream::Scan::more) return false;
                if (s != stream::Scan::done) {
                    std::optional<Atelier> bad;
                    finish(read_after_fast_scan(text, h, a, problems, keep_invalid ? &bad : nullptr));
                    invalid = std::move(bad);
                    return true;
                }
                if (!problems.empty()) {
                    finish(false);
                    return true;
                }
                phase = Phase::index;
                return false;
            }
            // A table a step: at 100,000 orders indexing every table at once was one of a
            // compaction's longest steps (24 ms natively, most of it the orders' index).
            case Phase::index:
                switch (indexed++) {
                    case 0:
                        a.profile = std::move(d.profile);
                        a.pipelines = std::move(d.pipelines);
                        a.clock.rows = std::move(d.clock);
                        break;
                    case 1: a.clients = std::move(d.clients); break;
                    case 2: a.orders = std::move(d.orders); break;
                    case 3:
                        a.styles = std::move(d.styles);
                        a.productions = std::move(d.productions);
                        a.sales = std::move(d.sales);
                        break;
                    default:
                        validation = std::make_unique<ValidationSteps>(a, problems);
                        phase = Phase::validate;
                        break;
                }
                return false;
            case Phase::validate:
                if (!validation->step(budget / 1024)) return false;
                if (problems.empty()) {
                    finish(true);
                } else {
                    if (keep_invalid) invalid = std::move(a);
                    finish(false);
                }
                return true;
            case Phase::done: return true;
        }
        return true;
    }
};

SnapshotReader::SnapshotReader(std::string_view text, bool keep_invalid) : impl_(std::make_unique<Impl>(text, keep_invalid)) {}
SnapshotReader::~SnapshotReader() = default;
bool SnapshotReader::step(size_t budget) { return impl_->step(std::max<size_t>(budget, 1)); }
bool SnapshotReader::done() const { return impl_->phase == Impl::Phase::done; }
double SnapshotReader::progress() const {
    // Scanning is most of the work; indexing and validating the last tenth.
    switch (impl_->phase) {
        case Impl::Phase::scan:
            return impl_->text.empty() ? 0 : 0.9 * static_cast<double>(impl_->scanner.offset(impl_->text)) / static_cast<double>(impl_->text.size());
        case Impl::Phase::index: return 0.9;
        case Impl::Phase::validate: return 0.9 + 0.1 * impl_->validation->progress();
        case Impl::Phase::done: return 1;
    }
    return 1;
}
bool SnapshotReader::ok() const { return impl_->ok; }
Atelier SnapshotReader::take() { return std::move(impl_->a); }
std::optional<Atelier> SnapshotReader::take_invalid() { return std::move(impl_->invalid); }
const Problems& SnapshotReader::problems() const { return impl_->problems; }

bool read_snapshot(std::string_view text, Atelier& out, Problems& problems, std::optional<Atelier>* invalid) {
    SnapshotReader reader(text, invalid != nullptr);
    while (!reader.step(static_cast<size_t>(-1))) {}
    problems.insert(problems.end(), reader.problems().begin(), reader.problems().end());
    if (reader.ok()) {
        out = reader.take();
        return true;
    }
    if (invalid) {
        if (auto bad = reader.take_invalid()) *invalid = std::move(bad);
    }
    return false;
}

}  // namespace atelier
