#include "core/templates.hpp"

namespace atelier {

namespace {
Stage stage(const char* id, const char* name, const char* team, const char* colour, int days) {
    Stage s;
    s.id = id;
    s.name = name;
    s.team = team;
    s.colour = colour;
    s.days = days;
    return s;
}

}  // namespace

Pipeline bridal_pipeline() {
    Pipeline p{"bridal", "Bridal gown", {}, {}};
    auto& v = p.stages;
    v.push_back(stage("consult", "Consultation", "Design", "#8E7DBE", 1));
    v.push_back(stage("design", "Design & sketch", "Design", "#A599CC", 5));
    v.push_back(stage("fabric", "Fabric sourcing", "Design", "#6C8EBF", 10));
    v.back().optional = true;
    v.push_back(stage("pattern", "Pattern", "Cutting", "#5B9AA0", 4));
    v.push_back(stage("cutting", "Cutting", "Cutting", "#D6A15C", 2));
    v.back().freezes = true;
    v.back().photo = true;
    v.push_back(stage("basting", "Basting", "Sewing", "#C9A66B", 3));
    v.push_back(stage("fitting1", "First fitting", "Sewing", "#E07A5F", 1));
    v.back().qc = true;
    v.push_back(stage("sewing", "Sewing", "Sewing", "#81B29A", 14));
    v.push_back(stage("fitting2", "Second fitting", "Sewing", "#F2CC8F", 1));
    v.back().optional = true;
    v.back().notify = Channel::whatsapp;
    v.back().message = "Hello {client}, your second fitting for {order} is done.";
    v.push_back(stage("finishing", "Finishing & embroidery", "Finishing", "#3D405B", 7));
    v.back().qc = true;
    v.back().photo = true;
    v.push_back(stage("ready", "Ready for handover", "Finishing", "#2A9D8F", 1));
    v.back().notify = Channel::email;
    v.back().message = "Dear {client}, your gown {order} is ready.";
    p.schedule = {{"Deposit", "order", 40}, {"First fitting", "fitting1", 30}, {"Balance", "handover", 30}};
    return p;
}

Pipeline tailoring_pipeline() {
    Pipeline p{"tailoring", "Tailored suit", {}, {}};
    auto& v = p.stages;
    v.push_back(stage("measure", "Measure", "Tailoring", "#6C8EBF", 1));
    v.push_back(stage("cutting", "Cutting", "Cutting", "#D6A15C", 2));
    v.back().freezes = true;
    v.push_back(stage("sewing", "Sewing", "Tailoring", "#81B29A", 7));
    v.push_back(stage("fitting", "Fitting", "Tailoring", "#E07A5F", 1));
    v.back().qc = true;
    v.push_back(stage("finishing", "Finishing", "Finishing", "#2A9D8F", 2));
    v.back().notify = Channel::email;
    v.back().message = "Dear {client}, your suit {order} is ready.";
    p.schedule = {{"Deposit", "order", 50}, {"Balance", "handover", 50}};
    return p;
}

Pipeline alterations_pipeline() {
    Pipeline p{"alterations", "Alterations", {}, {}};
    auto& v = p.stages;
    v.push_back(stage("pin", "Pin & mark", "Alterations", "#6C8EBF", 1));
    v.push_back(stage("alter", "Alter", "Alterations", "#81B29A", 3));
    v.push_back(stage("press", "Press & check", "Alterations", "#2A9D8F", 1));
    v.back().qc = true;
    v.back().notify = Channel::email;
    v.back().message = "Dear {client}, your alteration {order} is ready to collect.";
    return p;
}

const std::vector<PipelineTemplate>& pipeline_templates() {
    static const std::vector<PipelineTemplate> all{
        {"bridal", "Bridal couture", "11 stages from consultation to handover, two fittings, QC and photos",
         bridal_pipeline()},
        {"tailoring", "Bespoke tailoring", "5 stages: measure, cut, sew, fitting with QC, finish", tailoring_pipeline()},
        {"alterations", "Alterations", "3 stages: pin, alter, press and check", alterations_pipeline()},
    };
    return all;
}

}  // namespace atelier
