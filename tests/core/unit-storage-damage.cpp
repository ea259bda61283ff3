// Storage under damage: every file of a small saved example truncated at every length and with
// every byte changed, read back from a real folder. Recovery never crashes, never loads an
// invalid atelier, and loses at most the damaged journal entry.
#include "core/i18n/said_text.hpp"
#include "storage_fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Snapshots at 3 and 6 (the previous and the newest generation), journal 4..8.
struct Example : Saved {
    std::vector<Atelier> states;  // states[n] = live state after n edits
    Example() : Saved(3) {
        states.push_back(a());
        auto step = [&](auto f) {
            f();
            states.push_back(a());
        };
        step([&] { edit(R"({"type":"order.confirm","order":1})"); });
        step([&] { edit(R"({"type":"client.create","name":"Zoë Martin","email":"zoe@example.com"})"); });
        step([&] { edit(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-06-01","garment":"Iris","price":120000})"); });
        step([&] { edit(R"({"type":"order.pay","order":1,"amount":"250.00"})"); });
        step([&] { undo(); });
        step([&] { edit(R"({"type":"order.update","order":2,"garment":"Iris II"})"); });
        step([&] { edit(R"({"type":"order.pay","order":2,"amount":"100.00"})"); });
        step([&] { edit(R"({"type":"order.update","order":1,"garment":"Aurore ivory"})"); });
    }
    // The live state with journal entry k missing: snapshot 6, then 7..8 without k.
    Atelier without(uint64_t k) const {
        Store st(states[6]);
        for (uint64_t s = 7; s <= 8; ++s) {
            if (s == k) continue;
            Problems p;
            replay_entry(st, journal[s - 1], p);
        }
        return st.state();
    }
};

void check_recovery(Example& ex, const std::string& name, const std::string& damaged, const std::string& how) {
    REQUIRE(ex.files.write(name, damaged));
    LoadResult r;
    CHECK_NOTHROW(r = ex.reopen());
    INFO(name << " " << how << ": " << r.report);
    REQUIRE(r.atelier.has_value());
    Problems problems;
    validate_atelier(*r.atelier, problems);
    CHECK(problems.empty());
    uint64_t seq = 0;
    const bool journal_file = name.rfind("journal-", 0) == 0;
    if (journal_file) seq = std::stoull(name.substr(8, 12));
    if (journal_file && seq > 6) {
        // Read on the normal path: exactly that edit is lost, and the user is told.
        CHECK(*r.atelier == ex.without(seq));
        CHECK(r.unreadable == 1);
        CHECK(r.report.find("1 edit could not be read") != std::string::npos);
    } else if (name == snapshot_name(6)) {
        // The newest snapshot: the previous generation plus the journal after it lose nothing.
        CHECK(*r.atelier == ex.a());
        CHECK(r.previous_generation);
        CHECK(r.report.find("Recovered from the previous save of 2026-03-01 09:00") == 0);
        CHECK(r.unreadable == 0);
    } else {
        // Files only the fallback needs: not even read.
        CHECK(*r.atelier == ex.a());
        CHECK(r.report == "");
    }
}

// The report as the app shows it: its sentences worded in `l`, one after another.
std::string worded(Language l, const LoadResult& r) {
    std::string out;
    for (const Said& s : r.report_said) {
        if (!out.empty()) out += ' ';
        out += words(l, s);
    }
    return out;
}

}  // namespace

TEST_CASE("the example has the expected files") {
    Example ex;
    CHECK(sorted_names(ex.files) == std::vector<std::string>{
              "journal-000000000004.atl", "journal-000000000005.atl", "journal-000000000006.atl",
              "journal-000000000007.atl", "journal-000000000008.atl", "snapshot-000000000003.atl",
              "snapshot-000000000006.atl"});
    LoadResult r = ex.reopen();
    CHECK(r.report == "");
    CHECK(*r.atelier == ex.a());
    CHECK(ex.without(7) != ex.a());
    CHECK(ex.without(8) != ex.a());
}

TEST_CASE("every file truncated at every length") {
    Example ex;
    for (const auto& name : sorted_names(ex.files)) {
        const std::string good = *ex.files.read(name);
        for (size_t len = 0; len < good.size(); ++len) check_recovery(ex, name, good.substr(0, len), "cut at " + std::to_string(len));
        REQUIRE(ex.files.write(name, good));
    }
}

TEST_CASE("every file with every byte changed") {
    Example ex;
    for (const auto& name : sorted_names(ex.files)) {
        const std::string good = *ex.files.read(name);
        for (size_t i = 0; i < good.size(); ++i) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] ^ (i % 2 ? 0x01 : 0x5A));
            check_recovery(ex, name, bad, "byte " + std::to_string(i));
        }
        REQUIRE(ex.files.write(name, good));
    }
}

TEST_CASE("a missing journal file is an edit lost, not a crash") {
    Example ex;
    REQUIRE(ex.files.remove(journal_name(7)));
    LoadResult r = ex.reopen();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == ex.without(7));
    CHECK(r.report == "1 edit could not be read and is missing.");
}

