#pragma once
// [SECTION] Reading typed values straight from nlohmann's SAX events, without building a DOM.
// - Each visited type gets a table of its fields (name, offset, operations), built once from the same
//   `fields(V&)` the DOM reader and the writer use, so both readers know the same fields.
// - Scalars go through the DOM reader's own read_value (on a one-value json), so every type check,
//   range check and message is the DOM reader's; common strings (text, dates, enums) take a fast path
//   that falls back to read_value whenever the value is not accepted.
// - Values of the wrong shape (an object where a date is expected) report the DOM reader's message
//   and their subtree is skipped; unknown keys are reported and skipped.
// - The caller decides what a syntax error or an unexpected document start means (see snapshot.cpp).
#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/capped.hpp"
#include "core/json/fields.hpp"

namespace atelier {
}  // namespace atelier

namespace atelier::stream {

struct Ops;

struct Field {
    const char* name;
    size_t len;
    size_t offset;  // of the member inside the visited object
    const Ops* ops;
    bool required;
};

struct Table {
    std::vector<Field> fields;
    const Field* find(const std::string& key, size_t& index) const {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].len == key.size() && std::memcmp(fields[i].name, key.data(), key.size()) == 0) {
                index = i;
                return &fields[i];
            }
        return nullptr;
    }
};

// Lists: `direct` lists grow in place (the document's big top-level lists); the others are filled
// through a reused scratch list and then moved into a list of exactly their size, as the DOM reader
// reserves exactly the array's size.
// A direct list that outgrows its room is reserved from an estimate (see Handler::grow) instead of
// doubling, whose copies of 100,000 orders, and page faults on each new block, cost most of the parse.
// The estimate starts once a list holds this many elements; shorter lists end at exactly their size.
constexpr size_t kEstimateAfter = 64;

// Each reader's own scratch lists, one per element type. They were shared (thread_local) until two
// readers stepped in turns — a compaction's read-back across frames and another open or a backup
// preview meanwhile — emptied each other's half-filled lists (ASan saw the leaks).
inline size_t next_scratch_id() {
    static std::atomic<size_t> n{0};
    return n++;
}
template <class T>
size_t scratch_id() {
    static const size_t id = next_scratch_id();
    return id;
}
class Scratch {
public:
    template <class T>
    std::vector<T>& get() {
        const size_t id = scratch_id<T>();
        if (lists_.size() <= id) lists_.resize(id + 1);
        if (!lists_[id]) lists_[id] = std::make_shared<std::vector<T>>();
        return *static_cast<std::vector<T>*>(lists_[id].get());
    }

private:
    std::vector<std::shared_ptr<void>> lists_;
};

struct VecOps {
    const Ops* elem;
    void (*begin)(void* vec, bool direct, Scratch& scratch);
    void* (*emplace)(void* vec, bool direct, Scratch& scratch);
    void (*finish)(void* vec, bool direct, Scratch& scratch);
    size_t (*room)(void* vec);  // direct lists: elements that fit before the list must grow
    void (*reserve)(void* vec, size_t n);
};

struct Ops {
    // The DOM reader on a single value: scalars, and the message for a value of the wrong shape.
    void (*value)(void* p, const nlohmann::json& j, const PathSeg& at, Reader& r);
    // A string value; fast where it can be, else the same as value(json(s)).
    void (*str)(void* p, const std::string& s, const PathSeg& at, Reader& r);
    const Table* (*table)();  // objects with fields; null otherwise
    const VecOps* vec;        // lists; null otherwise
};

template <class T>
const Ops* ops_of();

template <class T>
struct TableBuilder {
    const T* base;
    Table& t;
    template <class U>
    void add(const char* key, const U& member, bool required) {
        const auto offset = static_cast<size_t>(reinterpret_cast<const char*>(&member) - reinterpret_cast<const char*>(base));
        t.fields.push_back(Field{key, std::strlen(key), offset, ops_of<U>(), required});
    }
    template <class U>
    void req(const char* key, U& member) { add(key, member, true); }
    template <class U>
    void opt(const char* key, U& member) { add(key, member, false); }
};

