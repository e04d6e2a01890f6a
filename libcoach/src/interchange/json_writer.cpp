#include "interchange/json_writer.hpp"

#include <array>

#include "libcoach/errors.hpp"

namespace libcoach::interchange {

std::string to_hex(const Digest& digest) {
  static constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  std::string out;
  out.reserve(digest.size() * 2);
  for (const std::uint8_t b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  }
  return out;
}

std::string dump_document(const OrderedJson& doc, int indent) {
  try {
    return doc.dump(indent, ' ', false, OrderedJson::error_handler_t::strict) + "\n";
  } catch (const OrderedJson::type_error&) {
    // The message of the JSON library quotes the bad byte; ours names no content.
    throw CorruptionError("export: a text field of the practice is not valid UTF-8");
  }
}

}  // namespace libcoach::interchange
