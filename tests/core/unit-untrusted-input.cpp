// Issue 11: hostile or odd input to every reader of untrusted JSON (snapshot stream and DOM readers,
// backup preview, command lines, journal lines): refused with a clear problem, never a crash, and
// the two snapshot readers agree.
#include "storage_fixture.hpp"

#include "core/demo.hpp"
#include "core/i18n/said_text.hpp"
#include "core/json/capped.hpp"
#include "core/storage/backup.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

std::string nested_arrays(size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
std::string nested_objects(size_t depth) {
    std::string s;
    for (size_t i = 0; i < depth; ++i) s += "{\"a\":";
    s += "1";
    s += std::string(depth, '}');
    return s;
}

// The streaming reader, and the DOM reader after the capped parse: both refuse with these problems.
Problems refused_by_both(const std::string& text) {
    Atelier out = make_demo(DemoOptions{3, 1, day("2026-06-01")});
    const Atelier before = out;
    Problems streamed;
    CHECK_FALSE(read_snapshot(text, out, streamed));
    CHECK(out == before);
    Problems dom;
    nlohmann::json j = parse_json_capped(text, dom);
    if (!j.is_discarded()) {
        Atelier d;
        CHECK_FALSE(snapshot_from_json(std::move(j), d, dom));
    }
    CHECK(streamed == dom);
    return streamed;
}

std::string small_snapshot() {
    Fixture f;
    return write_snapshot(f.a());
}

// The small snapshot with one value set; "schema" stays first, so the streaming reader reads it.
std::string with(const char* pointer, nlohmann::json value) {
    nlohmann::json j = nlohmann::json::parse(small_snapshot());
    j[nlohmann::json::json_pointer(pointer)] = std::move(value);
    j.erase("schema");
    return "{\"schema\":" + std::to_string(kSchema) + "," + j.dump().substr(1);
}

}  // namespace

// [SECTION] Nesting depth ---------------------------------------------------------------------

