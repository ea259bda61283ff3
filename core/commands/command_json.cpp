#include "core/commands/command.hpp"

#include "core/i18n/said_text.hpp"

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

namespace {

// One command at `root`; `nested` refuses a batch (the elements of a batch's list).
std::optional<Command> read_command(const nlohmann::json& j, const PathSeg& root, Reader& r, bool nested) {
    if (!j.is_object()) {
        r.fail(root, say(Msg::why_sales_command_not_object));
        return std::nullopt;
    }
    auto t = j.find("type");
    if (t == j.end() || !t->is_string()) {
        r.fail(PathSeg{&root, "type", 0}, say(Msg::why_sales_command_type_missing));
        return std::nullopt;
    }
    const auto& type = t->get_ref<const std::string&>();
    // Refused before reading its list: the depth of what is read stays bounded.
    if (nested && type == cmd::Batch::kType) {
        r.fail(PathSeg{&root, "type", 0}, say(Msg::why_sales_batch_in_batch));
        return std::nullopt;
    }
    if (nested && (type == cmd::Undo::kType || type == cmd::Redo::kType)) {
        r.fail(PathSeg{&root, "type", 0}, say(Msg::why_sales_batch_undo));
        return std::nullopt;
    }
    Command c;
    if (!make_by_type(type, c)) {
        r.fail(PathSeg{&root, "type", 0}, say(Msg::why_sales_command_unknown, {{"type", type}}));
        return std::nullopt;
    }
    // The reader is shared by a batch's elements: this command's own failure is what counts here.
    const bool failed_before = r.failed;
    r.failed = false;
    std::visit([&](auto& x) { read_fields(j, x, root, r, 1); }, c);
    const bool ok = !r.failed;
    r.failed = r.failed || failed_before;
    if (!ok) return std::nullopt;
    return c;
}

Said batch_too_long(size_t n) {
    return say(Msg::why_sales_batch_too_long, {{"max", std::to_string(cmd::Batch::kMaxBatch)}, {"n", std::to_string(n)}});
}

}  // namespace

std::optional<Command> command_from_json(const nlohmann::json& j, Problems& problems, const char* prefix) {
    Reader r{problems};
    const PathSeg root{nullptr, prefix, 0};
    return read_command(j, root, r, false);
}

namespace cmd {

bool Batch::operator==(const Batch& o) const { return commands == o.commands; }

nlohmann::json write_value(const std::vector<Command>& commands) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& c : commands) j.push_back(command_to_json(c));
    return j;
}

void read_value(const nlohmann::json& j, std::vector<Command>& out, const PathSeg& at, Reader& r) {
    if (!j.is_array()) return r.fail(at, say(Msg::why_sales_batch_not_list));
    if (j.empty()) return r.fail(at, say(Msg::why_sales_batch_empty));
    if (j.size() > Batch::kMaxBatch) return r.fail(at, batch_too_long(j.size()));
    out.clear();
    out.reserve(j.size());
    for (size_t i = 0; i < j.size() && !r.full(); ++i)
        if (auto c = read_command(j[i], PathSeg{&at, nullptr, i}, r, true)) out.push_back(std::move(*c));
}

nlohmann::json write_value(const FieldValues& v) { return v.values; }

void read_value(const nlohmann::json& j, FieldValues& out, const PathSeg& at, Reader& r) {
    if (!j.is_object() && !j.is_null()) return r.fail(at, say(Msg::why_sales_field_values_not_object));
    out.values = j;
}

}  // namespace cmd

std::optional<Problem> check_batch_shape(const cmd::Batch& b) {
    if (b.commands.empty()) return problem_at("/commands", say(Msg::why_sales_batch_empty));
    if (b.commands.size() > cmd::Batch::kMaxBatch) return problem_at("/commands", batch_too_long(b.commands.size()));
    for (size_t i = 0; i < b.commands.size(); ++i)
        if (std::holds_alternative<cmd::Batch>(b.commands[i]))
            return problem_at("/commands/" + std::to_string(i) + "/type", say(Msg::why_sales_batch_in_batch));
        else if (std::holds_alternative<cmd::Undo>(b.commands[i]) || std::holds_alternative<cmd::Redo>(b.commands[i]))
            return problem_at("/commands/" + std::to_string(i) + "/type", say(Msg::why_sales_batch_undo));
    return std::nullopt;
}

std::ostream& operator<<(std::ostream& os, const Command& c) { return os << command_to_json(c).dump(); }

}  // namespace atelier
