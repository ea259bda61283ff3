#pragma once
// The pipelines view's own state (view_pipelines*.cpp): the draft being edited, what orders use,
// and the stage editor drawn beside (or under) the stage list.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/model/pipeline.hpp"
#include "core/rules/stage_uses.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {
namespace pipeline_edit {

// What the view keeps per draft stage, moved with the stage when it is reordered.
struct StageMeta {
    int key = 0;          // stable ImGui id and drag payload (indexes change while reordering)
    bool auto_id = false;  // a new stage: its id follows its name until the id is edited
};

struct Draft {
    std::string id;      // the pipeline being edited ("" = none)
    bool is_new = false;  // not saved yet
    uint64_t revision = ~0ull;
    Pipeline base;  // as saved (empty for a new one)
    Pipeline p;     // as edited
    std::vector<StageMeta> meta;
    ViewError error;                 // the last refusal, shown by "Save pipeline"
};

// What names each stage (the core's stage_uses, which pipeline.put checks too), counted once per revision.
struct Usage {
    uint64_t revision = ~0ull;
    std::unordered_map<std::string, std::map<std::string, StageUses>> uses;  // pipeline -> stage id -> uses
    std::unordered_map<std::string, int> orders;                              // pipeline -> orders
};

// Orders now in `stage` of `pipeline`.
int orders_in(const Usage& u, const std::string& pipeline, const std::string& stage);
// What names the stage id (current stage, payment milestone, log, photo, stage fee); nullptr when nothing:
// pipeline.put refuses to change or drop such an id, so the editor locks it.
const StageUses* id_used(const Usage& u, const std::string& pipeline, const std::string& stage);
// What tests and people see for a stage: its name, else its position ("#3").
std::string stage_title(const Stage& s, size_t i);
// An id for stage `self` of `p` from `name`, unique among the other stages.
std::string stage_id_for(const Pipeline& p, size_t self, const std::string& name);
// "#RRGGBB" <-> the floats of ImGui's colour editor.
void to_rgb(const std::string& hex, float rgb[3]);
std::string to_hex(const float rgb[3]);

// Every property of the stage whose key is `selected_key` (view_pipelines_stage.cpp).
void stage_editor(const Atelier& a, Shell& sh, Draft& d, int selected_key, const Usage& u);

// The payment schedule new orders of the draft start with: shares of the total (view_pipelines_schedule.cpp).
void schedule_editor(Draft& d);

// "New pipeline": its name and what it starts from.
struct NewForm {
    bool open = false;
    std::string name;
    int from = 0;  // 0 = empty, else pipeline_templates()[from - 1]
};

// A deletion the user was asked about: its reason, when the core will refuse it.
struct AskedDelete {
    std::string pipeline, stage;
    ViewError refusal;
};

}  // namespace pipeline_edit

struct PipelinesUi {
    pipeline_edit::Draft d;
    pipeline_edit::NewForm form;
    int next_key = 1;
    int selected_key = 0;  // the stage whose properties are shown
    std::optional<pipeline_edit::AskedDelete> asked;
    pipeline_edit::Usage usage;
};

void draw_pipelines(const Atelier& a, PipelinesUi& u, Shell& sh);

}  // namespace atelier::ui
