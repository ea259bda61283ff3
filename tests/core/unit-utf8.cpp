// UTF-8 checks without exceptions (core/text.hpp is_valid_utf8): validation and the raw-files
// export used to ask nlohmann's dump and catch its throw, which the WASM build cannot catch (a
// throw aborts it; found by tests/e2e/cli-wasm.spec.js running hostile random commands in WASM).
// The check must refuse exactly what the JSON writer refuses.
#include <random>

#include "core/text.hpp"
#include "core/validate/validate.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

bool writer_takes(const std::string& s) {
    try {
        (void)nlohmann::json(s).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

}  // namespace

TEST_CASE("is_valid_utf8_agrees_with_the_json_writer") {
    for (const char* s : {"", "abc", "h\xc3\xa9", "\xf0\x9f\x91\x97", "\xef\xbf\xbd", "\xf4\x8f\xbf\xbf",  // valid
                          "\xff", "\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",    // not
                          "\xf8\x88\x80\x80\x80", "\x80", "a\xc3(", "\xe2\x82"}) {
        INFO(std::string(s));
        CHECK(is_valid_utf8(s) == writer_takes(s));
    }
    const unsigned seed = 1313;
    std::mt19937 rng(seed);
    // Mostly lead and continuation bytes, so that near misses (overlong, surrogate, too large, cut)
    // are common rather than rare.
    const unsigned char pool[] = {'a', 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
                                  0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
    int valid = 0;
    for (int trial = 0; trial < 50000; ++trial) {
        std::string s(std::uniform_int_distribution<size_t>(1, 6)(rng), '\0');
        for (auto& c : s) c = static_cast<char>(pool[std::uniform_int_distribution<size_t>(0, sizeof pool - 1)(rng)]);
        const bool ours = is_valid_utf8(s), json = writer_takes(s);
        if (ours != json) {
            INFO("seed " << seed << ", trial " << trial);
            REQUIRE(ours == json);
        }
        valid += ours;
    }
    CHECK(valid > 1000);  // both answers were exercised
}

TEST_CASE("validation refuses text that is not UTF-8 by name, anywhere in an entity") {
    Fixture f;
    Atelier a = f.a();
    a.orders[0].notes = "cut \xed\xa0\x80";  // a surrogate: the writer could never store it
    Problems problems;
    ChangeScope scope;
    scope.touched.of<Order>() = {1};
    validate_change(a, scope, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "/orders/0");
    CHECK(problems[0].message == "holds text that is not valid UTF-8");
    // And a command that would store it is refused, not thrown.
    cmd::OrderUpdate bad;
    bad.order = 1;
    bad.notes = std::string("bad \xff\xfe");
    const Result r = f.store.dispatch(bad, f.ctx);
    CHECK_FALSE(r.ok);
    CHECK(f.order(1).notes.empty());
}
