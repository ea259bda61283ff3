#include "core/storage/raw_files.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace atelier {

namespace {

std::string base64(const std::string& in) {
    static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const uint32_t v = uint32_t(uint8_t(in[i])) << 16 | uint32_t(uint8_t(in[i + 1])) << 8 | uint8_t(in[i + 2]);
        out += abc[v >> 18 & 63];
        out += abc[v >> 12 & 63];
        out += abc[v >> 6 & 63];
        out += abc[v & 63];
    }
    if (i < in.size()) {
        uint32_t v = uint32_t(uint8_t(in[i])) << 16;
        if (i + 1 < in.size()) v |= uint32_t(uint8_t(in[i + 1])) << 8;
        out += abc[v >> 18 & 63];
        out += abc[v >> 12 & 63];
        out += i + 1 < in.size() ? abc[v >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

}  // namespace

std::string raw_files_text(Files& files) {
    std::vector<std::string> names = files.list();
    std::sort(names.begin(), names.end());
    nlohmann::json list = nlohmann::json::array();
    for (const std::string& name : names) {
        const std::optional<std::string> data = files.read(name);
        if (!data) list.push_back({{"name", name}, {"error", files.error}});
        // Text when nlohmann's strict dump takes it; checked first, as a throw aborts the WASM build.
        else if (is_valid_utf8(*data)) list.push_back({{"name", name}, {"text", *data}});
        else list.push_back({{"name", name}, {"base64", base64(*data)}});
    }
    return nlohmann::json{{"kind", "atelier-raw-files"}, {"files", std::move(list)}}.dump(1);
}

std::string raw_files_name(const std::string& company_code, Date today) {
    return "atelier-raw-files-" + (company_code.empty() ? "" : company_code + "-") + format_date(today) + ".json";
}

}  // namespace atelier
