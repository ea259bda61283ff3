#pragma once
// [SECTION] Exact heap accounting of an Atelier: what its vectors and strings own, by walking every
// type's fields() visitor. Allocator bookkeeping is not included (count `allocations` for an estimate).
#include <cstddef>

#include "core/model/atelier.hpp"

namespace atelier {

struct HeapUse {
    size_t bytes = 0;        // requested bytes owned by the atelier (vectors' capacity, long strings, maps)
    size_t allocations = 0;  // separate heap blocks
};

HeapUse heap_use(const Atelier& a);

}  // namespace atelier
