#pragma once
// The on-disk format shared by every store file (see docs/store.md):
//
//   file   = header(64) frame*             (journal, audit log)
//          | header(64) section-table sections   (snapshot)
//   header = magic(8) version(u32 LE) endian-marker(u32 native) type-sizes(8)
//            archive-version(u32 LE) flags(u32 LE) store-id(16) base-sequence(u64 LE)
//            reserved(4) crc32c(u32 LE, over the 60 bytes before it)
//   frame  = length(u32 LE) crc32c(u32 LE) type(u8) payload(length bytes)
//            the crc covers the length bytes, the type byte and the payload.
//   journal frames: event | batch_event* batch_commit     audit log frames: audit

#include <boost/uuid/uuid.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/file_ops.hpp"
#include "store/little_endian.hpp"

namespace libcoach::store {

/// The store format this build writes for unencrypted stores.
inline constexpr std::uint32_t kFormatVersion = 1;
/// The format of encrypted stores (content fields sealed): version 1 plus the `sealed`
/// flag, so that a build which cannot open sealed fields refuses the files as newer.
inline constexpr std::uint32_t kSealedFormatVersion = 2;
/// The newest format this build reads.
inline constexpr std::uint32_t kNewestFormatVersion = kSealedFormatVersion;
/// Header flag: content fields are sealed with the store's vault.
inline constexpr std::uint32_t kFlagSealed = 1;
inline constexpr std::size_t kHeaderSize = 64;
inline constexpr std::size_t kFrameHeaderSize = 9;
/// No frame is larger; checked before anything is allocated for it.
inline constexpr std::uint32_t kMaxFrameBytes = 16u << 20;

enum class FileKind : std::uint8_t { journal, snapshot, audit };
/// Frame types. A batch's events are `batch_event` frames that count only once a
/// `batch_commit` frame (payload: the batch's last sequence, u64 LE) follows them, so that a
/// batch is all-or-nothing on disk whatever the crash.
enum class FrameType : std::uint8_t { event = 1, audit = 2, batch_event = 3, batch_commit = 4 };
inline constexpr std::uint8_t kLastFrameType = 4;

/// What a file header says.
struct FileHeader {
  FileKind kind = FileKind::journal;
  std::uint32_t version = kFormatVersion;
  std::uint32_t archive_version = 0;
  boost::uuids::uuid store_id{};
  std::uint64_t base_sequence = 0;  ///< Journal: last event before its first frame.
                                    ///< Snapshot: the sequence it captures.
  bool sealed = false;              ///< Content fields are sealed (encrypted store).
};

/// Encodes a header for this machine (byte order, type sizes, archive version).
std::string encode_header(const FileHeader& header);

/// Decodes and checks a header. Throws CorruptionError (wrong magic, bad checksum, short
/// file) or UnsupportedVersion (newer or unknown format, other byte order or type sizes,
/// other archive version), naming `file_name`.
FileHeader decode_header(std::string_view bytes, FileKind expected, const std::string& file_name);

/// Appends one frame to `out`. Throws std::length_error when the payload is too large.
void append_frame(std::string& out, FrameType type, std::string_view payload);

/// Starts a frame at the end of `out` (its header, length and checksum still blank) so that
/// the payload can be encoded straight after it, without a copy; returns the frame's offset
/// in `out`. Finish it with end_frame.
std::size_t begin_frame(std::string& out, FrameType type);
/// Fills in the length and checksum of the frame begun at `start`, whose payload is
/// everything appended to `out` since. Throws std::length_error when the payload is too
/// large (the caller drops the unfinished frame).
void end_frame(std::string& out, std::size_t start);

/// One frame found by a scan.
struct ScannedFrame {
  std::uint64_t offset = 0;  ///< File offset of the frame's first byte.
  FrameType type = FrameType::event;
  std::string_view payload;
};

/// How a scan of frames ended.
enum class ScanStop : std::uint8_t {
  end,      ///< Every byte belonged to a whole, valid frame.
  torn,     ///< The file ends inside a frame that was never completely written.
  corrupt,  ///< A damaged frame with more data after it, or a complete frame that fails.
};

/// The frames of a journal or audit log, and where and why reading stopped.
struct FrameScan {
  std::vector<ScannedFrame> frames;
  ScanStop stop = ScanStop::end;
  std::uint64_t valid_end = 0;  ///< Offset just past the last valid frame.
  std::string problem;          ///< Content-free description when stop != end.
};

/// What check_frame found at the start of some bytes.
enum class FrameVerdict : std::uint8_t {
  incomplete,    ///< Fewer bytes than the frame header, or than the length it declares.
  whole,         ///< A whole frame: length within the cap, checksum right, type known.
  bad_length,    ///< A length above kMaxFrameBytes.
  bad_checksum,  ///< A complete frame whose checksum fails.
  bad_type,      ///< A complete, intact frame of an unknown type.
};
struct FrameCheck {
  FrameVerdict verdict = FrameVerdict::incomplete;
  std::uint32_t length = 0;  ///< The declared payload length (when the header is there).
  FrameType type = FrameType::event;
};

/// Checks the frame at the start of `bytes` (the one rule scan_frames and tally_frames share).
FrameCheck check_frame(std::string_view bytes);

/// Scans the frames of `file` (the whole file, header included) from kHeaderSize on.
/// Nothing is decoded; lengths are capped and checksums verified. An incomplete last frame
/// (or a tail of zero bytes) with no valid frame after it is a torn tail; anything else
/// that fails is corruption.
FrameScan scan_frames(std::string_view file);

/// A clean log's frames, counted without keeping the file: how many, where they end (the
/// file's size) and the last one's payload.
struct FrameTally {
  std::uint64_t frames = 0;
  std::uint64_t valid_end = 0;
  std::string last_payload;
};

/// Reads the `size`-byte file open at `fd` from kHeaderSize on, a chunk at a time, and
/// checks every frame (check_frame). Null unless every byte belongs to a whole, valid frame:
/// a torn or damaged log is for scan_frames over the whole file to classify.
std::optional<FrameTally> tally_frames(FileOps& ops, int fd, std::uint64_t size);

}  // namespace libcoach::store
