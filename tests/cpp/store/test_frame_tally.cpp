// tally_frames: a clean log's frames counted a chunk at a time (read-only opens of the audit
// log) give what scan_frames over the whole file gives — whatever the frame sizes, at and
// across the chunk boundaries, frames larger than a chunk included — and any log that is not
// clean (torn, damaged, zero-filled) gets no tally, for scan_frames to classify.

#include <fcntl.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "store/format.hpp"
#include "store_test_util.hpp"

namespace {

using namespace store_test;
namespace st = libcoach::store;

constexpr std::size_t kChunk = 256 << 10;  // tally_frames' read size.

// A log of frames with these payload sizes, each payload's bytes varying with its index.
std::string log_of(const std::vector<std::size_t>& sizes) {
  std::string out = st::encode_header({});
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    std::string payload(sizes[i], '\0');
    for (std::size_t b = 0; b < payload.size(); ++b)
      payload[b] = static_cast<char>((i * 31 + b) & 0xFF);
    st::append_frame(out, st::FrameType::audit, payload);
  }
  return out;
}

std::optional<st::FrameTally> tally_of(const fs::path& file) {
  const auto ops = st::posix_file_ops();
  const int fd = ops->open(file, O_RDONLY, 0);
  EXPECT_GE(fd, 0);
  const st::FileHandle handle(ops, fd);
  return st::tally_frames(*ops, fd, static_cast<std::uint64_t>(ops->file_size(fd)));
}

TEST(FrameTally, ACleanLogIsCountedAsScanFramesSeesIt) {
  TempDir dir;
  const std::size_t header = st::kHeaderSize + st::kFrameHeaderSize;
  const std::vector<std::vector<std::size_t>> logs{
      {},
      {0},
      {1, 2, 3},
      std::vector<std::size_t>(3000, 200),   // Many frames over several chunks.
      {kChunk - header, 5},                  // The first frame ends the first chunk.
      {kChunk - header - 4, 100},            // The next frame's header straddles it.
      {kChunk - header + 1, 7},              // The first frame overruns it by a byte.
      {10, 3 * kChunk, 20, kChunk + 17, 0},  // Frames larger than a chunk.
  };
  for (const auto& sizes : logs) {
    SCOPED_TRACE(sizes.size());
    const std::string file = log_of(sizes);
    write_file(dir / "log", file);
    const st::FrameScan scan = st::scan_frames(file);
    ASSERT_EQ(scan.stop, st::ScanStop::end);
    const std::optional<st::FrameTally> tally = tally_of(dir / "log");
    ASSERT_TRUE(tally.has_value());
    EXPECT_EQ(tally->frames, scan.frames.size());
    EXPECT_EQ(tally->valid_end, scan.valid_end);
    EXPECT_EQ(tally->valid_end, file.size());
    if (!scan.frames.empty()) {
      EXPECT_EQ(tally->last_payload, scan.frames.back().payload);
    }
  }
}

TEST(FrameTally, ALogThatIsNotCleanGetsNoTally) {
  TempDir dir;
  const std::string clean = log_of({100, kChunk + 50, 300});
  const st::FrameScan scan = st::scan_frames(clean);
  ASSERT_EQ(scan.frames.size(), 3u);
  std::string flipped = clean;
  flipped[scan.frames[1].offset + st::kFrameHeaderSize + kChunk] ^= 0x04;
  std::string unknown_type = clean;
  unknown_type[scan.frames[2].offset + 8] = 0x7F;
  refresh_frame_crc(unknown_type, scan.frames[2].offset);
  const std::vector<std::string> logs{
      clean.substr(0, clean.size() - 1),           // Torn last frame.
      clean.substr(0, scan.frames[2].offset + 4),  // Torn frame header.
      flipped,                                     // A checksum that fails.
      unknown_type,                                // A frame of no known type.
      clean + std::string(kChunk, '\0'),           // A zero-filled tail.
  };
  for (std::size_t i = 0; i < logs.size(); ++i) {
    SCOPED_TRACE(i);
    ASSERT_NE(st::scan_frames(logs[i]).stop, st::ScanStop::end);
    write_file(dir / "log", logs[i]);
    EXPECT_FALSE(tally_of(dir / "log").has_value());
  }
}

}  // namespace
