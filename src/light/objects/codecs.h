#pragma once
// The text codecs behind str.encode, bytes.decode and str(b, encoding):
// UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (byte order from a BOM or named),
// with the error handlers strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, surrogateescape and surrogatepass (encoding).
#include <string_view>

#include "light/objects/value.h"

namespace pytier::light {

// The bytes of `str` (a str) in `encoding`; null with UnicodeEncodeError or
// LookupError pending.
[[nodiscard]] Value codec_encode(Value str, std::string_view encoding, std::string_view errors);

// The str that `data` encodes; null with UnicodeDecodeError or LookupError pending.
[[nodiscard]] Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors);

}  // namespace pytier::light
