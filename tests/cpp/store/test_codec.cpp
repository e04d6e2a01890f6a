// Frames, checksums and the Boost.Serialization payloads: known CRC vectors on both code
// paths, every event kind round-tripping, and hostile payloads refused without large
// allocations.

#include <cstring>
#include <set>

#include "alloc_probe.hpp"
#include "store/archive_io.hpp"
#include "store/codec.hpp"
#include "store/crc32c.hpp"
#include "store/format.hpp"
#include "store/serialize.hpp"
#include "store_test_util.hpp"

using namespace store_test;
namespace st = libcoach::store;

namespace {

TEST(Crc32c, KnownVectorsOnBothPaths) {
  const std::string digits = "123456789";
  EXPECT_EQ(st::crc32c_portable(digits.data(), digits.size()), 0xE3069283u);
  const std::string zeros(32, '\0');
  EXPECT_EQ(st::crc32c_portable(zeros.data(), zeros.size()), 0x8A9136AAu);
  const std::string ones(32, '\xff');
  EXPECT_EQ(st::crc32c_portable(ones.data(), ones.size()), 0x62A8AB43u);
  std::string ascending(32, '\0');
  for (int i = 0; i < 32; ++i)
    ascending[static_cast<std::size_t>(i)] = static_cast<char>(i);
  EXPECT_EQ(st::crc32c_portable(ascending.data(), ascending.size()), 0x46DD794Eu);
  if (!st::crc32c_hardware_available())
    GTEST_SKIP() << "no SSE4.2 on this machine";
  EXPECT_EQ(st::crc32c_hardware(digits.data(), digits.size()), 0xE3069283u);
  EXPECT_EQ(st::crc32c_hardware(zeros.data(), zeros.size()), 0x8A9136AAu);
  EXPECT_EQ(st::crc32c_hardware(ones.data(), ones.size()), 0x62A8AB43u);
  EXPECT_EQ(st::crc32c_hardware(ascending.data(), ascending.size()), 0x46DD794Eu);
}

TEST(Crc32c, PathsAgreeOnEveryLengthAndAlignmentAndContinue) {
  std::string data(1000, '\0');
  std::mt19937 rng(1);
  for (auto& c : data)
    c = static_cast<char>(rng());
  for (std::size_t off = 0; off < 9; ++off) {
    for (std::size_t n = 0; n + off <= 300; n += 7) {
      const auto a = st::crc32c_portable(data.data() + off, n);
      EXPECT_EQ(a, st::crc32c(data.data() + off, n));
      if (st::crc32c_hardware_available()) {
        EXPECT_EQ(a, st::crc32c_hardware(data.data() + off, n));
      }
    }
  }
  const auto whole = st::crc32c(data.data(), data.size());
  EXPECT_EQ(st::crc32c(data.data() + 400, 600, st::crc32c(data.data(), 400)), whole);
  EXPECT_EQ(st::crc32c_portable(data.data(), data.size()), whole);
  EXPECT_EQ(st::crc32c_portable(data.data() + 400, 600, st::crc32c_portable(data.data(), 400)),
            whole);
}

TEST(Crc32c, PathsAgreeAcrossTheInterleavedStripes) {
  // The hardware path checksums 768-byte rounds as three interleaved stripes: lengths around
  // one and several rounds, at every alignment, continuing from a non-zero register.
  std::string data(5000, '\0');
  std::mt19937 rng(2);
  for (auto& c : data)
    c = static_cast<char>(rng());
  if (!st::crc32c_hardware_available())
    GTEST_SKIP() << "no SSE4.2 on this machine";
  for (std::size_t off = 0; off < 9; ++off) {
    for (const std::size_t n : {767u, 768u, 769u, 775u, 1535u, 1536u, 1537u, 2311u, 4096u, 4990u}) {
      ASSERT_LE(off + n, data.size());
      EXPECT_EQ(st::crc32c_hardware(data.data() + off, n, 0x1234u),
                st::crc32c_portable(data.data() + off, n, 0x1234u))
          << "offset " << off << ", length " << n;
    }
  }
}

/// The events of the all-kinds practice, as journaled.
std::vector<Event> all_events() {
  TempDir dir;
  {
    Practice p = Practice::create(dir.path(), fixed_options());
    populate_all_kinds(p);
  }
  const std::string journal = read_file(dir / "journal");
  std::vector<Event> out;
  for (const auto& frame : st::scan_frames(journal).frames) {
    out.push_back(st::decode_event(frame.payload));
  }
  // Erasure events compact the store (the journal restarts), so they are built here.
  const Event& last = out.back();
  ClientId client;
  for (const Event& e : out) {
    if (const auto* created = std::get_if<Created<Client>>(&e.payload))
      client = created->record.id;
  }
  std::uint64_t seq = last.sequence;
  for (EventPayload payload :
       {EventPayload{LegalHoldChanged{client, true}}, EventPayload{ClientShredded{client}},
        EventPayload{RecordsErased{{RecordId{client.value}}, ErasureReason::retention}}}) {
    out.push_back(Event{++seq, last.at, last.author, std::move(payload)});
  }
  return out;
}

TEST(Codec, EveryEventKindRoundTrips) {
  const auto events = all_events();
  std::set<std::size_t> kinds;
  for (const Event& e : events) {
    kinds.insert(e.payload.index());
    const std::string bytes = st::encode_event(e);
    const Event back = st::decode_event(bytes);
    EXPECT_EQ(back.sequence, e.sequence);
    EXPECT_EQ(back.at, e.at);
    EXPECT_EQ(back.author, e.author);
    EXPECT_EQ(back.payload.index(), e.payload.index());
    EXPECT_EQ(st::encode_event(back), bytes);
  }
  EXPECT_EQ(kinds.size(), std::variant_size_v<EventPayload>) << "fixture misses an event kind";
}

/// What a Boost binary_oarchive (the encoder of earlier builds) writes for `value`.
template <class T>
std::string boost_bytes(const T& value) {
  std::string out;
  st::StringSink sink(out);
  boost::archive::binary_oarchive oa(sink, st::kArchiveFlags);
  oa << value;
  return out;
}

// The journal's encoder skips building a Boost archive per event; the bytes must not change.
TEST(Codec, EventsEncodeExactlyAsABoostArchiveDoes) {
  for (const Event& e : all_events()) {
    EXPECT_EQ(st::encode_event(e), boost_bytes(e)) << "event kind " << e.payload.index();
  }
  AuditEntry a;
  a.purpose = "supervision";
  a.hash[0] = 1;
  EXPECT_EQ(st::encode_audit_entry(a), boost_bytes(a));
}

/// `bytes` decoded by a Boost binary_iarchive (the decoder of earlier builds).
template <class T>
T boost_decoded(const std::string& bytes) {
  T value;
  st::SpanSource source(bytes);
  boost::archive::binary_iarchive ia(source, st::kArchiveFlags);
  ia >> value;
  return value;
}

// The decoder skips building a Boost archive per frame; what it reads must not change.
TEST(Codec, EventsDecodeExactlyAsABoostArchiveDoes) {
  for (const Event& e : all_events()) {
    const std::string bytes = st::encode_event(e);
    EXPECT_EQ(st::encode_event(st::decode_event(bytes)),
              st::encode_event(boost_decoded<Event>(bytes)))
        << "event kind " << e.payload.index();
  }
  AuditEntry a;
  a.purpose = "supervision";
  a.hash[0] = 1;
  const std::string bytes = st::encode_audit_entry(a);
  EXPECT_EQ(st::encode_audit_entry(st::decode_audit_entry(bytes)),
            st::encode_audit_entry(boost_decoded<AuditEntry>(bytes)));
}

TEST(Codec, AuditEntryRoundTrips) {
  AuditEntry e;
  e.sequence = 3;
  e.at = Timestamp::from_unix(1767600000);
  e.viewer = Actor{Role::supervisor, boost::uuids::uuid{{1, 2, 3}}};
  e.action = AuditAction::disclose;
  e.kind = RecordKind::belief;
  e.purpose = "supervision";
  e.outcome = AuditOutcome::denied;
  e.count = 4;
  e.previous[0] = 9;
  e.hash[31] = 7;
  const std::string bytes = st::encode_audit_entry(e);
  const AuditEntry back = st::decode_audit_entry(bytes);
  EXPECT_EQ(st::encode_audit_entry(back), bytes);
  EXPECT_EQ(back.purpose, "supervision");
  EXPECT_EQ(back.hash, e.hash);
}

Event note_event(const std::string& text) {
  Note n;
  n.meta.id = RecordId{boost::uuids::uuid{{0xAB, 0xCD}}};
  n.text = text;
  return Event{1, Timestamp::from_unix(1), Actor{}, Created<Note>{n}};
}

std::size_t find(const std::string& hay, const std::string& needle) {
  const auto pos = hay.find(needle);
  EXPECT_NE(pos, std::string::npos);
  return pos;
}

TEST(Codec, StringLengthBeyondFrameIsCorruptionWithoutAllocation) {
  std::string bytes = st::encode_event(note_event("marker-text"));
  const std::size_t at = find(bytes, "marker-text") - 8;  // The u64 length before the text.
  const std::uint64_t huge = 1ull << 40;
  std::memcpy(bytes.data() + at, &huge, 8);
  AllocProbe probe;
  EXPECT_THROW(st::decode_event(bytes), CorruptionError);
  EXPECT_LT(probe.largest(), 1u << 20);
}

TEST(Codec, CollectionCountBeyondFrameIsCorruptionWithoutAllocation) {
  Supervisor s;
  s.name = "S";
  s.supervisees = {CoachId{boost::uuids::uuid{{0x5A, 0x5A, 0x5A, 0x5A}}}};
  std::string bytes = st::encode_event(Event{1, {}, {}, Created<Supervisor>{s}});
  const std::size_t at = find(bytes, std::string(4, '\x5A')) - 8;
  for (const std::uint64_t count : {1ull << 40, 2ull, ~0ull}) {
    std::string b = bytes;
    std::memcpy(b.data() + at, &count, 8);
    AllocProbe probe;
    EXPECT_THROW(st::decode_event(b), CorruptionError) << count;
    EXPECT_LT(probe.largest(), 1u << 20);
  }
}

TEST(Codec, OutOfRangeValuesAreCorruption) {
  const std::string good = st::encode_event(note_event("x"));
  // The variant index follows sequence (8), timestamp (8) and actor (17) inside Event.
  std::size_t idx_at = std::string::npos;
  for (std::size_t i = 0; i + 4 <= good.size(); ++i) {
    std::uint32_t v;
    std::memcpy(&v, good.data() + i, 4);
    if (v == 8 /* Created<Note> */ && i >= 33) {
      idx_at = i;
      break;
    }
  }
  ASSERT_NE(idx_at, std::string::npos);
  std::string bad = good;
  const std::uint32_t beyond = 1000;
  std::memcpy(bad.data() + idx_at, &beyond, 4);
  EXPECT_THROW(st::decode_event(bad), CorruptionError);
  // A role byte out of range (the author's role follows sequence and timestamp).
  bad = good;
  const std::size_t role_at = idx_at - 17;
  bad[role_at] = 9;
  EXPECT_THROW(st::decode_event(bad), CorruptionError);
  // Trailing bytes and truncation.
  EXPECT_THROW(st::decode_event(good + "x"), CorruptionError);
  for (std::size_t n = 0; n < good.size(); ++n) {
    EXPECT_THROW(st::decode_event(good.substr(0, n)), CorruptionError) << n;
  }
}

TEST(Codec, NewerClassVersionIsUnsupported) {
  const std::string good = st::encode_event(note_event("x"));
  // Boost writes class information before the first object of each class: a tracking flag
  // (1 byte) and the class version (u32). Event comes first, at offset 0; Created<Note>
  // follows the Event's fields (sequence 8, timestamp 8, actor 17, variant index 4).
  for (const std::size_t version_at : {std::size_t{1}, std::size_t{1 + 4 + 8 + 8 + 17 + 4 + 1}}) {
    std::string bad = good;
    bad[version_at] = 1;
    EXPECT_THROW(st::decode_event(bad), UnsupportedVersion) << version_at;
  }
}

TEST(Frames, HugeFrameLengthIsRefusedBeforeAllocation) {
  std::string file = st::encode_header({});
  st::append_frame(file, st::FrameType::event, st::encode_event(note_event("x")));
  st::append_frame(file, st::FrameType::event, st::encode_event(note_event("y")));
  std::string bad = file;
  st::store_le32(bad.data() + st::kHeaderSize, 0xFFFFFFFFu);
  AllocProbe probe;
  const auto scan = st::scan_frames(bad);
  EXPECT_EQ(scan.stop, st::ScanStop::corrupt);
  EXPECT_TRUE(scan.frames.empty());
  EXPECT_LT(probe.largest(), 1u << 20);
  // The same length in the last frame is still impossible, not torn.
  const std::size_t second = st::scan_frames(file).frames[1].offset;
  bad = file;
  st::store_le32(bad.data() + second, 0xFFFFFFFFu);
  EXPECT_EQ(st::scan_frames(bad).stop, st::ScanStop::corrupt);
  EXPECT_EQ(st::scan_frames(bad).frames.size(), 1u);
}

TEST(Header, NewerFormatAndForeignMachineAreUnsupported) {
  const std::string h = st::encode_header({});
  EXPECT_NO_THROW(st::decode_header(h, st::FileKind::journal, "journal"));
  std::string newer = h;
  st::store_le32(newer.data() + 8, st::kNewestFormatVersion + 1);
  EXPECT_THROW(st::decode_header(newer, st::FileKind::journal, "journal"), UnsupportedVersion);
  std::string swapped = h;
  std::swap(swapped[12], swapped[15]);
  st::store_le32(swapped.data() + 60, st::crc32c(swapped.data(), 60));
  EXPECT_THROW(st::decode_header(swapped, st::FileKind::journal, "journal"), UnsupportedVersion);
  std::string sizes = h;
  sizes[18] = 4;  // sizeof(long) of a 32-bit machine.
  st::store_le32(sizes.data() + 60, st::crc32c(sizes.data(), 60));
  EXPECT_THROW(st::decode_header(sizes, st::FileKind::journal, "journal"), UnsupportedVersion);
  EXPECT_THROW(st::decode_header(h, st::FileKind::snapshot, "snapshot"), CorruptionError);
  std::string flipped = h;
  flipped[40] ^= 1;
  EXPECT_THROW(st::decode_header(flipped, st::FileKind::journal, "journal"), CorruptionError);
  EXPECT_THROW(st::decode_header(h.substr(0, 10), st::FileKind::journal, "journal"),
               CorruptionError);
}

}  // namespace