template <HasFields T>
const Table* table_of() {
    static const Table table = [] {
        Table t;
        static T probe{};
        TableBuilder<T> b{&probe, t};
        probe.fields(b);
        return t;
    }();
    return &table;
}

template <class T>
void value_of(void* p, const nlohmann::json& j, const PathSeg& at, Reader& r) {
    read_value(j, *static_cast<T*>(p), at, r);
}

template <class T>
void str_slow(void* p, const std::string& s, const PathSeg& at, Reader& r) {
    read_value(nlohmann::json(s), *static_cast<T*>(p), at, r);
}

template <class T>
struct StrFast {
    static constexpr auto fn = &str_slow<T>;
};
template <>
struct StrFast<std::string> {
    static void fn(void* p, const std::string& s, const PathSeg&, Reader&) { *static_cast<std::string*>(p) = s; }
};
template <>
struct StrFast<Date> {
    static void fn(void* p, const std::string& s, const PathSeg& at, Reader& r) {
        if (auto d = parse_date(s)) *static_cast<Date*>(p) = *d;
        else str_slow<Date>(p, s, at, r);
    }
};
template <>
struct StrFast<DateTime> {
    static void fn(void* p, const std::string& s, const PathSeg& at, Reader& r) {
        if (auto d = parse_datetime(s)) *static_cast<DateTime*>(p) = *d;
        else str_slow<DateTime>(p, s, at, r);
    }
};
template <class E>
    requires std::is_enum_v<E>
struct StrFast<E> {
    static void fn(void* p, const std::string& s, const PathSeg& at, Reader& r) {
        const auto& names = EnumNames<E>::names;
        for (size_t i = 0; i < names.size(); ++i)
            if (s == names[i]) {
                *static_cast<E*>(p) = static_cast<E>(i);
                return;
            }
        str_slow<E>(p, s, at, r);
    }
};
template <class T>
struct StrFast<std::optional<T>> {
    static void fn(void* p, const std::string& s, const PathSeg& at, Reader& r) {
        auto& o = *static_cast<std::optional<T>*>(p);
        o.emplace();
        StrFast<T>::fn(&*o, s, at, r);
    }
};

template <class T>
const VecOps* vec_ops_of() {
    static const VecOps ops{
        ops_of<T>(),
        [](void* v, bool direct, Scratch& scratch) {
            static_cast<std::vector<T>*>(v)->clear();
            if (!direct) scratch.get<T>().clear();
        },
        [](void* v, bool direct, Scratch& scratch) -> void* {
            auto& list = direct ? *static_cast<std::vector<T>*>(v) : scratch.get<T>();
            list.emplace_back();
            return &list.back();
        },
        [](void* v, bool direct, Scratch& scratch) {
            auto& out = *static_cast<std::vector<T>*>(v);
            if (direct) {
                // A short list ends at exactly its size, as the DOM reader's (the memory test holds
                // both to the same bytes). A long one keeps the estimate's room when it is small:
                // shrinking moves every element once more (at 100,000 orders a 220 ms step natively,
                // the longest of the whole open).
                const size_t room = out.capacity() - out.size();
                if (room != 0 && (out.size() < kEstimateAfter || room > out.size() / 8 + 16)) out.shrink_to_fit();
                return;
            }
            auto& s = scratch.get<T>();
            out.reserve(s.size());
            for (auto& x : s) out.push_back(std::move(x));
            s.clear();
        },
        [](void* v) -> size_t {
            const auto& out = *static_cast<std::vector<T>*>(v);
            return out.capacity() - out.size();
        },
        [](void* v, size_t n) { static_cast<std::vector<T>*>(v)->reserve(n); }};
    return &ops;
}

