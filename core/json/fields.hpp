#pragma once
// [SECTION] One visitor per struct, two directions.
// - A type lists its fields once in `template <class V> void fields(V& v)` with v.req / v.opt.
// - write_json omits optional fields equal to their default, keeping 100k-order snapshots small.
// - read_json collects Problems with JSON paths; paths are only built when something is wrong.
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/model/date.hpp"
#include "core/model/length.hpp"
#include "core/model/money.hpp"
#include "core/model/quantity.hpp"
#include "core/problem.hpp"

namespace atelier {

// The one table of an enum's values, in declaration order, specialised beside each enum:
// `names`, the ids JSON, the CLI and filters use ("in_production"), and for enums shown to people,
// `labels`, what the views print ("In production"). Both live in that one place.
template <class E>
struct EnumNames;

template <class E>
const char* enum_id(E e) {
    return EnumNames<E>::names[static_cast<size_t>(e)];
}
template <class E>
const char* enum_label(E e) {
    return EnumNames<E>::labels[static_cast<size_t>(e)];
}
// The value whose id is `id`; nullopt for an unknown id.
template <class E>
std::optional<E> enum_from_id(std::string_view id) {
    const auto& names = EnumNames<E>::names;
    for (size_t i = 0; i < names.size(); ++i)
        if (id == names[i]) return static_cast<E>(i);
    return std::nullopt;
}

// A JSON path as a chain of stack frames; str() renders "/orders/3/deadline" only on demand.
struct PathSeg {
    const PathSeg* parent = nullptr;
    const char* key = nullptr;  // null: array index
    size_t index = 0;
    std::string str() const;
};

struct Reader {
    Problems& problems;
    size_t limit = 50;  // the first problems are what a person can act on
    bool failed = false;
    void fail(const PathSeg& at, Said why);  // fields.cpp
    // The reader's own sentences, worded in fields.cpp so the catalogue stays out of this header.
    void missing(const PathSeg& at);                              // "is missing"
    void unknown_field(const PathSeg& at);                        // "is not a known field"
    void not_object(const PathSeg& at);                           // "expected an object"
    void not_array(const PathSeg& at);                            // "expected an array"
    void not_one_of(const PathSeg& at, const std::string& known);  // "must be one of: a, b, c"
    bool full() const { return problems.size() >= limit; }
};

struct KeyProbe;
template <class T>
concept HasFields = requires(T& t, KeyProbe& v) { t.fields(v); };

// Forward declarations: containers nest in any order and std types get no ADL help.
template <class T>
nlohmann::json write_value(const std::optional<T>& v);
template <class T>
nlohmann::json write_value(const std::vector<T>& v);
template <HasFields T>
nlohmann::json write_value(const T& v);
template <class T>
void read_value(const nlohmann::json& j, std::optional<T>& out, const PathSeg& at, Reader& r);
template <class T>
void read_value(const nlohmann::json& j, std::optional<std::optional<T>>& out, const PathSeg& at, Reader& r);
template <class T>
void read_value(const nlohmann::json& j, std::vector<T>& out, const PathSeg& at, Reader& r);
template <HasFields T>
void read_value(const nlohmann::json& j, T& out, const PathSeg& at, Reader& r);

// --- primitive writers -------------------------------------------------------------------
inline nlohmann::json write_value(const std::string& v) { return v; }
inline nlohmann::json write_value(bool v) { return v; }
inline nlohmann::json write_value(int v) { return v; }
inline nlohmann::json write_value(int64_t v) { return v; }
inline nlohmann::json write_value(Money v) { return v.minor; }
inline nlohmann::json write_value(Date v) { return format_date(v); }
inline nlohmann::json write_value(DateTime v) { return format_datetime(v); }
inline nlohmann::json write_value(Length v) { return format_length(v); }
inline nlohmann::json write_value(Quantity v) { return format_quantity(v); }
template <class E>
    requires std::is_enum_v<E>
nlohmann::json write_value(E e) {
    return EnumNames<E>::names[static_cast<size_t>(e)];
}
template <class T>
nlohmann::json write_value(const std::optional<T>& v) {
    return v ? write_value(*v) : nlohmann::json();
}
template <class T>
nlohmann::json write_value(const std::vector<T>& v);
template <HasFields T>
nlohmann::json write_value(const T& v);

// --- primitive readers -------------------------------------------------------------------
void read_value(const nlohmann::json& j, std::string& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, bool& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, int& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, int64_t& out, const PathSeg& at, Reader& r);
// Money: a non-negative integer of minor units, or a decimal string "1234.50".
void read_value(const nlohmann::json& j, Money& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, Date& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, DateTime& out, const PathSeg& at, Reader& r);
void read_value(const nlohmann::json& j, Length& out, const PathSeg& at, Reader& r);
// Quantity: a decimal string with at most three decimals, "1.25" (a whole number is taken too).
void read_value(const nlohmann::json& j, Quantity& out, const PathSeg& at, Reader& r);
template <class E>
    requires std::is_enum_v<E>
void read_value(const nlohmann::json& j, E& out, const PathSeg& at, Reader& r) {
    const auto& names = EnumNames<E>::names;
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        for (size_t i = 0; i < names.size(); ++i)
            if (s == names[i]) {
                out = static_cast<E>(i);
                return;
            }
    }
    std::string known;
    for (const char* n : names) known += (known.empty() ? "" : ", ") + std::string(n);
    r.not_one_of(at, known);
}
template <class T>
void read_value(const nlohmann::json& j, std::optional<T>& out, const PathSeg& at, Reader& r) {
    if (j.is_null()) {
        out.reset();
        return;
    }
    T v{};
    read_value(j, v, at, r);
    out = std::move(v);
}
// Nested optional (update commands): absent = keep, null = clear.
template <class T>
void read_value(const nlohmann::json& j, std::optional<std::optional<T>>& out, const PathSeg& at, Reader& r) {
    std::optional<T> v;
    read_value(j, v, at, r);
    out = std::move(v);
}
template <class T>
void read_value(const nlohmann::json& j, std::vector<T>& out, const PathSeg& at, Reader& r);
template <HasFields T>
void read_value(const nlohmann::json& j, T& out, const PathSeg& at, Reader& r);

