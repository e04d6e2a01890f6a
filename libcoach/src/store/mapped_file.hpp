#pragma once
// A whole file mapped read-only into memory. A read-only open maps the snapshot instead of
// reading it: only the sections a reader decodes are ever faulted in, and the bytes are the
// page cache's, not a second copy. The store never rewrites a file in place (new files
// replace old ones by rename), so a mapping keeps seeing the file it mapped.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>

#include "store/file_ops.hpp"

namespace libcoach::store {

class MappedFile {
 public:
  /// Maps `path` (opened through `ops`). \throws IoError when it cannot be opened or mapped.
  static std::shared_ptr<const MappedFile> map(FileOps& ops, const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }
  /// Asks the kernel to map `bytes` (a part of this mapping) now: a section about to be
  /// decoded is mapped in one call instead of one page fault at a time.
  void will_need(std::string_view bytes) const;

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data_;
  std::size_t size_;
};

}  // namespace libcoach::store
