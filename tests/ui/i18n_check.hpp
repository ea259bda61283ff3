#pragma once
// The pseudo-language check (docs/i18n.md), shared by the views' language tests: drawn in the
// pseudo language — every catalogue text with its letters replaced by full-width ones — a
// translated view may draw no ASCII word that is not the atelier's own data: such a word was
// drawn without the catalogue. What was drawn is read back from the frame's draw lists
// (Headless::drawn_text).
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/snapshot/snapshot.hpp"
#include "tests/ui/headless.hpp"

namespace atelier::test::i18n {

// Each run of two or more ASCII letters in `text`, in order.
inline std::vector<std::string> ascii_words(std::string_view text) {
    std::vector<std::string> out;
    std::string w;
    for (const char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            w += c;
            continue;
        }
        if (w.size() >= 2) out.push_back(w);
        w.clear();
    }
    if (w.size() >= 2) out.push_back(w);
    return out;
}

// Every string the atelier holds (names, garments, stage names, notes, message texts...): a view
// may draw them in any language.
inline void collect(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) {
        if (j.get_ref<const std::string&>().size() >= 2) out.push_back(j.get<std::string>());
    } else if (j.is_structured()) {
        for (const auto& v : j) collect(v, out);
    }
}

struct Data {
    std::vector<std::string> strings;  // longest first, so a name is taken out before a part of it
    std::string joined;                // all of them, one per line: a wrapped line is a substring
    std::set<std::string> words;
};

inline Data data_of(const atelier::Atelier& a, std::string_view typed) {
    Data d;
    collect(atelier::snapshot_to_json(a), d.strings);
    if (typed.size() >= 2) d.strings.emplace_back(typed);
    // A typed file (a CSV) is data cell by cell too: a view may show a cell beside its column's name.
    for (size_t i = 0; i < typed.size();) {
        const size_t j = std::min(typed.find_first_of(",;\n", i), typed.size());
        if (j - i >= 2 && j - i < typed.size()) d.strings.emplace_back(typed.substr(i, j - i));
        i = j + 1;
    }
    std::sort(d.strings.begin(), d.strings.end(), [](const auto& x, const auto& y) { return x.size() > y.size(); });
    for (const auto& s : d.strings) {
        d.joined += s + "\n";
        for (auto& w : ascii_words(s)) d.words.insert(w);
    }
    return d;
}

// A word drawn cut short ("Isold…" of "Isolde") is data when a data word starts with it.
inline bool cut_data_word(const std::set<std::string>& words, const std::string& w) {
    const auto it = words.lower_bound(w);
    return it != words.end() && it->rfind(w, 0) == 0;
}

// The words drawn last frame that are neither the atelier's data nor `typed` (what the test typed),
// each with the line it came from. A line that is part of a data string (a wrapped message) is
// data; otherwise the data strings in it are taken out and every ASCII word left is reported.
inline std::vector<std::string> words_not_from_catalogue(Headless& h, std::string_view typed = "") {
    const Data data = data_of(h.app.store.state(), typed);
    h.frame(1);
    const std::string all = h.drawn_text();
    std::vector<std::string> found;
    size_t start = 0;
    while (start < all.size()) {
        const size_t end = std::min(all.find('\n', start), all.size());
        const std::string line = all.substr(start, end - start);
        start = end + 1;
        if (data.joined.find(line) != std::string::npos) continue;
        // Cut with "…" where its box ends: the beginning of a data string.
        const std::string_view ellipsis = "…";
        if (line.size() > ellipsis.size() && line.compare(line.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
            const std::string head = line.substr(0, line.size() - ellipsis.size());
            if (data.joined.rfind(head, 0) == 0 || data.joined.find("\n" + head) != std::string::npos) continue;
        }
        std::string rest = line;
        // A data string cut with "…" inside the line (a table cell): its longest beginning before it.
        for (size_t cut = rest.find(ellipsis); cut != std::string::npos; cut = rest.find(ellipsis, cut + 1)) {
            size_t longest = 0;
            for (size_t k = 1; k <= std::min<size_t>(cut, 200); ++k) {
                const std::string head = rest.substr(cut - k, k);
                if (data.joined.rfind(head, 0) == 0 || data.joined.find("\n" + head) != std::string::npos) longest = k;
            }
            if (longest > 0) {
                rest.replace(cut - longest, longest + ellipsis.size(), "\t");
                cut -= longest;
            }
        }
        // A data string wrapped across lines: its beginning ends this line, its end begins it.
        // Only whole words: a part cut from a word ("do" of "Pseudo") is no data string's edge.
        const auto letter = [&](size_t i) { return (rest[i] >= 'A' && rest[i] <= 'Z') || (rest[i] >= 'a' && rest[i] <= 'z'); };
        size_t tail = 0, head = 0;
        for (size_t k = 1; k <= std::min<size_t>(rest.size(), 200); ++k) {
            const std::string end_part = rest.substr(rest.size() - k), start_part = rest.substr(0, k);
            const bool tail_whole = k == rest.size() || !letter(rest.size() - k - 1) || !letter(rest.size() - k);
            const bool head_whole = k == rest.size() || !letter(k) || !letter(k - 1);
            if (tail_whole && (data.joined.rfind(end_part, 0) == 0 || data.joined.find("\n" + end_part) != std::string::npos)) tail = k;
            if (head_whole && data.joined.find(start_part + "\n") != std::string::npos) head = k;
        }
        if (head + tail > rest.size()) head = 0;
        if (tail > 0 && tail < rest.size()) rest.replace(rest.size() - tail, tail, "\t");
        if (head > 0 && head < rest.size()) rest.replace(0, head, "\t");
        for (const auto& s : data.strings)
            for (size_t at = rest.find(s); at != std::string::npos; at = rest.find(s, at)) rest.replace(at, s.size(), "\t");
        // A message template's placeholders ("{client}") are its syntax, the same in every language.
        for (size_t open = rest.find('{'); open != std::string::npos; open = rest.find('{', open + 1))
            if (const size_t close = rest.find('}', open); close != std::string::npos && close - open < 40)
                rest.replace(open, close - open + 1, "\t");
        for (const auto& w : ascii_words(rest)) {
            const bool cut = rest.find(w + "…") != std::string::npos;
            if (!(cut && cut_data_word(data.words, w))) found.push_back(w + "   in: " + line);
        }
    }
    return found;
}

inline void check_translated(Headless& h, const std::string& where, std::string_view typed = "") {
    CAPTURE(where);
    const std::vector<std::string> found = words_not_from_catalogue(h, typed);
    std::string all;
    for (const auto& f : found) all += f + "\n";
    CHECK_MESSAGE(found.empty(), "drawn without the catalogue:\n" << all);
}

// The demo atelier with `orders` orders, drawn in `language` ("qps": the pseudo language), on the
// view the navigation names `nav` ("": the dashboard it opens on).
inline void demo_in(Headless& h, const char* language, const char* nav = "", int orders = 60) {
    open_demo(h.app, orders);
    h.app.set_language(language);
    h.frame(2);
    if (*nav) {
        h.nav(nav);
        h.frame(2);
    }
}

}  // namespace atelier::test::i18n
