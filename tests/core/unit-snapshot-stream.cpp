// The streaming snapshot reader (nlohmann SAX -> model, no DOM) against malformed input, and against
// the DOM reader it replaces: same problems, same atelier, same memory.
#include <algorithm>
#include <vector>

#include "core/bench/heap.hpp"
#include "core/demo.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const Atelier& demo() {
    static const Atelier a = make_demo(DemoOptions{400, 11, day("2026-06-01")});
    return a;
}
const std::string& demo_text() {
    static const std::string t = write_snapshot(demo());
    return t;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    size_t from = 0;
    while (from < text.size()) {
        const size_t nl = text.find('\n', from);
        out.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
        if (nl == std::string::npos) break;
        from = nl + 1;
    }
    return out;
}
std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}
// The 1-based line of the document that holds order i (one entity per line).
size_t order_line(const std::vector<std::string>& lines, int number) {
    const std::string key = "\"number\":" + std::to_string(number) + ",";
    for (size_t i = 0; i < lines.size(); ++i)
        if (lines[i].find(key) != std::string::npos) return i;
    FAIL("no line for order " << number);
    return 0;
}

Problems sorted(Problems p) {
    std::sort(p.begin(), p.end(), [](const Problem& a, const Problem& b) {
        return a.path != b.path ? a.path < b.path : a.message < b.message;
    });
    return p;
}

// Reads `text` with read_snapshot (streaming) and checks that it fails, leaves `out` untouched and
// finds exactly the problems the DOM reader finds.
Problems refused(const std::string& text) {
    Atelier out = make_demo(DemoOptions{5, 1, day("2026-06-01")});
    const Atelier before = out;
    Problems p;
    CHECK_FALSE(read_snapshot(text, out, p));
    CHECK(out == before);
    CHECK_FALSE(p.empty());
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_discarded()) {
        Atelier dom;
        Problems q;
        CHECK_FALSE(snapshot_from_json(j, dom, q));
        CHECK(sorted(p) == sorted(q));
    }
    return p;
}

bool has(const Problems& ps, const std::string& path, const std::string& fragment) {
    for (const auto& p : ps)
        if (p.path == path && p.message.find(fragment) != std::string::npos) return true;
    return false;
}

std::string edit_order(int index, void (*change)(nlohmann::json&)) {
    nlohmann::json j = nlohmann::json::parse(demo_text());
    change(j["orders"][static_cast<size_t>(index)]);
    return j.dump();
}

}  // namespace

TEST_CASE("the streaming reader loads what the DOM reader loads, with the same memory") {
    Atelier s, d;
    Problems p;
    REQUIRE(read_snapshot(demo_text(), s, p));
    REQUIRE(snapshot_from_json(nlohmann::json::parse(demo_text()), d, p));
    CHECK(p.empty());
    CHECK(s == demo());
    CHECK(d == demo());
    // The same bytes, but for the room a long list keeps from its estimate (stream_read.hpp).
    const size_t room = (s.orders.capacity() - s.orders.size()) * sizeof(Order) + (s.clients.capacity() - s.clients.size()) * sizeof(Client);
    CHECK(d.orders.capacity() == d.orders.size());
    CHECK(heap_use(s).bytes == heap_use(d).bytes + room);
    CHECK(heap_use(s).allocations == heap_use(d).allocations);
    CHECK(s.order(demo().orders.back().number) != nullptr);  // indexed
}

TEST_CASE("layout does not matter: compact, spread over lines, schema not first") {
    Atelier a;
    Problems p;
    const nlohmann::json j = nlohmann::json::parse(demo_text());
    REQUIRE(read_snapshot(j.dump(), a, p));
    CHECK(a == demo());
    REQUIRE(read_snapshot(j.dump(2), a, p));
    CHECK(a == demo());
    nlohmann::json moved = j;
    moved.erase("schema");
    std::string text = moved.dump();
    text.insert(text.size() - 1, ",\"schema\":" + std::to_string(kSchema));  // last key, not first
    REQUIRE(read_snapshot(text, a, p));
    CHECK(a == demo());
    CHECK(p.empty());
}

