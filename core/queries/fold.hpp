#pragma once
// [SECTION] Search folding: lowercase and strip accents so "hoxha" finds "Hoxhá", "odegard" finds "Ødegård".
// - Latin-1 Supplement and Latin Extended-A letters map to ASCII (ß->ss, æ->ae, œ->oe, ø->o, ł->l, đ->d, þ->th).
// - Greek and Cyrillic capitals are lowercased (Greek tonos stripped); anything else passes through unchanged.
// - Invalid UTF-8 bytes pass through unchanged, so folding never loses or invents text.
#include <string>
#include <string_view>

namespace atelier {

std::string fold_text(std::string_view s);
// Appends the folding of `s` to `out` (the index builds one big haystack without temporaries).
void fold_append(std::string_view s, std::string& out);

}  // namespace atelier
