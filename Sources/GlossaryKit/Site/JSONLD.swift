/// schema.org metadata as a `<script type="application/ld+json">` element.
///
/// Escaping: strings are written by ``SearchIndex/json(_:)``, which escapes `<` as `\u003c`
/// (a valid JSON escape), so no text from the content (`</script>`, `<!--`) can end the script
/// element early. Keys are sorted so the output is stable.
enum JSONLD {
    static func script(_ object: [String: Any]) -> String {
        "<script type=\"application/ld+json\">" + encode(object) + "</script>"
    }

    static func encode(_ value: Any) -> String {
        switch value {
        case let string as String:
            return SearchIndex.json(string)
        case let list as [Any]:
            return "[" + list.map(encode).joined(separator: ",") + "]"
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { SearchIndex.json($0) + ":" + encode(object[$0]!) }.joined(separator: ",") + "}"
        case let number as Int:
            return String(number)
        case let flag as Bool:
            return flag ? "true" : "false"
        default:
            return "null"
        }
    }
}
