#include "core/model/production.hpp"

#include "core/model/sales.hpp"
#include "core/model/style.hpp"

namespace atelier {

const ProductionBatch* ProductionOrder::batch(int id) const {
    for (const auto& b : batches)
        if (b.id == id) return &b;
    return nullptr;
}

int64_t pieces(const std::vector<Cell>& cells) {
    int64_t n = 0;
    for (const auto& c : cells) n += c.quantity;
    return n;
}

int64_t pieces(const ProductionBatch& b) {
    int64_t n = 0;
    for (const auto& s : b.sizes) n += s.quantity;
    return n;
}

std::ostream& operator<<(std::ostream& os, const ProductionOrder& p) {
    return os << "ProductionOrder{" << p.number << ", " << p.style << " v" << p.version << ", " << enum_id(p.state) << ", "
              << pieces(p.matrix) << " pieces, " << p.batches.size() << " batches}";
}

const PackVersion* Style::version(int n) const {
    for (const auto& v : versions)
        if (v.version == n) return &v;
    return nullptr;
}

int index_in(const std::vector<std::string>& names, const std::string& name) {
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<int>(i);
    return -1;
}

std::ostream& operator<<(std::ostream& os, const SalesOrder& s) {
    return os << "SalesOrder{" << s.number << ", customer " << s.customer << ", " << s.lines.size() << " lines}";
}

std::ostream& operator<<(std::ostream& os, const Style& s) {
    return os << "Style{" << s.code << ", " << enum_id(s.state) << ", v" << (s.versions.empty() ? 0 : s.versions.back().version) << "}";
}

}  // namespace atelier
