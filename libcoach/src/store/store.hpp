#pragma once
// The durable store behind a Practice: journal + snapshot + audit log in one directory,
// with group commit, batches, automatic snapshots and the recovery policy of docs/store.md.
//
// Threading: events are written under the practice's writer lock (persist_deferred); the
// fdatasync that makes them durable happens after that lock is released (await_durable),
// led by one waiting thread for everyone who wrote before it (group commit).

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "libcoach/crypto/vault.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/store/options.hpp"
#include "libcoach/store/report.hpp"
#include "practice_core.hpp"
#include "store/content_seal.hpp"
#include "store/dir_lock.hpp"
#include "store/file_ops.hpp"
#include "store/format.hpp"

namespace libcoach::store {

class Store final : public EventSink, public std::enable_shared_from_this<Store> {
 public:
  /// Creates a new store in `dir` (absent or empty) for the empty practice `core`.
  static std::shared_ptr<Store> create(const std::filesystem::path& dir,
                                       std::shared_ptr<detail::PracticeCore> core,
                                       const OpenOptions& options);
  /// Opens the store in `dir`, loading its state and audit trail into `core`.
  static std::shared_ptr<Store> open(const std::filesystem::path& dir,
                                     std::shared_ptr<detail::PracticeCore> core,
                                     const OpenOptions& options,
                                     std::optional<std::uint64_t> id_seed);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // EventSink
  void persist(const Event& event) override;
  std::uint64_t persist_deferred(const Event& event) override;
  void await_durable(std::uint64_t ticket) override;

  /// Writes a snapshot and rotates the journal (takes the practice's writer lock).
  void snapshot();
  /// Makes everything durable and releases the files and the lock. Idempotent.
  void close();
  bool read_only() const { return options_.read_only; }
  StoreReport report() const { return report_; }
  /// Runs `body` with syncs deferred to its end; rolls back if it throws (see practice.hpp).
  void run_batch(const std::function<void()>& body);

  /// True while the calling thread runs a batch on this store.
  bool in_batch() const { return in_own_batch(); }
  /// Finishes erasures a crash interrupted: keys of shredded clients still in the key file
  /// are destroyed, and erasures newer than the snapshot are compacted away. Called by open.
  void resume_erasures(std::uint64_t snapshot_sequence);

  /// True when content fields are sealed with the store's vault.
  bool encrypted() const { return vault_ != nullptr; }
  /// Finishes a shred whose ClientShredded event is durable: destroys the client's data key
  /// and compacts (snapshot + fresh journal), so that none of their ciphertext stays in the
  /// live files. Takes the practice's writer lock.
  void complete_shred(ClientId client);
  /// Compacts: a snapshot of the current state replaces the journal (erased content leaves
  /// the live files). Takes the practice's writer lock.
  void compact();
  /// Re-wraps the data keys under `next`. \throws Conflict when not encrypted.
  void rotate_key(const KeySource& next);

 private:
  Store(std::filesystem::path dir, std::shared_ptr<detail::PracticeCore> core,
        const OpenOptions& options);
  void install_sinks();
  void open_files();
  void append_audit(const AuditEntry& entry);
  void check_writable() const;
  [[noreturn]] void fail(const std::string& what, const std::filesystem::path& file, int err);
  void wait_durable(std::uint64_t sequence);
  void maybe_auto_snapshot();
  void snapshot_locked();
  void rollback_batch(std::uint64_t start_sequence, std::uint64_t start_journal_size);
  /// Appends the commit frame of the running batch (its last event: written_seq_).
  void append_commit_frame(std::string& out) const;
  /// Writes pending_ to the journal in one write and empties it; fails the store on error.
  void write_pending();
  bool in_own_batch() const;
  std::filesystem::path path(const char* name) const { return dir_ / name; }
  void write_new_file(const char* tmp_name, const char* final_name, const std::string& bytes);
  /// A header for a new file of this store.
  FileHeader new_header(FileKind kind, std::uint64_t base_sequence) const;
  /// Opens (or, on create, creates) the vault when options_.key is set.
  void open_vault(bool create);
  /// Writes staged data keys to the key file; called before anything becomes durable.
  void flush_keys();
  /// The cipher to make active while encoding or decoding (null when not encrypted).
  ser::ContentCipher* cipher() const { return cipher_.get(); }
  /// Records the first I/O failure and puts the store in its failed state.
  void mark_failed(const IoError& error);

  std::filesystem::path dir_;
  std::shared_ptr<detail::PracticeCore> core_;
  OpenOptions options_;
  std::shared_ptr<FileOps> ops_;
  boost::uuids::uuid store_id_{};
  DirLock lock_;
  std::shared_ptr<Vault> vault_;  // Shared with the decoders of a deferred snapshot.
  std::unique_ptr<ser::ContentCipher> cipher_;
  FileHandle journal_;
  FileHandle audit_;
  StoreReport report_;

  std::atomic<std::uint64_t> journal_size_{0};  // Written under the practice's writer lock.
  std::atomic<std::uint64_t> written_seq_{0};   // Last event handed to the journal.
  // Journal frames built but not yet written, under the writer lock: the frame of the
  // command being committed (written at once), or the running batch's frames, which go out
  // with its commit frame or once kBatchWriteBytes gather. Its capacity is reused, so
  // building a frame allocates nothing.
  std::string pending_;
  static constexpr std::size_t kBatchWriteBytes = 256 * 1024;

  // Group commit.
  std::mutex sync_mutex_;
  std::condition_variable sync_cv_;
  bool syncing_ = false;
  std::uint64_t durable_seq_ = 0;
  std::atomic<bool> audit_dirty_{false};

  std::atomic<bool> failed_{false};
  std::atomic<bool> closed_{false};
  std::mutex failure_mutex_;
  std::string failure_;

  // Batches.
  std::mutex batch_mutex_;
  std::condition_variable batch_cv_;
  std::atomic<bool> batch_active_{false};
  std::atomic<std::thread::id> batch_owner_{};
  std::atomic<bool> batch_foreign_{false};
  std::uint64_t batch_pending_ = 0;  // Uncommitted batch frames; under the writer lock.
};

}  // namespace libcoach::store
