#include "core/commands/command.hpp"

namespace atelier {

namespace {

template <size_t I = 0>
bool make_by_type(const std::string& type, Command& out) {
    if constexpr (I < std::variant_size_v<Command>) {
        using T = std::variant_alternative_t<I, Command>;
        if (type == T::kType) {
            out.emplace<I>();
            return true;
        }
        return make_by_type<I + 1>(type, out);
    } else {
        return false;
    }
}

template <size_t I = 0>
void collect_types(std::vector<std::string>& out) {
    if constexpr (I < std::variant_size_v<Command>) {
        out.emplace_back(std::variant_alternative_t<I, Command>::kType);
        collect_types<I + 1>(out);
    }
}

}  // namespace

const char* command_type(const Command& c) {
    return std::visit([](const auto& x) { return std::decay_t<decltype(x)>::kType; }, c);
}

std::vector<std::string> command_types() {
    std::vector<std::string> out;
    collect_types(out);
    return out;
}

nlohmann::json command_to_json(const Command& c) {
    return std::visit(
        [](const auto& x) {
            nlohmann::json j = write_value(x);
            j["type"] = std::decay_t<decltype(x)>::kType;
            return j;
        },
        c);
}

std::optional<Command> command_from_json(const nlohmann::json& j, Problems& problems, const char* prefix) {
    Reader r{problems};
    const PathSeg root{nullptr, prefix, 0};
    if (!j.is_object()) {
        r.fail(root, "a command must be a JSON object");
        return std::nullopt;
    }
    auto t = j.find("type");
    if (t == j.end() || !t->is_string()) {
        r.fail(PathSeg{&root, "type", 0}, "is missing (e.g. \"order.advance\")");
        return std::nullopt;
    }
    Command c;
    if (!make_by_type(t->get<std::string>(), c)) {
        r.fail(PathSeg{&root, "type", 0}, "unknown command type \"" + t->get<std::string>() + "\"");
        return std::nullopt;
    }
    std::visit([&](auto& x) { read_fields(j, x, root, r, 1); }, c);
    if (r.failed) return std::nullopt;
    return c;
}

std::ostream& operator<<(std::ostream& os, const Command& c) { return os << command_to_json(c).dump(); }

}  // namespace atelier
