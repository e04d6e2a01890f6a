#include "store/store.hpp"

#include <fcntl.h>

#include <chrono>
#include <random>

#include "io/atomic_file.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/logging.hpp"
#include "store/codec.hpp"
#include "store/decrypt_state.hpp"
#include "store/format.hpp"
#include "store/inspect.hpp"
#include "store/snapshot.hpp"
#include "store/store_cipher.hpp"

namespace libcoach::store {

namespace fs = std::filesystem;

namespace {

boost::uuids::uuid random_store_id() {
  std::random_device rd;
  boost::uuids::uuid id{};
  for (std::size_t i = 0; i < 16; i += 4) {
    const std::uint32_t r = rd();
    for (std::size_t k = 0; k < 4; ++k)
      id.data[i + k] = static_cast<std::uint8_t>(r >> (8 * k));
  }
  return id;
}

// A Created event whose id already exists would be journaled and then fail to apply,
// poisoning every later open; refuse it before anything is written.
void check_applicable(const detail::PracticeState& state, const Event& event) {
  if (event.sequence != state.last_sequence + 1) {
    throw Conflict("store: event sequence does not follow the practice's last event");
  }
  std::visit(
      [&](const auto& payload) {
        using P = std::decay_t<decltype(payload)>;
        if constexpr (requires { payload.record; }) {
          using R = decltype(payload.record);
          if (state.table<R>().contains(detail::key_of(payload.record))) {
            throw Conflict("store: a record with this id already exists");
          }
        }
        (void)sizeof(P);
      },
      event.payload);
}

// A name for bytes set aside that does not replace anything set aside before.
std::string aside_name(const fs::path& dir, const char* file, const char* what,
                       std::uint64_t offset) {
  const std::string base = std::string(file) + "." + what + "-" + std::to_string(offset);
  std::string name = base;
  std::error_code ec;
  for (int n = 2; fs::exists(dir / name, ec); ++n)
    name = base + "." + std::to_string(n);
  return name;
}

// Loads a whole store with sealed fields kept as they are, then opens them all in
// parallel: opening a store is dominated by decryption otherwise. A load that defers the
// snapshot's tables opens the journal's fields as it decodes them instead (the deferred
// tables open their own when first used; decrypt_state would force them all).
template <class Load>
auto load_sealed(ser::ContentCipher* cipher, const Vault* vault, Load&& load,
                 bool snapshot_deferred = false) {
  auto* store_cipher = static_cast<StoreCipher*>(cipher);
  const ser::SealScope seal(cipher);
  if (snapshot_deferred)
    return load();
  if (store_cipher != nullptr)
    store_cipher->set_deferred(true);
  try {
    const auto started = std::chrono::steady_clock::now();
    auto result = load();
    if (store_cipher != nullptr) {
      store_cipher->set_deferred(false);
      const auto loaded = std::chrono::steady_clock::now();
      decrypt_state(result.state, *vault);
      const auto ms = [](auto d) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
      };
      logger()->debug("store: loaded in {} ms, content opened in {} ms", ms(loaded - started),
                      ms(std::chrono::steady_clock::now() - loaded));
    }
    return result;
  } catch (...) {
    if (store_cipher != nullptr)
      store_cipher->set_deferred(false);
    throw;
  }
}

}  // namespace

Store::Store(fs::path dir, std::shared_ptr<detail::PracticeCore> core, const OpenOptions& options)
    : dir_(std::move(dir)),
      core_(std::move(core)),
      options_(options),
      ops_(options.file_ops ? options.file_ops : posix_file_ops()) {}

Store::~Store() {
  try {
    close();
  } catch (const std::exception& error) {
    logger()->error("store: closing on destruction failed: {}", error.what());
  }
  // Views may outlive the practice; their audited reads must fail rather than go unlogged.
  std::unique_lock lock(core_->mutex);
  if (core_->sink == this)
    core_->sink = nullptr;
  core_->audit.set_sink(
      [](const AuditEntry&) { throw IoError("audit: the practice's store is closed"); });
}

void Store::write_new_file(const char* tmp_name, const char* final_name, const std::string& bytes) {
  try {
    io::replace_file_atomically(*ops_, path(final_name), path(tmp_name), bytes);
  } catch (const IoError& error) {
    mark_failed(error);
    throw;
  }
}

