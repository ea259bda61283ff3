#include <doctest/doctest.h>

#include "core/queries/fold.hpp"

using namespace atelier;

TEST_CASE("folding lowercases and strips Latin accents") {
    CHECK(fold_text("Hoxhá") == "hoxha");
    CHECK(fold_text("Ødegård") == "odegard");
    CHECK(fold_text("Müller") == "muller");
    CHECK(fold_text("CHLOÉ Zoë") == "chloe zoe");
    CHECK(fold_text("Ÿvette") == "yvette");
}

TEST_CASE("folding expands ligatures and special letters") {
    CHECK(fold_text("Straße") == "strasse");
    CHECK(fold_text("Æsir") == "aesir");
    CHECK(fold_text("Œuvre") == "oeuvre");
    CHECK(fold_text("Łódź") == "lodz");
    CHECK(fold_text("Đorđe") == "dorde");
    CHECK(fold_text("Þór") == "thor");
    CHECK(fold_text("Šťastný Čížek") == "stastny cizek");
}

TEST_CASE("folding lowercases Greek and Cyrillic") {
    CHECK(fold_text("ΑΘΉΝΑ") == "αθηνα");
    CHECK(fold_text("Οδυσσεύς") == "οδυσσευσ");
    CHECK(fold_text("МОСКВА") == "москва");
    CHECK(fold_text("Ёлка") == "елка");
}

TEST_CASE("folding keeps what it does not know and never breaks bytes") {
    CHECK(fold_text("") == "");
    CHECK(fold_text("12345-BFG") == "12345-bfg");
    CHECK(fold_text("a×b÷c") == "a×b÷c");
    CHECK(fold_text("日本") == "日本");
    CHECK(fold_text("\xff\xc3") == "\xff\xc3");  // invalid UTF-8 passes through
}
