// The validator's rules for styles and production orders: the ones the commands check
// (core/production/rules.hpp), here on every loaded or changed atelier.
#include "core/production/rules.hpp"
#include "core/production/sales.hpp"
#include "core/validate/validate.hpp"

namespace atelier {

void check_style(const Atelier& a, size_t i, Findings& f) {
    if (auto why = style_problem(a.styles[i])) f.bad("/styles/" + std::to_string(i) + why->field, why->why);
}

void check_production(const Atelier& a, size_t i, Findings& f) {
    if (auto why = production_problem(a, a.productions[i])) f.bad("/productions/" + std::to_string(i) + why->field, why->why);
}

void check_sales(const Atelier& a, size_t i, Findings& f) {
    if (auto why = sales_problem(a, a.sales[i])) f.bad("/sales/" + std::to_string(i) + why->field, why->why);
}

}  // namespace atelier
