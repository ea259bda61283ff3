#pragma once
#include <array>
#include <cstdint>

#include "core/json/fields.hpp"

namespace atelier {

// How a message reaches the client (a stage's notify, a client's preference; none: not at all / no
// preference). Appended to, never reordered: the snapshot stores the names.
enum class Channel : uint8_t { none, email, whatsapp, sms };
template <>
struct EnumNames<Channel> {
    static constexpr std::array<const char*, 4> names{"none", "email", "whatsapp", "sms"};
    static constexpr std::array<const char*, 4> labels{"none", "email", "WhatsApp", "SMS"};
};

}  // namespace atelier
