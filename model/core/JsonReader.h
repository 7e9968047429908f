// JsonReader: strict, fast JSON reading of untrusted bodies (simdjson's DOM parser, one per thread).
#pragma once

#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <string_view>

namespace Bouncedesk::Model::Json {

// Parses text (RFC 8259, UTF-8 checked) with this thread's parser, refusing nesting deeper than
// maxDepth arrays/objects. The returned element and every view into it stay valid only until the next
// parse() on the same thread: copy out what is kept.
simdjson::simdjson_result<simdjson::dom::element> parse(QByteArrayView text, int maxDepth);

// A readable reason for a parse error (simdjson's own text).
QString errorText(simdjson::error_code code);

inline QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

inline QByteArrayView bytes(std::string_view utf8)
{
    return QByteArrayView(utf8.data(), qsizetype(utf8.size()));
}

// Whether arrays/objects in text nest at most limit deep, counting outside strings; the text need not be
// valid JSON. For error messages: a deep and broken text is reported as too deep, whatever else is wrong.
bool nestingWithin(QByteArrayView text, int limit);

// True if valid UTF-8 text has a C0/C1 control character, DEL or a Unicode line/paragraph separator.
bool hasControlCharacter(std::string_view utf8);

} // namespace Bouncedesk::Model::Json
