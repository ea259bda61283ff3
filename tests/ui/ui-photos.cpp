// Photos through the real views (issue 15), the platform's picker and photo store played by the
// test: Take photo where a photo-required stage refuses the move (order page and board), the move
// completing once the photo is on; kind, stage and caption of added photos; the viewer (arrows,
// wheel zoom); delete asks and undo puts it back; a file the store refused changes nothing.
#include <doctest/doctest.h>

#include "core/templates.hpp"
#include "tests/ui/headless.hpp"

using atelier::Atelier;
using atelier::Image;
using atelier::PhotoFile;
using atelier::PhotoTexture;
using atelier::View;
using atelier::test::Headless;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

constexpr int kEscape = 256, kRight = 262;  // GLFW key codes, as the browser shell delivers them

// What the test's photo store holds and what the picker was asked for.
struct FakePhotos {
    int picks = 0;
    bool camera = false;
    std::vector<std::string> drawn;  // ids asked for, in order
    explicit FakePhotos(Headless& h) {
        h.app.on_photo_pick = [this](bool c) {
            ++picks;
            camera = c;
        };
        h.app.on_photo = [this](const std::string& id) {
            drawn.push_back(id);
            return PhotoTexture{PhotoTexture::State::ready, 7, 2048, 1536};
        };
    }
};

PhotoFile stored(char c, const char* name = "IMG_1.jpg") {
    PhotoFile f;
    f.ok = true;
    f.name = name;
    f.image.id = std::string(64, c);
    f.image.thumb = std::string(63, c) + "0";
    f.image.type = "image/jpeg";
    f.image.bytes = 400000;
    f.image.width = 2048;
    f.image.height = 1536;
    return f;
}

// Bridal (Cutting needs a photo): order 1 at Cutting, in progress; the order page open on it.
void bridal_at_cutting(Headless& h) {
    Atelier a;
    a.profile.settings.name = "Maison Lumière";
    a.profile.settings.company_code = "LUM";
    a.profile.settings.currency = "EUR";
    a.pipelines = {atelier::bridal_pipeline()};
    for (const auto& s : a.pipelines[0].stages)
        if (std::find(a.profile.teams.begin(), a.profile.teams.end(), s.team) == a.profile.teams.end())
            a.profile.teams.push_back(s.team);
    a.reindex();
    h.app.open(a);
    REQUIRE(h.app.dispatch(cmd::ClientCreate{"Léa Dubois", "", "", ""}));
    cmd::OrderCreate c;
    c.client = 1;
    c.pipeline = "bridal";
    c.deadline = atelier::date_from_civil(2026, 9, 1);
    c.garment = "Aurore";
    REQUIRE(h.app.dispatch(c));
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{1}));
    REQUIRE(h.app.dispatch(cmd::OrderStart{1}));
    for (int i = 0; i < 4; ++i) REQUIRE(h.app.dispatch(cmd::OrderAdvance{1}));
    REQUIRE(h.app.store.state().order(1)->stage == "cutting");
    h.app.toasts.clear();
    h.app.open_order(1);
    h.frame();
}

}  // namespace

TEST_CASE("the order page offers Take photo where Cutting needs one, and the stage is done once it is attached") {
    Headless h;
    FakePhotos photos(h);
    bridal_at_cutting(h);
    h.click("Production");
    h.frame();
    REQUIRE(h.visible("Stage \"Cutting\" needs a photo before it can be done:"));
    h.click("Take photo of Cutting");
    CHECK(photos.picks == 1);
    CHECK(photos.camera);
    REQUIRE(h.app.photo_target);
    CHECK(h.app.photo_target->stage == "cutting");
    // The store refused the first file: nothing is added and the stage stays.
    PhotoFile full;
    full.name = "IMG_2.jpg";
    full.error = "Not saved: this device has no space left for photos (QuotaExceededError).";
    h.app.photos_added({full});
    CHECK(order_of(h).images.empty());
    CHECK(order_of(h).stage == "cutting");
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text == full.error);
    CHECK(h.app.toasts.back().error);
    // Then the camera's photo arrives: it documents Cutting, and the stage is done.
    h.app.photos_added({stored('a')});
    REQUIRE(order_of(h).images.size() == 1);
    CHECK(order_of(h).images[0].stage == "cutting");
    CHECK(order_of(h).images[0].by == "owner");
    CHECK(order_of(h).stage == "basting");
    // The second file of the same pick arrives a frame later: added, and no second move.
    h.app.photos_added({stored('b', "IMG_3.jpg")});
    CHECK(order_of(h).images.size() == 2);
    CHECK(order_of(h).stage == "basting");
    h.frame();
    CHECK_FALSE(h.visible("Stage \"Cutting\" needs a photo before it can be done:"));
}

