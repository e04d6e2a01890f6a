#pragma once
/// \file
/// The one HTML escaper of libcoach: the HTML reports (html.hpp) and the Python notebook
/// cards (`_repr_html_`) both put record text through it.

#include <string>
#include <string_view>

namespace libcoach {

/// Escapes text for HTML (and SVG) element content and quoted attribute values: `&` `<` `>`
/// `"` and `'` become character references, so that record text can never open a tag, close
/// an attribute or start an entity. Other characters, UTF-8 included, pass unchanged.
std::string html_escape(std::string_view text);

}  // namespace libcoach
