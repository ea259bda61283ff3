#pragma once
// [SECTION] EntityTable<T>: one kind of entity (orders, clients, pipelines, and every later kind)
// as a list in its stored order plus an index by key.
// - The list is the truth: the snapshot writes it in order and iteration never touches the index,
//   so its hash order cannot reach a state (replays stay byte-identical on every platform).
// - Entities are found by key, never kept by pointer across a change: a put may grow the list.
//   Commands that touch several entities copy them or look them up again.
// - The list may hold a key twice only as a loaded document before validation (which reports it);
//   the index then names the first.
// The key of an entity is `entity_key(const T&)`, declared beside its model.
#include <algorithm>
#include <cstddef>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace atelier {

template <class T>
using EntityKey = std::decay_t<decltype(entity_key(std::declval<const T&>()))>;

// `Storage` is a std::vector for the atelier's tables (compact, scanned); a std::deque for a
// command's after-images (ImageTable in core/commands/plan.hpp), where an entity found by key
// stays where it is while the command touches more.
template <class T, class Storage = std::vector<T>>
class EntityTable {
public:
    using Key = EntityKey<T>;
    using value_type = T;
    using const_iterator = typename Storage::const_iterator;
    using iterator = typename Storage::iterator;

    EntityTable() = default;
    // A loaded list (the snapshot's order kept), indexed.
    EntityTable& operator=(Storage&& items) {
        items_ = std::move(items);
        reindex();
        return *this;
    }
    template <class Range> void assign(const Range& r) {
        items_.assign(r.begin(), r.end());
        reindex();
    }

    size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    size_t capacity() const { return items_.capacity(); }
    void reserve(size_t n) {
        items_.reserve(n);
        at_.reserve(n);
    }
    const T& operator[](size_t i) const { return items_[i]; }
    // In place, for a change that keeps the entity's key (the index is not told).
    T& operator[](size_t i) { return items_[i]; }
    const T& at(size_t i) const { return items_.at(i); }
    const T& front() const { return items_.front(); }
    const T& back() const { return items_.back(); }
    T& back() { return items_.back(); }
    const_iterator begin() const { return items_.begin(); }
    const_iterator end() const { return items_.end(); }
    iterator begin() { return items_.begin(); }
    iterator end() { return items_.end(); }
    const Storage& items() const { return items_; }
    const T* data() const { return items_.data(); }

    const T* find(const Key& k) const {
        auto it = at_.find(k);
        return it == at_.end() ? nullptr : &items_[it->second];
    }
    T* find(const Key& k) {
        auto it = at_.find(k);
        return it == at_.end() ? nullptr : &items_[it->second];
    }
    bool contains(const Key& k) const { return at_.count(k) != 0; }
    std::optional<size_t> index_of(const Key& k) const {
        auto it = at_.find(k);
        if (it == at_.end()) return std::nullopt;
        return it->second;
    }
    const std::unordered_map<Key, size_t>& index() const { return at_; }
    // How many keys the index holds: fewer than size() only for a list that repeats a key.
    size_t indexed() const { return at_.size(); }

    // Replaces the entity with `x`'s key in its place, or appends it. Returns where it now is.
    // A copy is assigned over the old value, which keeps its buffers where the sizes allow (a view
    // drawing the entity this frame reads what it showed, not freed memory).
    T& put(const T& x) {
        auto [it, fresh] = at_.try_emplace(entity_key(x), items_.size());
        if (fresh) return items_.emplace_back(x);
        return items_[it->second] = x;
    }
    T& put(T&& x) {
        auto [it, fresh] = at_.try_emplace(entity_key(x), items_.size());
        if (fresh) return items_.emplace_back(std::move(x));
        return items_[it->second] = std::move(x);
    }
    // Appends (a demo or a test building a list); the key must be new for the index to name it.
    void push_back(const T& x) { put(x); }
    void push_back(T&& x) { put(std::move(x)); }
    // Takes out the entity with key `k`, keeping the others in order; false when absent.
    bool erase(const Key& k) {
        auto it = at_.find(k);
        if (it == at_.end()) return false;
        const size_t i = it->second;
        at_.erase(it);
        items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(i));
        // Created entities are appended, so an undo usually takes the tail: no index moves then.
        if (i != items_.size())
            for (auto& [key, at] : at_)
                if (at > i) --at;
        return true;
    }
    // Puts `x` back at position `i` (or the end), as it stood before an erase.
    void insert_at(size_t i, T x) {
        i = std::min(i, items_.size());
        items_.insert(items_.begin() + static_cast<std::ptrdiff_t>(i), std::move(x));
        reindex();
    }
    void clear() {
        items_.clear();
        at_.clear();
    }
    // Lets go of up to `n` entities from the end; how many. A big table can so be freed a piece
    // at a time (a compaction's checked copy of 100,000 orders, across frames). Once empty, the
    // list's and the index's memory goes too.
    size_t drop_back(size_t n) {
        n = std::min(n, items_.size());
        const size_t keep = items_.size() - n;
        for (size_t i = keep; i < items_.size(); ++i) {
            auto it = at_.find(entity_key(items_[i]));
            if (it != at_.end() && it->second >= keep) at_.erase(it);
        }
        items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(keep), items_.end());
        if (items_.empty()) {
            Storage().swap(items_);
            std::unordered_map<Key, size_t>().swap(at_);
        }
        return n;
    }
    // Rebuilds the index from the list (the first of a repeated key wins).
    void reindex() {
        at_.clear();
        at_.reserve(items_.size());
        for (size_t i = 0; i < items_.size(); ++i) at_.try_emplace(entity_key(items_[i]), i);
    }

    // What the table holds: the list. The index follows from it.
    bool operator==(const EntityTable& o) const { return items_ == o.items_; }

private:
    Storage items_;
    std::unordered_map<Key, size_t> at_;
};

}  // namespace atelier