TEST_CASE("photos added with a kind and a caption show as thumbnails; the viewer steps and zooms; delete asks and undo restores") {
    Headless h;
    FakePhotos photos(h);
    bridal_at_cutting(h);
    h.click("Photos");
    h.frame();
    CHECK(h.visible("Stage \"Cutting\" needs a photo before it can be done."));
    h.click("Photo kind");
    h.frame();
    h.click("Fabric swatch");
    h.fill("Photo caption", "Chantilly lace");
    h.click("Add photos");
    CHECK(photos.picks == 1);
    CHECK_FALSE(photos.camera);
    h.app.photos_added({stored('b', "lace.jpg"), stored('c', "lace2.jpg")});
    REQUIRE(order_of(h).images.size() == 2);
    CHECK(order_of(h).images[0].kind == atelier::PhotoKind::fabric);
    CHECK(order_of(h).images[0].caption == "Chantilly lace");
    CHECK(order_of(h).stage == "cutting");  // no move was asked for
    // The same picture again is not a second photo.
    h.app.photos_added({stored('b', "lace.jpg")});
    CHECK(order_of(h).images.size() == 2);
    h.frame();
    REQUIRE(h.visible("Photo Chantilly lace"));
    // Thumbnails are asked for by their thumbnail's id, never the full picture.
    CHECK(std::find(photos.drawn.begin(), photos.drawn.end(), order_of(h).images[0].thumb) != photos.drawn.end());
    CHECK(std::find(photos.drawn.begin(), photos.drawn.end(), order_of(h).images[0].id) == photos.drawn.end());

    h.click("Photo Chantilly lace");
    h.frame();
    CHECK(h.app.views.dialogs.open == "Photo");
    CHECK(h.app.views.order.viewer.id == order_of(h).images[0].id);
    CHECK(std::find(photos.drawn.begin(), photos.drawn.end(), order_of(h).images[0].id) != photos.drawn.end());
    h.key(kRight);
    h.frame();
    CHECK(h.app.views.order.viewer.id == order_of(h).images[1].id);
    h.wheel("Photo viewer picture", 3);
    h.frame();
    const float wheeled = h.app.views.order.viewer.zoom;
    CHECK(wheeled > 1.4f);
    CHECK_FALSE(h.visible("Zoom 100 %"));
    // Two fingers moved apart to twice their distance: twice the zoom (at most 8x). The page's
    // input reaches the app as in the browser shell (web/platform/input.cpp).
    h.before_frame = [&h](ImGuiIO& io) { h.app.touch.apply(io, 17.0f); };
    h.app.touch.pinch(2.0f);
    h.frame();
    CHECK(h.app.views.order.viewer.zoom == doctest::Approx(std::min(8.0f, wheeled * 2)));
    h.app.touch.pinch(0.01f);
    h.frame();
    CHECK(h.app.views.order.viewer.zoom == 1.0f);
    h.before_frame = nullptr;
    h.key(kEscape);
    h.frame();
    CHECK(h.app.views.dialogs.open.empty());

    h.click("Delete photo Chantilly lace");
    h.frame();
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->title == "Delete photo?");
    CHECK(order_of(h).images.size() == 2);
    h.click("Delete photo");
    h.frame();
    REQUIRE(order_of(h).images.size() == 1);
    h.app.undo();
    h.frame();
    CHECK(order_of(h).images.size() == 2);
    CHECK(order_of(h).images[0].caption == "Chantilly lace");
}

TEST_CASE("a card moved onto the next column without Cutting's photo: the board offers Take photo, then the move is made") {
    Headless h;
    FakePhotos photos(h);
    bridal_at_cutting(h);
    h.app.show(View::board);
    h.frame(2);
    h.drag("Card 1-LUM", "Column Basting");
    h.frame();
    CHECK(order_of(h).stage == "cutting");
    REQUIRE(h.visible("Take photo of Cutting"));
    h.click("Take photo of Cutting");
    CHECK(photos.camera);
    h.app.photos_added({stored('d')});
    CHECK(order_of(h).stage == "basting");
    // The card now shows the photo: its thumbnail is asked for.
    h.frame(2);
    CHECK(std::find(photos.drawn.begin(), photos.drawn.end(), order_of(h).images[0].thumb) != photos.drawn.end());
    // Not when the preference is off.
    h.app.prefs.card_photos = false;
    photos.drawn.clear();
    h.frame(2);
    CHECK(photos.drawn.empty());
}