TEST_CASE("both generations damaged: nothing garbage is loaded and the files are kept") {
    Example ex;
    REQUIRE(ex.files.write(snapshot_name(6), "ATELIER1 0000"));
    REQUIRE(ex.files.write(snapshot_name(3), ""));
    Storage st(ex.files);
    LoadResult r = st.open();
    CHECK_FALSE(r.atelier.has_value());
    CHECK(r.report.find("The saved atelier could not be read (2 saved copies are damaged)") == 0);
    CHECK(r.damaged.size() == 2);
    // Starting over does not overwrite or remove the damaged files.
    REQUIRE(st.compact(ex.a()));
    CHECK(st.snapshot_seq() > 8);
    auto names = sorted_names(ex.files);
    CHECK(std::count(names.begin(), names.end(), snapshot_name(6)) == 1);
    CHECK(std::count(names.begin(), names.end(), snapshot_name(3)) == 1);
    CHECK(*Storage(ex.files).open().atelier == ex.a());
}

TEST_CASE("a recovered state is saved as the newest generation, so the report is not repeated") {
    Example ex;
    REQUIRE(ex.files.write(journal_name(7), "ATELIER1 junk"));
    Storage st(ex.files);
    LoadResult r = st.open();
    CHECK(r.unreadable == 1);
    CHECK(st.compact_due());
    REQUIRE(st.compact(*r.atelier));
    LoadResult again = Storage(ex.files).open();
    CHECK(again.report == "");
    CHECK(*again.atelier == *r.atelier);
}

TEST_CASE("a journal line that the state refuses is reported, not applied") {
    Example ex;
    // Entry 8 rewritten (validly framed) as a command the state refuses.
    const nlohmann::json bad = {{"at", "2026-03-01T09:00"}, {"who", "ana"}, {"command", {{"type", "order.pay"}, {"order", 99}, {"amount", 100}}}};
    REQUIRE(ex.files.write(journal_name(8), frame_file("journal", 8, bad.dump())));
    LoadResult r = ex.reopen();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == ex.states[7]);
    CHECK(r.not_applied == 1);
    CHECK(r.report.find("1 later edit could not be applied") == 0);
}

TEST_CASE("a damaged load's report is said in the device's language, sentence by sentence") {
    Example ex;
    REQUIRE(ex.files.write(snapshot_name(6), "ATELIER1 junk"));
    REQUIRE(ex.files.remove(journal_name(7)));
    const nlohmann::json bad = {{"at", "2026-03-01T09:00"}, {"who", "ana"}, {"command", {{"type", "order.pay"}, {"order", 99}, {"amount", 100}}}};
    REQUIRE(ex.files.write(journal_name(8), frame_file("journal", 8, bad.dump())));
    Store scratch(ex.a());
    Problems refusal;
    REQUIRE_FALSE(replay_entry(scratch, bad, refusal));
    REQUIRE(refusal.size() == 1);
    REQUIRE(refusal.front().said);
    LoadResult r = ex.reopen();
    REQUIRE(r.report_said.size() == 3);
    CHECK(r.report == "Recovered from the previous save of 2026-03-01 09:00, because the newest save could not be read. "
                      "1 edit could not be read and is missing. 1 later edit could not be applied (" + refusal.front().message + ").");
    CHECK(worded(Language::en, r) == r.report);
    CHECK(words(Language::fr, r.report_said[0]) == "Récupéré depuis l’enregistrement précédent du 2026-03-01 09:00, car le plus récent n’a pas pu être lu.");
    CHECK(words(Language::fr, r.report_said[1]) == "1 modification n’a pas pu être lue et manque.");
    // The refusal is worded in French too, not quoted in English.
    CHECK(words(Language::fr, r.report_said[2]) ==
          "1 modification ultérieure n’a pas pu être appliquée (" + words(Language::fr, *refusal.front().said) + ").");
}

TEST_CASE("the counts in a damaged load's report agree in every language") {
    Example ex;
    REQUIRE(ex.files.write(journal_name(7), "ATELIER1 junk"));
    REQUIRE(ex.files.write(journal_name(8), ""));
    LoadResult missing = ex.reopen();
    CHECK(missing.report == "2 edits could not be read and are missing.");
    CHECK(worded(Language::fr, missing) == "2 modifications n’ont pas pu être lues et manquent.");

    REQUIRE(ex.files.write(snapshot_name(6), "ATELIER1 0000"));
    REQUIRE(ex.files.write(snapshot_name(3), ""));
    LoadResult none = ex.reopen();
    CHECK(none.report == "The saved atelier could not be read (2 saved copies are damaged); Atelier started without it. "
                         "The damaged files are kept in the storage folder. 5 later edits were not applied.");
    CHECK(worded(Language::en, none) == none.report);
    CHECK(worded(Language::fr, none) == "L’atelier enregistré n’a pas pu être lu (2 copies enregistrées sont endommagées) ; Atelier a "
                                        "démarré sans lui. Les fichiers endommagés sont conservés dans le dossier de stockage. "
                                        "5 modifications ultérieures n’ont pas été appliquées.");
}
