#pragma once
/// \file
/// The coaching hours log a coach keeps towards an ICF credential: every held session with an
/// anonymised client id, with totals against the ACC, PCC and MCC thresholds.

#include <string>
#include <vector>

#include "libcoach/access/view.hpp"
#include "libcoach/reports/common.hpp"

namespace libcoach {

/// One held session.
struct HoursEntry {
  std::string client;  ///< `anonymised_id` of the client: the first 8 hex digits.
  Date on;             ///< The session's UTC date.
  bool group = false;
  bool pro_bono = false;
  double hours = 0.0;  ///< Duration in hours.
};

/// Hours required for an ICF credential and how far the log is.
struct CredentialProgress {
  Credential credential = Credential::acc;
  double required_hours = 0.0;       ///< 100 (ACC), 500 (PCC), 2,500 (MCC).
  double required_paid_hours = 0.0;  ///< 75, 450, 2,250.
  double remaining_hours = 0.0;      ///< Not below zero.
  bool reached = false;              ///< Both totals reached.
};

/// The hours log.
struct HoursLog {
  ReportHeader header;
  CoachId coach;
  std::vector<HoursEntry> entries;  ///< In date order.
  double total_hours = 0.0;
  double paid_hours = 0.0;
  double pro_bono_hours = 0.0;
  double individual_hours = 0.0;
  double group_hours = 0.0;
  std::int32_t clients = 0;                     ///< Distinct clients.
  std::vector<CredentialProgress> credentials;  ///< ACC, PCC, MCC.
};

/// Builds the hours log of the viewer, a coach: the held sessions of the engagements they
/// run, created since they took each over. Reads only through `view` and records one
/// `report` audit entry.
/// \throws AccessDenied when the viewer is not a coach.
HoursLog hours_log(const View& view, std::optional<Date> as_of = std::nullopt);

}  // namespace libcoach
