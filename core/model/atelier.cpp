#include "core/model/atelier.hpp"

#include <cstdio>

namespace atelier {

void Atelier::reindex() {
    pipelines.reindex();
    clients.reindex();
    orders.reindex();
    styles.reindex();
    productions.reindex();
    sales.reindex();
}

const Order* Atelier::order(int number) const { return orders.find(number); }
const Client* Atelier::client(int id) const { return clients.find(id); }
const Pipeline* Atelier::pipeline(const std::string& id) const { return pipelines.find(id); }
const Style* Atelier::style(const std::string& code) const { return styles.find(code); }
const ProductionOrder* Atelier::production(int number) const { return productions.find(number); }
const SalesOrder* Atelier::sales_order(int number) const { return sales.find(number); }

std::string provisional_label(int number) {
    std::string out = "P";
    out += std::to_string(number - kProvisionalFrom + 1);
    return out;
}

int live_client(const Profile& p, int id) {
    for (const auto& m : p.merged_clients)
        if (m.from == id) return m.to;
    return id;
}

std::string invoice_number(int year, int sequence) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%04d", year, sequence);
    return buf;
}

bool valid_invoice_number(std::string_view s) {
    if (s.size() < 9 || s.size() > 11 || s[4] != '-') return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (i != 4 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

std::string order_label(const Profile& p, int number) {
    return (is_provisional(number) ? provisional_label(number) : std::to_string(number)) + "-" + p.settings.company_code;
}

std::string production_label(const Profile& p, int number) { return "PO " + order_label(p, number); }
std::string sales_label(const Profile& p, int number) { return "SO " + order_label(p, number); }

std::ostream& operator<<(std::ostream& os, const Atelier& a) {
    return os << "Atelier{" << a.profile.settings.name << ", " << a.pipelines.size() << " pipelines, "
              << a.clients.size() << " clients, " << a.orders.size() << " orders}";
}

}  // namespace atelier
