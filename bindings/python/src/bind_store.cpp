// Store-backed practices: create, open (also as a context manager), snapshot, batch, close,
// and offline verification. Every call releases the GIL: opening replays the journal and
// every command waits for its sync.

#include <pybind11/functional.h>
#include <pybind11/stl/filesystem.h>
#include <sodium.h>

#include <array>
#include <cstring>

#include "common.hpp"

namespace libcoach::python {

/// Legal holds, shredding, retention and the interchange (bind_data_rights.cpp).
void bind_data_rights(py::module_& m, py::class_<Practice>& practice);

namespace {

/// The `key=` argument: a KeySource shared with the store (which keeps it while open).
using OptionalKey = std::optional<std::shared_ptr<KeySource>>;
using OptionalPath = std::optional<std::filesystem::path>;

OpenOptions open_options(bool read_only, bool repair, std::uint64_t snapshot_threshold_bytes,
                         bool audit_in_memory, const OptionalKey& key, const OptionalPath& key_file,
                         bool defer_snapshot = true) {
  OpenOptions options;
  options.defer_snapshot = defer_snapshot;
  if (key)
    options.key = *key;
  if (key_file)
    options.key_file = *key_file;
  options.read_only = read_only;
  options.repair = repair;
  options.snapshot_threshold_bytes = snapshot_threshold_bytes;
  options.read_only_audit = audit_in_memory ? ReadOnlyAudit::memory : ReadOnlyAudit::refuse;
  return options;
}

std::string problems_repr(const std::vector<StoreProblem>& problems) {
  return std::to_string(problems.size());
}

}  // namespace

void bind_store(py::module_& m, py::class_<Practice>& practice) {
  py::class_<KdfCost>(m, "KdfCost",
                      "Cost of the Argon2id derivation of a passphrase (0 = libsodium's "
                      "'moderate').")
      .def(py::init([](std::uint64_t opslimit, std::size_t memlimit) {
             return KdfCost{opslimit, memlimit};
           }),
           py::kw_only(), py::arg("opslimit") = 0, py::arg("memlimit") = 0)
      .def_readonly("opslimit", &KdfCost::opslimit)
      .def_readonly("memlimit", &KdfCost::memlimit)
      .def_static("minimal_for_tests", &KdfCost::minimal_for_tests,
                  "The cheapest parameters libsodium accepts: for tests only.")
      .def("__repr__", [](const KdfCost& c) {
        return "<KdfCost opslimit=" + std::to_string(c.opslimit) +
               " memlimit=" + std::to_string(c.memlimit) + ">";
      });
  py::class_<KeySource, std::shared_ptr<KeySource>>(
      m, "KeySource",
      "Where a store's key-encryption key comes from. Holds the secret until garbage-collected, "
      "then wipes it; its repr never shows it.")
      .def_static(
          "passphrase",
          [](std::string passphrase, std::optional<KdfCost> cost) {
            return std::make_shared<KeySource>(
                KeySource::passphrase(std::move(passphrase), cost.value_or(KdfCost{})));
          },
          py::arg("passphrase"), py::kw_only(), py::arg("cost") = py::none(),
          "A passphrase (1..4096 bytes) stretched with Argon2id.")
      .def_static(
          "raw_key",
          [](const py::bytes& key) {
            const std::string bytes = key;
            if (bytes.size() != 32)
              throw ValidationError("raw key: exactly 32 bytes");
            std::array<std::uint8_t, 32> raw{};
            std::memcpy(raw.data(), bytes.data(), raw.size());
            auto source = std::make_shared<KeySource>(KeySource::raw_key(raw));
            sodium_memzero(raw.data(), raw.size());
            return source;
          },
          py::arg("key"), "A raw 32-byte key the application keeps elsewhere.")
      .def_property_readonly("is_passphrase", &KeySource::is_passphrase)
      .def("__repr__", [](const KeySource& k) {
        return std::string("<KeySource ") + (k.is_passphrase() ? "passphrase" : "raw key") + ">";
      });

  py::class_<StoreProblem>(m, "StoreProblem", "One thing found wrong in a store file.")
      .def_readonly("file", &StoreProblem::file)
      .def_readonly("offset", &StoreProblem::offset)
      .def_readonly("what", &StoreProblem::what)
      .def_readonly("torn", &StoreProblem::torn)
      .def("__repr__", [](const StoreProblem& p) {
        return "<StoreProblem " + p.file + " at " + std::to_string(p.offset) + ": " + p.what + ">";
      });
  py::class_<StoreReport>(m, "StoreReport", "What opening a store found and did.")
      .def_readonly("snapshot_sequence", &StoreReport::snapshot_sequence)
      .def_readonly("replayed_events", &StoreReport::replayed_events)
      .def_readonly("last_sequence", &StoreReport::last_sequence)
      .def_readonly("audit_entries", &StoreReport::audit_entries)
      .def_readonly("torn_tails", &StoreReport::torn_tails)
      .def_readonly("repaired", &StoreReport::repaired)
      .def_readonly("set_aside", &StoreReport::set_aside)
      .def_readonly("read_only", &StoreReport::read_only)
      .def("__repr__", [](const StoreReport& r) {
        return "<StoreReport last_sequence=" + std::to_string(r.last_sequence) +
               " replayed_events=" + std::to_string(r.replayed_events) +
               " torn_tails=" + problems_repr(r.torn_tails) +
               " repaired=" + problems_repr(r.repaired) + ">";
      });
  py::class_<VerifyReport>(m, "VerifyReport", "What verify_store found.")
      .def_readonly("ok", &VerifyReport::ok)
      .def_readonly("problems", &VerifyReport::problems)
      .def_readonly("format_version", &VerifyReport::format_version)
      .def_readonly("snapshot_sequence", &VerifyReport::snapshot_sequence)
      .def_readonly("journal_frames", &VerifyReport::journal_frames)
      .def_readonly("last_sequence", &VerifyReport::last_sequence)
      .def_readonly("audit_entries", &VerifyReport::audit_entries)
      .def("__repr__", [](const VerifyReport& r) {
        return std::string("<VerifyReport ok=") + (r.ok ? "True" : "False") +
               " problems=" + problems_repr(r.problems) +
               " last_sequence=" + std::to_string(r.last_sequence) + ">";
      });

  m.def("verify_store", &verify_store, py::arg("path"), released(),
        "Checks a store directory (every frame, the snapshot, the audit chain) without "
        "changing it or taking its lock.");

  practice
      .def_static(
          "create",
          [](const std::filesystem::path& path, const OptionalClock& clock,
             std::optional<std::uint64_t> id_seed, std::uint64_t snapshot_threshold_bytes,
             const OptionalKey& key, const OptionalPath& key_file) {
            PracticeOptions options = practice_options(clock, id_seed);
            OpenOptions store =
                open_options(false, false, snapshot_threshold_bytes, false, key, key_file);
            py::gil_scoped_release release;
            return std::make_unique<Practice>(Practice::create(path, std::move(options), store));
          },
          py::arg("path"), py::kw_only(), py::arg("clock") = py::none(),
          py::arg("id_seed") = py::none(), py::arg("snapshot_threshold_bytes") = 64ull << 20,
          py::arg("key") = py::none(), py::arg("key_file") = py::none(),
          "A new practice kept in the store directory `path` (created if absent; must be "
          "empty). Every command returns once its change is on disk. With `key` (a KeySource) "
          "every content field is encrypted at rest; `key_file` places the key file outside "
          "the directory (default: `keys` inside it).")
      .def_static(
          "open",
          [](const std::filesystem::path& path, const OptionalClock& clock,
             std::optional<std::uint64_t> id_seed, bool read_only, bool repair,
             std::uint64_t snapshot_threshold_bytes, bool audit_in_memory, const OptionalKey& key,
             const OptionalPath& key_file, bool defer_snapshot) {
            PracticeOptions options = practice_options(clock, id_seed);
            OpenOptions store = open_options(read_only, repair, snapshot_threshold_bytes,
                                             audit_in_memory, key, key_file, defer_snapshot);
            py::gil_scoped_release release;
            return std::make_unique<Practice>(Practice::open(path, std::move(options), store));
          },
          py::arg("path"), py::kw_only(), py::arg("clock") = py::none(),
          py::arg("id_seed") = py::none(), py::arg("read_only") = false, py::arg("repair") = false,
          py::arg("snapshot_threshold_bytes") = 64ull << 20, py::arg("audit_in_memory") = false,
          py::arg("key") = py::none(), py::arg("key_file") = py::none(),
          py::arg("defer_snapshot") = true,
          "Opens the practice stored in `path`. `read_only`: no writer lock, commands raise "
          "ReadOnlyError (confidential reads too, unless `audit_in_memory`); the snapshot is "
          "mapped and each record kind decoded on its first use, a damaged one raising "
          "CorruptionError then (`defer_snapshot=False`: everything decoded and checked "
          "now). `repair`: "
          "recover from mid-log damage, setting damaged files aside. Raises LockedError when "
          "another process writes to it, CorruptionError for damage, UnsupportedVersion for "
          "a newer format, CryptoError for a missing or wrong `key` of an encrypted store.")
      .def("snapshot", &Practice::snapshot, released(),
           "Writes a snapshot of the whole state and starts a new journal.")
      .def("close", &Practice::close, released(),
           "Syncs and releases the store (idempotent; also done on exit from `with`).")
      .def_property_readonly("is_read_only", &Practice::is_read_only)
      .def_property_readonly("has_store", &Practice::has_store)
      .def("store_report", &Practice::store_report, released(),
           "What opening the store found and did (torn tails, repairs).")
      .def(
          "batch",
          [](Practice& self, const std::function<void()>& body) {
            py::gil_scoped_release release;
            self.batch([&] {
              py::gil_scoped_acquire acquire;
              body();
            });
          },
          py::arg("body"),
          "Runs `body()` (commands on this practice, from this thread) as one batch with one "
          "sync; if it raises, every change it made is taken back.")
      .def(
          "__enter__", [](Practice& self) -> Practice& { return self; },
          py::return_value_policy::reference)
      .def(
          "__exit__",
          [](Practice& self, const py::object&, const py::object&, const py::object&) {
            py::gil_scoped_release release;
            self.close();
          },
          py::arg("exc_type"), py::arg("exc_value"), py::arg("traceback"));
  bind_data_rights(m, practice);
}

}  // namespace libcoach::python
