// Record metadata, the parties, engagements with their agreements, sessions and notes. Every
// class is read-only: records are snapshots a View hands out, changed only through Practice
// commands. Reprs carry ids, kinds, scopes, dates and counts — never names, e-mail
// addresses or text.

#include "common.hpp"

namespace libcoach::python {

std::string record_repr(std::string_view type, const RecordMeta& meta, const std::string& extra) {
  std::string out = "<" + std::string(type) + " " + short_id(meta.id.value) +
                    " scope=" + std::string(to_string(meta.scope));
  out += extra;
  if (meta.redacted)
    out += " redacted";
  return out + ">";
}

std::string html_card(std::string_view title,
                      const std::vector<std::pair<std::string, std::string>>& rows) {
  std::string out = "<div class=\"libcoach-card\"><b>" + html_escape(title) + "</b><table>";
  for (const auto& [key, value] : rows)
    out += "<tr><th style=\"text-align:left\">" + html_escape(key) + "</th><td>" +
           html_escape(value) + "</td></tr>";
  return out + "</table></div>";
}

void bind_model(py::module_& m) {
  py::class_<RecordMeta>(m, "RecordMeta", "The metadata every content record carries.")
      .def_readonly("id", &RecordMeta::id, "Unique across the practice.")
      .def_readonly("engagement", &RecordMeta::engagement)
      .def_readonly("client", &RecordMeta::client)
      .def_readonly("scope", &RecordMeta::scope)
      .def_readonly("author", &RecordMeta::author)
      .def_readonly("created", &RecordMeta::created)
      .def_readonly("created_seq", &RecordMeta::created_seq,
                    "Sequence number of the event that created the record.")
      .def_readonly("redacted", &RecordMeta::redacted)
      .def("__repr__", [](const RecordMeta& r) {
        return "<RecordMeta " + short_id(r.id.value) + " scope=" + std::string(to_string(r.scope)) +
               " author=" + short_actor(r.author) + " created=" + r.created.to_string() +
               (r.redacted ? " redacted>" : ">");
      });

  // ---- Parties -----------------------------------------------------------------------------
  py::class_<Coach>(m, "Coach", "A coach of the practice.")
      .def_readonly("id", &Coach::id)
      .def_readonly("name", &Coach::name)
      .def_readonly("email", &Coach::email)
      .def_readonly("credential", &Coach::credential)
      .def("__repr__", [](const Coach& c) {
        return "<Coach " + short_id(c.id) + " credential=" + std::string(to_string(c.credential)) +
               ">";
      });
  py::class_<Client>(m, "Client",
                     "A person being coached. That someone is coached is itself confidential.")
      .def_readonly("id", &Client::id)
      .def_readonly("name", &Client::name)
      .def_readonly("email", &Client::email)
      .def_readonly("organization", &Client::organization)
      .def("__repr__", [](const Client& c) {
        return "<Client " + short_id(c.id) +
               (c.organization ? " organization=" + short_id(*c.organization) : std::string()) +
               ">";
      });
  py::class_<Organization>(m, "Organization", "A sponsoring organization.")
      .def_readonly("id", &Organization::id)
      .def_readonly("name", &Organization::name)
      .def("__repr__",
           [](const Organization& o) { return "<Organization " + short_id(o.id) + ">"; });
  py::class_<SponsorContact>(m, "SponsorContact",
                             "A person at a sponsoring organization (manager, HR, ...).")
      .def_readonly("id", &SponsorContact::id)
      .def_readonly("organization", &SponsorContact::organization)
      .def_readonly("name", &SponsorContact::name)
      .def_readonly("email", &SponsorContact::email)
      .def_readonly("role", &SponsorContact::role)
      .def("__repr__", [](const SponsorContact& c) {
        return "<SponsorContact " + short_id(c.id) + " organization=" + short_id(c.organization) +
               " role=" + std::string(to_string(c.role)) + ">";
      });
  py::class_<Admin>(m, "Admin", "A practice admin: runs scheduling and operations.")
      .def_readonly("id", &Admin::id)
      .def_readonly("name", &Admin::name)
      .def_readonly("email", &Admin::email)
      .def("__repr__", [](const Admin& a) { return "<Admin " + short_id(a.id) + ">"; });
  py::class_<Supervisor>(m, "Supervisor", "A coach's supervisor.")
      .def_readonly("id", &Supervisor::id)
      .def_readonly("name", &Supervisor::name)
      .def_readonly("email", &Supervisor::email)
      .def_readonly("supervisees", &Supervisor::supervisees)
      .def("__repr__", [](const Supervisor& s) {
        return "<Supervisor " + short_id(s.id) +
               " supervisees=" + std::to_string(s.supervisees.size()) + ">";
      });

  // ---- Engagements -------------------------------------------------------------------------
  py::class_<SponsorTerms>(m, "SponsorTerms",
                           "What the sponsor will receive, agreed up front in a three-way "
                           "agreement.")
      .def(py::init([](bool attendance, bool shared_goal_progress, bool redacted_unshared_goals) {
             return SponsorTerms{attendance, shared_goal_progress, redacted_unshared_goals};
           }),
           py::kw_only(), py::arg("attendance") = true, py::arg("shared_goal_progress") = true,
           py::arg("redacted_unshared_goals") = false)
      .def_readonly("attendance", &SponsorTerms::attendance, "Session dates and counts.")
      .def_readonly("shared_goal_progress", &SponsorTerms::shared_goal_progress,
                    "Progress on goals the client agreed to share.")
      .def_readonly("redacted_unshared_goals", &SponsorTerms::redacted_unshared_goals,
                    "A text-free line per unshared goal.")
      .def("__repr__", [](const SponsorTerms& t) {
        auto b = [](bool v) { return v ? std::string("True") : std::string("False"); };
        return "SponsorTerms(attendance=" + b(t.attendance) +
               ", shared_goal_progress=" + b(t.shared_goal_progress) +
               ", redacted_unshared_goals=" + b(t.redacted_unshared_goals) + ")";
      });
  py::class_<Agreement>(m, "Agreement",
                        "The coaching agreement; required before an engagement can be active.")
      .def_readonly("start", &Agreement::start)
      .def_readonly("end", &Agreement::end)
      .def_readonly("session_allotment", &Agreement::session_allotment)
      .def_readonly("confidentiality_terms", &Agreement::confidentiality_terms)
      .def_readonly("sponsor_terms", &Agreement::sponsor_terms)
      .def_readonly("agreed_on", &Agreement::agreed_on)
      .def("__repr__", [](const Agreement& a) {
        return "<Agreement " + a.start.to_string() + ".." + a.end.to_string() +
               " sessions=" + std::to_string(a.session_allotment) +
               " agreed_on=" + a.agreed_on.to_string() + ">";
      });
  py::class_<CoachTenure>(m, "CoachTenure", "A past coach of a handed-over engagement.")
      .def_readonly("coach", &CoachTenure::coach)
      .def_readonly("from_seq", &CoachTenure::from_seq)
      .def_readonly("to_seq", &CoachTenure::to_seq)
      .def("__repr__", [](const CoachTenure& t) {
        return "<CoachTenure " + short_id(t.coach) + " seq=" + std::to_string(t.from_seq) + ".." +
               std::to_string(t.to_seq) + ">";
      });
  py::class_<Engagement>(m, "Engagement",
                         "A coaching engagement between a coach and a client, optionally "
                         "sponsored.")
      .def_readonly("id", &Engagement::id)
      .def_readonly("coach", &Engagement::coach)
      .def_readonly("client", &Engagement::client)
      .def_readonly("sponsor", &Engagement::sponsor)
      .def_readonly("sponsor_contacts", &Engagement::sponsor_contacts)
      .def_readonly("agreement", &Engagement::agreement)
      .def_readonly("status", &Engagement::status)
      .def_readonly("coach_since_seq", &Engagement::coach_since_seq)
      .def_readonly("past_coaches", &Engagement::past_coaches)
      .def_readonly("created", &Engagement::created)
      .def("__repr__",
           [](const Engagement& e) {
             return "<Engagement " + short_id(e.id) +
                    " status=" + std::string(to_string(e.status)) + " coach=" + short_id(e.coach) +
                    " client=" + short_id(e.client) +
                    (e.sponsor ? " sponsor=" + short_id(*e.sponsor) : std::string()) + ">";
           })
      .def("_repr_html_", [](const Engagement& e) {
        // Ids, status and the agreement's dates and allotment: no names, no terms.
        std::vector<std::pair<std::string, std::string>> rows = {
            {"id", e.id.to_string()},
            {"status", std::string(to_string(e.status))},
            {"coach", e.coach.to_string()},
            {"client", e.client.to_string()},
        };
        if (e.sponsor)
          rows.emplace_back("sponsor", e.sponsor->to_string());
        rows.emplace_back("sponsor contacts", std::to_string(e.sponsor_contacts.size()));
        if (e.agreement) {
          rows.emplace_back("agreement",
                            e.agreement->start.to_string() + " to " + e.agreement->end.to_string());
          rows.emplace_back("sessions allotted", std::to_string(e.agreement->session_allotment));
        } else {
          rows.emplace_back("agreement", "none yet");
        }
        rows.emplace_back("past coaches", std::to_string(e.past_coaches.size()));
        rows.emplace_back("created", e.created.to_string());
        return html_card("Engagement", rows);
      });

  // ---- Sessions and notes ------------------------------------------------------------------
  record_class<Session>(m, "Session", "One coaching session: times and attendance, never content.")
      .def_readonly("start", &Session::start)
      .def_readonly("duration_minutes", &Session::duration_minutes)
      .def_readonly("modality", &Session::modality)
      .def_readonly("status", &Session::status)
      .def_readonly("group", &Session::group)
      .def_readonly("pro_bono", &Session::pro_bono)
      .def("__repr__", [](const Session& s) {
        return record_repr("Session", s.meta,
                           " start=" + s.start.to_string() +
                               " minutes=" + std::to_string(s.duration_minutes) +
                               " modality=" + std::string(to_string(s.modality)) +
                               " status=" + std::string(to_string(s.status)));
      });
  record_class<Note>(m, "Note",
                     "A note; its scope decides who may read it (session notes: coaching; "
                     "process notes: coach_private; journal: client_private).")
      .def_readonly("session", &Note::session)
      .def_readonly("text", &Note::text)
      .def("__repr__", [](const Note& n) {
        return record_repr("Note", n.meta,
                           n.session ? " session=" + short_id(*n.session) : std::string());
      });
}

}  // namespace libcoach::python
