#include "store/inspect.hpp"

#include <fcntl.h>

#include "libcoach/errors.hpp"
#include "store/codec.hpp"
#include "store/content_seal.hpp"
#include "store/snapshot.hpp"

namespace libcoach::store {

namespace fs = std::filesystem;

namespace {

bool file_exists(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

void check_archive_version(const FileHeader& h, const std::string& file) {
  if (h.archive_version != archive_library_version()) {
    throw UnsupportedVersion(file + ": written with Boost.Serialization archive version " +
                             std::to_string(h.archive_version) + ", this build uses " +
                             std::to_string(archive_library_version()));
  }
}

void check_same_store(const FileHeader& a, const FileHeader& b, const std::string& file) {
  if (a.store_id != b.store_id) {
    throw CorruptionError(file + " at offset 0: belongs to another store");
  }
  if (a.sealed != b.sealed) {
    throw CorruptionError(file + " at offset 0: encrypted differently from the journal");
  }
}

/// The entries of an audit log's frames, up to the first problem (a frame of another type,
/// an entry that does not decode, a broken hash chain).
struct AuditDecoding {
  std::vector<AuditEntry> entries;
  std::optional<StoreProblem> problem;
};

AuditDecoding decode_audit_frames(const std::vector<ScannedFrame>& frames) {
  AuditDecoding out;
  std::vector<std::uint64_t> offsets;
  for (const ScannedFrame& frame : frames) {
    if (frame.type != FrameType::audit) {
      out.problem = StoreProblem{StoreFiles::audit, frame.offset, "unexpected frame type", false};
      break;
    }
    try {
      out.entries.push_back(decode_audit_entry(frame.payload));
      offsets.push_back(frame.offset);
    } catch (const CorruptionError& error) {
      out.problem = StoreProblem{StoreFiles::audit, frame.offset, error.what(), false};
      break;
    }
  }
  const AuditVerification chain = verify_audit_chain(out.entries);
  if (!chain.ok && chain.first_bad) {
    const std::size_t bad_index = static_cast<std::size_t>(*chain.first_bad - 1);
    out.problem =
        StoreProblem{StoreFiles::audit, offsets[bad_index], "audit chain: " + chain.problem, false};
    out.entries.resize(bad_index);
  }
  return out;
}

// A read-only open's audit log when it is clean (the common case): every frame is checked
// a chunk at a time and nothing is kept but a descriptor, the frame count and the last
// entry's hash. The entries are read again, decoded and their chain verified when the trail
// is first read; the open then holds no copy of a log that only grows. Null when the log is
// empty, torn or damaged: the caller reads it whole and reports what it finds.
std::optional<DeferredAuditEntries> defer_clean_audit(const std::shared_ptr<FileOps>& ops,
                                                      const fs::path& path, Inspection& out) {
  const int fd = ops->open(path, O_RDONLY, 0);
  if (fd < 0)
    throw_io("open", path, fd);
  auto file = std::make_shared<FileHandle>(ops, fd);
  const off_t size = ops->file_size(fd);
  if (size < 0)
    throw_io("stat", path, static_cast<int>(size));
  std::string header(std::min<std::size_t>(kHeaderSize, static_cast<std::size_t>(size)), '\0');
  if (ops->pread(fd, header.data(), header.size(), 0) != static_cast<ssize_t>(header.size()))
    return std::nullopt;
  const FileHeader ah = decode_header(header, FileKind::audit, StoreFiles::audit);
  check_archive_version(ah, StoreFiles::audit);
  check_same_store(out.journal_header, ah, StoreFiles::audit);
  std::optional<FrameTally> tally = tally_frames(*ops, fd, static_cast<std::uint64_t>(size));
  if (!tally || tally->frames == 0)
    return std::nullopt;
  Digest last;
  try {
    last = decode_audit_entry(tally->last_payload).hash;
  } catch (const CorruptionError&) {
    return std::nullopt;
  }
  out.audit_size = static_cast<std::uint64_t>(size);
  out.audit_valid_end = tally->valid_end;
  const std::uint64_t frames = tally->frames;
  const std::uint64_t end = tally->valid_end;
  return DeferredAuditEntries{
      static_cast<std::size_t>(frames), last, [ops, file, frames, end, last] {
        // The log as it was at the open: it only grows, so its first `end` bytes must still
        // hold the same frames, ending in the entry new ones were chained to.
        const auto changed = [] {
          return CorruptionError(std::string(StoreFiles::audit) +
                                 " at offset 0: changed since the store was opened");
        };
        std::string bytes(static_cast<std::size_t>(end), '\0');
        if (ops->pread(file->fd(), bytes.data(), bytes.size(), 0) !=
            static_cast<ssize_t>(bytes.size()))
          throw changed();
        const FrameScan scan = scan_frames(bytes);
        if (scan.stop != ScanStop::end || scan.frames.size() != frames)
          throw changed();
        AuditDecoding decoded = decode_audit_frames(scan.frames);
        if (decoded.problem)
          throw CorruptionError(describe(*decoded.problem));
        if (decoded.entries.back().hash != last)
          throw changed();
        return std::move(decoded.entries);
      }};
}

}  // namespace

FileHeader read_file_header(FileOps& ops, const fs::path& path, FileKind kind,
                            const std::string& file_name) {
  const int fd = ops.open(path, O_RDONLY, 0);
  if (fd < 0)
    throw_io("open", path, fd);
  FileHandle file(std::shared_ptr<FileOps>(&ops, [](FileOps*) {}), fd);
  std::string bytes(kHeaderSize, '\0');
  const ssize_t n = ops.pread(fd, bytes.data(), bytes.size(), 0);
  if (n < 0)
    throw_io("read", path, static_cast<int>(n));
  bytes.resize(static_cast<std::size_t>(n));
  return decode_header(bytes, kind, file_name);
}

std::string describe(const StoreProblem& p) {
  return p.file + " at offset " + std::to_string(p.offset) + ": " + p.what;
}

Inspection inspect_store(FileOps& ops, const fs::path& dir, const InspectOptions& options) {
  Inspection out;
  const fs::path journal_path = dir / StoreFiles::journal;
  if (!file_exists(journal_path)) {
    throw IoError("open failed: " + dir.filename().string() +
                  " is not a libcoach store (no journal)");
  }
  const std::string journal = read_whole_file(ops, journal_path);
  out.journal_size = journal.size();
  out.journal_header = decode_header(journal, FileKind::journal, StoreFiles::journal);
  check_archive_version(out.journal_header, StoreFiles::journal);

  // Snapshot.
  const fs::path snapshot_path = dir / StoreFiles::snapshot;
  if (!options.ignore_snapshot && file_exists(snapshot_path)) {
    out.has_snapshot = true;
    // Mapped when deferred: the decoders keep the mapping for as long as a table needs it.
    std::shared_ptr<const MappedFile> mapped;
    std::string read;
    if (options.defer_snapshot) {
      mapped = MappedFile::map(ops, snapshot_path);
    } else {
      read = read_whole_file(ops, snapshot_path);
    }
    const std::string_view snapshot = mapped ? mapped->bytes() : std::string_view(read);
    try {
      const FileHeader h = decode_header(snapshot, FileKind::snapshot, StoreFiles::snapshot);
      check_archive_version(h, StoreFiles::snapshot);
      check_same_store(out.journal_header, h, StoreFiles::snapshot);
      out.snapshot_sequence = h.base_sequence;
      if (mapped) {
        defer_snapshot(mapped, StoreFiles::snapshot, out.state, options.section_cipher);
      } else {
        decode_snapshot(snapshot, StoreFiles::snapshot, out.state);
      }
      out.state.last_sequence = h.base_sequence;
    } catch (const CorruptionError& error) {
      out.snapshot_problem = StoreProblem{StoreFiles::snapshot, 0, error.what(), false};
      out.state = detail::PracticeState{};
    }
  }
  const std::uint64_t base = out.journal_header.base_sequence;
  if (!out.snapshot_problem) {
    if (out.has_snapshot && base > out.snapshot_sequence) {
      throw CorruptionError(std::string(StoreFiles::journal) +
                            " at offset 0: starts after the snapshot (events are missing)");
    }
    if (!out.has_snapshot && base > 0) {
      throw CorruptionError(std::string(StoreFiles::snapshot) +
                            " at offset 0: missing, and the journal does not start at the "
                            "first event");
    }
  }
  // With a damaged snapshot the journal still gets checked; it is replayed only if it
  // reaches back to the first event.
  const bool apply = !out.snapshot_problem || base == 0;

  // Journal.
  const FrameScan scan = scan_frames(journal);
  out.journal_valid_end = scan.valid_end;
  if (scan.stop != ScanStop::end) {
    out.journal_problem = StoreProblem{StoreFiles::journal, scan.valid_end, scan.problem,
                                       scan.stop == ScanStop::torn};
  }
  // A batch's events count only once its commit frame is read; an uncommitted batch at the
  // end is an unfinished write, like a torn frame.
  struct Pending {
    std::uint64_t offset;
    Event event;
  };
  std::vector<Pending> pending;
  std::uint64_t expected = base + 1;
  auto apply_one = [&](const Event& event) {
    if (apply && event.sequence > out.state.last_sequence) {
      detail::apply_event(out.state, event);
      ++out.replayed;
    }
  };
  for (const ScannedFrame& frame : scan.frames) {
    const std::uint64_t cut = pending.empty() ? frame.offset : pending.front().offset;
    auto bad = [&](const std::string& what) {
      out.journal_problem = StoreProblem{StoreFiles::journal, frame.offset, what, false};
      out.journal_valid_end = cut;
      pending.clear();
    };
    if (frame.type == FrameType::batch_commit) {
      if (frame.payload.size() != 8 || pending.empty() ||
          load_le64(frame.payload.data()) != pending.back().event.sequence) {
        bad("batch commit does not match the batch before it");
        break;
      }
      try {
        for (const Pending& p : pending)
          apply_one(p.event);
      } catch (const CorruptionError& error) {
        bad(error.what());
        break;
      }
      out.journal_frames += pending.size() + 1;
      pending.clear();
      continue;
    }
    if (frame.type != FrameType::event && frame.type != FrameType::batch_event) {
      bad("unexpected frame type");
      break;
    }
    if (frame.type == FrameType::event && !pending.empty()) {
      bad("event inside an uncommitted batch");
      break;
    }
    Event event;
    try {
      event = decode_event(frame.payload);
    } catch (const ser::MissingKeyError& error) {
      // Sealed for a client whose key never reached the key file: the store flushes the key
      // file before every sync, so this frame and everything after it were never durable.
      bad(error.what());
      out.journal_problem->torn = true;
      break;
    } catch (const CorruptionError& error) {
      bad(error.what());
      break;
    }
    if (event.sequence != expected) {
      bad("event sequence " + std::to_string(event.sequence) + " where " +
          std::to_string(expected) + " was expected");
      break;
    }
    ++expected;
    if (frame.type == FrameType::batch_event) {
      pending.push_back(Pending{frame.offset, std::move(event)});
      continue;
    }
    try {
      apply_one(event);
    } catch (const CorruptionError& error) {
      bad(error.what());
      break;
    }
    ++out.journal_frames;
  }
  if (!pending.empty()) {
    // Never committed: cut back to where the batch began.
    out.journal_valid_end = pending.front().offset;
    if (!out.journal_problem || out.journal_problem->torn) {
      out.journal_problem =
          StoreProblem{StoreFiles::journal, pending.front().offset, "uncommitted batch", true};
    }
  }

  // Audit log.
  const fs::path audit_path = dir / StoreFiles::audit;
  if (!file_exists(audit_path)) {
    out.audit_missing = true;
    out.audit_problem = StoreProblem{StoreFiles::audit, 0, "audit log is missing", false};
    return out;
  }
  if (options.defer_audit && options.audit_reader) {
    if (auto deferred = defer_clean_audit(options.audit_reader, audit_path, out)) {
      out.deferred_audit = std::move(*deferred);
      return out;
    }
  }
  // Shared with a deferred decoder, which reads the frames after this returns.
  const auto audit = std::make_shared<const std::string>(read_whole_file(ops, audit_path));
  out.audit_size = audit->size();
  const FileHeader ah = decode_header(*audit, FileKind::audit, StoreFiles::audit);
  check_archive_version(ah, StoreFiles::audit);
  check_same_store(out.journal_header, ah, StoreFiles::audit);
  const FrameScan ascan = scan_frames(*audit);
  out.audit_valid_end = ascan.valid_end;
  if (ascan.stop != ScanStop::end) {
    out.audit_problem = StoreProblem{StoreFiles::audit, ascan.valid_end, ascan.problem,
                                     ascan.stop == ScanStop::torn};
  }
  std::optional<Digest> last;
  if (options.defer_audit && !ascan.frames.empty()) {
    // Every frame's checksum was checked by the scan; the entries are decoded and their
    // chain verified when the trail is first read. Only the last one is needed now: new
    // entries chain onto it.
    try {
      last = decode_audit_entry(ascan.frames.back().payload).hash;
    } catch (const CorruptionError&) {
      // Decoded below, which finds and reports the damage now.
    }
  }
  if (last) {
    out.deferred_audit =
        DeferredAuditEntries{ascan.frames.size(), *last, [audit, frames = ascan.frames] {
                               AuditDecoding decoded = decode_audit_frames(frames);
                               if (decoded.problem)
                                 throw CorruptionError(describe(*decoded.problem));
                               return std::move(decoded.entries);
                             }};
    return out;
  }
  AuditDecoding decoded = decode_audit_frames(ascan.frames);
  out.audit = std::move(decoded.entries);
  if (decoded.problem) {
    out.audit_problem = decoded.problem;
    out.audit_valid_end = decoded.problem->offset;
  }
  return out;
}

}  // namespace libcoach::store
