#include "core/sync/replica.hpp"

#include <algorithm>

#include "core/i18n/said_text.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/sync/fold.hpp"
#include "core/sync/renumber.hpp"

namespace atelier {

void Replica::start(std::string device, Atelier at_pos, int64_t pos) {
    device_ = std::move(device);
    confirmed_.reset(std::move(at_pos));
    pulled_ = pos;
    started_ = true;
    drop_acked();
    // The state shown may be another position's (a restart from a checkpoint past what the device
    // saved): the first pull sets it to this state plus the pending entries.
    needs_rebase_ = true;
}

void Replica::restore(const nlohmann::json& meta) {
    started_ = false;
    device_ = meta.value("device", "");
    pulled_ = meta.value("pulled", int64_t{0});
    pending_.clear();
    saved_in_step_ = false;
    if (auto p = meta.find("pending"); p != meta.end() && p->is_array())
        for (const auto& e : *p) pending_.push_back(e);
    find_held();
    saved_in_step_ = pending_.empty() && meta.value("in_step", false);
}

void Replica::recorded(const nlohmann::json& entry) {
    const bool none_held = held_from_ == pending_.size();
    pending_.push_back(entry);
    if (none_held && !names_provisional(entry)) held_from_ = pending_.size();
}

void Replica::find_held() {
    held_from_ = static_cast<size_t>(std::find_if(pending_.begin(), pending_.end(), [](const nlohmann::json& e) { return names_provisional(e); }) -
                                     pending_.begin());
}

nlohmann::json Replica::push_body(size_t max_entries, size_t max_bytes) const {
    nlohmann::json entries = nlohmann::json::array();
    size_t bytes = 0;
    for (size_t i = 0; i < held_from_; ++i) {
        const nlohmann::json& e = pending_[i];
        if (entries.size() >= max_entries) break;
        const size_t size = e.dump().size();
        if (!entries.empty() && bytes + size > max_bytes) break;
        bytes += size;
        entries.push_back(e);
    }
    return {{"device", device_}, {"entries", std::move(entries)}};
}

size_t Replica::drop_acked() {
    const int64_t held = confirmed_.state().clock.applied(device_);
    size_t n = 0;
    while (n < pending_.size() && pending_[n].value("seq", int64_t{0}) <= held) ++n;
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
    held_from_ = held_from_ > n ? held_from_ - n : 0;  // a held entry is never pushed, so never acked
    return n;
}

Renumbering Replica::rebase(Store& shown) {
    Store next(confirmed_.state());
    Renumbering map;
    for (auto& e : pending_) {
        // Only entries from the first provisional one on change here: none of them has been pushed.
        renumber_entry(e, next.state().profile, device_, map);
        std::string why;
        fold_entry(next, e, why);
    }
    find_held();
    shown.rebase(next.release(), !map.empty());
    needs_rebase_ = false;
    return map;
}

PullOutcome Replica::take_pull(const nlohmann::json& reply, Store& shown, std::string_view app_version) {
    PullOutcome out;
    if (!started_) return out.error = say(Msg::sync_why_not_started), out;
    const auto entries = reply.is_object() ? reply.find("entries") : reply.end();
    const auto head = reply.is_object() ? reply.find("head") : reply.end();
    if (entries == reply.end() || !entries->is_array() || head == reply.end() || !head->is_number_integer())
        return out.error = say(Msg::sync_why_not_pull), out;
    out.head = head->get<int64_t>();
    if (out.head < pulled_)
        return out.error = say(Msg::sync_why_log_behind, {{"head", std::to_string(out.head)}, {"pulled", std::to_string(pulled_)}}), out;
    // Checked whole before anything is folded: a reply that does not follow on changes nothing.
    int64_t expect = pulled_ + 1;
    for (const auto& e : *entries) {
        const auto pos = e.is_object() ? e.find("pos") : e.end();
        if (pos == e.end() || !pos->is_number_integer() || pos->get<int64_t>() != expect)
            return out.error = say(Msg::sync_why_log_gap, {{"pos", std::to_string(expect)}}), out;
        ++expect;
    }
    const bool mirrored = pending_.empty() && !needs_rebase_;  // shown == confirmed: fold into both
    for (const auto& e : *entries) {
        const std::string version = e.value("app_version", "");
        if (e.value("device", "") != "server" && newer_version(version, app_version)) {
            out.newer_version = version;
            break;
        }
        std::string why;
        const Folded f = fold_entry(confirmed_, e, why);
        if (mirrored && f != Folded::skipped) fold_entry(shown, e, why);
        pulled_ = e["pos"].get<int64_t>();
        out.folded += 1;
        out.refused += f == Folded::refused;
        out.changed = out.changed || (mirrored && f != Folded::skipped);
        if (hash_every > 0 && pulled_ % hash_every == 0) hashes_.push_back({pulled_, state_hash(confirmed_.state())});
    }
    out.more = out.newer_version.empty() && pulled_ < out.head;
    out.acked = drop_acked();
    if (!mirrored && (out.folded > 0 || needs_rebase_)) {
        out.renumbered = rebase(shown);
        out.changed = true;
    }
    return out;
}

std::vector<HashReport> Replica::take_hash_reports() { return std::exchange(hashes_, {}); }

nlohmann::json Replica::meta() const {
    return {{"device", device_}, {"pulled", pulled_}, {"pending", pending_}, {"in_step", started_ && !needs_rebase_}};
}

}  // namespace atelier