FileHeader Store::new_header(FileKind kind, std::uint64_t base_sequence) const {
  FileHeader header;
  header.kind = kind;
  header.archive_version = archive_library_version();
  header.store_id = store_id_;
  header.base_sequence = base_sequence;
  header.sealed = vault_ != nullptr;
  return header;
}

void Store::open_vault(bool create) {
  if (!options_.key)
    return;
  const fs::path key_file = options_.key_file.empty() ? dir_ / "keys" : options_.key_file;
  Vault vault = create ? Vault::create(key_file, *options_.key, store_id_)
                       : Vault::open(key_file, *options_.key);
  if (vault.store_id() != store_id_)
    throw CryptoError("open: the key file belongs to another store");
  vault_ = std::make_shared<Vault>(std::move(vault));
  cipher_ = std::make_unique<StoreCipher>(vault_);
  // The vault keeps the derived key-encryption key; the store need not keep the passphrase
  // (the caller's KeySource wipes it when the caller lets it go).
  options_.key.reset();
}

void Store::flush_keys() {
  if (!vault_)
    return;
  try {
    vault_->flush();
  } catch (const IoError& error) {
    mark_failed(error);
    throw;
  }
}

void Store::open_files() {
  const int j = ops_->open(path(StoreFiles::journal), O_WRONLY | O_APPEND, 0);
  if (j < 0)
    fail("open", path(StoreFiles::journal), j);
  journal_ = FileHandle(ops_, j);
  const int a = ops_->open(path(StoreFiles::audit), O_WRONLY | O_APPEND, 0);
  if (a < 0)
    fail("open", path(StoreFiles::audit), a);
  audit_ = FileHandle(ops_, a);
}

std::shared_ptr<Store> Store::create(const fs::path& dir,
                                     std::shared_ptr<detail::PracticeCore> core,
                                     const OpenOptions& options) {
  if (options.read_only)
    throw ValidationError("create: a new store cannot be read-only");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec)
    throw IoError("create failed: cannot create the store directory");
  if (!fs::is_empty(dir, ec) || ec) {
    throw Conflict("create: the store directory " + dir.filename().string() + " is not empty");
  }
  std::shared_ptr<Store> store(new Store(dir, std::move(core), options));
  store->lock_ = DirLock::acquire(dir);
  store->store_id_ = random_store_id();
  store->open_vault(/*create=*/true);
  // The key file first, then the audit log, the journal last: a journal marks a complete
  // store.
  store->write_new_file(StoreFiles::audit_tmp, StoreFiles::audit,
                        encode_header(store->new_header(FileKind::audit, 0)));
  store->write_new_file(StoreFiles::journal_tmp, StoreFiles::journal,
                        encode_header(store->new_header(FileKind::journal, 0)));
  store->open_files();
  store->journal_size_ = kHeaderSize;
  store->install_sinks();
  return store;
}

