#include "core/snapshot/snapshot_writer.hpp"

#include "core/json/fields.hpp"
#include "core/snapshot/snapshot.hpp"

namespace atelier {

// One list: its key and opening bracket, entities while the budget lasts, its closing bracket.
// True when the list is complete.
template <class T>
bool SnapshotWriter::list(const char* key, const std::vector<T>& items, size_t budget, std::string& out, size_t start) {
    if (i_ == 0) {
        out += ",\n\"";
        out += key;
        out += "\": [";
    }
    for (; i_ < items.size() && (out.size() - start < budget || i_ == 0); ++i_, ++written_) {
        out += i_ ? ",\n  " : "\n  ";
        out += write_value(items[i_]).dump();
    }
    if (i_ < items.size()) return false;
    out += items.empty() ? "]" : "\n]";
    i_ = 0;
    return true;
}

bool SnapshotWriter::step(size_t budget, std::string& out) {
    const size_t start = out.size();
    while (part_ != Part::done && out.size() - start < budget) {
        switch (part_) {
            case Part::head:
                out += "{\"schema\": ";
                out += std::to_string(kSchema);
                out += ",\n\"atelier\": ";
                out += write_value(a_.profile).dump();
                if (!a_.clock.rows.empty()) {
                    out += ",\n\"clock\": ";
                    out += write_value(a_.clock.rows).dump();
                }
                part_ = Part::pipelines;
                break;
            case Part::pipelines:
                if (list("pipelines", a_.pipelines.items(), budget, out, start)) part_ = Part::clients;
                break;
            case Part::clients:
                if (list("clients", a_.clients.items(), budget, out, start)) part_ = Part::orders;
                break;
            case Part::orders:
                if (list("orders", a_.orders.items(), budget, out, start)) part_ = a_.styles.empty() ? Part::productions : Part::styles;
                break;
            case Part::styles:
                if (list("styles", a_.styles.items(), budget, out, start)) part_ = Part::productions;
                break;
            case Part::productions:
                if (a_.productions.empty()) part_ = Part::sales;
                else if (list("productions", a_.productions.items(), budget, out, start)) part_ = Part::sales;
                break;
            case Part::sales:
                if (a_.sales.empty()) part_ = Part::tail;
                else if (list("sales_orders", a_.sales.items(), budget, out, start)) part_ = Part::tail;
                break;
            case Part::tail:
                out += "}\n";
                part_ = Part::done;
                break;
            case Part::done: break;
        }
    }
    return part_ == Part::done;
}

double SnapshotWriter::progress() const {
    if (part_ == Part::done) return 1;
    const double all = static_cast<double>(a_.pipelines.size() + a_.clients.size() + a_.orders.size() + a_.styles.size() +
                                          a_.productions.size() + a_.sales.size()) + 2;
    return static_cast<double>(written_ + (part_ == Part::head ? 0 : 1)) / all;
}

std::string write_snapshot(const Atelier& a) {
    std::string out;
    SnapshotWriter w(a);
    w.step(SIZE_MAX, out);
    return out;
}

}  // namespace atelier