template <class T>
struct OpsFor {
    static const Ops* get() {
        static const Ops ops{&value_of<T>, StrFast<T>::fn, nullptr, nullptr};
        return &ops;
    }
};
template <HasFields T>
struct OpsFor<T> {
    static const Ops* get() {
        static const Ops ops{&value_of<T>, &str_slow<T>, &table_of<T>, nullptr};
        return &ops;
    }
};
template <class T>
struct OpsFor<std::vector<T>> {
    static const Ops* get() {
        static const Ops ops{&value_of<std::vector<T>>, &str_slow<std::vector<T>>, nullptr, vec_ops_of<T>()};
        return &ops;
    }
};
template <class T>
struct OpsFor<std::optional<T>> {
    // Optional objects or lists would need frames of their own; the model has none.
    static_assert(!HasFields<T>, "optional objects are not read by the stream reader");
    static const Ops* get() {
        static const Ops ops{&value_of<std::optional<T>>, StrFast<std::optional<T>>::fn, nullptr, nullptr};
        return &ops;
    }
};

template <class T>
const Ops* ops_of() {
    return OpsFor<T>::get();
}

// The SAX handler. `Gate` sees the root object's first key and value before anything is read and
// may stop the parse (`stopped`), e.g. to hand an older schema to the DOM reader and its migration.
class Handler {
public:
    using json = nlohmann::json;
    // `root` is the object the document's top-level fields are read into.
    Handler(void* root, const Table* root_table, Reader& r, const char* gate_key, int64_t gate_value)
        : root_(root), root_table_(root_table), r_(r), gate_key_(gate_key), gate_value_(gate_value) {}

    // The scanner's place in the text (FastScanner::cursor), so that a big list can be reserved from
    // the bytes left; without it (nlohmann's SAX parser) lists grow by doubling.
    void track(const char* const* cursor, const char* end) {
        cursor_ = cursor;
        end_ = end;
    }

    bool stopped = false;       // the document does not start as expected (see the constructor)
    std::string syntax_error;   // nlohmann's message when the text is not JSON
    std::string duplicate;      // the path of a key given twice in one object (the parse stops there)

    bool null() { return scalar([] { return json(nullptr); }); }
    bool boolean(bool v) { return scalar([v] { return json(v); }); }
    bool number_integer(json::number_integer_t v) {
        if (!gate_open_ && depth_ == 1 && !skip_ && v == gate_value_) return open_gate();
        return scalar([v] { return json(v); });
    }
    bool number_unsigned(json::number_unsigned_t v) {
        if (!gate_open_ && depth_ == 1 && !skip_ && v == static_cast<json::number_unsigned_t>(gate_value_)) return open_gate();
        return scalar([v] { return json(v); });
    }
    bool number_float(json::number_float_t v, const json::string_t&) { return scalar([v] { return json(v); }); }
    bool binary(json::binary_t&) { return stop(); }  // never produced by the JSON parser
    bool string(json::string_t& s) {
        if (skip_) return true;
        if (skip_value_) return (skip_value_ = false, true);
        if (depth_ == 0 || !gate_ok()) return stop();  // a document that is only a string: no frame to read into
        Slot slot = next_slot();
        slot.ops->str(slot.p, s, slot.at, r_);
        return true;
    }
    bool start_object(std::size_t) {
        if (skip_) return (++skip_, true);
        if (skip_value_) return (skip_value_ = false, skip_ = 1, true);
        if (depth_ == 0) return push(Frame{root_, root_table_, nullptr, false, 0, PathSeg{}, nullptr, 0, nullptr});
        if (!gate_ok()) return stop();
        Slot slot = next_slot();
        const Table* t = slot.ops->table ? slot.ops->table() : nullptr;
        if (!t) {
            slot.ops->value(slot.p, json::object(), slot.at, r_);
            skip_ = 1;
            return true;
        }
        return push(Frame{slot.p, t, nullptr, false, 0, slot.at, nullptr, 0, nullptr});
    }
    bool key(json::string_t& k) {
        if (skip_) return true;
        Frame& f = frames_[depth_ - 1];
        if (depth_ == 1 && !gate_open_ && k != gate_key_) return stop();
        size_t i = 0;
        if (const Field* field = f.table->find(k, i)) {
            // A repeated key: nlohmann's DOM keeps the last value, this reader would merge objects.
            if (f.seen & (uint64_t{1} << i)) return repeated(PathSeg{&f.at, field->name, 0});
            f.pending = field;
            f.seen |= uint64_t{1} << i;
            return true;
        }
        for (auto it = unknown_.rbegin(); it != unknown_.rend() && it->first == depth_; ++it)
            if (it->second == k) return repeated(PathSeg{&f.at, k.c_str(), 0});
        unknown_.emplace_back(depth_, k);
        // Like report_unknown_keys: "type" is tolerated (commands carry it beside their fields).
        if (k != "type") r_.unknown_field(PathSeg{&f.at, k.c_str(), 0});
        skip_value_ = true;
        return true;
    }
    bool end_object() {
        if (skip_) return (--skip_, true);
        if (!gate_open_) return stop();
        Frame& f = frames_[depth_ - 1];
        for (size_t i = 0; i < f.table->fields.size(); ++i)
            if (f.table->fields[i].required && !(f.seen & (uint64_t{1} << i)))
                r_.missing(PathSeg{&f.at, f.table->fields[i].name, 0});
        while (!unknown_.empty() && unknown_.back().first == depth_) unknown_.pop_back();
        --depth_;
        return true;
    }
    bool start_array(std::size_t) {
        if (skip_) return (++skip_, true);
        if (skip_value_) return (skip_value_ = false, skip_ = 1, true);
        if (depth_ == 0 || !gate_ok()) return stop();
        Slot slot = next_slot();
        if (!slot.ops->vec) {
            slot.ops->value(slot.p, json::array(), slot.at, r_);
            skip_ = 1;
            return true;
        }
        const bool direct = depth_ == 1;
        slot.ops->vec->begin(slot.p, direct, scratch_);
        return push(Frame{slot.p, nullptr, slot.ops->vec, direct, 0, slot.at, nullptr, 0, cursor_ ? *cursor_ : nullptr});
    }
    bool end_array() {
        if (skip_) return (--skip_, true);
        Frame& f = frames_[depth_ - 1];
        f.vec->finish(f.target, f.direct, scratch_);
        --depth_;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
        syntax_error = e.what();
        return false;
    }

private:
    static constexpr int kMaxDepth = 32;  // the model nests 5 deep; unknown subtrees are skipped, not stacked
    struct Frame {
        void* target;
        const Table* table;  // objects
        const VecOps* vec;   // lists
        bool direct;
        uint64_t seen;  // bit i: field i was present
        PathSeg at;
        const Field* pending;  // objects: the field whose value comes next
        size_t index;          // lists: the next element's index
        const char* began;     // direct lists, when tracked: where the list starts in the text
    };
    struct Slot {
        void* p;
        const Ops* ops;
        PathSeg at;
    };