std::shared_ptr<Store> Store::open(const fs::path& dir, std::shared_ptr<detail::PracticeCore> core,
                                   const OpenOptions& options,
                                   std::optional<std::uint64_t> id_seed) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw IoError("open failed: the store directory " + dir.filename().string() +
                  " does not exist");
  }
  std::shared_ptr<Store> store(new Store(dir, std::move(core), options));
  Store& s = *store;
  FileOps& ops = *s.ops_;
  s.report_.read_only = options.read_only;
  if (!options.read_only)
    s.lock_ = DirLock::acquire(dir);
  // Encryption is settled before anything is decoded or changed: a missing or wrong key
  // fails here and leaves the directory as it was.
  if (fs::exists(s.path(StoreFiles::journal), ec)) {
    const FileHeader head =
        read_file_header(ops, s.path(StoreFiles::journal), FileKind::journal, StoreFiles::journal);
    if (head.sealed && !options.key)
      throw CryptoError("open: the store is encrypted; a key is required");
    if (!head.sealed && options.key)
      throw ValidationError("open: the store is not encrypted; open it without a key");
    s.store_id_ = head.store_id;
    s.open_vault(/*create=*/false);
  }
  if (!options.read_only) {
    // Leftovers of an interrupted snapshot or create are never authoritative.
    for (const char* tmp :
         {StoreFiles::journal_tmp, StoreFiles::snapshot_tmp, StoreFiles::audit_tmp}) {
      if (fs::exists(s.path(tmp), ec))
        ops.unlink(s.path(tmp));
    }
  }

  // A read-only open decodes each table of the snapshot on first use: a report over sessions
  // never decodes notes. It could not repair a damaged section anyway, so that section is
  // reported by the first read that needs it.
  InspectOptions inspect_options;
  inspect_options.defer_snapshot = options.read_only && options.defer_snapshot;
  // Likewise its audit log: frames checked now, entries read again, decoded and chained on
  // first read.
  inspect_options.defer_audit = inspect_options.defer_snapshot;
  inspect_options.audit_reader = s.ops_;
  if (inspect_options.defer_snapshot && s.vault_)
    inspect_options.section_cipher = std::make_shared<StoreCipher>(s.vault_);
  Inspection insp = load_sealed(
      s.cipher(), s.vault_.get(), [&] { return inspect_store(ops, dir, inspect_options); },
      inspect_options.defer_snapshot);
  if (insp.snapshot_problem) {
    const std::string message = describe(*insp.snapshot_problem);
    if (!options.repair)
      throw CorruptionError(message);
    if (insp.journal_header.base_sequence != 0) {
      throw CorruptionError(message +
                            " (cannot be repaired: the journal does not reach back to the "
                            "first event)");
    }
    if (!options.read_only) {
      const std::string aside = aside_name(dir, StoreFiles::snapshot, "damaged", 0);
      if (const int r = ops.rename(s.path(StoreFiles::snapshot), s.path(aside.c_str())); r < 0) {
        s.fail("rename", s.path(StoreFiles::snapshot), r);
      }
      if (const int r = ops.fsync_dir(dir); r < 0)
        s.fail("fsync", dir, r);
      s.report_.set_aside.push_back(aside);
    }
    s.report_.repaired.push_back(*insp.snapshot_problem);
    InspectOptions journal_alone;
    journal_alone.ignore_snapshot = true;
    insp = load_sealed(s.cipher(), s.vault_.get(),
                       [&] { return inspect_store(ops, dir, journal_alone); });
  }

  // Torn tails are cut (their bytes kept aside); corruption needs `repair`.
  auto settle = [&](const std::optional<StoreProblem>& problem, const char* file,
                    std::uint64_t valid_end, std::uint64_t size) {
    if (!problem)
      return;
    if (!problem->torn && !options.repair)
      throw CorruptionError(describe(*problem));
    if (problem->torn) {
      s.report_.torn_tails.push_back(*problem);
    } else {
      s.report_.repaired.push_back(*problem);
    }
    if (options.read_only || valid_end >= size)
      return;
    const fs::path p = s.path(file);
    const std::string whole = read_whole_file(ops, p);
    // A torn tail keeps only its own bytes; a damaged file is kept whole.
    const std::string aside = aside_name(dir, file, problem->torn ? "torn" : "damaged", valid_end);
    const std::string kept = problem->torn ? whole.substr(valid_end) : whole;
    const fs::path aside_path = s.path(aside.c_str());
    const int afd = ops.open(aside_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (afd < 0)
      s.fail("open", aside_path, afd);
    FileHandle aside_file(s.ops_, afd);
    if (const auto n = ops.write(afd, kept.data(), kept.size()); n < 0) {
      s.fail("write", aside_path, static_cast<int>(n));
    }
    if (const int r = ops.fsync(afd); r < 0)
      s.fail("fsync", aside_path, r);
    aside_file.reset();
    s.report_.set_aside.push_back(aside);
    const int fd = ops.open(p, O_WRONLY, 0);
    if (fd < 0)
      s.fail("open", p, fd);
    FileHandle f(s.ops_, fd);
    if (const int r = ops.ftruncate(fd, static_cast<off_t>(valid_end)); r < 0) {
      s.fail("truncate", p, r);
    }
    if (const int r = ops.fsync(fd); r < 0)
      s.fail("fsync", p, r);
    if (const int r = ops.fsync_dir(dir); r < 0)
      s.fail("fsync", dir, r);
    logger()->warn("store: {} cut at offset {} ({})", file, valid_end,
                   problem->torn ? "torn tail" : "repaired");
  };
  settle(insp.journal_problem, StoreFiles::journal, insp.journal_valid_end, insp.journal_size);
  if (insp.audit_missing) {
    if (!options.repair)
      throw CorruptionError(describe(*insp.audit_problem));
    s.report_.repaired.push_back(*insp.audit_problem);
    if (!options.read_only) {
      s.store_id_ = insp.journal_header.store_id;
      s.write_new_file(StoreFiles::audit_tmp, StoreFiles::audit,
                       encode_header(s.new_header(FileKind::audit, 0)));
    }
  } else {
    settle(insp.audit_problem, StoreFiles::audit, insp.audit_valid_end, insp.audit_size);
  }

  s.store_id_ = insp.journal_header.store_id;
  s.report_.snapshot_sequence = insp.snapshot_sequence;
  s.report_.replayed_events = insp.replayed;
  s.report_.last_sequence = insp.state.last_sequence;
  s.report_.audit_entries = insp.deferred_audit ? insp.deferred_audit->count : insp.audit.size();
  {
    std::unique_lock lock(s.core_->mutex);
    s.core_->state = std::move(insp.state);
    if (insp.deferred_audit) {
      s.core_->audit.restore_deferred(std::move(*insp.deferred_audit));
    } else {
      s.core_->audit.restore(std::move(insp.audit));
    }
    if (id_seed) {
      // A seeded practice must not hand out the ids it handed out before it was closed.
      s.core_->ids = IdSource(*id_seed ^ (s.core_->state.last_sequence * 0x9E3779B97F4A7C15ull));
    }
  }
  s.written_seq_ = s.report_.last_sequence;
  s.durable_seq_ = s.report_.last_sequence;
  if (!options.read_only) {
    s.open_files();
    const off_t size = ops.file_size(s.journal_.fd());
    if (size < 0)
      s.fail("stat", s.path(StoreFiles::journal), static_cast<int>(size));
    s.journal_size_ = static_cast<std::uint64_t>(size);
  }
  store->install_sinks();
  return store;
}

