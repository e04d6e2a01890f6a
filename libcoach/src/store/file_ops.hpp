#pragma once
// The seam between the store and the operating system. Every call that can lose data
// (open, write, fdatasync, rename, directory fsync, truncate) goes through FileOps so that
// tests can make the k-th operation fail, once or forever, and check that the store never
// pretends a failed write succeeded.

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace libcoach::store {

/// The operations the store performs on files. Each returns 0 (or a count / descriptor) on
/// success and -errno on failure, like the system calls it wraps; no exceptions.
class FileOps {
 public:
  virtual ~FileOps() = default;
  virtual int open(const std::filesystem::path& path, int flags, mode_t mode) = 0;
  virtual int close(int fd) = 0;
  /// Writes all of `size` bytes (looping over short writes) or fails.
  virtual ssize_t write(int fd, const void* data, std::size_t size) = 0;
  virtual ssize_t pread(int fd, void* data, std::size_t size, off_t offset) = 0;
  virtual int fdatasync(int fd) = 0;
  virtual int fsync(int fd) = 0;
  virtual int ftruncate(int fd, off_t size) = 0;
  virtual int rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
  /// Makes a directory's entries (new, renamed, removed files) durable.
  virtual int fsync_dir(const std::filesystem::path& dir) = 0;
  virtual int unlink(const std::filesystem::path& path) = 0;
  virtual off_t file_size(int fd) = 0;
};

/// The operating system.
std::shared_ptr<FileOps> posix_file_ops();

/// Throws IoError naming the operation and the file (never content) for a -errno result.
[[noreturn]] void throw_io(const std::string& what, const std::filesystem::path& file, int err);

/// An open descriptor that closes itself.
class FileHandle {
 public:
  FileHandle() = default;
  FileHandle(std::shared_ptr<FileOps> ops, int fd) : ops_(std::move(ops)), fd_(fd) {}
  ~FileHandle() { reset(); }
  FileHandle(FileHandle&& other) noexcept : ops_(std::move(other.ops_)), fd_(other.fd_) {
    other.fd_ = -1;
  }
  FileHandle& operator=(FileHandle&& other) noexcept {
    if (this != &other) {
      reset();
      ops_ = std::move(other.ops_);
      fd_ = other.fd_;
      other.fd_ = -1;
    }
    return *this;
  }
  FileHandle(const FileHandle&) = delete;
  FileHandle& operator=(const FileHandle&) = delete;

  int fd() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  void reset() {
    if (fd_ >= 0 && ops_)
      ops_->close(fd_);
    fd_ = -1;
  }

 private:
  std::shared_ptr<FileOps> ops_;
  int fd_ = -1;
};

/// Reads a whole file into memory (regular files only). Throws IoError.
std::string read_whole_file(FileOps& ops, const std::filesystem::path& path);

}  // namespace libcoach::store
