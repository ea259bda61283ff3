#pragma once
#include <string>
#include <vector>

#include "core/model/date.hpp"

namespace atelier {

// One applied command as seen on an order or client: who, when, which command, and each
// top-level field that changed with its JSON before and after (compact text, "" when absent).
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
    bool operator==(const FieldChange&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("field", field);
        v.opt("before", before);
        v.opt("after", after);
    }
};

struct HistoryEntry {
    DateTime at;
    std::string who;
    std::string what;  // the command type, e.g. "client.measure" vs "client.correct"
    std::vector<FieldChange> changes;
    bool operator==(const HistoryEntry&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("at", at);
        v.req("who", who);
        v.req("what", what);
        v.opt("changes", changes);
    }
};

}  // namespace atelier
