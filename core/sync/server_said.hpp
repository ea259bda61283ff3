#pragma once
// Why a request to the studio's server failed, as a sentence (core/said.hpp): the same words for
// sync (client.hpp) and the calendar feed (calendar_feed.hpp), whichever request it was.
#include <string>

#include "core/said.hpp"

namespace atelier {

// `status` 0 when no reply came (network down, server unreachable, timeout); `body` the reply's
// text, its {"error": ...} the server's own words.
Said server_said(const std::string& server, int status, const std::string& body);

}  // namespace atelier
