/// Escaping for text placed in HTML and XML.
///
/// Everything that comes from the content is escaped once, at the point where it enters
/// markup: text and attribute values get `&`, `<`, `>`, `"` and `'` replaced, so a term
/// containing `<script>` or `" onload=` shows as those characters and never becomes markup.
/// Mustache's `{{name}}` applies the same escaping; `{{{name}}}` is used only for HTML built
/// here from escaped parts.
enum HTML {
    /// `text` safe inside an element or a quoted attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The text of an HTML fragment built here: tags dropped, the entities ``escape(_:)``
    /// writes decoded. For descriptions (meta, JSON-LD) taken from rendered Markdown.
    static func text(of html: String) -> String {
        var out = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { out.append(character) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `url` may be followed from a page: web and mail links only, so content can
    /// never smuggle in `javascript:` or `data:` URLs.
    static func isSafeExternalURL(_ url: String) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
