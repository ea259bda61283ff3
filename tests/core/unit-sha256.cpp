// SHA-256 (core/text/sha256.hpp): the FIPS 180-4 example vectors (every round constant and initial
// word feeds each of them), lengths around the padding boundary, and the law that feeding a
// message in pieces changes nothing.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/sha256.hpp"

using atelier::Sha256;
using atelier::sha256_hex;
using atelier::to_hex;

TEST_CASE("sha256 gives the standard's example digests") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 448 bits: the padding's length no longer fits the first block.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                     "mnopqrstnopqrstu") == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(sha256_hex(std::string(1'000'000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 pads every length around a block boundary") {
    // Each length from 0 to 130 bytes hashes to a distinct digest, and bytes past 0x7f are taken
    // unsigned (a signed char would sign-extend into the word).
    std::vector<std::string> seen;
    for (size_t n = 0; n <= 130; ++n) {
        const std::string h = sha256_hex(std::string(n, '\xff'));
        CHECK(h.size() == 64);
        for (const auto& s : seen) CHECK(s != h);
        seen.push_back(h);
    }
    CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("sha256_in_pieces_equals_sha256_whole") {
    const unsigned seed = 20260301;
    std::mt19937 rng(seed);
    for (int trial = 0; trial < 200; ++trial) {
        std::string msg(std::uniform_int_distribution<size_t>(0, 600)(rng), '\0');
        for (auto& c : msg) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
        const std::string whole = sha256_hex(msg);
        Sha256 h;
        size_t at = 0;
        while (at < msg.size()) {
            const size_t n = std::uniform_int_distribution<size_t>(0, 130)(rng);  // empty pieces too
            h.update(std::string_view(msg).substr(at, n));
            at += n;
        }
        INFO("seed " << seed << ", trial " << trial << ", length " << msg.size());
        CHECK(to_hex(h.digest()) == whole);
    }
}