// --- the two visitors --------------------------------------------------------------------
// Optional fields are left out when equal to the same field of a default-constructed object, so
// non-zero defaults (quantity 1, due-soon 7 days) need no second declaration. The default field is
// found at the same offset, as every visited field is a subobject of the object being written.
struct JsonWriter {
    nlohmann::json& j;
    const void* obj = nullptr;
    const void* def = nullptr;
    template <class T>
    const T& default_of(const T& v) const {
        const auto offset = reinterpret_cast<const char*>(&v) - static_cast<const char*>(obj);
        return *reinterpret_cast<const T*>(static_cast<const char*>(def) + offset);
    }
    template <class T>
    void req(const char* key, const T& v) { j[key] = write_value(v); }
    template <class T>
    void opt(const char* key, const T& v) {
        if (!(v == default_of(v))) j[key] = write_value(v);
    }
    // has_value() rather than == {}: GCC 12 at -O1 warns (falsely) about the empty temporary.
    template <class T>
    void opt(const char* key, const std::optional<T>& v) {
        if (v.has_value()) j[key] = write_value(*v);
    }
    template <class T>
    void opt(const char* key, const std::vector<T>& v) {
        if (!v.empty()) j[key] = write_value(v);
    }
    void opt(const char* key, const std::string& v) {
        if (!v.empty()) j[key] = v;
    }
};

struct JsonReader {
    const nlohmann::json& j;
    const PathSeg& at;
    Reader& r;
    size_t seen = 0;
    template <class T>
    void req(const char* key, T& v) {
        auto it = j.find(key);
        if (it == j.end()) return r.missing(PathSeg{&at, key, 0});
        ++seen;
        read_value(*it, v, PathSeg{&at, key, 0}, r);
    }
    template <class T>
    void opt(const char* key, T& v) {
        auto it = j.find(key);
        if (it == j.end()) return;
        ++seen;
        read_value(*it, v, PathSeg{&at, key, 0}, r);
    }
};

// Reports keys of `j` that the type does not know, so typos never pass silently.
void report_unknown_keys(const nlohmann::json& j, const std::vector<std::string>& known, const PathSeg& at, Reader& r);

struct KeyCollector {
    std::vector<std::string> keys;
    template <class T>
    void req(const char* key, T&) { keys.emplace_back(key); }
    template <class T>
    void opt(const char* key, T&) { keys.emplace_back(key); }
};

// `fields` is written once for a mutable object; writing only reads through it.
template <class T>
T& mut(const T& v) { return const_cast<T&>(v); }

template <HasFields T>
nlohmann::json write_value(const T& v) {
    static const T def{};
    nlohmann::json j = nlohmann::json::object();
    JsonWriter w{j, &v, &def};
    mut(v).fields(w);
    return j;
}

// write_value without an entity's own records (history, conflicts): what a field diff reads. An
// order's history can be most of its JSON, and grows with every change.
struct RecordsLeftOut : JsonWriter {
    static bool record(const char* key) { return std::string_view(key) == "history" || std::string_view(key) == "conflicts"; }
    template <class T> void req(const char* key, const T& v) { if (!record(key)) JsonWriter::req(key, v); }
    template <class T> void opt(const char* key, const T& v) { if (!record(key)) JsonWriter::opt(key, v); }
};
template <class T>
nlohmann::json write_fields_only(const T& v) {
    static const T def{};
    nlohmann::json j = nlohmann::json::object();
    RecordsLeftOut w{{j, &v, &def}};
    mut(v).fields(w);
    return j;
}

template <class T>
nlohmann::json write_value(const std::vector<T>& v) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& x : v) j.push_back(write_value(x));
    return j;
}

// Reads the object's fields into `out`; `extra` counts keys consumed by the caller (e.g. "type").
template <HasFields T>
void read_fields(const nlohmann::json& j, T& out, const PathSeg& at, Reader& r, size_t extra = 0) {
    if (!j.is_object()) return r.not_object(at);
    JsonReader rd{j, at, r};
    out.fields(rd);
    if (rd.seen + extra != j.size()) {
        KeyCollector kc;
        out.fields(kc);
        report_unknown_keys(j, kc.keys, at, r);
    }
}

template <HasFields T>
void read_value(const nlohmann::json& j, T& out, const PathSeg& at, Reader& r) {
    read_fields(j, out, at, r);
}

template <class T>
void read_value(const nlohmann::json& j, std::vector<T>& out, const PathSeg& at, Reader& r) {
    if (!j.is_array()) return r.not_array(at);
    out.clear();
    out.reserve(j.size());
    for (size_t i = 0; i < j.size(); ++i) {
        out.emplace_back();
        read_value(j[i], out.back(), PathSeg{&at, nullptr, i}, r);
    }
}

// Convenience for whole documents.
template <class T>
nlohmann::json to_json_value(const T& v) { return write_value(v); }
template <class T>
bool from_json_value(const nlohmann::json& j, T& out, const std::string& path, Problems& problems) {
    Reader r{problems};
    PathSeg root{nullptr, nullptr, 0};
    (void)path;
    read_value(j, out, root, r);
    return !r.failed;
}

}  // namespace atelier
