#pragma once
// [SECTION] Concurrent field edits: an update says what its author saw (`from`); where the field
// has changed since, the update still wins (journal order decides) and a Conflict keeps the value
// it replaced. Pure: every input is passed in, so each device records the same conflicts.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/commands/command.hpp"
#include "core/json/fields.hpp"

namespace atelier {

// Every update field, set to the entity's (or the atelier's) current value.
cmd::OrderFields order_fields_of(const Order& o);
cmd::ClientFields client_fields_of(const Client& c);
cmd::AtelierFields atelier_fields_of(const Profile& p);

// A form's draft over every field of an update (Fields with each field set). `base` is what the
// form showed of each field before the user typed in it. An edit arriving meanwhile (another device,
// an undo) reaches the fields left alone (draft == base); the ones typed in keep the typed value.
template <class Fields>
void rebase_draft(Fields& draft, Fields& base, const Fields& now) {
    nlohmann::json d = write_value(draft), b = write_value(base);
    const nlohmann::json n = write_value(now);
    for (auto it = n.begin(); it != n.end(); ++it)
        if (!d.contains(it.key()) || d[it.key()] == b[it.key()]) d[it.key()] = b[it.key()] = it.value();
    Problems ignored;
    Reader r{ignored};
    draft = Fields{};
    base = Fields{};
    read_fields(d, draft, PathSeg{nullptr, "", 0}, r);
    read_fields(b, base, PathSeg{nullptr, "", 0}, r);
}

// What saving a draft sends: {to, from} over the fields typed in (not as shown) whose value differs
// from `now`; `from` is what the form showed. `to` is empty (== Fields{}) when there is nothing to save.
template <class Fields>
std::pair<Fields, Fields> draft_update(const Fields& draft, const Fields& base, const Fields& now) {
    const nlohmann::json d = write_value(draft), b = write_value(base), n = write_value(now);
    nlohmann::json to = nlohmann::json::object(), from = nlohmann::json::object();
    for (auto it = d.begin(); it != d.end(); ++it) {
        const auto shown = b.find(it.key()), cur = n.find(it.key());
        if (shown == b.end() || *shown == it.value() || (cur != n.end() && *cur == it.value())) continue;
        to[it.key()] = it.value();
        from[it.key()] = *shown;
    }
    std::pair<Fields, Fields> out;
    Problems ignored;
    Reader r{ignored};
    read_fields(to, out.first, PathSeg{nullptr, "", 0}, r);
    read_fields(from, out.second, PathSeg{nullptr, "", 0}, r);
    return out;
}

// The fields `to` sets, with their values in `now`: the `from` of an author who sees `now`.
template <class Fields>
Fields seen_in(const Fields& to, const Fields& now) {
    const nlohmann::json set = write_value(to), all = write_value(now);
    nlohmann::json j = nlohmann::json::object();
    for (auto it = set.begin(); it != set.end(); ++it) j[it.key()] = all[it.key()];
    Fields f;
    Problems ignored;
    Reader r{ignored};
    read_fields(j, f, PathSeg{nullptr, "", 0}, r);
    return f;
}

// A problem naming "/from/<field>" when `from` names a field the update does not set.
std::optional<Problem> from_outside_update(const nlohmann::json& from, const nlohmann::json& to);

// The conflicts an update makes: fields whose value the author saw (`from`) is not the one it
// found (`before`) and which it then changed (`after`). Who set the replaced value comes from the
// entity's history; `who`/`at` are the update's author and time. Sorted by field name.
std::vector<Conflict> concurrent_edits(const nlohmann::json& from, const nlohmann::json& before, const nlohmann::json& after,
                                       const std::vector<HistoryEntry>& history, const std::string& who, DateTime at);

// The update that puts a conflict's replaced value back: {fields to set, fields seen (the value
// kept)}. Nullopt (with a problem) when the record does not read as values of its field.
std::optional<std::pair<cmd::OrderFields, cmd::OrderFields>> order_restore_value(const Conflict& c, const char* which, Problems& problems);
std::optional<std::pair<cmd::ClientFields, cmd::ClientFields>> client_restore_value(const Conflict& c, const char* which, Problems& problems);
std::optional<std::pair<cmd::AtelierFields, cmd::AtelierFields>> atelier_restore_value(const Conflict& c, const char* which, Problems& problems);

// What a pipeline.put leaves when the pipeline changed between what its author saw (`seen`) and
// now: the author's name and stages where the author changed them, the others as they are now.
// Stages in the author's order; a stage another device removed stays removed unless the author
// changed it; one another device added is kept, after the stage it follows now.
Pipeline merged_pipeline(const Pipeline& now, const Pipeline& seen, const Pipeline& to);

// The conflicts a pipeline.put makes: the name, or a stage, that both the author (seen -> to) and
// another device (seen -> now) changed, where `stored` (what the put leaves) differs from `now`.
// Field "name" or "stages/<id>"; a stage's value is its JSON, or null where it was removed.
std::vector<Conflict> pipeline_concurrent_edits(const Pipeline& now, const Pipeline& seen, const Pipeline& to, const Pipeline& stored,
                                                const std::string& who, DateTime at);
// `now` with a pipeline conflict's replaced value put back; nullopt (with a problem at `which`)
// when the record does not read as a name or a stage of this pipeline.
std::optional<Pipeline> pipeline_restored(const Pipeline& now, const Conflict& c, const char* which, Problems& problems);

// True when the record names a field of the kind and both values read as that field's values.
bool order_conflict_reads(const Conflict& c);
bool client_conflict_reads(const Conflict& c);
bool atelier_conflict_reads(const Conflict& c);
bool pipeline_conflict_reads(const Conflict& c);

}  // namespace atelier
