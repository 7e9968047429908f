// Strict JSON reading over simdjson: one DOM parser per thread, reused, so a body costs no allocation.
#include "core/JsonReader.h"

namespace Bouncedesk::Model::Json {

simdjson::simdjson_result<simdjson::dom::element> parse(QByteArrayView text, int maxDepth)
{
    thread_local simdjson::dom::parser parser;
    // simdjson's limit counts one more level than ours: a document nested exactly maxDepth deep passes.
    const size_t depth = size_t(maxDepth) + 1;
    // The parser grows its buffers for larger documents on its own and keeps the depth limit.
    if (parser.max_depth() != depth || parser.capacity() < size_t(text.size())) {
        if (const auto error = parser.allocate(std::max<size_t>(size_t(text.size()), 64 * 1024), depth))
            return error;
    }
    // Copied into the parser's padded buffer: simdjson reads up to 64 bytes past the end.
    return parser.parse(text.data(), size_t(text.size()), true);
}

QString errorText(simdjson::error_code code)
{
    return QString::fromLatin1(simdjson::error_message(code));
}

bool nestingWithin(QByteArrayView text, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return false;
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

bool hasControlCharacter(std::string_view utf8)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const size_t n = utf8.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x20 || c == 0x7f)
            return true;
        if (c < 0x80)
            continue;
        // U+0080..U+009F is C2 80..C2 9F; U+2028/U+2029 is E2 80 A8/A9 (the text is valid UTF-8).
        if (c == 0xc2 && i + 1 < n && p[i + 1] <= 0x9f)
            return true;
        if (c == 0xe2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))
            return true;
    }
    return false;
}

} // namespace Bouncedesk::Model::Json
