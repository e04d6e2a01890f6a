#pragma once
/// \file
/// Convenience header: every model type.

#include "libcoach/model/action_item.hpp"
#include "libcoach/model/actor.hpp"
#include "libcoach/model/belief.hpp"
#include "libcoach/model/consent.hpp"
#include "libcoach/model/disclosure.hpp"
#include "libcoach/model/engagement.hpp"
#include "libcoach/model/erasure.hpp"
#include "libcoach/model/goal.hpp"
#include "libcoach/model/habit.hpp"
#include "libcoach/model/inner_work.hpp"
#include "libcoach/model/link.hpp"
#include "libcoach/model/note.hpp"
#include "libcoach/model/people.hpp"
#include "libcoach/model/record.hpp"
#include "libcoach/model/referral.hpp"
#include "libcoach/model/scope.hpp"
#include "libcoach/model/session.hpp"
#include "libcoach/model/skill.hpp"