void Store::install_sinks() {
  std::weak_ptr<Store> weak = weak_from_this();
  std::unique_lock lock(core_->mutex);
  core_->sink = this;
  core_->audit.set_sink([weak](const AuditEntry& entry) {
    const auto self = weak.lock();
    if (!self)
      throw IoError("audit: the practice's store is closed");
    self->append_audit(entry);
  });
}

void Store::fail(const std::string& what, const fs::path& file, int err) {
  try {
    throw_io(what, file, err);
  } catch (const IoError& error) {
    mark_failed(error);
    throw;
  }
}

void Store::mark_failed(const IoError& error) {
  {
    std::lock_guard lock(failure_mutex_);
    if (failure_.empty())
      failure_ = error.what();
  }
  failed_ = true;
  logger()->error("store: {}; the store is now in a failed state", error.what());
}

void Store::check_writable() const {
  if (failed_) {
    throw IoError("store is in a failed state after an earlier I/O error; reopen it");
  }
  if (options_.read_only)
    throw ReadOnlyError("the practice was opened read-only");
  if (closed_)
    throw IoError("the practice's store is closed");
}

bool Store::in_own_batch() const {
  return batch_active_ && batch_owner_.load() == std::this_thread::get_id();
}

void Store::append_commit_frame(std::string& out) const {
  char last[8];
  store_le64(last, written_seq_);
  append_frame(out, FrameType::batch_commit, std::string_view(last, 8));
}

void Store::write_pending() {
  if (pending_.empty())
    return;
  const auto n = ops_->write(journal_.fd(), pending_.data(), pending_.size());
  pending_.clear();
  if (pending_.capacity() > 2 * kBatchWriteBytes)
    pending_.shrink_to_fit();  // After an outsized event: do not keep its buffer for good.
  if (n < 0)
    fail("write", path(StoreFiles::journal), static_cast<int>(n));
}

