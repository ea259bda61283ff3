// [SECTION] Photos (issue 15): the picker's files become order.image commands on the order the
// picker was opened for; the move a missing photo stopped is made once they are on it. A logo
// picked in Settings becomes the atelier's.
#include "core/model/atelier.hpp"
#include "web/app.hpp"
#include "web/ui/i18n.hpp"

namespace atelier {

void App::logo_added(const std::vector<PhotoFile>& files) {
    for (const auto& f : files) {
        if (!f.ok) {
            notify(f.error, true);
            continue;
        }
        cmd::AtelierUpdate u;
        Image logo = f.image;
        logo.kind = PhotoKind::reference;
        logo.stage.clear();
        logo.caption.clear();
        u.logo = logo;
        if (dispatch(u)) notify(ui::tr(Msg::app_logo_saved));
        return;  // one logo: the first picture that came
    }
}

void App::style_photos_added(const PhotoTarget& t, const std::vector<PhotoFile>& files) {
    const Style* s = store.state().style(t.style);
    if (!s) return notify(ui::tr(Msg::app_style_gone), true);
    int added = 0;
    for (const auto& f : files) {
        if (!f.ok) {
            notify(f.error, true);
            continue;
        }
        Image im = f.image;
        im.kind = t.kind;
        im.caption = t.caption;
        const auto& images = store.state().style(t.style)->images;
        if (std::any_of(images.begin(), images.end(), [&](const Image& x) { return x.id == im.id; })) {
            notify(ui::tr(Msg::app_photo_already, {{"file", f.name}, {"where", t.style}}), false);
            continue;
        }
        if (dispatch(cmd::StyleImage{t.style, im})) ++added;
    }
    if (added) notify(ui::trn(Msg::app_photos_added, added, {{"where", t.style}}));
}

void App::add_photos(PhotoTarget t, bool camera) {
    if (read_only()) return notify(ui::tr(Msg::app_read_only_photos), true);
    if (!t.logo && t.style.empty() && !store.state().order(t.order)) return;
    if (!t.style.empty() && !store.state().style(t.style)) return;
    photo_target = std::move(t);
    if (on_photo_pick) on_photo_pick(camera);
}

void App::photos_added(const std::vector<PhotoFile>& files) {
    if (files.empty()) return;
    if (!photo_target) {  // a restore's photos: only what went wrong is news
        for (const auto& f : files)
            if (!f.ok) notify(f.error, true);
        return;
    }
    const PhotoTarget t = *photo_target;
    if (t.logo) return logo_added(files);
    if (!t.style.empty()) return style_photos_added(t, files);
    if (!store.state().order(t.order)) return notify(ui::tr(Msg::app_order_gone_photos), true);
    const std::string label = order_label(store.state().profile, t.order);
    int added = 0;
    bool all = true;
    for (const auto& f : files) {
        if (!f.ok) {
            notify(f.error, true);
            all = false;
            continue;
        }
        Image im = f.image;
        im.kind = t.stage.empty() ? t.kind : PhotoKind::reference;
        im.stage = t.stage;
        im.caption = t.caption;
        const auto& images = store.state().order(t.order)->images;
        if (std::any_of(images.begin(), images.end(), [&](const Image& x) { return x.id == im.id; })) {
            notify(ui::tr(Msg::app_photo_already, {{"file", f.name}, {"where", label}}), false);
            continue;
        }
        if (dispatch(cmd::OrderImage{t.order, im})) ++added;
        else all = false;  // dispatch said why
    }
    if (added) notify(ui::trn(Msg::app_photos_added, added, {{"where", label}}));
    if (!all || (!added && t.move_to < 0 && !t.advance)) return;
    // Once: the files of one pick may arrive over several frames.
    photo_target->advance = false;
    photo_target->move_to = -1;
    if (t.advance) {
        if (dispatch(cmd::OrderAdvance{t.order})) notify(ui::tr(Msg::app_stage_done, {{"order", label}}));
    } else if (t.move_to >= 0) {
        if (auto m = move_order(t.order, t.move_to, "")) notify(m->text, m->error);
    }
}

}  // namespace atelier
