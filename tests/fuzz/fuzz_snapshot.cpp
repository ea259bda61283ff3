// Snapshot readers: the streaming reader (read_snapshot) and the DOM reader (parse_json_capped, then
// snapshot_from_json) accept and refuse the same documents and, accepting, build the same atelier,
// which validates and writes -> reads -> writes byte-identically. A refusal leaves the output alone.
#include "fuzz_common.hpp"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    Atelier streamed;
    Problems sp;
    const bool s_ok = read_snapshot(text, streamed, sp);
    FUZZ_CHECK(s_ok == sp.empty());
    Atelier dom;
    Problems dp;
    nlohmann::json j = parse_json_capped(text, dp);
    const bool d_ok = !j.is_discarded() && snapshot_from_json(std::move(j), dom, dp);
    FUZZ_CHECK(d_ok == dp.empty());
    if (s_ok != d_ok) {
        for (const auto& p : s_ok ? dp : sp) std::fprintf(stderr, "  refused by one: %s: %s\n", p.path.c_str(), p.message.c_str());
    }
    FUZZ_CHECK(s_ok == d_ok);
    if (!s_ok) {
        FUZZ_CHECK(streamed == Atelier{});
        FUZZ_CHECK(dom == Atelier{});
        return 0;
    }
    FUZZ_CHECK(streamed == dom);
    FUZZ_CHECK(write_snapshot(streamed) == write_snapshot(dom));
    fuzz::check_valid_state(streamed);
    return 0;
}