    bool push(const Frame& f) {
        if (depth_ == kMaxDepth) return stop();
        if (f.table && f.table->fields.size() > 64) return stop();  // `seen` has 64 bits
        frames_[depth_++] = f;
        return true;
    }
    bool stop() {
        stopped = true;
        return false;
    }
    bool repeated(const PathSeg& at) {
        duplicate = at.str();
        return false;
    }
    // The root's first value must be the gate's; until then nothing is read.
    bool gate_ok() const { return gate_open_ || depth_ != 1; }
    bool open_gate() {
        gate_open_ = true;
        Slot slot = next_slot();
        slot.ops->value(slot.p, json(gate_value_), slot.at, r_);
        return true;
    }
    Slot next_slot() {
        Frame& f = frames_[depth_ - 1];
        if (f.table) {
            const Field* field = f.pending;
            f.pending = nullptr;
            return Slot{static_cast<char*>(f.target) + field->offset, field->ops, PathSeg{&f.at, field->name, 0}};
        }
        if (f.direct && f.began && f.index >= kEstimateAfter && f.vec->room(f.target) == 0) grow(f);
        return Slot{f.vec->emplace(f.target, f.direct, scratch_), f.vec->elem, PathSeg{&f.at, nullptr, f.index++}};
    }
    // A full direct list: room for the elements the rest of the text holds at the average size so
    // far, plus a tenth (the rest of the document after the list is small). A short estimate is
    // met again here, with a better average, and grows by at least an eighth.
    void grow(const Frame& f) {
        const auto read = static_cast<double>(*cursor_ - f.began);
        const auto left = static_cast<double>(end_ - *cursor_);
        const double per = read > 0 ? read / static_cast<double>(f.index) : 1;
        const auto more = static_cast<size_t>(left / per * 1.1) + 16;
        f.vec->reserve(f.target, f.index + std::max(more, f.index / 8 + 16));
    }
    template <class Make>
    bool scalar(Make make) {
        if (skip_) return true;
        if (skip_value_) return (skip_value_ = false, true);
        if (depth_ == 0 || !gate_ok()) return stop();
        Slot slot = next_slot();
        slot.ops->value(slot.p, make(), slot.at, r_);
        return true;
    }

