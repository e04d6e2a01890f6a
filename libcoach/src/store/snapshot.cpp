#include "store/snapshot.hpp"

#include <algorithm>
#include <tuple>

#include "aggregate_facts.hpp"
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
// The aggregate facts section (aggregate_facts.hpp) follows the tables' sections; snapshots
// written before it existed end with the tables.
constexpr std::size_t kFactsKind = kTableCount;

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

/// One entry of the section table.
struct SectionEntry {
  std::uint32_t crc = 0;
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
  std::uint64_t rows = 0;
};

CorruptionError corruption_at(const std::string& file_name, std::uint64_t offset,
                              const std::string& what) {
  return CorruptionError(file_name + " at offset " + std::to_string(offset) + ": " + what);
}

/// Reads and checks the section table (count, checksum, every entry inside the file).
std::vector<SectionEntry> read_section_table(std::string_view file, const std::string& file_name) {
  const std::size_t table_start = kHeaderSize;
  if (file.size() < table_start + 8)
    throw corruption_at(file_name, table_start, "section table is missing");
  const std::uint32_t n = load_le32(file.data() + table_start);
  if (n < kFirstTableCount || n > kFactsKind + 1)
    throw corruption_at(file_name, table_start, "unexpected number of sections");
  if (file.size() < table_start + 8 + std::size_t{n} * kEntrySize)
    throw corruption_at(file_name, table_start, "section table is truncated");
  std::uint32_t crc = crc32c(file.data() + table_start, 4);
  crc = crc32c(file.data() + table_start + 8, kEntrySize * n, crc);
  if (crc != load_le32(file.data() + table_start + 4))
    throw corruption_at(file_name, table_start, "section table checksum mismatch");
  std::vector<SectionEntry> entries(n);
  for (std::uint32_t index = 0; index < n; ++index) {
    const char* e = file.data() + table_start + 8 + std::size_t{index} * kEntrySize;
    SectionEntry& entry = entries[index];
    entry.crc = load_le32(e + 4);
    entry.offset = load_le64(e + 8);
    entry.length = load_le64(e + 16);
    entry.rows = load_le64(e + 24);
    if (load_le32(e) != index || entry.offset > file.size() ||
        entry.length > file.size() - entry.offset) {
      throw corruption_at(file_name, table_start + 8 + std::size_t{index} * kEntrySize,
                          "section entry is impossible");
    }
  }
  return entries;
}

/// Checks one section's checksum and runs `load(archive)` over its bytes; errors name the
/// section's offset.
template <class R, class Load>
void load_section(std::string_view file, const SectionEntry& entry, const std::string& file_name,
                  Load&& load) {
  const std::string_view bytes = file.substr(entry.offset, entry.length);
  if (crc32c(bytes.data(), bytes.size()) != entry.crc)
    throw corruption_at(file_name, entry.offset, "section checksum mismatch");
  try {
    decode_with<std::vector<R>>(bytes, load);
  } catch (const CorruptionError& error) {
    throw corruption_at(file_name, entry.offset, error.what());
  }
}

/// Checks one section's checksum and decodes its rows.
template <class R>
std::vector<R> decode_section(std::string_view file, const SectionEntry& entry,
                              const std::string& file_name) {
  std::vector<R> rows;
  load_section<R>(file, entry, file_name,
                  [&](auto& ia) { ser::vector(ia, rows, 8, [&](R& row) { ia >> row; }); });
  return rows;
}

/// Checks one section's checksum and passes its rows to `visit` one at a time, each decoded
/// into the same row object (whose strings and vectors keep their capacity), without keeping
/// them. A count other than the section table's is corruption, as for a decoded table.
template <class R>
void stream_section(std::string_view file, const SectionEntry& entry, const std::string& file_name,
                    const std::function<void(const R&)>& visit) {
  load_section<R>(file, entry, file_name, [&](auto& ia) {
    const std::size_t n = ser::count(ia, 0, 8);
    if (n != entry.rows)
      ser::corrupt("section row count mismatch");
    R row;
    for (std::size_t i = 0; i < n; ++i) {
      ia >> row;
      visit(row);
    }
  });
}

/// Hands every table present in the snapshot and `wanted(kind)` its section's decoder;
/// `decoder(table, entry)` makes the functions the table runs on first use and, when it can
/// stream, for a pass over undecoded rows (DeferredRows).
template <class Wanted, class MakeDecoder>
void defer_sections(const std::vector<SectionEntry>& entries, const std::string& file_name,
                    detail::PracticeState& state, Wanted&& wanted, MakeDecoder&& decoder) {
  std::size_t index = 0;
  state.for_each_table_mut([&](auto& table) {
    if (index < entries.size() && wanted(index)) {
      const SectionEntry& entry = entries[index];
      auto [decode, stream] = decoder(table, entry);
      table.defer(std::move(decode), std::move(stream), entry.rows,
                  file_name + " at offset " + std::to_string(entry.offset));
    }
    ++index;
  });
}

