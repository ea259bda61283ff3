#include "core/model/order.hpp"

namespace atelier {

std::ostream& operator<<(std::ostream& os, Status s) { return os << enum_id(s); }

std::ostream& operator<<(std::ostream& os, const Order& o) {
    return os << "Order{" << o.number << ", client " << o.client << ", " << o.status << ", " << o.pipeline << "/"
              << o.stage << ", price " << o.price << "}";
}

int stage_index(const Pipeline& p, const std::string& id) {
    for (size_t i = 0; i < p.stages.size(); ++i)
        if (p.stages[i].id == id) return static_cast<int>(i);
    return -1;
}

std::ostream& operator<<(std::ostream& os, const Pipeline& p) {
    return os << "Pipeline{" << p.id << ", " << p.stages.size() << " stages}";
}

}  // namespace atelier