std::uint64_t Store::persist_deferred(const Event& event) {
  check_writable();
  check_applicable(core_->state, event);
  const bool own_batch = in_own_batch();
  // Outside a batch pending_ is empty; inside, it holds the batch's frames not yet written.
  const std::size_t before = pending_.size();
  const bool commit_batch = batch_active_ && !own_batch && batch_pending_ > 0;
  try {
    if (batch_active_ && !own_batch) {
      // Another thread commits during a batch: its event must not hang on the batch's
      // commit, so the batch so far is committed first (and can no longer be rolled back).
      batch_foreign_ = true;
      if (commit_batch)
        append_commit_frame(pending_);
    }
    // The frame is encoded in place: no payload string, no copy, no allocation once the
    // buffer has grown.
    const ser::SealScope seal(cipher());
    const std::size_t start =
        begin_frame(pending_, own_batch ? FrameType::batch_event : FrameType::event);
    append_event(pending_, event);
    end_frame(pending_, start);
  } catch (const std::length_error&) {
    pending_.resize(before);
    throw ValidationError("event is too large to be stored");
  } catch (...) {
    pending_.resize(before);
    throw;
  }
  journal_size_ += pending_.size() - before;
  if (commit_batch)
    batch_pending_ = 0;
  if (own_batch)
    ++batch_pending_;
  // A batch's frames go out together with its commit frame (or once enough gather): one
  // write per batch rather than per event. Anything else is written now.
  if (!own_batch || pending_.size() >= kBatchWriteBytes)
    write_pending();
  written_seq_ = event.sequence;
  return event.sequence;
}

void Store::persist(const Event& event) {
  const std::uint64_t ticket = persist_deferred(event);
  // Called under the practice's writer lock: sync here, no automatic snapshot.
  if (!in_own_batch())
    wait_durable(ticket);
}

void Store::await_durable(std::uint64_t ticket) {
  if (ticket == 0 || in_own_batch())
    return;
  wait_durable(ticket);
  maybe_auto_snapshot();
}

void Store::wait_durable(std::uint64_t sequence) {
  std::unique_lock lock(sync_mutex_);
  while (durable_seq_ < sequence || audit_dirty_) {
    if (failed_) {
      throw IoError("store is in a failed state after an earlier I/O error; reopen it");
    }
    if (syncing_) {
      sync_cv_.wait(lock);
      continue;
    }
    // Lead a sync for everything written so far (group commit).
    syncing_ = true;
    const std::uint64_t target = written_seq_;
    const int journal_fd = journal_.fd();
    const int audit_fd = audit_.fd();
    const bool audit = audit_dirty_.exchange(false);
    lock.unlock();
    try {
      flush_keys();  // A frame's key must be durable before the frame is.
    } catch (...) {
      lock.lock();
      syncing_ = false;
      sync_cv_.notify_all();
      throw;
    }
    int r = ops_->fdatasync(journal_fd);
    const char* file = StoreFiles::journal;
    if (r == 0 && audit) {
      r = ops_->fdatasync(audit_fd);
      file = StoreFiles::audit;
    }
    lock.lock();
    syncing_ = false;
    sync_cv_.notify_all();
    if (r < 0) {
      lock.unlock();
      fail("fdatasync", path(file), r);
    }
    if (target > durable_seq_)
      durable_seq_ = target;
    if (durable_seq_ >= sequence)
      break;
  }
}

void Store::maybe_auto_snapshot() {
  if (options_.snapshot_threshold_bytes == 0 || batch_active_ || failed_ || closed_)
    return;
  if (journal_size_ < options_.snapshot_threshold_bytes)
    return;
  try {
    std::unique_lock lock(core_->mutex);
    if (journal_size_ >= options_.snapshot_threshold_bytes && !batch_active_ && !closed_) {
      snapshot_locked();
    }
  } catch (const Error& error) {
    // The command itself is durable; the failed state reports the problem to later calls.
    logger()->error("store: automatic snapshot failed: {}", error.what());
  }
}

