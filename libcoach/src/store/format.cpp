#include "store/format.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <stdexcept>

#include "libcoach/errors.hpp"
#include "store/crc32c.hpp"

namespace libcoach::store {

namespace {

constexpr std::uint32_t kEndianMarker = 0x01020304u;

const char* magic_of(FileKind kind) {
  switch (kind) {
    case FileKind::journal:
      return "LCOACHJ\x1a";
    case FileKind::snapshot:
      return "LCOACHS\x1a";
    case FileKind::audit:
      return "LCOACHA\x1a";
  }
  return "LCOACH?\x1a";
}

std::array<std::uint8_t, 8> type_sizes() {
  return {sizeof(short), sizeof(int),    sizeof(long),        sizeof(long long),
          sizeof(float), sizeof(double), sizeof(std::size_t), sizeof(bool)};
}

bool all_zero(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

// A frame that starts at `pos` and passes its checksum; used to tell a torn tail (nothing
// valid after it) from damage in the middle of the log.
bool valid_frame_at(std::string_view file, std::size_t pos) {
  if (file.size() - pos < kFrameHeaderSize)
    return false;
  const std::uint32_t length = load_le32(file.data() + pos);
  if (length > kMaxFrameBytes || length > file.size() - pos - kFrameHeaderSize)
    return false;
  const std::uint32_t stored = load_le32(file.data() + pos + 4);
  const auto type = static_cast<std::uint8_t>(file[pos + 8]);
  if (type == 0 || type > kLastFrameType)
    return false;
  std::uint32_t crc = crc32c(file.data() + pos, 4);
  crc = crc32c(file.data() + pos + 8, 1 + std::size_t{length}, crc);
  return crc == stored;
}

bool valid_frame_after(std::string_view file, std::size_t pos) {
  for (std::size_t p = pos + 1; p + kFrameHeaderSize <= file.size(); ++p) {
    if (valid_frame_at(file, p))
      return true;
  }
  return false;
}

}  // namespace

std::string encode_header(const FileHeader& header) {
  std::string out(kHeaderSize, '\0');
  std::memcpy(out.data(), magic_of(header.kind), 8);
  store_le32(out.data() + 8, header.sealed ? kSealedFormatVersion : kFormatVersion);
  std::memcpy(out.data() + 12, &kEndianMarker, 4);
  const auto sizes = type_sizes();
  std::memcpy(out.data() + 16, sizes.data(), 8);
  store_le32(out.data() + 24, header.archive_version);
  store_le32(out.data() + 28, header.sealed ? kFlagSealed : 0u);
  std::memcpy(out.data() + 32, header.store_id.data, 16);
  store_le64(out.data() + 48, header.base_sequence);
  store_le32(out.data() + 60, crc32c(out.data(), 60));
  return out;
}

FileHeader decode_header(std::string_view bytes, FileKind expected, const std::string& file_name) {
  if (bytes.size() < kHeaderSize) {
    throw CorruptionError(file_name + " at offset 0: file is shorter than its header");
  }
  if (std::memcmp(bytes.data(), magic_of(expected), 8) != 0) {
    throw CorruptionError(file_name + " at offset 0: not a libcoach store file of this kind");
  }
  FileHeader h;
  h.kind = expected;
  h.version = load_le32(bytes.data() + 8);
  // The version is checked before the checksum: a newer format may lay its header out
  // differently, and must be reported as newer, not as damaged.
  if (h.version == 0 || h.version > kNewestFormatVersion) {
    throw UnsupportedVersion(file_name + ": format version " + std::to_string(h.version) +
                             " is not supported (this build reads up to " +
                             std::to_string(kNewestFormatVersion) + ")");
  }
  if (load_le32(bytes.data() + 60) != crc32c(bytes.data(), 60)) {
    throw CorruptionError(file_name + " at offset 0: header checksum mismatch");
  }
  std::uint32_t marker = 0;
  std::memcpy(&marker, bytes.data() + 12, 4);
  const auto sizes = type_sizes();
  if (marker != kEndianMarker || std::memcmp(bytes.data() + 16, sizes.data(), 8) != 0) {
    throw UnsupportedVersion(file_name +
                             ": written on a machine with another byte order or type sizes");
  }
  h.archive_version = load_le32(bytes.data() + 24);
  const std::uint32_t flags = load_le32(bytes.data() + 28);
  h.sealed = (flags & kFlagSealed) != 0;
  if ((flags & ~kFlagSealed) != 0 || h.sealed != (h.version == kSealedFormatVersion)) {
    throw CorruptionError(file_name + " at offset 28: header flags do not match its version");
  }
  std::memcpy(h.store_id.data, bytes.data() + 32, 16);
  h.base_sequence = load_le64(bytes.data() + 48);
  return h;
}

void append_frame(std::string& out, FrameType type, std::string_view payload) {
  if (payload.size() > kMaxFrameBytes)
    throw std::length_error("frame payload too large");
  const std::size_t start = begin_frame(out, type);
  out.append(payload.data(), payload.size());
  end_frame(out, start);
}

std::size_t begin_frame(std::string& out, FrameType type) {
  const std::size_t start = out.size();
  out.append(kFrameHeaderSize, '\0');
  out[start + 8] = static_cast<char>(type);
  return start;
}

void end_frame(std::string& out, std::size_t start) {
  const std::size_t length = out.size() - start - kFrameHeaderSize;
  if (length > kMaxFrameBytes)
    throw std::length_error("frame payload too large");
  char* head = out.data() + start;
  store_le32(head, static_cast<std::uint32_t>(length));
  // The type byte and the payload are contiguous: two CRC runs cover the frame.
  std::uint32_t crc = crc32c(head, 4);
  crc = crc32c(head + 8, 1 + length, crc);
  store_le32(head + 4, crc);
}

FrameCheck check_frame(std::string_view bytes) {
  FrameCheck c;
  if (bytes.size() < kFrameHeaderSize)
    return c;  // incomplete
  c.length = load_le32(bytes.data());
  const std::uint32_t stored = load_le32(bytes.data() + 4);
  const auto type = static_cast<std::uint8_t>(bytes[8]);
  if (c.length > kMaxFrameBytes) {
    c.verdict = FrameVerdict::bad_length;
    return c;
  }
  if (c.length > bytes.size() - kFrameHeaderSize)
    return c;  // incomplete
  std::uint32_t crc = crc32c(bytes.data(), 4);
  crc = crc32c(bytes.data() + 8, 1 + std::size_t{c.length}, crc);
  if (crc != stored) {
    c.verdict = FrameVerdict::bad_checksum;
    return c;
  }
  if (type == 0 || type > kLastFrameType) {
    c.verdict = FrameVerdict::bad_type;
    return c;
  }
  c.verdict = FrameVerdict::whole;
  c.type = static_cast<FrameType>(type);
  return c;
}

FrameScan scan_frames(std::string_view file) {
  FrameScan scan;
  std::size_t pos = kHeaderSize;
  scan.valid_end = std::min<std::size_t>(pos, file.size());
  auto stop = [&](ScanStop how, std::string problem) {
    scan.stop = how;
    scan.problem = std::move(problem);
    return scan;
  };
  while (pos < file.size()) {
    const std::string_view rest = file.substr(pos);
    if (rest.size() < kFrameHeaderSize)
      return stop(ScanStop::torn, "incomplete frame header");
    const FrameCheck frame = check_frame(rest);
    switch (frame.verdict) {
      case FrameVerdict::whole:
        break;
      case FrameVerdict::incomplete:
        if (valid_frame_after(file, pos))
          return stop(ScanStop::corrupt, "frame length runs past valid frames");
        return stop(ScanStop::torn, "incomplete frame");
      case FrameVerdict::bad_length:
        if (all_zero(rest))
          return stop(ScanStop::torn, "zero-filled tail");
        return stop(ScanStop::corrupt, "impossible frame length");
      case FrameVerdict::bad_checksum:
        if (all_zero(rest))
          return stop(ScanStop::torn, "zero-filled tail");
        return stop(ScanStop::corrupt, "frame checksum mismatch");
      case FrameVerdict::bad_type:
        return stop(ScanStop::corrupt, "unknown frame type");
    }
    scan.frames.push_back(
        ScannedFrame{pos, frame.type, file.substr(pos + kFrameHeaderSize, frame.length)});
    pos += kFrameHeaderSize + frame.length;
    scan.valid_end = pos;
  }
  return scan;
}

std::optional<FrameTally> tally_frames(FileOps& ops, int fd, std::uint64_t size) {
  constexpr std::size_t kChunk = 256 << 10;
  FrameTally tally;
  tally.valid_end = kHeaderSize;
  std::string buffer(kChunk, '\0');
  std::size_t held = 0;              // Bytes of `buffer` read and not yet taken as frames.
  std::uint64_t next = kHeaderSize;  // File offset of the byte after those held.
  std::size_t start = 0;             // Where the held bytes begin in `buffer`.
  while (tally.valid_end < size) {
    const std::string_view rest(buffer.data() + start, held);
    const FrameCheck frame = check_frame(rest);
    if (frame.verdict == FrameVerdict::whole) {
      const std::size_t whole = kFrameHeaderSize + std::size_t{frame.length};
      tally.last_payload.assign(rest.data() + kFrameHeaderSize, frame.length);
      ++tally.frames;
      tally.valid_end += whole;
      start += whole;
      held -= whole;
      continue;
    }
    if (frame.verdict != FrameVerdict::incomplete || next >= size)
      return std::nullopt;  // Not a clean log: scan_frames classifies it.
    // Move what is held to the front and read more, with room for the whole frame.
    std::memmove(buffer.data(), buffer.data() + start, held);
    start = 0;
    const std::size_t want = held >= kFrameHeaderSize ? kFrameHeaderSize + frame.length : 0;
    if (want > buffer.size())
      buffer.resize(want);
    const std::size_t room = std::min<std::uint64_t>(buffer.size() - held, size - next);
    const ssize_t n = ops.pread(fd, buffer.data() + held, room, static_cast<off_t>(next));
    if (n <= 0)
      return std::nullopt;
    held += static_cast<std::size_t>(n);
    next += static_cast<std::uint64_t>(n);
  }
  return tally;
}

}  // namespace libcoach::store