TEST_CASE("a truncated last line is refused as JSON, naming the line") {
    auto lines = lines_of(demo_text());
    REQUIRE(lines.size() > 10);
    const size_t last = lines.size() - 2;  // the last order; the final line is "]}"
    REQUIRE(lines[last].find("\"number\"") != std::string::npos);
    std::string text;
    for (size_t i = 0; i < last; ++i) text += lines[i] + "\n";
    text += lines[last].substr(0, lines[last].size() / 2);
    const Problems p = refused(text);
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "");
    CHECK(p[0].message.find("not valid JSON") != std::string::npos);
    CHECK(p[0].message.find("line " + std::to_string(last + 1)) != std::string::npos);
}

TEST_CASE("a garbage line is refused as JSON, naming the line, even after typed problems") {
    auto lines = lines_of(demo_text());
    const size_t bad_type = order_line(lines, demo().orders[3].number);
    lines[bad_type].replace(lines[bad_type].find("\"number\":"), 9, "\"number\":\"x\",\"n\":");  // a typed problem first
    const size_t garbage = order_line(lines, demo().orders[200].number);
    lines[garbage] = "  {\"number\": 5, garbage},";
    const Problems p = refused(join(lines));
    REQUIRE(p.size() == 1);  // only the syntax error: nothing else is trusted
    CHECK(p[0].message.find("not valid JSON") != std::string::npos);
    CHECK(p[0].message.find("line " + std::to_string(garbage + 1)) != std::string::npos);
}

TEST_CASE("a wrong type deep in an order names its path") {
    using J = nlohmann::json;
    CHECK(has(refused(edit_order(7, [](J& o) { o["payments"] = J::parse(R"([{"amount": 100, "at": 5}])"); })),
              "/orders/7/payments/0/at", "valid date-time"));
    CHECK(has(refused(edit_order(8, [](J& o) {
              o["history"] = J::parse(R"([{"at": "2026-05-01T10:00", "who": "ana", "what": "order.advance",
                                           "changes": [{"field": 3}]}])");
          })),
              "/orders/8/history/0/changes/0/field", "must be a string"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["deadline"] = J::parse(R"({"y": 2026})"); })), "/orders/9/deadline", "valid date"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["deadline"] = J::parse("[2026, 6, 1]"); })), "/orders/9/deadline", "valid date"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["payments"] = J::parse("[1]"); })), "/orders/9/payments/0", "expected an object"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["fittings"] = "soon"; })), "/orders/9/fittings", "expected an array"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["fittings"] = J::object(); })), "/orders/9/fittings", "expected an array"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["price"] = 12.5; })), "/orders/9/price", "not a fraction"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["quantity"] = -2; })), "/orders/9/quantity", "between 0 and"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["stage_status"] = "halfway"; })), "/orders/9/stage_status", "must be one of"));
    CHECK(has(refused(edit_order(9, [](J& o) { o["rush"] = nullptr; })), "/orders/9/rush", "true or false"));
    CHECK(has(refused(edit_order(9, [](J& o) { o.erase("deadline"); })), "/orders/9/deadline", "is missing"));
    // An unknown field is reported once, however deep its value; the rest of the order still reads.
    const Problems p = refused(edit_order(9, [](J& o) { o["colour"] = J::parse(R"({"a": [1, {"b": [2, 3]}]})"); }));
    CHECK(p == Problems{{"/orders/9/colour", "is not a known field"}});
}

TEST_CASE("duplicate order numbers are refused at the second one") {
    auto lines = lines_of(demo_text());
    const int first = demo().orders[10].number;
    const size_t l = order_line(lines, demo().orders[250].number);
    lines[l].replace(lines[l].find("\"number\":"), 9 + std::to_string(demo().orders[250].number).size(),
                     "\"number\":" + std::to_string(first));
    CHECK(has(refused(join(lines)), "/orders/250/number", "order number " + std::to_string(first) + " is used twice"));
}

