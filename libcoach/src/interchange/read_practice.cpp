// Parsing and validating a practice document (docs/interchange.md). Everything is checked
// before anything is created: shape and limits per field (json_reader), duplicate ids,
// references and scopes (references.cpp), and the audit hash chain.

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "interchange/document.hpp"
#include "interchange/json_reader.hpp"
#include "interchange/references.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/interchange.hpp"

namespace libcoach::interchange {

namespace {

// Deep enough for every shape the format has (an agreement's sponsor terms sit at depth 4);
// refusing deeper input bounds the parser's work on hostile documents.
constexpr int kMaxDepth = 16;

Json parse(std::string_view text) {
  if (text.size() > kMaxImportBytes) {
    throw ValidationError("/: the document is larger than the limit of " +
                          std::to_string(kMaxImportBytes) + " bytes");
  }
  const auto limit_depth = [](int depth, Json::parse_event_t, Json&) {
    if (depth > kMaxDepth)
      throw ValidationError("/: nested deeper than " + std::to_string(kMaxDepth) + " levels");
    return true;
  };
  try {
    return Json::parse(text.begin(), text.end(), limit_depth);
  } catch (const Json::parse_error& error) {
    // The library's own message quotes the text around the error: only the offset is kept.
    throw ValidationError("/: malformed JSON near byte " + std::to_string(error.byte));
  }
}

const Json& member(const Json& object, std::string_view name, const std::string& path) {
  const auto it = object.find(name);
  if (it == object.end())
    fail(child_path(path, name), "missing");
  return *it;
}

// "format" and "version" are checked before anything else, so that a newer document is
// reported as newer rather than as invalid.
void check_format(const Json& doc, std::string_view format) {
  const Json& f = member(doc, "format", "");
  if (!f.is_string() || f.get_ref<const std::string&>() != format) {
    throw UnsupportedVersion("/format: not a document of format " + std::string(format));
  }
  const Json& v = member(doc, "version", "");
  if (!v.is_number_integer())
    fail("/version", "expected an integer");
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > kInterchangeVersion) {
    throw UnsupportedVersion("/version: newer than this build reads (" +
                             std::to_string(kInterchangeVersion) + ")");
  }
  if (v.get<std::int64_t>() < 1)
    fail("/version", "must be at least 1");
}

// The top-level keys: the fixed ones and one per Section::other table.
void check_top_level_keys(const Json& doc) {
  std::vector<std::string_view> keys{"format",  "version",     "exported_at", "last_sequence",
                                     "parties", "engagements", "records",     "audit"};
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    if constexpr (TableInfo<R>::section == Section::other)
      keys.push_back(TableInfo<R>::name);
  });
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
      fail("", "unknown field");
  }
}

class Builder {
 public:
  explicit Builder(ImportedPractice& out) : out_(out) {}

  /// Decodes one row of table R from `j` and inserts it.
  template <class R>
  void add(const Json& j, const std::string& path) {
    const Json& object = expect_object(j, path);
    R row;
    JsonReader reader(object, path, erased<R>(object, path));
    describe(reader, row);
    reader.finish();
    auto& table = out_.state.table<R>();
    // Parties, engagements and records share one id space; tombstones and holds are keyed
    // by the id of what they are about.
    const bool fresh = TableInfo<R>::section == Section::other
                           ? !table.contains(detail::key_of(row))
                           : ids_.insert(detail::key_of(row)).second;
    if (!fresh)
      fail(child_path(path, TableInfo<R>::section == Section::other ? "client" : "id"),
           "duplicate id");
    table.insert(std::move(row));
  }

 private:
  // Erased content is empty: a tombstoned record or a shredded client is read with empty
  // text allowed. The tombstones are read before everything else for this.
  template <class R>
  bool erased(const Json& object, const std::string& path) const {
    const auto& tombstones = out_.state.table<Tombstone>();
    if (tombstones.size() == 0)
      return false;
    const auto uuid_of = [&](std::string_view name) {
      return decode_uuid(member(object, name, path), child_path(path, name));
    };
    const auto shredded = [&](const boost::uuids::uuid& client) {
      const Tombstone* t = tombstones.find(client);
      return t != nullptr && t->record_kind == RecordKind::client;
    };
    if constexpr (Is<R, Client>) {
      return shredded(uuid_of("id"));
    } else if constexpr (TableInfo<R>::section == Section::record) {
      return tombstones.contains(uuid_of("id")) || shredded(uuid_of("client"));
    } else {
      return false;
    }
  }

  ImportedPractice& out_;
  std::unordered_set<boost::uuids::uuid, UuidHash> ids_;  // Ids are unique practice-wide.
};

}  // namespace

ImportedPractice read_practice_document(std::string_view text) {
  const Json doc = parse(text);
  expect_object(doc, "");
  check_format(doc, kPracticeExportFormat);
  check_top_level_keys(doc);
  (void)decode_timestamp(member(doc, "exported_at", ""), "/exported_at");

  ImportedPractice out;
  out.state.last_sequence =
      decode_unsigned(member(doc, "last_sequence", ""), "/last_sequence", UINT64_MAX);
  Builder builder(out);

  // Tables outside parties, engagements and records (tombstones, legal holds) come first:
  // whether a record was erased decides how its text is checked.
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    using Info = TableInfo<R>;
    if constexpr (Info::section == Section::other) {
      const std::string path = child_path("", Info::name);
      const Json& list = expect_array(member(doc, Info::name, ""), path);
      for (std::size_t i = 0; i < list.size(); ++i)
        builder.add<R>(list[i], child_path(path, i));
    }
  });

  const Json& parties = expect_object(member(doc, "parties", ""), "/parties");
  std::size_t party_lists = 0;
  for_each_row_type([&]<class R>(std::type_identity<R>) {
    using Info = TableInfo<R>;
    if constexpr (Info::section == Section::party) {
      const std::string path = child_path("/parties", Info::name);
      const Json& list = expect_array(member(parties, Info::name, "/parties"), path);
      for (std::size_t i = 0; i < list.size(); ++i)
        builder.add<R>(list[i], child_path(path, i));
      ++party_lists;
    }
  });
  if (parties.size() != party_lists)
    fail("/parties", "unknown field");

  const Json& engagements = expect_array(member(doc, "engagements", ""), "/engagements");
  for (std::size_t i = 0; i < engagements.size(); ++i)
    builder.add<Engagement>(engagements[i], child_path("/engagements", i));

  const Json& records = expect_array(member(doc, "records", ""), "/records");
  for (std::size_t i = 0; i < records.size(); ++i) {
    const std::string path = child_path("/records", i);
    const Json& record = expect_object(records[i], path);
    const RecordKind kind =
        decode_enum<RecordKind>(member(record, "kind", path), child_path(path, "kind"));
    bool known = false;
    for_each_row_type([&]<class R>(std::type_identity<R>) {
      if constexpr (TableInfo<R>::section == Section::record) {
        if (R::kind == kind) {
          builder.add<R>(record, path);
          known = true;
        }
      }
    });
    if (!known)
      fail(child_path(path, "kind"), "not a kind of content record");
  }

  decode(member(doc, "audit", ""), "/audit", out.audit);

  check_references(out, doc);

  const AuditVerification verification = verify_audit_chain(out.audit);
  if (!verification.ok) {
    throw CorruptionError(child_path("/audit", *verification.first_bad - 1) + ": " +
                          verification.problem);
  }
  return out;
}

}  // namespace libcoach::interchange
