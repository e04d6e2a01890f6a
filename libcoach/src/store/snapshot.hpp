#pragma once
// The snapshot file: the whole practice state at one sequence, one checksummed section per
// table, found through an offset table so that a reader can decode only the kinds it needs.
//
//   snapshot = header(64, base-sequence = N)
//              section-count(u32 LE) table-crc(u32 LE, over the count and the entries)
//              entry*   : kind(u32 LE) crc32c(u32 LE) offset(u64 LE) length(u64 LE) rows(u64 LE)
//              section* : Boost binary archive of the table's rows (count, then each row)
//              facts    : the aggregate facts section (aggregate_facts.hpp), kind = the
//                         number of tables, rows = the engagements it covers
//
// `kind` is the table's position in PracticeState::tables (append-only, like event tags).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "state.hpp"
#include "store/content_seal.hpp"
#include "store/format.hpp"
#include "store/mapped_file.hpp"

namespace libcoach::store {

/// Encodes a whole snapshot file (header included).
std::string encode_snapshot(const detail::PracticeState& state, const FileHeader& header);

/// Where and how a snapshot failed to load.
struct SnapshotProblem {
  std::uint64_t offset = 0;
  std::string what;
};

/// Decodes the tables of a snapshot into `state` (which must be empty) and checks that its
/// aggregate facts section, when it has one, agrees with their rows. The header must
/// already have been checked. Throws CorruptionError naming `file_name` and an offset, or
/// UnsupportedVersion.
void decode_snapshot(std::string_view file, const std::string& file_name,
                     detail::PracticeState& state);

/// Decodes only the tables whose position in PracticeState::tables is listed in `kinds`;
/// the other sections are neither checksummed nor decoded. For readers that need a few
/// record kinds (an aggregate over sessions) out of a large snapshot.
void decode_snapshot_tables(std::string_view file, const std::string& file_name,
                            detail::PracticeState& state, const std::vector<std::size_t>& kinds);

/// Defers every table of the mapped snapshot `file` (the header already checked, `state`
/// empty): the section table is checked now, each section's checksum and rows when its table
/// is first used (see detail::Table::defer), with `cipher` (null for a plain store) opening
/// its sealed content. The decoders share `file` and `cipher`, which live as long as the
/// state needs them. The aggregate facts section, when there is one, becomes
/// `state.snapshot_facts` (checked on first use). \throws CorruptionError for a damaged
/// section table.
void defer_snapshot(std::shared_ptr<const MappedFile> file, const std::string& file_name,
                    detail::PracticeState& state, std::shared_ptr<ser::ContentCipher> cipher);

/// The position of table R in PracticeState::tables (its section kind on disk).
template <class R>
constexpr std::size_t table_kind() {
  using Tables = decltype(detail::PracticeState::tables);
  return []<std::size_t... I>(std::index_sequence<I...>) {
    std::size_t found = 0;
    ((std::is_same_v<std::tuple_element_t<I, Tables>, detail::Table<R>> ? (found = I) : 0), ...);
    return found;
  }
  (std::make_index_sequence<std::tuple_size_v<Tables>>{});
}

}  // namespace libcoach::store
