#pragma once
/// \file
/// Coaching sessions: operational records (times and attendance, never content).

#include <cstdint>
#include <string_view>

#include "libcoach/ids.hpp"
#include "libcoach/model/record.hpp"
#include "libcoach/time.hpp"

namespace libcoach {

/// How a session is held.
enum class Modality : std::uint8_t { in_person, video, phone };
/// "in_person", "video", "phone".
std::string_view to_string(Modality m);
/// Parses a modality; throws ValidationError when unknown.
Modality parse_modality(std::string_view text);

/// Session lifecycle: scheduled → held | cancelled | no_show.
enum class SessionStatus : std::uint8_t { scheduled, held, cancelled, no_show };
/// "scheduled", "held", "cancelled", "no_show".
std::string_view to_string(SessionStatus s);
/// Parses a session status; throws ValidationError when unknown.
SessionStatus parse_session_status(std::string_view text);

/// One coaching session. Scope is always operational.
struct Session {
  RecordMeta meta;
  Timestamp start;
  std::int32_t duration_minutes = 60;  ///< 5..480.
  Modality modality = Modality::video;
  SessionStatus status = SessionStatus::scheduled;
  bool group = false;     ///< A group session (for the coach's hours log).
  bool pro_bono = false;  ///< Unpaid (for the coach's hours log).

  static constexpr RecordKind kind = RecordKind::session;
  SessionId id() const { return SessionId{meta.id.value}; }
};

}  // namespace libcoach
