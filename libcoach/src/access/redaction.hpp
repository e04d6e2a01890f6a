#pragma once
// What a redacted record keeps: its metadata and operational facts, never its text. Only
// goals are ever redacted today (a sponsor's "unshared goal" line); every other kind is
// reduced to its metadata, which is the safe default should the policy start redacting it.

#include "libcoach/model.hpp"

namespace libcoach::detail {

template <class R>
R redacted_copy(const R& record) {
  R out{};
  out.meta = record.meta;
  out.meta.redacted = true;
  return out;
}

/// A goal keeps its status, due date and sharing flag; title, description, metric and
/// measurements are removed.
template <>
inline Goal redacted_copy<Goal>(const Goal& goal) {
  Goal out{};
  out.meta = goal.meta;
  out.meta.redacted = true;
  out.status = goal.status;
  out.due = goal.due;
  out.shared_with_sponsor = goal.shared_with_sponsor;
  return out;
}

}  // namespace libcoach::detail