void Store::snapshot() {
  if (in_own_batch())
    throw Conflict("snapshot: not inside a batch");
  for (;;) {
    check_writable();
    {
      std::unique_lock batch(batch_mutex_);
      batch_cv_.wait(batch, [&] { return !batch_active_; });
    }
    std::unique_lock lock(core_->mutex);
    if (batch_active_)
      continue;  // A batch began in between; its events are not committed.
    snapshot_locked();
    return;
  }
}

void Store::snapshot_locked() {
  check_writable();
  std::unique_lock sync(sync_mutex_);
  sync_cv_.wait(sync, [&] { return !syncing_; });
  FileHeader header = new_header(FileKind::snapshot, core_->state.last_sequence);
  std::string bytes;
  {
    const ser::SealScope seal(cipher());
    bytes = encode_snapshot(core_->state, header);
  }
  flush_keys();
  write_new_file(StoreFiles::snapshot_tmp, StoreFiles::snapshot, bytes);
  // The snapshot now holds every event: rotate the journal.
  header.kind = FileKind::journal;
  write_new_file(StoreFiles::journal_tmp, StoreFiles::journal, encode_header(header));
  const int j = ops_->open(path(StoreFiles::journal), O_WRONLY | O_APPEND, 0);
  if (j < 0)
    fail("open", path(StoreFiles::journal), j);
  journal_ = FileHandle(ops_, j);
  journal_size_ = kHeaderSize;
  written_seq_ = header.base_sequence;
  durable_seq_ = header.base_sequence;
  if (audit_dirty_.exchange(false)) {
    if (const int r = ops_->fdatasync(audit_.fd()); r < 0)
      fail("fdatasync", path(StoreFiles::audit), r);
  }
  logger()->info("store: snapshot at sequence {} ({} bytes)", header.base_sequence, bytes.size());
}

void Store::append_audit(const AuditEntry& entry) {
  if (options_.read_only) {
    if (options_.read_only_audit == ReadOnlyAudit::memory)
      return;
    throw ReadOnlyError("audited access refused: the practice was opened read-only");
  }
  if (failed_)
    throw IoError("store is in a failed state after an earlier I/O error; reopen it");
  if (closed_)
    throw IoError("audit: the practice's store is closed");
  std::string frame;
  append_frame(frame, FrameType::audit, encode_audit_entry(entry));
  // Written at once (a crash of the process cannot lose it); forced to disk with the next
  // commit, snapshot or close.
  if (const auto n = ops_->write(audit_.fd(), frame.data(), frame.size()); n < 0) {
    fail("write", path(StoreFiles::audit), static_cast<int>(n));
  }
  audit_dirty_ = true;
}

void Store::close() {
  if (closed_)
    return;
  std::unique_lock lock(core_->mutex);
  if (closed_)
    return;
  std::exception_ptr error;
  if (!options_.read_only && !failed_) {
    try {
      wait_durable(written_seq_);
    } catch (...) {
      error = std::current_exception();
    }
  }
  closed_ = true;
  journal_.reset();
  audit_.reset();
  lock_.release();
  if (error)
    std::rethrow_exception(error);
}

void Store::run_batch(const std::function<void()>& body) {
  if (in_own_batch()) {
    body();  // Nested: part of the enclosing batch.
    return;
  }
  check_writable();
  std::uint64_t start_seq = 0, start_size = 0;
  {
    std::unique_lock batch(batch_mutex_);
    batch_cv_.wait(batch, [&] { return !batch_active_; });
    std::unique_lock lock(core_->mutex);
    check_writable();
    start_seq = core_->state.last_sequence;
    start_size = journal_size_;
    batch_foreign_ = false;
    batch_pending_ = 0;
    batch_owner_ = std::this_thread::get_id();
    batch_active_ = true;
  }
  auto finish = [&] {
    std::lock_guard batch(batch_mutex_);
    batch_active_ = false;
    batch_owner_ = std::thread::id{};
    batch_cv_.notify_all();
  };
  try {
    body();
  } catch (...) {
    try {
      rollback_batch(start_seq, start_size);
    } catch (const std::exception& error) {
      logger()->error("store: rolling back a batch failed: {}", error.what());
    }
    finish();
    throw;
  }
  try {
    std::unique_lock lock(core_->mutex);
    if (batch_pending_ > 0) {
      check_writable();
      const std::size_t before = pending_.size();
      append_commit_frame(pending_);
      journal_size_ += pending_.size() - before;
      write_pending();
      batch_pending_ = 0;
    }
  } catch (...) {
    // The commit frame did not make it: on disk the batch never happened; in memory too.
    try {
      rollback_batch(start_seq, start_size);
    } catch (const std::exception& error) {
      logger()->error("store: rolling back a batch failed: {}", error.what());
    }
    finish();
    throw;
  }
  finish();
  wait_durable(written_seq_);
  maybe_auto_snapshot();
}

