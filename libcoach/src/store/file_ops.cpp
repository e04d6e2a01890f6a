#include "store/file_ops.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "libcoach/errors.hpp"

namespace libcoach::store {

namespace {

int result(int r) {
  return r < 0 ? -errno : r;
}

class PosixFileOps final : public FileOps {
 public:
  int open(const std::filesystem::path& path, int flags, mode_t mode) override {
    int r;
    do {
      r = ::open(path.c_str(), flags | O_CLOEXEC, mode);
    } while (r < 0 && errno == EINTR);
    return result(r);
  }
  int close(int fd) override { return result(::close(fd)); }
  ssize_t write(int fd, const void* data, std::size_t size) override {
    const auto* p = static_cast<const char*>(data);
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::write(fd, p + done, size - done);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        return -errno;
      }
      if (n == 0)
        return -EIO;
      done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
  }
  ssize_t pread(int fd, void* data, std::size_t size, off_t offset) override {
    auto* p = static_cast<char*>(data);
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::pread(fd, p + done, size - done, offset + static_cast<off_t>(done));
      if (n < 0) {
        if (errno == EINTR)
          continue;
        return -errno;
      }
      if (n == 0)
        break;
      done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
  }
  int fdatasync(int fd) override { return result(::fdatasync(fd)); }
  int fsync(int fd) override { return result(::fsync(fd)); }
  int ftruncate(int fd, off_t size) override { return result(::ftruncate(fd, size)); }
  int rename(const std::filesystem::path& from, const std::filesystem::path& to) override {
    return result(::rename(from.c_str(), to.c_str()));
  }
  int fsync_dir(const std::filesystem::path& dir) override {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
      return -errno;
    const int r = result(::fsync(fd));
    ::close(fd);
    return r;
  }
  int unlink(const std::filesystem::path& path) override { return result(::unlink(path.c_str())); }
  off_t file_size(int fd) override {
    struct stat st {};
    if (::fstat(fd, &st) != 0)
      return -errno;
    return st.st_size;
  }
};

}  // namespace

std::shared_ptr<FileOps> posix_file_ops() {
  static const std::shared_ptr<FileOps> ops = std::make_shared<PosixFileOps>();
  return ops;
}

void throw_io(const std::string& what, const std::filesystem::path& file, int err) {
  throw IoError(what + " failed on " + file.filename().string() + ": " +
                std::strerror(err < 0 ? -err : err));
}

std::string read_whole_file(FileOps& ops, const std::filesystem::path& path) {
  const int fd = ops.open(path, O_RDONLY, 0);
  if (fd < 0)
    throw_io("open", path, fd);
  std::string out;
  const off_t size = ops.file_size(fd);
  if (size < 0) {
    ops.close(fd);
    throw_io("stat", path, static_cast<int>(size));
  }
  out.resize(static_cast<std::size_t>(size));
  const ssize_t n = ops.pread(fd, out.data(), out.size(), 0);
  ops.close(fd);
  if (n < 0)
    throw_io("read", path, static_cast<int>(n));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace libcoach::store
