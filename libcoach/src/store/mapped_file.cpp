#include "store/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

namespace libcoach::store {

std::shared_ptr<const MappedFile> MappedFile::map(FileOps& ops, const std::filesystem::path& path) {
  const int fd = ops.open(path, O_RDONLY, 0);
  if (fd < 0)
    throw_io("open", path, fd);
  const off_t size = ops.file_size(fd);
  if (size < 0) {
    ops.close(fd);
    throw_io("stat", path, static_cast<int>(size));
  }
  if (size == 0) {  // mmap refuses an empty range; an empty file maps to no bytes.
    ops.close(fd);
    return std::shared_ptr<const MappedFile>(new MappedFile(nullptr, 0));
  }
  void* data = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0);
  const int error = errno;
  ops.close(fd);  // The mapping keeps the file alive.
  if (data == MAP_FAILED)
    throw_io("mmap", path, error);
  return std::shared_ptr<const MappedFile>(new MappedFile(data, static_cast<std::size_t>(size)));
}

MappedFile::~MappedFile() {
  if (data_ != nullptr)
    ::munmap(data_, size_);
}

void MappedFile::will_need(std::string_view bytes) const {
  if (bytes.empty())
    return;
  // madvise wants a page-aligned start.
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto start = reinterpret_cast<std::uintptr_t>(bytes.data()) & ~(page - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(bytes.data()) + bytes.size();
  void* const at = reinterpret_cast<void*>(start);
#ifdef MADV_POPULATE_READ
  // Maps the whole range in one call (Linux 5.14+) instead of one page fault per 4 KiB page
  // while decoding; older kernels refuse it and get the read-ahead hint instead.
  if (::madvise(at, end - start, MADV_POPULATE_READ) == 0)
    return;
#endif
  ::madvise(at, end - start, MADV_WILLNEED);  // A hint: no error to report.
}

}  // namespace libcoach::store
