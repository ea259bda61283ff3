#pragma once
// [SECTION] Conflicts as people read them: the open ones across the atelier (the Conflicts list
// and the top bar count) and one sentence per record. Views show these; they decide nothing.
#include <string>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/model/atelier.hpp"
#include "core/model/kinds.hpp"
#include "core/said.hpp"

namespace atelier {

struct OpenConflict {
    EntityKind kind = EntityKind::order;  // order, client, pipeline or profile (the atelier's settings)
    int id = 0;                           // order number or client id
    std::string pipeline;                 // the pipeline's id
    int index = 0;                        // into its conflicts: what order/client/atelier.resolve names
    const Conflict* record = nullptr;
};

// The settings first, then pipelines, orders and clients, each in the atelier's order, each one's
// records oldest first.
std::vector<OpenConflict> list_open_conflicts(const Atelier& a);
size_t count_open_conflicts(const Atelier& a);

// "Deadline", "Rush fee", "Due soon days", "Stage cutting": the field as the forms name it, as the
// catalogue says it (a view words it in its device's language); conflict_field_label is its English.
Said conflict_field_said(const std::string& field);
std::string conflict_field_label(const std::string& field);
// A record's value as the forms show it: text unquoted, money in the atelier's format, a client by
// name, yes/no, "(none)" for a cleared value. Words are the catalogue's, data stays as it is;
// conflict_value_text is its English.
Said conflict_value_said(const Atelier& a, const std::string& field, const std::string& json_text);
std::string conflict_value_text(const Atelier& a, const std::string& field, const std::string& json_text);
// "Deadline: Sofia set 2026-05-20 on 2026-03-01 10:30 without seeing 2026-05-25, set by Ana on
// 2026-03-01 09:00." as the catalogue says it; with `times_in`, its times the locale's way ("2 Mar
// 2026 10:30"), else as the record writes them. conflict_sentence is its English.
Said conflict_said(const Atelier& a, const Conflict& c, const Locale* times_in = nullptr);
std::string conflict_sentence(const Atelier& a, const Conflict& c);

}  // namespace atelier
