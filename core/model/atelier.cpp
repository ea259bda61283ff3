#include "core/model/atelier.hpp"

namespace atelier {

void Atelier::reindex() {
    order_at.clear();
    client_at.clear();
    order_at.reserve(orders.size());
    client_at.reserve(clients.size());
    for (size_t i = 0; i < orders.size(); ++i) order_at.emplace(orders[i].number, i);
    for (size_t i = 0; i < clients.size(); ++i) client_at.emplace(clients[i].id, i);
}

const Order* Atelier::order(int number) const {
    auto it = order_at.find(number);
    return it == order_at.end() ? nullptr : &orders[it->second];
}

const Client* Atelier::client(int id) const {
    auto it = client_at.find(id);
    return it == client_at.end() ? nullptr : &clients[it->second];
}

const Pipeline* Atelier::pipeline(const std::string& id) const {
    for (const auto& p : pipelines)
        if (p.id == id) return &p;
    return nullptr;
}

std::string order_label(const Profile& p, int number) {
    return std::to_string(number) + "-" + p.settings.company_code;
}

std::ostream& operator<<(std::ostream& os, const Atelier& a) {
    return os << "Atelier{" << a.profile.settings.name << ", " << a.pipelines.size() << " pipelines, "
              << a.clients.size() << " clients, " << a.orders.size() << " orders}";
}

}  // namespace atelier
