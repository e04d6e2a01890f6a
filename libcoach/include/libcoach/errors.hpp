#pragma once
/// \file
/// The libcoach exception hierarchy. Every error the library raises derives from
/// libcoach::Error. Messages name fields, record kinds and ids, never content: a message may
/// end up in a log file or on a screen that the client's manager can see.

#include <stdexcept>
#include <string>

namespace libcoach {

/// Root of every exception thrown by libcoach.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A command or value failed validation (empty or oversized text, impossible date, value out
/// of range, invalid lifecycle transition). The practice is left unchanged.
class ValidationError : public Error {
 public:
  using Error::Error;
};

/// An id does not name a record (or names one the viewer may not know exists).
class NotFound : public Error {
 public:
  using Error::Error;
};

/// The command conflicts with current state (duplicate id, record of another engagement).
class Conflict : public Error {
 public:
  using Error::Error;
};

/// The viewer may not perform this action on this record. The message names the action
/// and the record kind, never the content.
class AccessDenied : public Error {
 public:
  using Error::Error;
};

/// Stored data is damaged (checksum mismatch, truncated frame, impossible length).
class CorruptionError : public Error {
 public:
  using Error::Error;
};

/// Another process holds the store's writer lock.
class LockedError : public Error {
 public:
  using Error::Error;
};

/// A file was written by a newer or unknown format version.
class UnsupportedVersion : public Error {
 public:
  using Error::Error;
};

/// The practice was opened read-only (or its store is closed for writing): commands, and
/// reads that would need a durable audit entry, are refused. The practice is unchanged.
class ReadOnlyError : public Error {
 public:
  using Error::Error;
};

/// An I/O operation failed; a store that saw this is in a failed state.
class IoError : public Error {
 public:
  using Error::Error;
};

/// A legal hold on a client's data forbids the operation (shredding). A kind of Conflict.
class LegalHoldError : public Conflict {
 public:
  using Conflict::Conflict;
};

/// A cryptographic operation failed (wrong key, tampered ciphertext).
class CryptoError : public Error {
 public:
  using Error::Error;
};

}  // namespace libcoach
