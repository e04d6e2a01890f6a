#include "store/decrypt_state.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "content_fields.hpp"

namespace libcoach::store {

namespace {

// What loading left in a row's content fields.
enum class Sealed { none, fields, erased };

// The client whose key seals a row's content, and the record id its fields are bound to
// (the same binding ser::content() used when sealing). `none` for rows without sealed
// content; `erased` for rows whose content was erased: a replayed erasure wiped their
// fields, or a snapshot sealed them already empty — either way there is nothing to keep.
template <class R>
Sealed binding_of(const detail::PracticeState& state, const R& row, ClientId& client,
                  RecordId& record) {
  if constexpr (requires { row.meta; }) {
    client = row.meta.client;
    record = row.meta.id;
    return state.is_erased(row.meta) ? Sealed::erased : Sealed::fields;
  } else if constexpr (std::is_same_v<R, Client>) {
    client = row.id;
    record = RecordId{row.id.value};
    return state.is_shredded(row.id) ? Sealed::erased : Sealed::fields;
  } else {
    return Sealed::none;
  }
}

}  // namespace

void decrypt_state(detail::PracticeState& state, const Vault& vault) {
  const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  std::mutex error_mutex;
  std::exception_ptr error;
  auto work = [&](unsigned part) {
    try {
      state.for_each_table_mut([&](auto& table) {
        std::size_t index = 0;
        table.for_each_row([&](auto& row) {
          if (index++ % workers != part)
            return;
          ClientId client;
          RecordId record;
          const Sealed sealed = binding_of(state, row, client, record);
          if (sealed == Sealed::none)
            return;
          detail::for_each_content_field(row, [&](const char* name, std::string& field) {
            // A shredded client's fields were read as empty; nothing to open.
            if (sealed == Sealed::erased || !vault.open_in_place({client, record, name}, field))
              field.clear();
          });
        });
      });
    } catch (...) {
      std::lock_guard lock(error_mutex);
      if (!error)
        error = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned part = 1; part < workers; ++part)
    threads.emplace_back(work, part);
  work(0);
  for (auto& t : threads)
    t.join();
  if (error)
    std::rethrow_exception(error);
}

}  // namespace libcoach::store