void Store::rollback_batch(std::uint64_t start_seq, std::uint64_t start_size) {
  std::unique_lock lock(core_->mutex);
  if (batch_foreign_) {
    // Other threads' events are interleaved and acknowledged; they depend on the batch's
    // earlier events, so the batch is kept (committed and made durable) instead.
    logger()->warn("store: batch failed after other threads' writes; its events are kept");
    if (batch_pending_ > 0 && !failed_) {
      const std::size_t before = pending_.size();
      append_commit_frame(pending_);
      journal_size_ += pending_.size() - before;
      write_pending();
      batch_pending_ = 0;
    }
    lock.unlock();
    wait_durable(written_seq_);
    return;
  }
  pending_.clear();  // The batch's frames not yet written are simply dropped.
  if (core_->state.last_sequence == start_seq)
    return;
  batch_pending_ = 0;
  if (!failed_) {
    // Uncommitted frames would be ignored by any later open anyway; cutting them keeps the
    // journal clean for the events that follow (a batch frame may not precede an event).
    std::unique_lock sync(sync_mutex_);
    sync_cv_.wait(sync, [&] { return !syncing_; });
    if (const int r = ops_->ftruncate(journal_.fd(), static_cast<off_t>(start_size)); r < 0) {
      sync.unlock();
      fail("truncate", path(StoreFiles::journal), r);
    }
    if (const int r = ops_->fdatasync(journal_.fd()); r < 0) {
      sync.unlock();
      fail("fdatasync", path(StoreFiles::journal), r);
    }
    journal_size_ = start_size;
    written_seq_ = start_seq;
    if (durable_seq_ > start_seq)
      durable_seq_ = start_seq;
  }
  // Rebuild the state from what is on disk (only failed batches pay for this); a store that
  // failed mid-batch is rebuilt too, so memory matches what a reopen would show.
  // If that fails, memory and disk disagree: nothing more may be written.
  std::optional<Inspection> insp;
  try {
    insp.emplace(load_sealed(cipher(), vault_.get(), [&] { return inspect_store(*ops_, dir_); }));
  } catch (const std::exception&) {
    failed_ = true;
    throw;
  }
  if (insp->snapshot_problem || insp->state.last_sequence != start_seq) {
    failed_ = true;
    throw IoError("store: the state before the failed batch could not be rebuilt");
  }
  core_->state = std::move(insp->state);
}

void Store::complete_shred(ClientId client) {
  if (vault_) {
    try {
      vault_->shred_client(client);
    } catch (const IoError& error) {
      mark_failed(error);
      throw;
    }
  }
  compact();
}

void Store::resume_erasures(std::uint64_t snapshot_sequence) {
  if (options_.read_only)
    return;
  bool newer = false;
  {
    std::shared_lock lock(core_->mutex);
    for (const Tombstone& t : core_->state.table<Tombstone>().rows()) {
      if (t.record_kind == RecordKind::client && vault_ && vault_->has_client(t.client)) {
        vault_->shred_client(t.client);
        logger()->warn("store: finished shredding a client after an interruption");
      }
      newer = newer || t.erased_seq > snapshot_sequence;
    }
  }
  if (newer)
    compact();
}

void Store::compact() {
  snapshot();
}

void Store::rotate_key(const KeySource& next) {
  if (!vault_)
    throw Conflict("rotate_key: the practice's store is not encrypted");
  check_writable();
  std::unique_lock lock(core_->mutex);
  try {
    vault_->rotate_kek(next);
  } catch (const IoError& error) {
    mark_failed(error);
    throw;
  }
}

}  // namespace libcoach::store
