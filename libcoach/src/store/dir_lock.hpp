#pragma once
// The single-writer lock: flock(2) on the store's LOCK file. flock, not fcntl locks,
// because an fcntl lock is dropped when the process closes *any* descriptor of the file,
// which any unrelated code in the host application might do.

#include <filesystem>

namespace libcoach::store {

class DirLock {
 public:
  DirLock() = default;
  /// Takes the writer lock of `dir`; throws LockedError when another open file description
  /// (another process, or another open in this one) holds it, IoError on failure.
  static DirLock acquire(const std::filesystem::path& dir);
  ~DirLock();
  DirLock(DirLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DirLock& operator=(DirLock&& other) noexcept;
  DirLock(const DirLock&) = delete;
  DirLock& operator=(const DirLock&) = delete;
  void release();
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

}  // namespace libcoach::store
