#pragma once
// Replacing a whole file so that a crash leaves either the old or the new content, never a
// mix: write a temporary file beside it, fsync it, rename it over the target, fsync the
// directory. Used for the snapshot and the vault's key file.

#include <filesystem>
#include <string_view>

#include "store/file_ops.hpp"

namespace libcoach::io {

/// Atomically replaces (or creates) `target` with `bytes`, going through `temp` (a path in
/// the same directory). Files are created owner-only (0600): they hold confidential data.
/// Throws IoError naming the step and the file; on failure the target is untouched and the
/// temporary file is removed.
void replace_file_atomically(store::FileOps& ops, const std::filesystem::path& target,
                             const std::filesystem::path& temp, std::string_view bytes);

}  // namespace libcoach::io
