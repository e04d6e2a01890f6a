#include "libcoach/reports/nudges.hpp"

#include <algorithm>
#include <set>

#include "libcoach/errors.hpp"
#include "reports/header.hpp"

namespace libcoach {

std::string_view to_string(NudgeKind kind) {
  switch (kind) {
    case NudgeKind::action_due:
      return "action_due";
    case NudgeKind::action_overdue:
      return "action_overdue";
    case NudgeKind::habit_checkin:
      return "habit_checkin";
    case NudgeKind::inner_work_checkin:
      return "inner_work_checkin";
    case NudgeKind::inner_work_day:
      return "inner_work_day";
    case NudgeKind::agreement_ending:
      return "agreement_ending";
  }
  return "action_due";
}

namespace {

constexpr std::int32_t kMaxDays = 366;

bool divides_twelve(std::int32_t per_year) {
  return per_year >= 1 && per_year <= 12 && 12 % per_year == 0;
}

// Monday..Friday: 1970-01-01 was a Thursday.
bool is_weekday(Date d) {
  const std::int32_t dow = ((d.days() % 7) + 7 + 4) % 7;  // 0 = Sunday
  return dow != 0 && dow != 6;
}

// What one engagement contributes, read before the report's audit entry.
struct Reach {
  Engagement engagement;
  std::vector<ActionItem> actions;
  std::vector<Habit> habits;
  std::optional<Date> last_inner_checkin;  // latest reflection or well-being check-in
};

template <class R>
void latest_day(const std::vector<R>& rows, std::optional<Date>& latest) {
  for (const R& r : rows) {
    if (!latest || r.on > *latest)
      latest = r.on;
  }
}

}  // namespace

void validate(const NudgeOptions& options) {
  if (options.horizon_days < 0 || options.horizon_days > kMaxDays)
    throw ValidationError("nudges: horizon_days must be 0..366");
  if (options.inner_work_checkin_days < 1 || options.inner_work_checkin_days > kMaxDays)
    throw ValidationError("nudges: inner_work_checkin_days must be 1..366");
  std::set<OrganizationId> seen;
  for (const InnerWorkDays& d : options.inner_work_days) {
    if (!divides_twelve(d.per_year))
      throw ValidationError("nudges: inner work days per_year must divide 12");
    if (d.organization.is_nil())
      throw ValidationError("nudges: inner work days need an organization");
    if (!seen.insert(d.organization).second)
      throw ValidationError("nudges: an organization's inner work days are given twice");
  }
}

std::vector<Date> inner_work_days_of_year(int year, std::int32_t per_year) {
  if (!divides_twelve(per_year))
    throw ValidationError("inner work days: per_year must divide 12");
  std::vector<Date> out;
  const auto step = static_cast<unsigned>(12 / per_year);
  for (unsigned month = 1; month <= 12; month += step) {
    Date d = Date::from_ymd(year, month, 1);
    while (!is_weekday(d))
      d = d.plus_days(1);
    out.push_back(d);
  }
  return out;
}

Nudges nudges(const View& view, const NudgeOptions& options) {
  validate(options);
  const Viewer& viewer = view.viewer();
  if (viewer.role != Role::coach && viewer.role != Role::client && viewer.role != Role::admin) {
    view.audit_report(RecordKind::engagement, std::nullopt, 0, AuditOutcome::denied);
    throw AccessDenied("nudges: only coaches, clients and practice admins");
  }

  // An admin reads operational facts only: the engagements, never their records.
  const bool operational_only = viewer.role == Role::admin;
  std::vector<Reach> reach;
  std::uint32_t count = 0;
  for (Engagement& e : view.engagements()) {
    if (e.status != EngagementStatus::active)
      continue;
    if (!operational_only && !viewer.is(e.coach) && !viewer.is(e.client))
      continue;
    Reach r{std::move(e), {}, {}, std::nullopt};
    ++count;
    if (!operational_only) {
      const EngagementId id = r.engagement.id;
      r.actions = view.action_items(id);
      r.habits = view.habits(id);
      const auto reflections = view.reflections(id);
      const auto wellbeing = view.wellbeing(id);
      latest_day(reflections, r.last_inner_checkin);
      latest_day(wellbeing, r.last_inner_checkin);
      count += static_cast<std::uint32_t>(r.actions.size() + r.habits.size() + reflections.size() +
                                          wellbeing.size());
    }
    reach.push_back(std::move(r));
  }

  Nudges out;
  out.header = reports::audited_header(view, ReportKind::nudges, RecordKind::engagement,
                                       std::nullopt, count, options.as_of);
  out.horizon_days = options.horizon_days;
  out.inner_work_checkin_days = options.inner_work_checkin_days;
  const Date today = out.header.as_of;
  const Date last_day = today.plus_days(options.horizon_days);
  const auto within = [&](Date d) { return d >= today && d <= last_day; };

  // Inner Work Days of each organization within the horizon.
  std::vector<std::pair<OrganizationId, Date>> days;
  for (const InnerWorkDays& iwd : options.inner_work_days) {
    for (int year = today.year(); year <= last_day.year(); ++year) {
      for (const Date d : inner_work_days_of_year(year, iwd.per_year)) {
        if (within(d))
          days.emplace_back(iwd.organization, d);
      }
    }
  }

  auto& list = out.nudges;
  for (const Reach& r : reach) {
    const Engagement& e = r.engagement;
    const auto nudge = [&](NudgeKind kind, Date due, const Viewer& to) {
      Nudge n;
      n.kind = kind;
      n.due = due;
      n.engagement = e.id;
      n.recipient = to;
      return n;
    };
    const auto with_record = [](Nudge n, const auto& record) {
      n.record_kind = record.kind;
      n.record = record.meta.id;
      n.redacted = record.meta.redacted;
      if (!n.redacted)
        n.title = record.title;
      return n;
    };

    for (const ActionItem& a : r.actions) {
      if (a.done || !a.due)
        continue;
      if (*a.due < today)
        list.push_back(with_record(nudge(NudgeKind::action_overdue, *a.due, viewer), a));
      else if (*a.due <= last_day)
        list.push_back(with_record(nudge(NudgeKind::action_due, *a.due, viewer), a));
    }
    for (const Habit& h : r.habits) {
      const Date due = h.next_check_in();
      if (due <= last_day)
        list.push_back(with_record(nudge(NudgeKind::habit_checkin, due, viewer), h));
    }
    if (!operational_only) {
      const Date due = r.last_inner_checkin
                           ? r.last_inner_checkin->plus_days(options.inner_work_checkin_days)
                           : today;
      if (due <= last_day)
        list.push_back(nudge(NudgeKind::inner_work_checkin, due, viewer));
    }
    for (const auto& [org, day] : days) {
      if (e.sponsor != org)
        continue;
      std::vector<Viewer> to{viewer};
      if (operational_only)
        to = {Actor::client(e.client), Actor::coach(e.coach)};
      for (const Viewer& v : to) {
        Nudge n = nudge(NudgeKind::inner_work_day, day, v);
        n.organization = org;
        list.push_back(std::move(n));
      }
    }
    if (e.agreement && within(e.agreement->end))
      list.push_back(nudge(NudgeKind::agreement_ending, e.agreement->end, viewer));
  }
  std::stable_sort(list.begin(), list.end(), [](const Nudge& a, const Nudge& b) {
    return a.due != b.due ? a.due < b.due : a.kind < b.kind;
  });
  return out;
}

}  // namespace libcoach
