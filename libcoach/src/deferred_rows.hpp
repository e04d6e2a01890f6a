#pragma once
// A table's rows that are still on disk: a read-only open maps the snapshot and hands each
// table a decoder for its section instead of decoding every section up front, so that a
// report over sessions never pays for the notes. The first use of the table decodes it
// (checksum, rows, sealed content); readers that race to it wait for one decoding.

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace libcoach::detail {

template <class R>
class DeferredRows {
 public:
  /// Decodes the section's rows. Throws CorruptionError (checksum, bytes, row count) or
  /// CryptoError (sealed content that does not open).
  using Decode = std::function<std::vector<R>()>;

  /// `rows`: the row count the snapshot's section table declares (checksummed with it).
  /// `where`: names the section in error messages ("snapshot at offset N").
  DeferredRows(Decode decode, std::size_t rows, std::string where)
      : decode_(std::move(decode)), rows_(rows), where_(std::move(where)) {}

  /// True once the rows were decoded and handed over.
  bool done() const { return done_.load(std::memory_order_acquire); }
  std::size_t rows() const { return rows_; }
  const std::string& where() const { return where_; }

  /// Decodes the rows and passes them to `adopt`, once: callers that arrive meanwhile wait,
  /// later ones return at once. When decoding or `adopt` throws, nothing is marked done and
  /// the next use tries again (and fails the same way: the bytes do not change).
  template <class Adopt>
  void load(Adopt&& adopt) {
    std::lock_guard lock(mutex_);
    if (done_.load(std::memory_order_relaxed))
      return;
    adopt(decode_());
    decode_ = nullptr;  // Releases the mapping's share held by the decoder.
    done_.store(true, std::memory_order_release);
  }

 private:
  Decode decode_;
  std::size_t rows_;
  std::string where_;
  std::mutex mutex_;
  std::atomic<bool> done_{false};
};

}  // namespace libcoach::detail
