#pragma once
// What the core says to a person — a refusal, a finding, a notice — as a catalogue key with named
// values, so each view words it in its device's language while the CLI, logs and tests read the
// English (core/i18n/said_text.hpp words it; docs/i18n.md).
#include <cstdint>
#include <string>
#include <vector>

namespace atelier {

enum class Msg : uint16_t;  // core/i18n/catalogue.hpp

struct Said {
    // A named value; `inner`, when given, is a sentence of its own worded in the same language
    // ("step 2 of 3 (order.pay): {reason}").
    struct Value {
        std::string name;
        std::string text;
        std::vector<Said> inner;
        bool operator==(const Value&) const = default;
    };
    Msg key;
    std::vector<Value> values;
    int64_t n = 1;  // the count a plural message agrees with
    bool operator==(const Said&) const = default;
    // This sentence with `name` worded from a sentence of its own.
    Said with(std::string name, Said inner) const {
        Said out = *this;
        out.values.push_back({std::move(name), {}, {std::move(inner)}});
        return out;
    }
};

}  // namespace atelier
