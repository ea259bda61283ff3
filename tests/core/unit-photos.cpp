// Photos on an order (issue 15): the description a photo must carry, who added it, removal and
// undo, the photo-required stage, and the loader holding stored photos to the same rules.
#include "core/model/limits.hpp"
#include "core/rules/photos.hpp"
#include "core/validate/validate.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const std::string kPic(64, 'a');
const std::string kThumb(64, 'b');

std::string add(const std::string& fields, int order = 1) {
    return R"({"type":"order.image","order":)" + std::to_string(order) + R"(,"image":{)" + fields + "}}";
}
std::string photo(const std::string& id = kPic, const std::string& more = "") {
    return R"("id":")" + id + R"(","thumb":")" + kThumb + R"(","type":"image/jpeg","bytes":250000,"width":2048,"height":1536)" + more;
}

}  // namespace

TEST_CASE("a photo is added with its description; the app records who added it and when") {
    Fixture f;
    f.ok(add(photo(kPic, R"(,"kind":"sketch","caption":"the first sketch")")).c_str());
    REQUIRE(f.order(1).images.size() == 1);
    const Image& im = f.order(1).images[0];
    CHECK(im.id == kPic);
    CHECK(im.thumb == kThumb);
    CHECK(im.kind == PhotoKind::sketch);
    CHECK(im.caption == "the first sketch");
    CHECK(im.bytes == 250000);
    CHECK(im.width == 2048);
    CHECK(im.by == "ana");
    CHECK(im.added == at("2026-03-01T09:00"));
    CHECK(photo_kind_text(f.a(), f.order(1), im) == "Sketch");
    CHECK(f.order(1).history.back().who == "ana");
}

TEST_CASE("a photo's description is checked field by field and a refusal changes nothing") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    struct Bad {
        std::string fields, path;
    };
    const Bad bad[] = {
        {photo("img-1"), "/image/id"},
        {photo(std::string(64, 'A')), "/image/id"},
        {R"("id":")" + kPic + R"(","thumb":"x","type":"image/jpeg","bytes":1,"width":1,"height":1)", "/image/thumb"},
        {R"("id":")" + kPic + R"(","thumb":")" + kThumb + R"(","type":"image/gif","bytes":1,"width":1,"height":1)", "/image/type"},
        {R"("id":")" + kPic + R"(","thumb":")" + kThumb + R"(","type":"image/jpeg","bytes":0,"width":1,"height":1)", "/image/bytes"},
        {R"("id":")" + kPic + R"(","thumb":")" + kThumb + R"(","type":"image/jpeg","bytes":99999999,"width":1,"height":1)", "/image/bytes"},
        {R"("id":")" + kPic + R"(","thumb":")" + kThumb + R"(","type":"image/jpeg","bytes":10,"width":0,"height":1)", "/image/width"},
        {R"("id":")" + kPic + R"(","thumb":")" + kThumb + R"(","type":"image/jpeg","bytes":10,"width":5,"height":9000)", "/image/height"},
        {photo(kPic, R"(,"stage":"cutting","kind":"fabric")"), "/image/kind"},
        {photo(kPic, R"(,"stage":"moon")"), "/image/stage"},
        {photo(kPic, R"(,"by":"mallory")"), "/image/added"},
        {photo(kPic, R"(,"caption":")" + std::string(401, 'c') + "\""), "/image/caption"},
    };
    for (const auto& b : bad) {
        INFO(b.fields);
        const Result r = f.run(add(b.fields).c_str());
        CHECK_FALSE(r.ok);
        CHECK(r.error.path == b.path);
        CHECK(content_snapshot(f.a()) == before);
    }
    CHECK_FALSE(f.run(add(photo(), 99).c_str()).ok);
}

TEST_CASE("the same picture is on an order once; an order holds at most kMaxPhotosPerOrder") {
    Fixture f;
    f.ok(add(photo()).c_str());
    CHECK(f.run(add(photo()).c_str()).error.message == "this photo is already on order 1-BFG");
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 1; i < kMaxPhotosPerOrder; ++i) {
        std::string id(64, '0');
        for (int k = 0, x = i; k < 4; ++k, x /= 16) id[static_cast<size_t>(k)] = kHex[x % 16];
        f.ok(add(photo(id)).c_str());
    }
    CHECK(f.order(1).images.size() == static_cast<size_t>(kMaxPhotosPerOrder));
    const Result r = f.run(add(photo(std::string(64, 'e'))).c_str());
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/image");
}

TEST_CASE("a photo is removed and the undo puts it back where it was") {
    Fixture f;
    f.ok(add(photo(kPic, R"(,"caption":"one")")).c_str());
    f.ok(add(photo(std::string(64, 'c'), R"(,"caption":"two")")).c_str());
    const std::vector<Image> both = f.order(1).images;
    f.ok((R"({"type":"order.image.remove","order":1,"id":")" + kPic + "\"}").c_str());
    REQUIRE(f.order(1).images.size() == 1);
    CHECK(f.order(1).images[0].caption == "two");
    const Result r = f.run((R"({"type":"order.image.remove","order":1,"id":")" + kPic + "\"}").c_str());
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/id");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.order(1).images == both);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(f.order(1).images.size() == 1);
}

TEST_CASE("a photo-required stage names itself until a photo of it is attached; the move then completes") {
    Fixture f;
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");  // design → cutting
    REQUIRE(f.order(1).stage == "cutting");
    const Stage* s = stage_needing_photo(f.a(), f.order(1));
    REQUIRE(s);
    CHECK(s->id == "cutting");
    CHECK(f.run(R"({"type":"order.advance","order":1})").error.message == "stage \"Cutting\" cannot be done without a photo");
    f.ok(add(photo(kPic, R"(,"kind":"fabric")")).c_str());  // a fabric swatch is not a photo of the stage
    CHECK(stage_needing_photo(f.a(), f.order(1)) == s);
    f.ok(add(photo(std::string(64, 'd'), R"(,"stage":"cutting","caption":"panels")")).c_str());
    CHECK(stage_needing_photo(f.a(), f.order(1)) == nullptr);
    CHECK(cover_photo(f.order(1))->caption == "panels");
    CHECK(photo_kind_text(f.a(), f.order(1), f.order(1).images[1]) == "Stage photo · Cutting");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "fitting");
    CHECK(stage_needing_photo(f.a(), f.order(1)) == nullptr);
    CHECK(cover_photo(f.order(1))->id == kPic);  // no photo of Fitting: the first one added
}

TEST_CASE("stored photos: an id alone (before photo storage) loads; a described one is held to the command's rules") {
    Fixture f;
    f.ok(add(photo()).c_str());
    Atelier a = f.a();
    Problems p;
    validate_atelier(a, p);
    CHECK(p.empty());

    Image legacy;
    legacy.id = "img-7-cutting";
    legacy.stage = "cutting";
    a.orders[0].images.push_back(legacy);
    p.clear();
    validate_atelier(a, p);
    CHECK(p.empty());

    Atelier bad = a;
    bad.orders[0].images[0].thumb = "not a hash";
    p.clear();
    validate_atelier(bad, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].path == "/orders/0/images/0/thumb");

    bad = a;
    bad.orders[0].images[1].id = kPic;
    p.clear();
    validate_atelier(bad, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].message == "the same photo is on the order twice");

    // And the snapshot reads back what it wrote, byte for byte.
    Atelier back;
    REQUIRE(read_snapshot(write_snapshot(a), back, p));
    CHECK(write_snapshot(back) == write_snapshot(a));
}
