#include "core/bench/heap.hpp"

#include "core/model/kinds.hpp"

namespace atelier {

namespace {

struct HeapCounter;
template <class T>
concept Visitable = requires(T& t, HeapCounter& h) { t.fields(h); };

struct HeapCounter {
    HeapUse use;

    void add(const std::string& s) {
        const char* p = s.data();
        const char* self = reinterpret_cast<const char*>(&s);
        if (p >= self && p < self + sizeof(s)) return;  // short-string buffer inside the object
        use.bytes += s.capacity() + 1;
        ++use.allocations;
    }
    template <class T>
    void add(const std::vector<T>& v) {
        if (v.capacity() == 0) return;
        use.bytes += v.capacity() * sizeof(T);
        ++use.allocations;
        for (const auto& e : v) add(e);
    }
    template <class T>
    void add(const std::optional<T>& v) {
        if (v) add(*v);
    }
    template <Visitable T>
    void add(const T& t) {
        t_fields(const_cast<T&>(t));
    }
    template <class T>
        requires(!Visitable<T>)
    void add(const T&) {}

    template <class T>
    void t_fields(T& t) {
        t.fields(*this);
    }
    template <class T, class... Rest>
    void req(const char*, T& v, const Rest&...) {
        add(v);
    }
    template <class T, class... Rest>
    void opt(const char*, T& v, const Rest&...) {  // some fields pass their default too
        add(v);
    }
};

template <class K, class V>
void add_map(HeapUse& u, const std::unordered_map<K, V>& m) {
    // One node per element (next pointer + value) and the bucket array.
    u.bytes += m.size() * (sizeof(void*) + sizeof(std::pair<const K, V>)) + m.bucket_count() * sizeof(void*);
    u.allocations += m.size() + 1;
}

}  // namespace

HeapUse heap_use(const Atelier& a) {
    HeapCounter h;
    h.add(a.profile);
    for_each_kind([&](auto* kind) {
        const auto& table = table_of<std::remove_pointer_t<decltype(kind)>>(a);
        h.add(table.items());
        add_map(h.use, table.index());
    });
    return h.use;
}

}  // namespace atelier