    void* root_;
    Scratch scratch_;  // this reader's own: readers may be stepped in turns
    const Table* root_table_;
    Reader& r_;
    const char* gate_key_;
    int64_t gate_value_;
    bool gate_open_ = false;
    Frame frames_[kMaxDepth];
    const char* const* cursor_ = nullptr;
    const char* end_ = nullptr;
    int depth_ = 0;
    int skip_ = 0;             // > 0: inside a skipped container, this many levels deep
    bool skip_value_ = false;  // the next value belongs to an unknown key
    std::vector<std::pair<int, std::string>> unknown_;  // unknown keys of the open objects, by depth
};

// A strict JSON scanner for the common case, feeding a Handler the same events nlohmann's SAX
// parser would. It never accepts what nlohmann refuses: on anything it does not handle itself
// (a syntax error, a \u escape, a fraction or exponent, a BOM, a very long number, nesting past
// kMaxJsonDepth) it gives up and the caller parses again with nlohmann, which then reports the error
// with its line and column. A run to the end thus also proves the depth: no pre-scan needed.
// `more`: run(budget) scanned its budget and stopped between two values; run again to go on.
enum class Scan { done, stopped, give_up, more };

template <class H>
class FastScanner {
public:
    FastScanner(std::string_view text, H& h) : p_(text.data()), end_(text.data() + text.size()), h_(h) {}

