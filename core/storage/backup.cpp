#include "core/storage/backup.hpp"

#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"

namespace atelier {

std::string BackupPreview::summary() const {
    if (!ok) return error;
    auto count = [](size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
    return name + " (" + code + "): " + count(orders, "order", "orders") + ", " + count(clients, "client", "clients") + ", " +
           count(pipelines, "pipeline", "pipelines") + " — schema " + std::to_string(schema);
}

std::string backup_text(const Atelier& a) { return write_snapshot(a); }

std::string backup_file_name(const Atelier& a, Date today) {
    std::string code;
    for (char c : a.profile.settings.company_code)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) code += c;
    return "atelier-" + (code.empty() ? std::string("backup") : code) + "-" + format_date(today) + ".json";
}

namespace {
std::string megabytes(size_t bytes) { return std::to_string((bytes + (size_t{1} << 20) - 1) >> 20) + " MB"; }
}  // namespace

BackupPreview preview_backup(std::string_view text) {
    BackupPreview p;
    if (text.size() > kMaxBackupBytes) {
        p.error = "This file cannot be a backup: the file is " + megabytes(text.size()) + "; a backup can be at most " +
                  megabytes(kMaxBackupBytes) + ".";
        return p;
    }
    auto refuse = [&](const Problems& problems) {
        p.error = "This backup cannot be restored:";
        const size_t shown = std::min<size_t>(problems.size(), 5);
        for (size_t i = 0; i < shown; ++i) p.error += "\n  " + (problems[i].path.empty() ? "/" : problems[i].path) + ": " + problems[i].message;
        if (problems.size() > shown) p.error += "\n  … and " + std::to_string(problems.size() - shown) + " more";
        p.atelier = Atelier{};
        return p;
    };
    Problems problems;
    if (!json_depth_ok(text, problems)) {
        p.error = "This is not an Atelier backup: " + problems.front().message + ".";
        return p;
    }
    nlohmann::json j = parse_json_capped(text, problems);
    if (j.is_discarded()) {
        if (text.empty()) p.error = "The file is empty.";
        else if (problems.front().path.empty()) p.error = "This is not an Atelier backup: the file is not valid JSON (truncated or damaged).";
        else return refuse(problems);  // a repeated key
        return p;
    }
    if (j.is_object() && j.contains("schema") && j["schema"].is_number_integer()) p.schema = j["schema"].get<int>();
    if (!snapshot_from_json(std::move(j), p.atelier, problems)) return refuse(problems);
    p.ok = true;
    p.name = p.atelier.profile.settings.name;
    p.code = p.atelier.profile.settings.company_code;
    p.orders = p.atelier.orders.size();
    p.clients = p.atelier.clients.size();
    p.pipelines = p.atelier.pipelines.size();
    return p;
}

}  // namespace atelier
