#pragma once
// Shared by the libFuzzer targets (tests/fuzz/fuzz_<target>.cpp): a property check that aborts (so
// libFuzzer reports the input), the small demo atelier the command and journal targets act on,
// and the checks every accepted state must pass.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/commands/plan.hpp"
#include "core/demo.hpp"
#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"

#define FUZZ_CHECK(cond)                                                                         \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

namespace atelier::fuzz {

inline std::string_view text_of(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// Built once per process: 3 orders over both demo pipelines (seeds refer to its numbers and ids).
inline const Atelier& demo() {
    static const Atelier a = make_demo(DemoOptions{3, 1, date_from_civil(2026, 6, 1)});
    return a;
}
inline const std::string& demo_text() {
    static const std::string t = write_snapshot(demo());
    return t;
}
inline Context context() { return Context{"fuzz", *parse_datetime("2026-06-01T10:00")}; }

// Known findings to step over in a long run, so it goes on to find others: ATELIER_FUZZ_KNOWN holds
// "|"-separated fragments of problem messages; a state whose every problem contains one of them is
// not reported. Unset (the default, and the smoke): every problem is reported.
inline bool known(const Problems& problems) {
    static const std::string list = [] {
        const char* v = std::getenv("ATELIER_FUZZ_KNOWN");
        return std::string(v ? v : "");
    }();
    if (list.empty() || problems.empty()) return false;
    for (const auto& p : problems) {
        bool matched = false;
        for (size_t from = 0; from <= list.size() && !matched;) {
            size_t bar = list.find('|', from);
            if (bar == std::string::npos) bar = list.size();
            const std::string fragment = list.substr(from, bar - from);
            matched = !fragment.empty() && p.message.find(fragment) != std::string::npos;
            from = bar + 1;
        }
        if (!matched) return false;
    }
    return true;
}

// An accepted state: the validator finds nothing, and it survives a write and a read unchanged.
inline void check_valid_state(const Atelier& a) {
    Problems problems;
    validate_atelier(a, problems);
    if (known(problems)) return;
    for (const auto& p : problems) std::fprintf(stderr, "  validator: %s: %s\n", p.path.c_str(), p.message.c_str());
    FUZZ_CHECK(problems.empty());
    const std::string text = write_snapshot(a);
    Atelier again;
    Problems read;
    const bool ok = read_snapshot(text, again, read);
    if (known(read)) return;
    for (const auto& p : read) std::fprintf(stderr, "  reader: %s: %s\n", p.path.c_str(), p.message.c_str());
    FUZZ_CHECK(ok);
    FUZZ_CHECK(write_snapshot(again) == text);
}

}  // namespace atelier::fuzz
