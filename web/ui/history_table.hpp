#pragma once
// A history as a table (When, Who, What, Details), the details wrapped: the order page's and a
// production order's draw the same one.
#include <vector>

#include "core/queries/history_line.hpp"

namespace atelier::ui {

struct HistoryMarks {
    const char* what = nullptr;  // marks each row's What cell "<what> <what>" ("History order.pay")
    const char* row = nullptr;   // marks each row's Details cell "<row> <n>", n from 1 ("Production history 2")
};

// `height` 0: as tall as the space left.
void history_table(const char* id, const std::vector<HistoryLine>& lines, float height, HistoryMarks marks);

}  // namespace atelier::ui
