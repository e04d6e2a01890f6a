#pragma once
// The properties the fuzz targets check, shared with the regression tests
// (tests/cpp/store/test_fuzz_regressions.cpp) so that every crash found once stays fixed.
// Each check returns normally for any input; a bug shows as a crash, a sanitizer report or
// an abort from a failed property.

#include <fcntl.h>
#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "libcoach/errors.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/store/verify.hpp"
#include "store/codec.hpp"
#include "store/crc32c.hpp"
#include "store/format.hpp"
#include "store/inspect.hpp"

namespace libcoach::fuzz {

inline void require(bool property) {
  if (!property)
    std::abort();
}

/// tally_frames (a read-only open's audit log, read a chunk at a time from a file) agrees with
/// scan_frames over the same bytes: the same count, end and last payload for a clean file,
/// and no tally for any other.
inline void check_frame_tally(const std::string& file, const store::FrameScan& scan) {
  static const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                            ("libcoach-fuzz-tally-" + std::to_string(::getpid()));
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr)
    return;
  const bool written = std::fwrite(file.data(), 1, file.size(), f) == file.size();
  if (std::fclose(f) != 0 || !written)
    return;
  const auto ops = store::posix_file_ops();
  const int fd = ops->open(path, O_RDONLY, 0);
  if (fd < 0)
    return;
  const store::FileHandle handle(ops, fd);
  const auto tally = store::tally_frames(*ops, fd, file.size());
  if (scan.stop != store::ScanStop::end) {
    require(!tally.has_value());
    return;
  }
  require(tally.has_value());
  require(tally->frames == scan.frames.size() && tally->valid_end == scan.valid_end);
  require(scan.frames.empty() || tally->last_payload == scan.frames.back().payload);
}

/// Frame scanning over arbitrary bytes after a valid header, then decoding what it found.
inline void check_frame_scan(const std::uint8_t* data, std::size_t size) {
  store::FileHeader header;
  header.archive_version = store::archive_library_version();
  std::string file = store::encode_header(header);
  file.append(reinterpret_cast<const char*>(data), size);
  const store::FrameScan scan = store::scan_frames(file);
  require(scan.valid_end <= file.size());
  std::uint64_t end = store::kHeaderSize;
  for (const auto& frame : scan.frames) {
    require(frame.offset == end);
    end = frame.offset + store::kFrameHeaderSize + frame.payload.size();
    try {
      if (frame.type == store::FrameType::audit) {
        store::decode_audit_entry(frame.payload);
      } else {
        store::decode_event(frame.payload);
      }
    } catch (const CorruptionError&) {
    } catch (const UnsupportedVersion&) {
    }
  }
  require(end == scan.valid_end);
  check_frame_tally(file, scan);
}

/// Decoding an arbitrary event payload: a typed error, or a value whose encoding decodes
/// back to the same encoding. (Not necessarily the input bytes: Boost reads the tracking
/// flag of its class headers as any non-zero byte, so non-canonical headers decode too —
/// found by this target; see fuzz/regressions/event_payload/.)
inline void check_event_payload(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string once;
  try {
    once = store::encode_event(store::decode_event(bytes));
  } catch (const CorruptionError&) {
  } catch (const UnsupportedVersion&) {
  }
  // What this build wrote must always decode again (an exception here is a finding too).
  if (!once.empty())
    require(store::encode_event(store::decode_event(once)) == once);
  once.clear();
  try {
    once = store::encode_audit_entry(store::decode_audit_entry(bytes));
  } catch (const CorruptionError&) {
  } catch (const UnsupportedVersion&) {
  }
  if (!once.empty())
    require(store::encode_audit_entry(store::decode_audit_entry(once)) == once);
}

/// Opening an arbitrary store directory. The input is split into a journal, a snapshot and
/// an audit log; flag bits may give them valid headers and may frame the journal's records
/// with valid checksums, so the fuzzer reaches replay and not only the checksum check.
inline void check_open_store(const std::uint8_t* data, std::size_t size,
                             const std::filesystem::path& dir) {
  if (size < 5)
    return;
  const std::uint8_t flags = data[0];
  const std::size_t journal_len = std::size_t{data[1]} | (std::size_t{data[2]} << 8);
  const std::size_t snapshot_len = std::size_t{data[3]} | (std::size_t{data[4]} << 8);
  std::string_view rest(reinterpret_cast<const char*>(data + 5), size - 5);
  auto take = [&](std::size_t n) {
    const std::string_view part = rest.substr(0, std::min(n, rest.size()));
    rest.remove_prefix(part.size());
    return part;
  };
  const std::string_view journal_body = take(journal_len);
  const std::string_view snapshot_body = take(snapshot_len);
  const std::string_view audit_body = rest;

  store::FileHeader h;
  h.archive_version = store::archive_library_version();
  std::string journal = (flags & 1) ? store::encode_header(h) : std::string();
  if (flags & 2) {
    // Records: u8 type, u16 LE length, payload — framed with valid checksums.
    std::string_view r = journal_body;
    while (r.size() >= 3) {
      const auto type = static_cast<store::FrameType>(static_cast<std::uint8_t>(r[0]) % 5);
      const std::size_t n =
          static_cast<std::uint8_t>(r[1]) | (static_cast<std::uint8_t>(r[2]) << 8);
      r.remove_prefix(3);
      const std::string_view payload = r.substr(0, std::min(n, r.size()));
      r.remove_prefix(payload.size());
      store::append_frame(journal, type, payload);
    }
  } else {
    journal.append(journal_body);
  }
  h.kind = store::FileKind::audit;
  std::string audit = (flags & 4) ? store::encode_header(h) : std::string();
  audit.append(audit_body);
  h.kind = store::FileKind::snapshot;
  h.base_sequence = (flags & 16) ? 0 : 2;
  std::string snapshot = (flags & 8) ? store::encode_header(h) : std::string();
  snapshot.append(snapshot_body);

  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  std::filesystem::create_directories(dir, ec);
  auto put = [&](const char* name, const std::string& bytes) {
    const auto p = dir / name;
    FILE* f = std::fopen(p.c_str(), "wb");
    if (f == nullptr)
      return;
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  };
  put(store::StoreFiles::journal, journal);
  put(store::StoreFiles::audit, audit);
  if (flags & 32)
    put(store::StoreFiles::snapshot, snapshot);

  OpenOptions options;
  options.read_only = true;
  options.read_only_audit = ReadOnlyAudit::memory;
  options.repair = (flags & 64) != 0;
  try {
    Practice p = Practice::open(dir, {}, options);
    (void)p.stats();
  } catch (const Error&) {
    // Every failure must be one of libcoach's typed errors.
  }
  try {
    (void)verify_store(dir);
  } catch (const Error&) {
  }
}

}  // namespace libcoach::fuzz
