// Inner work, below the waterline: values, beliefs with their strength history, fears,
// purpose, reflections, insights, well-being check-ins, and the links from inner items to
// the goals they underlie. Never sponsor-scoped; reprs show ids, scopes and numbers only.

#include "common.hpp"

namespace libcoach::python {

void bind_inner(py::module_& m) {
  record_class<Value>(m, "Value", "A core value, ranked (1 = most important).")
      .def_readonly("name", &Value::name)
      .def_readonly("rank", &Value::rank)
      .def_readonly("meaning", &Value::meaning)
      .def("__repr__", [](const Value& v) {
        return record_repr("Value", v.meta, " rank=" + std::to_string(v.rank));
      });
  py::class_<BeliefStrength>(m, "BeliefStrength", "How strongly a belief was held on a date.")
      .def_readonly("on", &BeliefStrength::on)
      .def_readonly("strength", &BeliefStrength::strength)
      .def("__repr__", [](const BeliefStrength& s) {
        return "<BeliefStrength on=" + s.on.to_string() +
               " strength=" + std::to_string(s.strength) + ">";
      });
  record_class<Belief>(m, "Belief",
                       "A belief the client holds, how strongly over time, and the reframe "
                       "they arrive at.")
      .def_readonly("statement", &Belief::statement)
      .def_readonly("belief_kind", &Belief::belief_kind, "Limiting or empowering.")
      .def_readonly("category", &Belief::category, "Short theme (\"control\", \"self-worth\").")
      .def_readonly("history", &Belief::history, "Strength readings in date order.")
      .def_readonly("reframe", &Belief::reframe, "Empty until the client finds one.")
      .def_property_readonly("strength", &Belief::strength, "The latest strength, 0..10.")
      .def("__repr__", [](const Belief& b) {
        return record_repr("Belief", b.meta,
                           " kind=" + std::string(to_string(b.belief_kind)) +
                               " strength=" + std::to_string(b.strength()));
      });
  record_class<Fear>(m, "Fear", "A fear or internal resistance.")
      .def_readonly("description", &Fear::description)
      .def_readonly("intensity", &Fear::intensity)
      .def("__repr__", [](const Fear& f) {
        return record_repr("Fear", f.meta, " intensity=" + std::to_string(f.intensity));
      });
  record_class<Purpose>(m, "Purpose",
                        "A purpose or intent statement and the formative experience behind it.")
      .def_readonly("statement", &Purpose::statement)
      .def_readonly("formative_experience", &Purpose::formative_experience)
      .def("__repr__", [](const Purpose& p) { return record_repr("Purpose", p.meta, ""); });
  record_class<Reflection>(m, "Reflection", "A reflection from a practice.")
      .def_readonly("practice", &Reflection::practice)
      .def_readonly("on", &Reflection::on)
      .def_readonly("text", &Reflection::text)
      .def("__repr__", [](const Reflection& r) {
        return record_repr(
            "Reflection", r.meta,
            " practice=" + std::string(to_string(r.practice)) + " on=" + r.on.to_string());
      });
  record_class<Insight>(m, "Insight", "An insight the client arrived at.")
      .def_readonly("on", &Insight::on)
      .def_readonly("text", &Insight::text)
      .def("__repr__", [](const Insight& i) {
        return record_repr("Insight", i.meta, " on=" + i.on.to_string());
      });
  record_class<WellbeingCheckIn>(m, "WellbeingCheckIn", "Self-ratings of well-being, each 0..10.")
      .def_readonly("on", &WellbeingCheckIn::on)
      .def_readonly("thriving", &WellbeingCheckIn::thriving)
      .def_readonly("stress", &WellbeingCheckIn::stress)
      .def_readonly("burnout", &WellbeingCheckIn::burnout)
      .def_readonly("confidence", &WellbeingCheckIn::confidence, "Confidence / self-trust.")
      .def("__repr__", [](const WellbeingCheckIn& w) {
        return record_repr("WellbeingCheckIn", w.meta,
                           " on=" + w.on.to_string() + " thriving=" + std::to_string(w.thriving) +
                               " stress=" + std::to_string(w.stress) +
                               " burnout=" + std::to_string(w.burnout) +
                               " confidence=" + std::to_string(w.confidence));
      });
  record_class<InnerLink>(m, "InnerLink",
                          "Says that an inner item (value, belief, fear, purpose, reflection, "
                          "insight) underlies a goal.")
      .def_readonly("inner_kind", &InnerLink::inner_kind)
      .def_readonly("inner", &InnerLink::inner)
      .def_readonly("goal", &InnerLink::goal)
      .def("__repr__", [](const InnerLink& l) {
        return record_repr("InnerLink", l.meta,
                           " " + std::string(to_string(l.inner_kind)) + "=" +
                               short_id(l.inner.value) + " goal=" + short_id(l.goal));
      });
}

}  // namespace libcoach::python
