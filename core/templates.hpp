#pragma once
// Starter pipelines offered on first start (and used by the demo): a new atelier picks one and
// then edits it freely in the pipelines view.
#include <string>
#include <vector>

#include "core/model/pipeline.hpp"

namespace atelier {

struct PipelineTemplate {
    std::string id;           // "bridal"
    std::string title;        // "Bridal couture"
    std::string description;  // one line for the picker
    Pipeline pipeline;
};

Pipeline bridal_pipeline();       // 11 stages, fittings with QC, photos at cutting and finishing
Pipeline tailoring_pipeline();    // 5 stages
Pipeline alterations_pipeline();  // 3 stages

const std::vector<PipelineTemplate>& pipeline_templates();

}  // namespace atelier
