#pragma once
// The string sink and archive flags shared by the codec and the snapshot writer (the span
// source that decoding reads from lives in serialize_helpers.hpp).

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>

#include <streambuf>
#include <string>
#include <string_view>

#include "libcoach/errors.hpp"
#include "store/direct_iarchive.hpp"
#include "store/direct_oarchive.hpp"
#include "store/serialize_helpers.hpp"

namespace libcoach::store {

/// No archive header (the file header records what it would say) and no codecvt.
inline constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;

/// Appends everything written to a string. It keeps no put area (every write lands in the
/// string at once), which ser::EncodeScope relies on.
class StringSink : public std::streambuf {
 public:
  explicit StringSink(std::string& out) : out_(out) {}

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    out_.append(s, static_cast<std::size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof()))
      out_.push_back(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }

 private:
  std::string& out_;
};

/// Appends the serialization of one value to `out`: the bytes a binary_oarchive with
/// kArchiveFlags writes, without the cost of constructing one (see direct_oarchive.hpp).
template <class T>
void encode_into(std::string& out, const T& value) {
  DirectOArchive oa(out);
  oa << value;
}

/// Deserializes one value from exactly `bytes` (as a binary_iarchive with kArchiveFlags
/// reads them, without constructing one: see direct_iarchive.hpp); maps every failure to a
/// typed error.
template <class T, class Load>
void decode_with(std::string_view bytes, Load&& load) {
  SpanSource source(bytes);
  ser::DecodeScope scope(&source);
  try {
    DirectIArchive ia(source);
    load(ia);
  } catch (const UnsupportedVersion&) {
    throw;
  } catch (const CorruptionError&) {
    throw;
  } catch (const CryptoError&) {
    throw;  // Sealed content that does not open: tampered, moved or the wrong key.
  } catch (const boost::archive::archive_exception&) {
    throw CorruptionError("payload does not decode (archive error)");
  } catch (const std::bad_alloc&) {
    throw CorruptionError("payload does not decode (allocation refused)");
  } catch (const std::exception&) {
    // A date out of range, a length error, ...: the bytes are not a value we wrote.
    throw CorruptionError("payload does not decode (invalid value)");
  }
  if (source.remaining() != 0)
    throw CorruptionError("payload has trailing bytes");
}

}  // namespace libcoach::store
