#include "store/snapshot.hpp"

#include <algorithm>
#include <tuple>

#include "libcoach/errors.hpp"
#include "store/archive_io.hpp"
#include "store/crc32c.hpp"
#include "store/serialize.hpp"

namespace libcoach::store {

namespace {

constexpr std::size_t kEntrySize = 32;
constexpr std::size_t kTableCount = std::tuple_size_v<decltype(detail::PracticeState::tables)>;
// Snapshots written before the erasure tables (tombstones, legal holds) existed have fewer
// sections; the tables they lack start empty.
constexpr std::size_t kFirstTableCount = 25;

template <class R>
std::string encode_rows(const std::vector<R>& rows) {
  std::string out;
  StringSink sink(out);
  const ser::EncodeScope scope(&out);
  {
    boost::archive::binary_oarchive oa(sink, kArchiveFlags);
    auto& mutable_rows = const_cast<std::vector<R>&>(rows);
    ser::vector(oa, mutable_rows, 1, [&](R& row) { oa << row; });
  }
  return out;
}

template <class R>
void decode_rows(std::string_view bytes, detail::Table<R>& table) {
  std::vector<R> rows;
  decode_with<std::vector<R>>(
      bytes, [&](auto& ia) { ser::vector(ia, rows, 8, [&](R& row) { ia >> row; }); });
  if (table.size() != 0)
    throw CorruptionError("snapshot holds a section twice");
  if (!table.adopt(std::move(rows)))
    throw CorruptionError("snapshot section holds a duplicate id");
}

}  // namespace

std::string encode_snapshot(const detail::PracticeState& state, const FileHeader& header) {
  std::vector<std::string> sections;
  std::vector<std::uint64_t> counts;
  std::apply(
      [&](const auto&... table) {
        (sections.push_back(encode_rows(table.rows())), ...);
        (counts.push_back(table.size()), ...);
      },
      state.tables);

  std::string out = encode_header(header);
  const std::size_t table_start = out.size();
  out.resize(table_start + 8 + kEntrySize * sections.size());
  std::uint64_t offset = out.size();
  store_le32(out.data() + table_start, static_cast<std::uint32_t>(sections.size()));
  for (std::size_t i = 0; i < sections.size(); ++i) {
    char* e = out.data() + table_start + 8 + i * kEntrySize;
    store_le32(e, static_cast<std::uint32_t>(i));
    store_le32(e + 4, crc32c(sections[i].data(), sections[i].size()));
    store_le64(e + 8, offset);
    store_le64(e + 16, sections[i].size());
    store_le64(e + 24, counts[i]);
    offset += sections[i].size();
  }
  // The table checksum covers the count and every entry (not itself).
  std::uint32_t crc = crc32c(out.data() + table_start, 4);
  crc = crc32c(out.data() + table_start + 8, kEntrySize * sections.size(), crc);
  store_le32(out.data() + table_start + 4, crc);
  out.reserve(offset);
  for (const auto& s : sections)
    out += s;
  return out;
}

void decode_snapshot(std::string_view file, const std::string& file_name,
                     detail::PracticeState& state) {
  std::vector<std::size_t> all(kTableCount);
  for (std::size_t i = 0; i < kTableCount; ++i)
    all[i] = i;
  decode_snapshot_tables(file, file_name, state, all);
}

void decode_snapshot_tables(std::string_view file, const std::string& file_name,
                            detail::PracticeState& state, const std::vector<std::size_t>& kinds) {
  auto fail = [&](std::uint64_t offset, const std::string& what) -> CorruptionError {
    return CorruptionError(file_name + " at offset " + std::to_string(offset) + ": " + what);
  };
  const std::size_t table_start = kHeaderSize;
  if (file.size() < table_start + 8)
    throw fail(table_start, "section table is missing");
  const std::uint32_t n = load_le32(file.data() + table_start);
  if (n < kFirstTableCount || n > kTableCount)
    throw fail(table_start, "unexpected number of sections");
  if (file.size() < table_start + 8 + std::size_t{n} * kEntrySize) {
    throw fail(table_start, "section table is truncated");
  }
  std::uint32_t crc = crc32c(file.data() + table_start, 4);
  crc = crc32c(file.data() + table_start + 8, kEntrySize * n, crc);
  if (crc != load_le32(file.data() + table_start + 4)) {
    throw fail(table_start, "section table checksum mismatch");
  }
  std::size_t index = 0;
  std::apply(
      [&](auto&... table) {
        auto one = [&](auto& t) {
          if (index >= n || std::find(kinds.begin(), kinds.end(), index) == kinds.end()) {
            ++index;
            return;
          }
          const char* e = file.data() + table_start + 8 + index * kEntrySize;
          const std::uint64_t offset = load_le64(e + 8);
          const std::uint64_t length = load_le64(e + 16);
          if (load_le32(e) != index || offset > file.size() || length > file.size() - offset) {
            throw fail(table_start + 8 + index * kEntrySize, "section entry is impossible");
          }
          const std::string_view bytes = file.substr(offset, length);
          if (crc32c(bytes.data(), bytes.size()) != load_le32(e + 4)) {
            throw fail(offset, "section checksum mismatch");
          }
          try {
            decode_rows(bytes, t);
          } catch (const CorruptionError& error) {
            throw fail(offset, error.what());
          }
          if (t.size() != load_le64(e + 24))
            throw fail(offset, "section row count mismatch");
          ++index;
        };
        (one(table), ...);
      },
      state.tables);
}

}  // namespace libcoach::store
