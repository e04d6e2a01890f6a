#pragma once
/// \file
/// Notes: free text with a scope (session notes, coach process notes, client journal).

#include <optional>
#include <string>

#include "libcoach/model/record.hpp"

namespace libcoach {

/// A note. Its scope decides who may read it: a coach's process note is coach_private, a
/// client's journal entry client_private, shared session notes coaching.
struct Note {
  RecordMeta meta;
  std::optional<SessionId> session;  ///< The session it was written about, if any.
  std::string text;

  static constexpr RecordKind kind = RecordKind::note;
  NoteId id() const { return NoteId{meta.id.value}; }
};

}  // namespace libcoach
