#include "web/ui/i18n.hpp"

#include "core/i18n/said_text.hpp"
#include "web/ui/style.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {

const Locale& ui_locale() { return look().locale; }

const char* tr(Msg m) { return text(ui_locale().language, m).data(); }

std::string tr(Msg m, std::initializer_list<Arg> args) { return fill(text(ui_locale().language, m), args); }

std::string trn(Msg m, int64_t n, std::initializer_list<Arg> args) {
    const std::string count = local_integer(n, ui_locale());
    std::string out = fill(text(ui_locale().language, m, n), {{"n", count}});
    return args.size() ? fill(out, args) : out;
}

std::string ui_label(Msg m, std::string_view id) {
    std::string out = tr(m);
    out += "###";
    out.append(id);
    return out;
}

std::string ui_date(Date d) { return local_date(d, ui_locale()); }
std::string ui_datetime(DateTime t) {
    const Date d = date_of(t);
    return local_date(d, ui_locale()) + " " + local_time(minute_of_day(t), ui_locale());
}

std::string ui_integer(int64_t n) { return local_integer(n, ui_locale()); }

std::string said_text(const Said& s) { return words(ui_locale().language, s); }
std::string shown(const Problem& p) { return problem_text(ui_locale().language, p); }
std::string said_text(const std::optional<Said>& s, const std::string& otherwise) { return s ? said_text(*s) : otherwise; }

ViewError view_error(const Said& s) { return ViewError{english(s), said_text(s)}; }
ViewError view_error(const Problem& p) { return ViewError{p.message, shown(p)}; }

}  // namespace atelier::ui
