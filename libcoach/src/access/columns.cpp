#include "libcoach/access/columns.hpp"

#include <limits>
#include <utility>

namespace libcoach {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// f(column) for every column of a listing: the one place that lists them, for sizing.
template <class F>
void each_column(SessionColumns& c, F&& f) {
  f(c.id), f(c.engagement), f(c.client), f(c.start), f(c.duration_minutes), f(c.modality),
      f(c.status), f(c.group), f(c.pro_bono);
}
template <class F>
void each_column(GoalColumns& c, F&& f) {
  f(c.id), f(c.engagement), f(c.client), f(c.title), f(c.status), f(c.baseline), f(c.current),
      f(c.target), f(c.progress), f(c.due), f(c.has_due), f(c.shared_with_sponsor), f(c.redacted);
}
template <class F>
void each_column(HabitColumns& c, F&& f) {
  f(c.id), f(c.engagement), f(c.client), f(c.title), f(c.cadence), f(c.check_ins), f(c.kept),
      f(c.adherence), f(c.redacted);
}
template <class F>
void each_column(WellbeingColumns& c, F&& f) {
  f(c.id), f(c.engagement), f(c.client), f(c.on), f(c.thriving), f(c.stress), f(c.burnout),
      f(c.confidence);
}
template <class F>
void each_column(AuditColumns& c, F&& f) {
  f(c.sequence), f(c.at), f(c.viewer_role), f(c.viewer_id), f(c.action), f(c.kind), f(c.record),
      f(c.engagement), f(c.client), f(c.purpose), f(c.outcome), f(c.count);
}

// Reserves `n` rows in every column of `out`.
template <class Columns>
void reserve_rows(Columns& out, std::size_t n) {
  each_column(out, [n](auto& column) { column.reserve(n); });
}

// The `expect` of View::visit_records: reserves the listing's upper bound once.
template <class Columns>
auto reserve_for(Columns& out) {
  return [&out](std::size_t n) { reserve_rows(out, n); };
}

// Gives back what the upper bound reserved for rows the policy then refused (an admin's goal
// listing sees none of a table's rows): frames keep the columns for as long as they live.
template <class Columns>
Columns fitted(Columns&& out) {
  each_column(out, [](auto& column) {
    if (column.capacity() > 2 * column.size() + 16)
      column.shrink_to_fit();
  });
  return std::move(out);
}

template <class Columns, class R>
void push_meta(Columns& out, const R& r) {
  out.id.push_back(r.id());
  out.engagement.push_back(r.meta.engagement);
  out.client.push_back(r.meta.client);
}

}  // namespace

SessionColumns session_columns(const View& view, std::optional<EngagementId> engagement) {
  SessionColumns out;
  view.visit_records<Session>(
      engagement,
      [&out](const Session& s) {
        push_meta(out, s);
        out.start.push_back(s.start.unix_seconds());
        out.duration_minutes.push_back(s.duration_minutes);
        out.modality.push_back(s.modality);
        out.status.push_back(s.status);
        out.group.push_back(s.group ? 1 : 0);
        out.pro_bono.push_back(s.pro_bono ? 1 : 0);
      },
      reserve_for(out));
  return fitted(std::move(out));
}

GoalColumns goal_columns(const View& view, std::optional<EngagementId> engagement) {
  GoalColumns out;
  view.visit_records<Goal>(
      engagement,
      [&out](const Goal& g) {
        push_meta(out, g);
        const bool redacted = g.meta.redacted;
        out.title.push_back(redacted ? std::string() : g.title);
        out.status.push_back(g.status);
        out.baseline.push_back(redacted ? kNaN : g.baseline);
        out.current.push_back(redacted || g.history.empty() ? kNaN : g.history.back().value);
        out.target.push_back(redacted ? kNaN : g.target);
        out.progress.push_back(redacted ? kNaN : g.progress());
        out.due.push_back(g.due ? g.due->days() : 0);
        out.has_due.push_back(g.due ? 1 : 0);
        out.shared_with_sponsor.push_back(g.shared_with_sponsor ? 1 : 0);
        out.redacted.push_back(redacted ? 1 : 0);
      },
      reserve_for(out));
  return fitted(std::move(out));
}

HabitColumns habit_columns(const View& view, std::optional<EngagementId> engagement) {
  HabitColumns out;
  view.visit_records<Habit>(
      engagement,
      [&out](const Habit& h) {
        push_meta(out, h);
        const bool redacted = h.meta.redacted;
        std::int32_t kept = 0;
        for (const HabitCheckIn& c : h.check_ins)
          kept += c.kept ? 1 : 0;
        out.title.push_back(redacted ? std::string() : h.title);
        out.cadence.push_back(h.cadence);
        out.check_ins.push_back(static_cast<std::int32_t>(h.check_ins.size()));
        out.kept.push_back(kept);
        out.adherence.push_back(redacted ? kNaN : h.adherence());
        out.redacted.push_back(redacted ? 1 : 0);
      },
      reserve_for(out));
  return fitted(std::move(out));
}

WellbeingColumns wellbeing_columns(const View& view, std::optional<EngagementId> engagement) {
  WellbeingColumns out;
  view.visit_records<WellbeingCheckIn>(
      engagement,
      [&out](const WellbeingCheckIn& w) {
        push_meta(out, w);
        out.on.push_back(w.on.days());
        out.thriving.push_back(w.thriving);
        out.stress.push_back(w.stress);
        out.burnout.push_back(w.burnout);
        out.confidence.push_back(w.confidence);
      },
      reserve_for(out));
  return fitted(std::move(out));
}

AuditColumns audit_columns(const View& view, std::optional<ClientId> client) {
  // The View decides who may read which trail (and throws AccessDenied otherwise).
  const std::vector<AuditEntry> entries = client ? view.access_log(*client) : view.audit_trail();
  AuditColumns out;
  reserve_rows(out, entries.size());
  for (const AuditEntry& e : entries) {
    out.sequence.push_back(e.sequence);
    out.at.push_back(e.at.unix_seconds());
    out.viewer_role.push_back(e.viewer.role);
    out.viewer_id.push_back(e.viewer.id);
    out.action.push_back(e.action);
    out.kind.push_back(e.kind);
    out.record.push_back(e.record);
    out.engagement.push_back(e.engagement);
    out.client.push_back(e.client);
    out.purpose.push_back(e.purpose);
    out.outcome.push_back(e.outcome);
    out.count.push_back(e.count);
  }
  return out;
}

}  // namespace libcoach
