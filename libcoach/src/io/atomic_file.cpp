#include "io/atomic_file.hpp"

#include <fcntl.h>

namespace libcoach::io {

void replace_file_atomically(store::FileOps& ops, const std::filesystem::path& target,
                             const std::filesystem::path& temp, std::string_view bytes) {
  const int fd = ops.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    store::throw_io("create", temp, -fd);
  auto fail = [&](const char* step, int err) {
    ops.close(fd);
    ops.unlink(temp);
    store::throw_io(step, temp, err);
  };
  if (const auto n = ops.write(fd, bytes.data(), bytes.size()); n < 0) {
    fail("write", static_cast<int>(-n));
  }
  if (const int r = ops.fsync(fd); r < 0)
    fail("fsync", -r);
  if (const int r = ops.close(fd); r < 0) {
    ops.unlink(temp);
    store::throw_io("close", temp, -r);
  }
  if (const int r = ops.rename(temp, target); r < 0) {
    ops.unlink(temp);
    store::throw_io("rename", target, -r);
  }
  // After the rename the new content is in place; without the directory fsync a crash
  // could still bring back the old name, so a failure here is reported too.
  const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  if (const int r = ops.fsync_dir(dir); r < 0)
    store::throw_io("fsync directory", dir, -r);
}

}  // namespace libcoach::io