TEST_CASE("unknown schema versions are refused before anything is read") {
    auto with_schema = [](const std::string& v) {
        std::string t = demo_text();
        return "{\"schema\": " + v + t.substr(t.find(','));
    };
    Problems p = refused(with_schema(std::to_string(kSchema + 1)));
    CHECK(p == Problems{{"/schema", "schema " + std::to_string(kSchema + 1) + " is newer than this version of Atelier reads (" +
                                        std::to_string(kSchema) + "); update Atelier to open it"}});
    CHECK(refused(with_schema("-1")) == Problems{{"/schema", "must not be negative"}});
    CHECK(refused(with_schema("\"1\"")) == Problems{{"/schema", "must be a whole number"}});
    CHECK(refused(with_schema("1.5")) == Problems{{"/schema", "must be a whole number"}});
    CHECK(refused("{}") == Problems{{"/schema", "is missing (this does not look like an Atelier snapshot)"}});
    CHECK(refused("[1, 2]") == Problems{{"", "a snapshot must be a JSON object"}});
    Problems q = refused("");
    REQUIRE(q.size() == 1);
    CHECK(q[0].message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("problems stay capped on the streaming path") {
    nlohmann::json j = nlohmann::json::parse(demo_text());
    for (auto& o : j["orders"]) o["deadline"] = "soon";
    CHECK(refused(j.dump()).size() == 50);
}

TEST_CASE("escapes, multi-byte UTF-8, a BOM and fractions read the same on every path") {
    using J = nlohmann::json;
    J j = J::parse(demo_text());
    j["orders"][3]["notes"] = "line one\nline two\t\"quoted\" back\\slash / é ü ø 🧵 \x7f";
    j["clients"][2]["name"] = "Zoë Ødegård";
    const std::string plain = j.dump();
    const std::string escaped = j.dump(-1, ' ', true);  // \u escapes, surrogate pairs for the emoji
    Atelier a, b, c;
    Problems p;
    REQUIRE(read_snapshot(plain, a, p));
    REQUIRE(read_snapshot(escaped, b, p));
    REQUIRE(read_snapshot("\xEF\xBB\xBF" + plain, c, p));
    CHECK(p.empty());
    CHECK(a.orders[3].notes == j["orders"][3]["notes"].get<std::string>());
    CHECK(b == a);
    CHECK(c == a);
    // Fractions are left to nlohmann's parser: still refused as money with the DOM reader's message.
    J f = J::parse(demo_text());
    f["orders"][4]["price"] = 1.5;
    CHECK(has(refused(f.dump()), "/orders/4/price", "not a fraction"));
}

TEST_CASE("invalid UTF-8, control characters and bad escapes are refused as JSON") {
    for (const std::string& bad : {std::string("\xC3\x28"), std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"),
                                  std::string("a\x01z"), std::string("\\q"), std::string("\xE0\x80\xAF")}) {
        std::string text = demo_text();
        const size_t at = text.find("\"Maison Demo\"");
        REQUIRE(at != std::string::npos);
        text.replace(at + 1, 6, bad);
        Atelier a;
        Problems p;
        CHECK_FALSE(read_snapshot(text, a, p));
        REQUIRE(p.size() == 1);
        CHECK(p[0].message.find("not valid JSON") != std::string::npos);
    }
    for (const char* bad : {"[1,]", "{\"schema\":2,}", "{\"schema\":02}", "{\"schema\":2} x", "{\"schema\":-}", "{\"schema\":tru}"}) {
        Atelier a;
        Problems p;
        CHECK_FALSE(read_snapshot(bad, a, p));
        REQUIRE(p.size() == 1);
        CHECK(p[0].message.find("not valid JSON") != std::string::npos);
    }
}
