// CSV (issue 17): RFC 4180 as written (quotes, CRLF, BOM, ';') and as read back, and the refusals of
// a file that cannot be read without guessing.
#include <doctest/doctest.h>

#include "core/csv/csv.hpp"
#include "core/rng.hpp"

using namespace atelier;

namespace {
CsvTable read(std::string_view text, char sep = 0) {
    std::string error;
    auto t = parse_csv(text, error, sep);
    INFO(error);
    REQUIRE(t);
    return *t;
}
std::string refusal(std::string_view text) {
    std::string error;
    CHECK_FALSE(parse_csv(text, error));
    return error;
}
}  // namespace

TEST_CASE("a field is quoted only when it holds the separator, a quote or a line end, its quotes doubled") {
    CHECK(csv_field("Léa Dubois", ',') == "Léa Dubois");
    CHECK(csv_field("Dubois, Léa", ',') == "\"Dubois, Léa\"");
    CHECK(csv_field("Dubois, Léa", ';') == "Dubois, Léa");
    CHECK(csv_field("size 38; hem", ';') == "\"size 38; hem\"");
    CHECK(csv_field("the \"Aurore\" gown", ',') == "\"the \"\"Aurore\"\" gown\"");
    CHECK(csv_field("line one\nline two", ',') == "\"line one\nline two\"");
    CHECK(csv_field("cr\ronly", ',') == "\"cr\ronly\"");
    CHECK(csv_line({"a", "b,c", ""}, ',') == "a,\"b,c\",\r\n");
}

TEST_CASE("a written file starts with the UTF-8 byte-order mark unless asked not to") {
    const std::vector<std::vector<std::string>> recs{{"Client", "Price"}, {"Ødegård", "12,50"}};
    const std::string with = csv_text(recs, {';', true});
    CHECK(with == "\xEF\xBB\xBF" "Client;Price\r\nØdegård;12,50\r\n");
    CHECK(csv_text(recs, {',', false}) == "Client,Price\r\nØdegård,\"12,50\"\r\n");
}

TEST_CASE("reading gives back quotes, separators and line ends inside fields, with each record's line") {
    const CsvTable t = read("\xEF\xBB\xBF" "Client,Notes,Price\r\n"
                            "\"Dubois, Léa\",\"hem \"\"short\"\"\nand narrow\",1200\r\n"
                            "Amira,,\r\n");
    CHECK(t.separator == ',');
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0] == std::vector<std::string>{"Client", "Notes", "Price"});
    CHECK(t.records[1] == std::vector<std::string>{"Dubois, Léa", "hem \"short\"\nand narrow", "1200"});
    CHECK(t.records[2] == std::vector<std::string>{"Amira", "", ""});
    CHECK(t.lines == std::vector<int>{1, 2, 4});
}

TEST_CASE("the separator is found from the header line; LF, CR and no last line end are read; blank lines skipped") {
    const CsvTable t = read("Client;Price;Notes\n\nLéa;1 200,50;\"a; b\"\rAmira;3;x");
    CHECK(t.separator == ';');
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[1] == std::vector<std::string>{"Léa", "1 200,50", "a; b"});
    CHECK(t.records[2] == std::vector<std::string>{"Amira", "3", "x"});
    CHECK(t.lines == std::vector<int>{1, 3, 4});
    // A comma inside quotes on the header line does not count.
    CHECK(read("\"a,b,c\";d\n").separator == ';');
    CHECK(read("x\n").separator == ',');
    CHECK(read("a;b,c\n", ',').records[0] == std::vector<std::string>{"a;b", "c"});
}

TEST_CASE("what cannot be read without guessing is refused with its line") {
    CHECK(refusal("Client\n\"Léa\n") == "line 2: a quote is never closed");
    CHECK(refusal("Client,Notes\nLéa,5\" hem\n").rfind("line 2: a quote inside a field that does not start with one", 0) == 0);
    CHECK(refusal("Client,Notes\n\"Léa\"x,1\n").rfind("line 2: text after a closing quote", 0) == 0);
    CHECK(refusal("Client\nL\xE9""a\n").rfind("the file is not UTF-8 text", 0) == 0);
    CHECK(refusal(std::string(kMaxCsvFieldBytes + 1, 'x')).find("longer than") != std::string::npos);
    std::string wide(kMaxCsvColumns, ',');
    CHECK(refusal(wide).find("columns") != std::string::npos);
    std::string tall;
    for (size_t i = 0; i <= kMaxCsvRows; ++i) tall += "x\n";
    CHECK(refusal(tall) == "line 10002: more than 10000 records after the header");
}

TEST_CASE("any records written are read back as they were (random fields, both separators, with and without BOM)") {
    Rng r{17};
    const char* pieces[] = {"a", "Ødegård", ",", ";", "\"", "\n", "\r\n", " ", "12,50", "", "é\"x\""};
    for (int round = 0; round < 300; ++round) {
        std::vector<std::vector<std::string>> recs;
        const int cols = r.between(1, 5), rows = r.between(1, 6);
        for (int i = 0; i < rows; ++i) {
            std::vector<std::string> rec;
            for (int c = 0; c < cols; ++c) {
                std::string f;
                for (int k = r.between(0, 4); k > 0; --k) f += pieces[r.below(static_cast<int>(std::size(pieces)))];
                rec.push_back(f);
            }
            // A record of one empty field is a blank line, which the reader skips by design.
            if (cols == 1 && rec[0].empty()) rec[0] = "x";
            recs.push_back(rec);
        }
        const CsvWriteOptions o{r.chance(50) ? ',' : ';', r.chance(50)};
        std::string error;
        auto back = parse_csv(csv_text(recs, o), error, o.separator);
        INFO(csv_text(recs, o));
        REQUIRE(back);
        CHECK(back->records == recs);
    }
}
