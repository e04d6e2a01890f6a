#pragma once
/// \file
/// Umbrella header: the whole public API of libcoach.

#include "libcoach/access/audit.hpp"
#include "libcoach/access/policy.hpp"
#include "libcoach/access/view.hpp"
#include "libcoach/commands.hpp"
#include "libcoach/crypto/key_source.hpp"
#include "libcoach/crypto/vault.hpp"
#include "libcoach/errors.hpp"
#include "libcoach/events.hpp"
#include "libcoach/ids.hpp"
#include "libcoach/interchange.hpp"
#include "libcoach/logging.hpp"
#include "libcoach/model.hpp"
#include "libcoach/practice.hpp"
#include "libcoach/reports/reports.hpp"
#include "libcoach/store/options.hpp"
#include "libcoach/store/report.hpp"
#include "libcoach/store/verify.hpp"
#include "libcoach/synthetic.hpp"
#include "libcoach/time.hpp"
#include "libcoach/version.hpp"