/// The row type of a table.
template <class T>
using RowOf = typename std::decay_t<decltype(std::declval<T&>().rows())>::value_type;

/// Decodes the tables whose kind is in `kinds` from the sections `entries` describes.
void decode_tables(std::string_view file, const std::string& file_name,
                   detail::PracticeState& state, const std::vector<SectionEntry>& entries,
                   const std::vector<std::size_t>& kinds) {
  auto wanted = [&](std::size_t kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
  };
  // The decoder a deferred table would run, run now: the bytes live only during this call.
  defer_sections(entries, file_name, state, wanted, [&](auto& table, const SectionEntry& entry) {
    using R = RowOf<decltype(table)>;
    typename detail::DeferredRows<R>::Decode decode = [file, entry, &file_name]() {
      return decode_section<R>(file, entry, file_name);
    };
    return std::pair(std::move(decode), typename detail::DeferredRows<R>::Stream{});
  });
  state.for_each_table([](const auto& table) { (void)table.rows(); });
}

/// The snapshot's aggregate facts section, or null for a snapshot written before it existed.
/// `owner` is the mapping the bytes live in (empty when the caller keeps them alive).
std::shared_ptr<const detail::AggregateFactsSection> facts_section(
    std::string_view file, const std::string& file_name, const std::vector<SectionEntry>& entries,
    std::weak_ptr<const void> owner) {
  if (entries.size() <= kFactsKind)
    return nullptr;
  const SectionEntry& entry = entries[kFactsKind];
  return std::make_shared<const detail::AggregateFactsSection>(
      std::move(owner), file.substr(entry.offset, entry.length), entry.crc,
      file_name + " at offset " + std::to_string(entry.offset));
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
  // Themes are content: only a plain store's facts carry them (an encrypted store's report
  // reads its values and beliefs, whose content is sealed).
  sections.push_back(detail::encode_aggregate_facts(state, ser::active_cipher() == nullptr
                                                               ? detail::FactsThemes::present
                                                               : detail::FactsThemes::absent));
  counts.push_back(state.table<Engagement>().size());

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
  const std::vector<SectionEntry> entries = read_section_table(file, file_name);
  decode_tables(file, file_name, state, entries, all);
  // With every row at hand, the facts a deferred open would report from must agree with them
  // (a section of the first layout is never reported from: its checksum is all there is).
  if (const auto facts = facts_section(file, file_name, entries, {})) {
    facts->check();
    if (facts->current() && !detail::aggregate_facts_agree(state, facts->themes(), facts->bytes()))
      throw CorruptionError(facts->where() + ": aggregate facts disagree with the rows");
  }
}

void decode_snapshot_tables(std::string_view file, const std::string& file_name,
                            detail::PracticeState& state, const std::vector<std::size_t>& kinds) {
  decode_tables(file, file_name, state, read_section_table(file, file_name), kinds);
}

void defer_snapshot(std::shared_ptr<const MappedFile> file, const std::string& file_name,
                    detail::PracticeState& state, std::shared_ptr<ser::ContentCipher> cipher) {
  const std::vector<SectionEntry> entries = read_section_table(file->bytes(), file_name);
  auto every = [](std::size_t) { return true; };
  defer_sections(entries, file_name, state, every, [&](auto& table, const SectionEntry& entry) {
    using R = RowOf<decltype(table)>;
    typename detail::DeferredRows<R>::Decode decode = [file, entry, file_name,
                                                       cipher]() -> std::vector<R> {
      file->will_need(file->bytes().substr(entry.offset, entry.length));
      const ser::SealScope seal(cipher.get());
      return decode_section<R>(file->bytes(), entry, file_name);
    };
    // Sealed content is opened in bulk once a table is decoded; a stream would have to open
    // every field on its own, so encrypted stores decode the table instead.
    typename detail::DeferredRows<R>::Stream stream;
    if (cipher == nullptr) {
      stream = [file, entry, file_name](const std::function<void(const R&)>& visit) {
        file->will_need(file->bytes().substr(entry.offset, entry.length));
        stream_section<R>(file->bytes(), entry, file_name, visit);
      };
    }
    return std::pair(std::move(decode), std::move(stream));
  });
  // Held weakly: the facts describe the sessions, goals and check-ins only while those are
  // undecoded, and their decoders hold the mapping until then. The facts must not keep the
  // whole file mapped for the life of the state once every table is decoded.
  state.snapshot_facts = facts_section(file->bytes(), file_name, entries, file);
}

}  // namespace libcoach::store
