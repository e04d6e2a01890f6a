#pragma once
/// \file
/// libcoach logs through an spdlog logger named "libcoach". The host application can replace
/// it (to route into its own sinks) or silence it. Log lines carry ids, counts and kinds —
/// never content, never client names.

#include <memory>

#include <spdlog/logger.h>

namespace libcoach {

/// The logger libcoach writes to. By default: stderr, level warn.
std::shared_ptr<spdlog::logger> logger();

/// Replaces the logger (pass nullptr to restore the default). Thread-safe.
void set_logger(std::shared_ptr<spdlog::logger> replacement);

}  // namespace libcoach
