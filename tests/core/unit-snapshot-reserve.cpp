// The streaming reader reserves the big top-level lists from the bytes left (stream::Handler::grow)
// instead of doubling them: whatever the estimate says — too short when later orders are longer,
// too long when they are shorter — the atelier read is the one written, in slices or at once, and
// the list ends at exactly its size.
#include "core/demo.hpp"
#include "core/snapshot/snapshot_reader.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

Atelier read_whole(const std::string& text) {
    Atelier a;
    Problems problems;
    REQUIRE(read_snapshot(text, a, problems));
    return a;
}

Atelier read_sliced(const std::string& text, size_t budget) {
    SnapshotReader reader(text);
    while (!reader.step(budget)) {}
    REQUIRE(reader.ok());
    return reader.take();
}

// The estimate's room is kept when small (an eighth at most): shrinking would move every order
// once more at the end of the list, the open's longest step.
void check_room(const Atelier& a) {
    CHECK(a.orders.capacity() <= a.orders.size() + a.orders.size() / 8 + 16);
}

}  // namespace

TEST_CASE("reserved_lists: orders growing or shrinking in size along the file read back unchanged") {
    const Date today = day("2026-06-01");
    for (const bool longer_later : {true, false}) {
        CAPTURE(longer_later);
        Atelier demo = make_demo(DemoOptions{400, 7, today});
        REQUIRE(demo.orders.size() > 300);
        // The estimate is made from the first orders: make them unlike the rest.
        for (size_t i = 0; i < demo.orders.size(); ++i) {
            const bool early = i < demo.orders.size() / 4;
            demo.orders[i].notes = std::string(early == longer_later ? 0 : 1500, 'n');
        }
        const std::string text = write_snapshot(demo);
        const Atelier whole = read_whole(text);
        CHECK(whole == demo);
        check_room(whole);
        for (const size_t budget : {size_t{97}, size_t{4096}}) {
            const Atelier sliced = read_sliced(text, budget);
            CHECK(sliced == demo);
            check_room(sliced);
        }
    }
}
