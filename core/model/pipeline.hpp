#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/channel.hpp"
#include "core/model/conflict.hpp"
#include "core/model/text_in.hpp"

namespace atelier {

struct Stage {
    std::string id;    // stable key orders refer to: "cutting"
    std::string name;  // shown: "Cutting"
    std::string team;
    std::string colour;  // "#RRGGBB"
    bool qc = false;        // cannot be left without a QC pass
    bool optional = false;  // may be skipped (recorded)
    bool photo = false;     // cannot be done without a photo
    bool freezes = false;   // freezes the order's measurements (cutting)
    Channel notify = Channel::none;
    std::string message;  // template: placeholders as core/rules/messages.hpp lists them
    TextsIn translations;  // the message for clients of other languages (the client's language picks)
    int days = 0;         // expected duration
    bool operator==(const Stage&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("id", id);
        v.req("name", name);
        v.opt("team", team);
        v.opt("colour", colour);
        v.opt("qc", qc);
        v.opt("optional", optional);
        v.opt("photo", photo);
        v.opt("freezes", freezes);
        v.opt("notify", notify);
        v.opt("message", message);
        v.opt("translations", translations);
        v.opt("days", days);
    }
};

// A payment milestone every new order of the pipeline starts with: a share of the order's total
// (a deposit at order, a part at the first fitting, the rest at handover). `when` as in an order's
// milestone: "order", "handover" or a stage id of this pipeline.
struct MilestoneShare {
    std::string label;
    std::string when;
    int percent = 0;  // 1-100; the shares of a pipeline add up to at most 100
    bool operator==(const MilestoneShare&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("label", label);
        v.req("when", when);
        v.req("percent", percent);
    }
};

struct Pipeline {
    std::string id;  // "bridal"
    std::string name;
    std::vector<Stage> stages;
    // The name or a stage two devices changed at once (field "name" or "stages/<stage id>"): kept
    // by the core; a pipeline.put keeps them whatever the pipeline it gives holds.
    std::vector<Conflict> conflicts;
    // No longer offered for new orders (a season's pipeline, a service stopped); its orders stay in
    // it and move on as before. Unarchived by the same pipeline.put.
    bool archived = false;
    // The schedule a new order of this pipeline starts with (core/rules/schedule.hpp).
    std::vector<MilestoneShare> schedule{};
    bool operator==(const Pipeline&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("id", id);
        v.req("name", name);
        v.req("stages", stages);
        v.opt("archived", archived);
        v.opt("schedule", schedule);
        v.opt("conflicts", conflicts);
    }
};

inline const std::string& entity_key(const Pipeline& p) { return p.id; }

// Index of the stage with `id`, or -1.
int stage_index(const Pipeline& p, const std::string& id);

std::ostream& operator<<(std::ostream& os, const Pipeline& p);

}  // namespace atelier
