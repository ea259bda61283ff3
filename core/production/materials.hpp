#pragma once
// [SECTION] The materials summary: the bill of materials × the matrix, per material (issue 18).
// Read-only, worked out from the tech pack the order works from (its released version, else the
// working one); an order not yet released whose pack changed since it last looked is flagged.
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

struct MaterialNeed {
    std::string material, unit, supplier;
    MaterialKind kind = MaterialKind::fabric;
    Quantity net;         // what the pieces use
    Quantity with_waste;  // and the cutting waste on top, rounded up to a thousandth
    bool operator==(const MaterialNeed&) const = default;
};

struct MaterialsSummary {
    std::vector<MaterialNeed> lines;  // in the order first met (the BOM's order, then the next order's new ones)
    int orders = 0;                   // how many production orders it adds up
    std::vector<int> changed;         // orders whose tech pack changed since they last saw it
    std::optional<Said> problem;      // when a sum passed the largest quantity (nothing is shown then)
};

// One production order's materials.
MaterialsSummary materials_of(const Atelier& a, const ProductionOrder& p);
// Every open production order's (not completed, not cancelled), added up per material and unit.
MaterialsSummary materials_of_open(const Atelier& a);
// Whether the order's tech pack changed since the order last saw it (before release only).
bool pack_changed(const Atelier& a, const ProductionOrder& p);
// "material,kind,unit,supplier,required,with waste" rows with a header, for the buyer.
std::string materials_csv(const MaterialsSummary& m, char sep = ',');

}  // namespace atelier