TEST_CASE("issue 11: a file nested 200,000 deep is refused before any recursive parse, by every reader") {
    const Problems too_deep{{"", "nesting deeper than 64 levels"}};
    for (const std::string& text : {nested_arrays(200'000), nested_objects(200'000), "{\"schema\":2,\"atelier\":" + nested_arrays(200'000) + "}",
                                    "{\"schema\":0,\"settings\":" + nested_objects(200'000) + "}"}) {
        CAPTURE(text.substr(0, 40));
        CHECK(refused_by_both(text) == too_deep);
        const BackupPreview p = preview_backup(text);
        CHECK_FALSE(p.ok);
        CHECK(p.error == "This is not an Atelier backup: nesting deeper than 64 levels.");
        Problems q;
        CHECK(parse_json_capped(text, q).is_discarded());
        CHECK(q == too_deep);
    }
}

TEST_CASE("issue 11: the depth cap counts brackets outside strings only, and holds exactly at 64") {
    CHECK(json_depth(nested_arrays(64)) == 64);
    CHECK(json_depth(nested_objects(7)) == 7);
    CHECK(json_depth(R"(["[[[[{{{{", "\"[[[[", "\\", ["]"]])") == 2);
    CHECK(json_depth(R"({"a": "}}}}", "b": [[["\\\\"]]]})") == 4);
    CHECK(json_depth("[\"unterminated [[[[") == 1);
    Problems p;
    CHECK_FALSE(parse_json_capped(nested_arrays(64), p).is_discarded());
    CHECK(p.empty());
    CHECK(parse_json_capped(nested_arrays(65), p).is_discarded());
    CHECK(p == Problems{{"", "nesting deeper than 64 levels"}});
}

TEST_CASE("issue 11: the deepest legitimate documents stay far below the cap") {
    // A snapshot, and journal lines with undo images (the deepest thing the app writes).
    const Atelier demo = make_demo(DemoOptions{60, 3, day("2026-06-01")});
    CHECK(json_depth(write_snapshot(demo)) <= 8);
    Fixture f;
    f.start_production();
    for (const Result& r : {f.store.undo(f.ctx), f.store.redo(f.ctx)}) {
        REQUIRE(r.ok);
        CHECK(json_depth(std::get<JournalAppend>(r.effects.at(0)).entry.dump()) <= 10);
    }
}

TEST_CASE("issue 11: a deep journal line is an unreadable edit, not a crash") {
    Saved s;
    s.edit(R"({"type":"order.confirm","order":1})");
    const Atelier kept = s.a();
    const uint64_t next = s.storage.seq() + 1;
    REQUIRE(s.files.write(journal_name(next), frame_file("journal", next, nested_objects(200'000))));
    const LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == kept);
    CHECK(r.unreadable == 1);
}

TEST_CASE("issue 11: a document that is only a scalar is refused by both readers (found by fuzz_snapshot)") {
    // The streaming reader read a top-level string into the frame before its first (index -1).
    const Problems not_object{{"", "a snapshot must be a JSON object"}};
    for (const char* text : {"\"x\"", "\"schema\"", "1", "2", "null", "true", "  \"\\n\"  "}) {
        CAPTURE(text);
        CHECK(refused_by_both(text) == not_object);
    }
}

// [SECTION] Repeated keys ---------------------------------------------------------------------

TEST_CASE("issue 11: a repeated \"schema\" is refused by both readers with the same problem") {
    const std::string rest = small_snapshot().substr(std::string("{\"schema\": 2,").size());
    const Problems twice{{"/schema", "appears twice"}};
    CHECK(refused_by_both("{\"schema\": 2, \"schema\": 1," + rest) == twice);  // stream gate opens, then the repeat
    CHECK(refused_by_both("{\"schema\": 1, \"schema\": 2," + rest) == twice);  // an older schema: the DOM reader
    CHECK(refused_by_both("{\"schema\": 2, \"schema\": 2," + rest) == twice);
    const BackupPreview p = preview_backup("{\"schema\": 2, \"schema\": 1," + rest);
    CHECK_FALSE(p.ok);
    CHECK(p.error == "This backup cannot be restored:\n  /schema: appears twice");
}

TEST_CASE("issue 11: any repeated key is refused, at its path, before later problems") {
    const std::string text = small_snapshot();
    auto insert_after = [&](const std::string& anchor, const std::string& extra) {
        const size_t at = text.find(anchor);
        REQUIRE(at != std::string::npos);
        return text.substr(0, at + anchor.size()) + extra + text.substr(at + anchor.size());
    };
    CHECK(refused_by_both(insert_after("\"orders\": [\n  {", "\"price\":1,\"price\":2,")) ==
          Problems{{"/orders/0/price", "appears twice"}});
    CHECK(refused_by_both(insert_after("{\"schema\": 2,", "\"atelier\":{},")) == Problems{{"/atelier", "appears twice"}});
    // "type" is tolerated beside fields, but not twice; unknown keys likewise.
    CHECK(refused_by_both(insert_after("{\"schema\": 2,", "\"type\":1,\"type\":1,")) == Problems{{"/type", "appears twice"}});
    CHECK(refused_by_both(insert_after("{\"schema\": 2,", "\"x\":1,\"x\":1,")) == Problems{{"/x", "appears twice"}});
    // A syntax error before the repeat wins; the same key in sibling objects is fine.
    CHECK(refused_by_both(insert_after("{\"schema\": 2,", "\"x\":tru,\"x\":1,"))[0].message.find("not valid JSON") == 0);
    Problems p;
    CHECK_FALSE(parse_json_capped(R"([{"a":1},{"a":{"a":1}}])", p).is_discarded());
    CHECK(p.empty());
    CHECK(parse_json_capped(R"([{"a":1},{"b":{"c":1,"c":2}}])", p).is_discarded());
    CHECK(p == Problems{{"/1/b/c", "appears twice"}});
}

// [SECTION] Limits the commands apply, applied on load as well --------------------------------

TEST_CASE("issue 11: stage days above 365 are refused on load, as pipeline.put refuses them") {
    CHECK(refused_by_both(with("/pipelines/0/stages/0/days", 400)) ==
          Problems{{"/pipelines/0/stages/0/days", "must be from 0 to 365"}});
    Atelier a;
    Problems p;
    CHECK(read_snapshot(with("/pipelines/0/stages/0/days", 365), a, p));
}

TEST_CASE("issue 11: negative stage days are refused on load by both readers") {
    // The whole-number reader refuses them before the validator runs.
    const Problems p = refused_by_both(with("/pipelines/0/stages/0/days", -1));
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "/pipelines/0/stages/0/days");
}

TEST_CASE("issue 11: money above the limit is refused alike as an integer or a string, by both readers") {
    const Problems too_large{problem_at("/orders/0/price", money_too_large())};
    CHECK(refused_by_both(with("/orders/0/price", kMoneyMaxMinor + 1)) == too_large);
    CHECK(refused_by_both(with("/orders/0/price", "1000000000.01")) == too_large);
    CHECK(refused_by_both(with("/orders/0/price", 9'223'372'036'854'775'807)) == too_large);  // 19 digits: nlohmann's SAX path
    CHECK(refused_by_both(with("/orders/0/price", uint64_t{18'446'744'073'709'551'615u})) == too_large);  // past int64
    CHECK(refused_by_both(with("/orders/0/price", "99999999999999999999999")) == too_large);
    CHECK(refused_by_both(with("/orders/0/price", -1)) == Problems{{"/orders/0/price", "money must not be negative"}});
    Atelier a;
    Problems p;
    CHECK(read_snapshot(with("/orders/0/price", kMoneyMaxMinor), a, p));
    CHECK(read_snapshot(with("/orders/0/price", "1000000000.00"), a, p));
    CHECK(p.empty());
}

// [SECTION] Restore size ----------------------------------------------------------------------

TEST_CASE("issue 11: restore refuses a file over the backup size limit before parsing it") {
    CHECK(kMaxBackupBytes == 256u * 1024 * 1024);
    const std::string huge(size_t{300} << 20, '[');  // would also be far too deep: the size is checked first
    const BackupPreview p = preview_backup(huge);
    CHECK_FALSE(p.ok);
    CHECK(p.error == "This file cannot be a backup: the file is 300 MB; a backup can be at most 256 MB.");
    CHECK_FALSE(preview_backup(std::string(kMaxBackupBytes + 1, ' ')).ok);
    CHECK(preview_backup(std::string(kMaxBackupBytes + 1, ' ')).error.find("at most 256 MB") != std::string::npos);
}
