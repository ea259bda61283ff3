// The raw files download (salvage): every file of the storage folder, unchanged, in one JSON document.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/storage/raw_files.hpp"

using namespace atelier;

TEST_CASE("raw files: every file by name, text as it is, other bytes as base64, sorted") {
    MemoryFiles m;
    m.files["snapshot-000000000002.atl"] = "ATELIER1 0 3\n{\"kind\":\"snapshot\"}\nBAD";
    m.files["journal-000000000003.atl"] = "h\xc3\xa9";                 // é: valid UTF-8
    m.files["journal-000000000004.atl"] = std::string("\xff\x00\x01", 3);  // not UTF-8
    const nlohmann::json j = nlohmann::json::parse(raw_files_text(m));
    CHECK(j == nlohmann::json::parse(R"({"kind":"atelier-raw-files","files":[
        {"name":"journal-000000000003.atl","text":"hé"},
        {"name":"journal-000000000004.atl","base64":"/wAB"},
        {"name":"snapshot-000000000002.atl","text":"ATELIER1 0 3\n{\"kind\":\"snapshot\"}\nBAD"}]})"));
}

TEST_CASE("raw files: base64 pads one and two trailing bytes, and an empty folder is an empty list") {
    MemoryFiles m;
    m.files["a"] = std::string("\xff", 1);
    m.files["b"] = std::string("\xff\xfe", 2);
    const nlohmann::json j = nlohmann::json::parse(raw_files_text(m));
    CHECK(j["files"][0]["base64"] == "/w==");
    CHECK(j["files"][1]["base64"] == "//4=");
    MemoryFiles empty;
    CHECK(nlohmann::json::parse(raw_files_text(empty))["files"] == nlohmann::json::array());
}

TEST_CASE("raw files: the download's name carries the code and the day") {
    const Date d = *parse_date("2026-06-01");
    CHECK(raw_files_name("BFG", d) == "atelier-raw-files-BFG-2026-06-01.json");
    CHECK(raw_files_name("", d) == "atelier-raw-files-2026-06-01.json");
}
