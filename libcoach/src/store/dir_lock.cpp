#include "store/dir_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "libcoach/errors.hpp"
#include "store/file_ops.hpp"
#include "store/inspect.hpp"

namespace libcoach::store {

DirLock DirLock::acquire(const std::filesystem::path& dir) {
  const auto path = dir / StoreFiles::lock;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw_io("open", path, errno);
  int r;
  do {
    r = ::flock(fd, LOCK_EX | LOCK_NB);
  } while (r != 0 && errno == EINTR);
  if (r != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK) {
      throw LockedError("store " + dir.filename().string() + " is locked by another writer");
    }
    throw_io("flock", path, err);
  }
  DirLock lock;
  lock.fd_ = fd;
  return lock;
}

DirLock::~DirLock() {
  release();
}

DirLock& DirLock::operator=(DirLock&& other) noexcept {
  if (this != &other) {
    release();
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void DirLock::release() {
  if (fd_ >= 0) {
    ::close(fd_);  // Closing the last descriptor of the open file description unlocks.
    fd_ = -1;
  }
}

}  // namespace libcoach::store
