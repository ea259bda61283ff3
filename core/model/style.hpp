#pragma once
// [SECTION] A style and its tech pack: what a producer makes in quantity (issue 18).
// - The tech pack is versioned: `versions` keeps every version, oldest first; the last is the one
//   being worked on. A version a production order was released on is frozen (`released`): it is
//   never edited again, so the orders made on it keep what they were made from; a change is a new
//   version (style.revise), which starts again in Design.
// - The state is the working version's: Commercial → Design → Approval → Production Ready, or
//   Archived. Only a Production Ready pack can be released to production.
#include <ostream>
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/history.hpp"
#include "core/model/order.hpp"  // Image: a style's sketches are kept as an order's photos
#include "core/model/quantity.hpp"

namespace atelier {

enum class StyleState : uint8_t { commercial, design, approval, production_ready, archived };
template <> struct EnumNames<StyleState> {
    static constexpr std::array<const char*, 5> names{"commercial", "design", "approval", "production_ready", "archived"};
    static constexpr std::array<const char*, 5> labels{"Commercial", "Design", "Approval", "Production Ready", "Archived"};
};

enum class MaterialKind : uint8_t { fabric, lining, trim, other };
template <> struct EnumNames<MaterialKind> {
    static constexpr std::array<const char*, 4> names{"fabric", "lining", "trim", "other"};
    static constexpr std::array<const char*, 4> labels{"Fabric", "Lining", "Trim", "Other"};
};

// One line of the bill of materials: what one garment of each size uses (`per_size`, in the
// order of the pack's sizes), before waste.
struct BomLine {
    std::string material;  // "Wool twill, navy"
    MaterialKind kind = MaterialKind::fabric;
    std::string unit;      // "m", "pcs"
    std::vector<Quantity> per_size;
    std::string supplier;
    int waste_percent = 0;  // 0-100: cutting waste added on top in the materials summary
    bool operator==(const BomLine&) const = default;
    template <class V> void fields(V& v) {
        v.req("material", material);
        v.opt("kind", kind);
        v.req("unit", unit);
        v.req("per_size", per_size);
        v.opt("supplier", supplier);
        v.opt("waste_percent", waste_percent);
    }
};

// One point of measure of the measurement chart ("chest", "length"): its value in each size.
struct ChartPoint {
    std::string point;
    std::vector<Length> values;  // in the order of the pack's sizes
    bool operator==(const ChartPoint&) const = default;
    template <class V> void fields(V& v) {
        v.req("point", point);
        v.req("values", values);
    }
};

// What a version of the tech pack holds besides its number.
struct TechPack {
    std::vector<std::string> sizes;    // the size run, smallest first: "XS".."XL", "36".."46"
    std::vector<std::string> colours;  // colourways: "Navy", "Ecru"
    std::vector<ChartPoint> chart;
    std::vector<BomLine> bom;
    std::string notes;                   // construction notes
    std::vector<std::string> checklist;  // the quality inspection, one check per line
    bool operator==(const TechPack&) const = default;
    template <class V> void fields(V& v) {
        v.opt("sizes", sizes);
        v.opt("colours", colours);
        v.opt("chart", chart);
        v.opt("bom", bom);
        v.opt("notes", notes);
        v.opt("checklist", checklist);
    }
};

struct PackVersion : TechPack {
    int version = 1;
    bool released = false;  // a production order was released on it: frozen
    bool operator==(const PackVersion&) const = default;
    template <class V> void fields(V& v) {
        v.req("version", version);
        TechPack::fields(v);
        v.opt("released", released);
    }
};

struct Style {
    std::string code;  // the key: "SS27-DR01" (letters, digits, '-', '_', '.'), never changed
    std::string name;
    std::string season;
    StyleState state = StyleState::commercial;
    std::vector<PackVersion> versions;  // at least one; the last is the working version
    // Counts the changes of the tech pack (each edit and each new version): a production order not
    // yet released remembers the one it saw (ProductionOrder::pack_seen) to flag a change since.
    int revision = 1;
    // Sketches and sample photos of the style (described here, stored by content like an order's).
    std::vector<Image> images;
    std::vector<HistoryEntry> history;
    bool operator==(const Style&) const = default;
    template <class V> void fields(V& v) {
        v.req("code", code);
        v.req("name", name);
        v.opt("season", season);
        v.req("state", state);
        v.req("versions", versions);
        v.opt("revision", revision);
        v.opt("images", images);
        v.opt("history", history);
    }
    const PackVersion& pack() const { return versions.back(); }
    // Version `n`, or null.
    const PackVersion* version(int n) const;
};

inline const std::string& entity_key(const Style& s) { return s.code; }

// Index of `name` in `names`, or -1 (a size in the size run, a colourway).
int index_in(const std::vector<std::string>& names, const std::string& name);

std::ostream& operator<<(std::ostream& os, const Style& s);

}  // namespace atelier
