import Foundation

/// schema.org metadata as a `<script type="application/ld+json">` element.
///
/// Escaping: the JSON is written by `JSONSerialization`, then every `<` becomes `\u003c`, a
/// valid JSON escape, so no text from the content (`</script>`, `<!--`) can end the script
/// element early.
enum JSONLD {
    static func script(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "" }
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return "<script type=\"application/ld+json\">" + json + "</script>"
    }
}
