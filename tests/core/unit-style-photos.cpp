// A style's sketches and sample photos (issue 18): added with who and when, never twice, never a
// stage photo, a frozen version does not freeze them, removed and put back by undo; the photo store
// keeps them (stored_pictures: what sync uploads and a backup carries); the snapshot reads back.
#include <doctest/doctest.h>

#include "core/production/rules.hpp"
#include "core/rules/photos.hpp"
#include "core/snapshot/snapshot.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

std::string photo(char c, const std::string& extra = "") {
    return R"({"type":"style.image","style":"SS27-DR01","image":{"id":")" + std::string(64, c) + R"(","thumb":")" + std::string(63, c) +
           R"(0","type":"image/webp","bytes":120000,"width":1600,"height":1200,"kind":"sketch","caption":"Front")" + extra + "}}";
}

}  // namespace

TEST_CASE("style photos: added with who and when, refused twice or with a stage, kept by the photo store, undone") {
    Fixture f;
    f.ok(R"({"type":"style.create","code":"SS27-DR01","name":"Wrap dress","state":"approval","pack":{"sizes":["S"],"colours":["Navy"],
        "bom":[{"material":"Crepe","unit":"m","per_size":["2"]}]}})");
    f.ok(photo('a').c_str());
    const Style& s = *f.a().style("SS27-DR01");
    REQUIRE(s.images.size() == 1);
    CHECK(s.images[0].by == "ana");
    CHECK(s.images[0].added.has_value());
    CHECK(s.images[0].kind == PhotoKind::sketch);
    CHECK(f.refusal(photo('a').c_str()) == "/image/id: this photo is already on style SS27-DR01");
    CHECK(f.refusal(photo('b', R"(,"stage":"cut")").c_str()) == "/image/stage: a style's photo documents no stage");
    CHECK(f.refusal(photo('c', R"(,"by":"mallory")").c_str()) == "/image/added: is set by the app (who added it and when)");
    CHECK(f.refusal(R"({"type":"style.image","style":"SS27-DR01","image":{"id":"../../etc/passwd","type":"image/webp"}})").rfind("/image/id", 0) == 0);
    CHECK(f.refusal(R"({"type":"style.image","style":"NOPE","image":{"id":"x"}})") == "/style: no style \"NOPE\"");

    // A released (frozen) version does not freeze the style's photos.
    f.ok(R"({"type":"style.state","style":"SS27-DR01","state":"production_ready"})");
    f.ok(photo('d').c_str());
    CHECK(f.a().style("SS27-DR01")->images.size() == 2);
    bool kept = false;
    for (const Image* im : stored_pictures(f.a())) kept |= im->id == std::string(64, 'd');
    CHECK(kept);

    f.ok((R"({"type":"style.image.remove","style":"SS27-DR01","id":")" + std::string(64, 'a') + "\"}").c_str());
    CHECK(f.a().style("SS27-DR01")->images.size() == 1);
    CHECK(f.refusal((R"({"type":"style.image.remove","style":"SS27-DR01","id":")" + std::string(64, 'a') + "\"}").c_str()) ==
          "/id: no such photo on style SS27-DR01");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().style("SS27-DR01")->images.size() == 2);

    const std::string text = write_snapshot(f.a());
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(text, back, p));
    CHECK(back == f.a());
    // A damaged file: the same photo twice is named by the loader's validator.
    nlohmann::json j = nlohmann::json::parse(text);
    j["styles"][0]["images"][1]["id"] = j["styles"][0]["images"][0]["id"];
    Atelier bad;
    Problems q;
    CHECK_FALSE(read_snapshot(j.dump(), bad, q));
    REQUIRE_FALSE(q.empty());
    CHECK(q.front().path == "/styles/0/images/1/id");
    CHECK(q.front().message == "the same photo is on the style twice");
}
