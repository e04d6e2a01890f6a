#pragma once
// A table's rows that are still on disk: a read-only open maps the snapshot and hands each
// table a decoder for its section instead of decoding every section up front, so that a
// report over sessions never pays for the notes. The first use of the table decodes it
// (checksum, rows, sealed content); readers that race to it wait for one decoding. A reader
// that needs one pass over a few fields of a table nobody else uses (the practice report's
// theme counts over values and beliefs) can stream the rows instead, without keeping them.

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
  /// Passes the section's rows to the visitor one at a time without keeping them (same
  /// errors as Decode). Optional: empty when the rows cannot be streamed (sealed content).
  using Stream = std::function<void(const std::function<void(const R&)>&)>;

  /// `rows`: the row count the snapshot's section table declares (checksummed with it).
  /// `where`: names the section in error messages ("snapshot at offset N").
  DeferredRows(Decode decode, Stream stream, std::size_t rows, std::string where)
      : decode_(std::move(decode)),
        stream_(std::move(stream)),
        rows_(rows),
        where_(std::move(where)) {}

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
    decode_ = nullptr;  // Releases the mapping's share held by the decoder and the stream.
    stream_ = nullptr;
    done_.store(true, std::memory_order_release);
  }

  /// Streams the undecoded rows to `visit` and returns true; false (nothing visited) when
  /// the rows were decoded meanwhile or cannot be streamed: the caller reads the table.
  /// Holds the decoding lock, so a first use that arrives meanwhile waits for the pass.
  bool stream(const std::function<void(const R&)>& visit) {
    std::lock_guard lock(mutex_);
    if (done_.load(std::memory_order_relaxed) || !stream_)
      return false;
    stream_(visit);
    return true;
  }

 private:
  Decode decode_;
  Stream stream_;
  std::size_t rows_;
  std::string where_;
  std::mutex mutex_;
  std::atomic<bool> done_{false};
};

}  // namespace libcoach::detail
