// The atelier's unit for measurements (issue 20): set by atelier.update, kept in the snapshot,
// refused when it is not cm or in; the values themselves never change with it.
#include <doctest/doctest.h>

#include "core/snapshot/snapshot.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using atelier::test::Fixture;

TEST_CASE("the atelier's measurement unit is set by atelier.update and kept in the snapshot") {
    Fixture f;
    CHECK(f.a().profile.measure_unit == Unit::cm);
    const std::string before = write_snapshot(f.a());
    CHECK(before.find("measure_unit") == std::string::npos);  // the default is not written: old snapshots read the same
    const Length bust = f.client(1).sessions[0].values[0].value;
    f.ok(R"({"type":"atelier.update","measure_unit":"in"})");
    CHECK(f.a().profile.measure_unit == Unit::in);
    CHECK(f.client(1).sessions[0].values[0].value == bust);  // values untouched
    const std::string snap = write_snapshot(f.a());
    CHECK(snap.find("\"measure_unit\":\"in\"") != std::string::npos);
    Atelier back;
    Problems problems;
    REQUIRE(read_snapshot(snap, back, problems));
    CHECK(back.profile.measure_unit == Unit::in);
    // Another unit is refused where commands are read (JSON from the CLI, a journal, the server).
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"atelier.update","measure_unit":"mm"})"), p).has_value());
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "/measure_unit");
    CHECK(f.a().profile.measure_unit == Unit::in);
    // Undo takes it back.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().profile.measure_unit == Unit::cm);
}
