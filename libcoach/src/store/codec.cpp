#include "store/codec.hpp"

#include <boost/archive/basic_archive.hpp>

#include "store/archive_io.hpp"
#include "store/serialize.hpp"

namespace libcoach::store {

namespace ser {

namespace {
thread_local ContentCipher* g_cipher = nullptr;
}  // namespace

ContentCipher* active_cipher() {
  return g_cipher;
}

SealScope::SealScope(ContentCipher* cipher) : previous_(g_cipher) {
  g_cipher = cipher;
}
SealScope::~SealScope() {
  g_cipher = previous_;
}

std::size_t remaining_bytes() {
  if (tls_decoding == nullptr)
    return std::numeric_limits<std::size_t>::max();
  return tls_decoding->remaining();
}

DecodeScope::DecodeScope(SpanSource* buf) : previous_(tls_decoding) {
  tls_decoding = buf;
}
DecodeScope::~DecodeScope() {
  tls_decoding = previous_;
}

void corrupt(const char* what) {
  throw CorruptionError(std::string("payload: ") + what);
}

}  // namespace ser

unsigned archive_library_version() {
  const boost::serialization::library_version_type v = boost::archive::BOOST_ARCHIVE_VERSION();
  return static_cast<unsigned>(static_cast<std::uint_least16_t>(v));
}

std::string encode_event(const Event& event) {
  std::string out;
  out.reserve(512);  // most events fit: one allocation instead of a growth series
  append_event(out, event);
  return out;
}

void append_event(std::string& out, const Event& event) {
  encode_into(out, event);
}

Event decode_event(std::string_view payload) {
  Event event;
  decode_with<Event>(payload, [&](auto& ia) { ia >> event; });
  return event;
}

std::string encode_audit_entry(const AuditEntry& entry) {
  std::string out;
  encode_into(out, entry);
  return out;
}

AuditEntry decode_audit_entry(std::string_view payload) {
  AuditEntry entry;
  decode_with<AuditEntry>(payload, [&](auto& ia) { ia >> entry; });
  return entry;
}

}  // namespace libcoach::store
