#include "core/json/capped.hpp"

#include <cstring>
#include <vector>

#include "core/i18n/said_text.hpp"

namespace atelier {

size_t json_depth(std::string_view text, size_t limit) {
    const char* p = text.data();
    const char* const end = p + text.size();
    size_t depth = 0, deepest = 0;
    while (p != end) {
        const char c = *p++;
        if (c == '"') {
            // Skip the string: the next quote not escaped by an odd run of backslashes (memchr is
            // vectorised, and a snapshot is mostly strings).
            while (true) {
                const void* q = std::memchr(p, '"', static_cast<size_t>(end - p));
                if (!q) return deepest;  // unterminated: the parser fails there
                const char* quote = static_cast<const char*>(q);
                size_t backslashes = 0;
                for (const char* b = quote; b != p && b[-1] == '\\'; --b) ++backslashes;
                p = quote + 1;
                if (backslashes % 2 == 0) break;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > deepest && (deepest = depth) > limit) return deepest;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

namespace {
Said too_deep(size_t limit) { return say(Msg::why_json_too_deep, {{"max", std::to_string(limit)}}); }
}  // namespace

std::string json_too_deep_message(size_t limit) { return english(too_deep(limit)); }

bool json_depth_ok(std::string_view text, Problems& problems, size_t limit) {
    if (json_depth(text, limit) <= limit) return true;
    problems.push_back(problem_at("", too_deep(limit)));
    return false;
}

Said json_syntax_said(const std::string& what) {
    // nlohmann says "at line L, column C"; keep that (in English, as a value), drop its error-code prefix.
    const auto at = what.find("parse error");
    return say(Msg::why_json_syntax, {{"detail", at == std::string::npos ? what : what.substr(at)}});
}
Said json_duplicate_key_said() { return say(Msg::why_json_key_twice); }

namespace {

// nlohmann's DOM builder plus one rule: a key may appear once per object. Iterative, as nlohmann's
// own; pointers to open containers stay valid (an array only grows after its open child closes).
class StrictDom {
public:
    using json = nlohmann::json;
    json root;
    std::string duplicate;  // the path of the first repeated key
    std::string syntax;     // nlohmann's message

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
    bool string(json::string_t& s) { return put(json(std::move(s))); }
    bool binary(json::binary_t& b) { return put(json(std::move(b))); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k) {
        if (stack_.back()->contains(k)) {
            for (size_t i = 1; i < names_.size(); ++i) duplicate += "/" + names_[i];
            duplicate += "/" + k;
            return false;
        }
        key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
        syntax = e.what();
        return false;
    }

private:
    json* place(json&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        return &top.get_ref<json::object_t&>().emplace(key_, std::move(v)).first->second;
    }
    bool put(json&& v) {
        place(std::move(v));
        return true;
    }
    bool open(json&& v) {
        std::string name = stack_.empty() ? std::string() : stack_.back()->is_array() ? std::to_string(stack_.back()->size()) : key_;
        stack_.push_back(place(std::move(v)));
        names_.push_back(std::move(name));
        return true;
    }
    bool close() {
        stack_.pop_back();
        names_.pop_back();
        return true;
    }
    std::vector<json*> stack_;
    std::vector<std::string> names_;  // where each open container sits in its parent
    std::string key_;
};

}  // namespace

nlohmann::json parse_json_capped(std::string_view text, Problems& problems) {
    if (!json_depth_ok(text, problems)) return nlohmann::json::value_t::discarded;
    StrictDom dom;
    if (nlohmann::json::sax_parse(text.begin(), text.end(), &dom)) return std::move(dom.root);
    if (!dom.duplicate.empty()) problems.push_back(problem_at(dom.duplicate, json_duplicate_key_said()));
    else problems.push_back(problem_at("", json_syntax_said(dom.syntax.empty() ? std::string("parse error") : dom.syntax)));
    return nlohmann::json::value_t::discarded;
}

std::string json_text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

}  // namespace atelier