    // The whole document, or (resumable) about `budget` bytes of it: the scanner keeps its place
    // and the handler its frames, so a later run(budget) goes on where this one stopped. A run
    // stops only between values, so the handler sees the same events however the text is sliced.
    Scan run(size_t budget = static_cast<size_t>(-1)) {
        const char* const start = p_;
        auto spent = [&] { return static_cast<size_t>(p_ - start) >= budget; };
        if (!started_) {
            started_ = true;
            stack_.reserve(16);
            ws();
            if (!value_start(stack_)) return result_;
        }
        while (!stack_.empty()) {
            if (spent()) return Scan::more;
            ws();
            if (p_ == end_) return Scan::give_up;
            const char open = stack_.back();
            if (*p_ == (open == '{' ? '}' : ']')) {
                ++p_;
                stack_.pop_back();
                first_ = false;  // the closed container was a value of its parent
                if (!(open == '{' ? h_.end_object() : h_.end_array())) return Scan::stopped;
                continue;
            }
            if (!first_) {
                if (*p_ != ',') return Scan::give_up;
                ++p_;
                ws();
            }
            first_ = false;
            if (open == '{') {
                if (p_ == end_ || *p_ != '"' || !string()) return Scan::give_up;
                ws();
                if (p_ == end_ || *p_ != ':') return Scan::give_up;
                ++p_;
                if (!h_.key(buf_)) return Scan::stopped;
                ws();
            }
            if (!value_start(stack_)) return result_;
        }
        ws();
        return p_ == end_ ? Scan::done : Scan::give_up;
    }
    // Bytes of the text scanned so far.
    size_t offset(std::string_view text) const { return static_cast<size_t>(p_ - text.data()); }
    const char* const* cursor() const { return &p_; }
    const char* end() const { return end_; }

private:
    void ws() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }
    bool fail(Scan s) {
        result_ = s;
        return false;
    }
    bool ok(bool handler_ok) { return handler_ok ? true : fail(Scan::stopped); }
    bool literal(const char* word, size_t n) {
        if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
        p_ += n;
        return true;
    }
    // One value; containers are opened (pushed) and closed by run().
    bool value_start(std::vector<char>& stack) {
        if (p_ == end_) return fail(Scan::give_up);
        switch (*p_) {
            case '{':
                if (stack.size() >= kMaxJsonDepth) return fail(Scan::give_up);
                ++p_;
                stack.push_back('{');
                first_ = true;
                return ok(h_.start_object(static_cast<std::size_t>(-1)));
            case '[':
                if (stack.size() >= kMaxJsonDepth) return fail(Scan::give_up);
                ++p_;
                stack.push_back('[');
                first_ = true;
                return ok(h_.start_array(static_cast<std::size_t>(-1)));
            case '"':
                if (!string()) return fail(Scan::give_up);
                first_ = false;
                return ok(h_.string(buf_));
            case 't':
                if (!literal("true", 4)) return fail(Scan::give_up);
                first_ = false;
                return ok(h_.boolean(true));
            case 'f':
                if (!literal("false", 5)) return fail(Scan::give_up);
                first_ = false;
                return ok(h_.boolean(false));
            case 'n':
                if (!literal("null", 4)) return fail(Scan::give_up);
                first_ = false;
                return ok(h_.null());
            default: first_ = false; return number();
        }
    }
    // Integers of up to 18 digits; anything else is left to nlohmann.
    bool number() {
        const bool neg = *p_ == '-';
        const char* q = p_ + (neg ? 1 : 0);
        const char* digits = q;
        uint64_t v = 0;
        while (q != end_ && *q >= '0' && *q <= '9') v = v * 10 + static_cast<uint64_t>(*q++ - '0');
        const size_t n = static_cast<size_t>(q - digits);
        if (n == 0 || n > 18 || (n > 1 && *digits == '0')) return fail(Scan::give_up);
        if (q != end_ && (*q == '.' || *q == 'e' || *q == 'E')) return fail(Scan::give_up);
        p_ = q;
        if (neg) return ok(v == 0 ? h_.number_integer(0) : h_.number_integer(-static_cast<int64_t>(v)));
        return ok(h_.number_unsigned(v));
    }
    // A string into buf_, UTF-8 checked as nlohmann checks it (RFC 3629); \u escapes are left to nlohmann.
    bool string() {
        ++p_;  // the opening quote
        buf_.clear();
        const char* run = p_;
        while (true) {
            if (p_ == end_) return false;
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                buf_.append(run, static_cast<size_t>(p_ - run));
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                buf_.append(run, static_cast<size_t>(p_ - run));
                if (++p_ == end_) return false;
                switch (*p_) {
                    case '"': buf_ += '"'; break;
                    case '\\': buf_ += '\\'; break;
                    case '/': buf_ += '/'; break;
                    case 'b': buf_ += '\b'; break;
                    case 'f': buf_ += '\f'; break;
                    case 'n': buf_ += '\n'; break;
                    case 'r': buf_ += '\r'; break;
                    case 't': buf_ += '\t'; break;
                    default: return false;  // \u and invalid escapes
                }
                run = ++p_;
                continue;
            }
            if (c < 0x80) {
                ++p_;
                continue;
            }
            if (!utf8()) return false;
        }
    }
    bool cont(size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) const {
        if (static_cast<size_t>(end_ - p_) <= i) return false;
        const auto c = static_cast<unsigned char>(p_[i]);
        return c >= lo && c <= hi;
    }
    bool utf8() {
        const auto c = static_cast<unsigned char>(*p_);
        size_t n = 0;
        if (c >= 0xC2 && c <= 0xDF) n = cont(1) ? 2 : 0;
        else if (c == 0xE0) n = cont(1, 0xA0) && cont(2) ? 3 : 0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = cont(1) && cont(2) ? 3 : 0;
        else if (c == 0xED) n = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
        else if (c == 0xF0) n = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        else if (c >= 0xF1 && c <= 0xF3) n = cont(1) && cont(2) && cont(3) ? 4 : 0;
        else if (c == 0xF4) n = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        p_ += n;
        return n != 0;
    }

    const char* p_;
    const char* end_;
    H& h_;
    std::string buf_;
    std::vector<char> stack_;  // '{' or '[' of each open container
    bool started_ = false;
    bool first_ = true;  // no value yet in the innermost open container
    Scan result_ = Scan::give_up;
};

}  // namespace atelier::stream
