// The shared sync contract (tests/sync_contract/contract.json) against the in-process server the
// simulation uses: the same cases serve.py passes (tests/serve/test_sync_contract.py).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/sync/log_server.hpp"

using namespace atelier;

namespace {

// Puts "/part" in front of the path found so far (inserts: GCC 12 warns falsely on a + chain).
bool at_part(std::string& where, const std::string& part) {
    where.insert(0, part);
    where.insert(0, 1, '/');
    return false;
}

// The contract's patterns: objects match key by key ($any, $prefix, $absent), arrays element by
// element, scalars exactly (an integer only an integer).
bool matches(const nlohmann::json& value, const nlohmann::json& pattern, std::string& where) {
    if (pattern.is_object() && pattern.size() == 1) {
        if (pattern.contains("$any")) return true;
        if (auto p = pattern.find("$prefix"); p != pattern.end())
            return value.is_string() && value.get_ref<const std::string&>().rfind(p->get<std::string>(), 0) == 0;
    }
    if (pattern.is_object()) {
        if (!value.is_object()) return false;
        for (auto it = pattern.begin(); it != pattern.end(); ++it) {
            const bool absent = it->is_object() && it->contains("$absent");
            const auto v = value.find(it.key());
            if (absent != (v == value.end())) return at_part(where, it.key());
            if (!absent && !matches(*v, *it, where)) return at_part(where, it.key());
        }
        return true;
    }
    if (pattern.is_array()) {
        if (!value.is_array() || value.size() != pattern.size()) return false;
        for (size_t i = 0; i < pattern.size(); ++i)
            if (!matches(value[i], pattern[i], where)) return at_part(where, std::to_string(i));
        return true;
    }
    if (pattern.is_number_integer() != value.is_number_integer()) return false;
    return value == pattern;
}

nlohmann::json generated(const std::string& device, int64_t seq) {
    std::string note = "n";  // appended: GCC 12 warns falsely on "n" + to_string()
    note += std::to_string(seq);
    return {{"id", device + "." + std::to_string(seq)}, {"device", device}, {"seq", seq}, {"at", "2026-03-01T09:00"}, {"app_version", "0.1.0"},
            {"command", {{"type", "order.note"}, {"order", 1}, {"note", note}}}};
}

ServerReply run_step(LogServer& s, const nlohmann::json& step) {
    const std::string person = "ana", now = "2026-03-01T09:00", received = "2026-03-01T09:00:00.000Z";
    if (step.contains("push")) return s.push(step["push"], person, received);
    if (step.contains("pull")) return s.pull(step["pull"]["after"].get<int64_t>());
    if (step.contains("numbers")) return s.numbers(step["numbers"], person, now, received);
    if (step.contains("snapshot_put")) return s.snapshot_put(step["snapshot_put"]["pos"].get<int64_t>(), step["snapshot_put"]["body"]);
    if (step.contains("snapshot_get")) return s.snapshot_get();
    if (step.contains("hash")) return s.hash(step["hash"]);
    if (step.contains("atelier")) return s.atelier(person);
    const auto& g = step["push_generated"];
    const std::string device = g["device"];
    const int64_t from = g["from_seq"], count = g["count"], per = g["per_push"];
    ServerReply last;
    for (int64_t first = from; first < from + count; first += per) {
        nlohmann::json body = {{"device", device}, {"entries", nlohmann::json::array()}};
        for (int64_t seq = first; seq < std::min(first + per, from + count); ++seq) body["entries"].push_back(generated(device, seq));
        last = s.push(body, person, received);
        if (last.status != step["status"].get<int>()) return last;
    }
    return last;
}

}  // namespace

TEST_CASE("the in-process server answers every case of the shared sync contract as serve.py does") {
    std::ifstream in(ATELIER_SYNC_CONTRACT);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json contract = nlohmann::json::parse(text.str());
    REQUIRE(contract["cases"].size() >= 20);
    for (const auto& c : contract["cases"]) {
        LogServer server;
        size_t n = 0;
        for (const auto& step : c["steps"]) {
            CAPTURE(c["name"].get<std::string>());
            CAPTURE(n++);
            const ServerReply r = run_step(server, step);
            CAPTURE(r.body.dump().substr(0, 400));
            CHECK(r.status == step["status"].get<int>());
            std::string where;
            if (step.contains("reply")) CHECK_MESSAGE(matches(r.body, step["reply"], where), "at " << where);
        }
    }
}
