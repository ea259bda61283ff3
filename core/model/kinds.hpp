#pragma once
// [SECTION] The kinds of entity the atelier holds, declared once.
// Adding a kind: its model struct with `entity_key`, an EntityTable<T> member of Atelier, a
// KindOf<T> below and its place in Kinds. The store's undo images (Images, RemovedIds), its
// put/remove/roll-back, the journal's undo/redo lines and the validator's change scope all go
// over Kinds; what is left to write is the kind's commands, its validation rules and its tests.
#include <array>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/atelier.hpp"

namespace atelier {

// What an undo or redo names (cmd::EntityChange): the atelier's settings or an entity of a kind.
enum class EntityKind : uint8_t { profile, pipeline, client, order, style, production, sales };
template <> struct EnumNames<EntityKind> {
    static constexpr std::array<const char*, 7> names{"profile", "pipeline", "client", "order", "style", "production", "sales"};
};

template <class T> struct KindOf;

template <> struct KindOf<Pipeline> {
    static constexpr const char* list = "pipelines";  // the snapshot's and the journal's key
    static constexpr auto table = &Atelier::pipelines;
    static constexpr EntityKind entity = EntityKind::pipeline;
};
template <> struct KindOf<Client> {
    static constexpr const char* list = "clients";
    static constexpr auto table = &Atelier::clients;
    static constexpr EntityKind entity = EntityKind::client;
};
template <> struct KindOf<Order> {
    static constexpr const char* list = "orders";
    static constexpr auto table = &Atelier::orders;
    static constexpr EntityKind entity = EntityKind::order;
};

template <> struct KindOf<Style> {
    static constexpr const char* list = "styles";
    static constexpr auto table = &Atelier::styles;
    static constexpr EntityKind entity = EntityKind::style;
};
template <> struct KindOf<ProductionOrder> {
    static constexpr const char* list = "productions";
    static constexpr auto table = &Atelier::productions;
    static constexpr EntityKind entity = EntityKind::production;
};

template <> struct KindOf<SalesOrder> {
    static constexpr const char* list = "sales_orders";  // not "sales": the field commands name one by
    static constexpr auto table = &Atelier::sales;
    static constexpr EntityKind entity = EntityKind::sales;
};

// In the snapshot's order: pipelines before the clients and orders that name them; styles before
// the production orders that make them.
template <class... T> struct KindList {};
using Kinds = KindList<Pipeline, Client, Order, Style, ProductionOrder, SalesOrder>;

template <class T> EntityTable<T>& table_of(Atelier& a) { return a.*KindOf<T>::table; }
template <class T> const EntityTable<T>& table_of(const Atelier& a) { return a.*KindOf<T>::table; }

// Calls f(T*) (a null pointer naming the kind) for every kind, in Kinds' order.
template <class F, class... T> void for_each_kind(F&& f, KindList<T...>) { (f(static_cast<T*>(nullptr)), ...); }
template <class F> void for_each_kind(F&& f) { for_each_kind(std::forward<F>(f), Kinds{}); }

// The place of K in T... (by kind, since two kinds' Of<T> may be one type: KeysOf<Client>, KeysOf<Order>).
template <class K, class... T> constexpr size_t kind_index() {
    constexpr bool same[] = {std::is_same_v<K, T>...};
    for (size_t i = 0; i < sizeof...(T); ++i)
        if (same[i]) return i;
    return sizeof...(T);
}

// One `Of<T>` per kind: of<T>() finds it, each(f) calls f(T*, Of<T>&) in Kinds' order.
template <template <class> class Of, class List = Kinds> struct PerKind;
template <template <class> class Of, class... T> struct PerKind<Of, KindList<T...>> {
    std::tuple<Of<T>...> parts;

    template <class K> Of<K>& of() { return std::get<kind_index<K, T...>()>(parts); }
    template <class K> const Of<K>& of() const { return std::get<kind_index<K, T...>()>(parts); }
    template <class F> void each(F&& f) { (f(static_cast<T*>(nullptr), of<T>()), ...); }
    template <class F> void each(F&& f) const { (f(static_cast<T*>(nullptr), of<T>()), ...); }
    bool all_empty() const { return (of<T>().empty() && ...); }
    bool operator==(const PerKind&) const = default;
};

template <class T> using ListOf = std::vector<T>;
template <class T> using KeysOf = std::vector<EntityKey<T>>;

}  // namespace atelier
