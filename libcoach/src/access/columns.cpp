#include "libcoach/access/columns.hpp"

#include <limits>

namespace libcoach {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Reserves `n` rows in every listed column (called once, with the listing's upper bound).
template <class... Column>
void reserve_rows(std::size_t n, Column&... columns) {
  (columns.reserve(n), ...);
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
  const auto reserve = [&out](std::size_t n) {
    reserve_rows(n, out.id, out.engagement, out.client, out.start, out.duration_minutes,
                 out.modality, out.status, out.group, out.pro_bono);
  };
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
      reserve);
  return out;
}

GoalColumns goal_columns(const View& view, std::optional<EngagementId> engagement) {
  GoalColumns out;
  const auto reserve = [&out](std::size_t n) {
    reserve_rows(n, out.id, out.engagement, out.client, out.title, out.status, out.baseline,
                 out.current, out.target, out.progress, out.due, out.has_due,
                 out.shared_with_sponsor, out.redacted);
  };
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
      reserve);
  return out;
}

HabitColumns habit_columns(const View& view, std::optional<EngagementId> engagement) {
  HabitColumns out;
  const auto reserve = [&out](std::size_t n) {
    reserve_rows(n, out.id, out.engagement, out.client, out.title, out.cadence, out.check_ins,
                 out.kept, out.adherence, out.redacted);
  };
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
      reserve);
  return out;
}

WellbeingColumns wellbeing_columns(const View& view, std::optional<EngagementId> engagement) {
  WellbeingColumns out;
  const auto reserve = [&out](std::size_t n) {
    reserve_rows(n, out.id, out.engagement, out.client, out.on, out.thriving, out.stress,
                 out.burnout, out.confidence);
  };
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
      reserve);
  return out;
}

AuditColumns audit_columns(const View& view, std::optional<ClientId> client) {
  // The View decides who may read which trail (and throws AccessDenied otherwise).
  const std::vector<AuditEntry> entries = client ? view.access_log(*client) : view.audit_trail();
  AuditColumns out;
  reserve_rows(entries.size(), out.sequence, out.at, out.viewer_role, out.viewer_id, out.action,
               out.kind, out.record, out.engagement, out.client, out.purpose, out.outcome,
               out.count);
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
