// Backup preview: never crashes or throws; a refusal says why and holds no atelier; an accepted
// preview's atelier validates and is what the streaming reader reads from the same file.
#include "core/storage/backup.hpp"
#include "fuzz_common.hpp"

using namespace atelier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    const BackupPreview p = preview_backup(text);
    if (!p.ok) {
        FUZZ_CHECK(!p.error.empty());
        FUZZ_CHECK(p.atelier == Atelier{});
        return 0;
    }
    FUZZ_CHECK(p.error.empty());
    FUZZ_CHECK(p.orders == p.atelier.orders.size());
    fuzz::check_valid_state(p.atelier);
    Atelier read;
    Problems problems;
    FUZZ_CHECK(read_snapshot(text, read, problems));
    FUZZ_CHECK(read == p.atelier);
    return 0;
}
