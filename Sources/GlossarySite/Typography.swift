import Foundation
import GlossaryModel

/// Display typography for text shown on the site's pages: typographic apostrophes (’) in both
/// languages, and in French a narrow no-break space (U+202F) before `;` `:` `!` `?` and inside
/// guillemets (« … »), as the Imprimerie nationale's rules write them.
///
/// Display only: search indexes, JSON-LD, URLs and attributes keep the text as written. A
/// space is only *replaced* (a plain or no-break space before the sign becomes narrow), never
/// inserted before `:`, so `https://`, `10:30` or `C#:` stay as they are; guillemets get the
/// space inserted when the author wrote none. ``html(_:language:)`` changes text between tags
/// only, never inside a tag, `<code>`, `<pre>`, `<script>` or `<style>`.
enum Typography {
    static let narrowSpace: Character = "\u{202F}"

    /// `text` (plain text, not HTML) with display typography for `language`.
    static func text(_ text: String, language: Language) -> String {
        guard needsWork(text.utf8) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previous: Character? = nil
        let french = language == .fr
        for c in text {
            let afterSpace = previous == " " || previous == "\u{00A0}"
            if c == "'" {
                out.append("’")
            } else if french, c == ";" || c == ":" || c == "!" || c == "?" {
                if afterSpace {
                    out.removeLast()
                    out.append(narrowSpace)
                }
                out.append(c)
            } else if french, c == "»" {
                if afterSpace { out.removeLast() }
                if out.last != narrowSpace { out.append(narrowSpace) }
                out.append(c)
            } else if french, previous == "«" {
                out.append(narrowSpace)
                if c != " " && c != "\u{00A0}" && c != narrowSpace { out.append(c) }
            } else {
                out.append(c)
            }
            previous = out.last
        }
        return out
    }

    /// `html` (markup built by the site, entities included) with ``text(_:language:)`` applied
    /// to the text between tags, outside `code`, `pre`, `script` and `style` elements. `&#39;`
    /// (the escaped apostrophe) becomes ’.
    static func html(_ html: String, language: Language) -> String {
        guard needsWork(html.utf8) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 16)
        var rest = html[...]
        var verbatim: String? = nil // the closing tag that ends a verbatim element
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                out += verbatim == nil ? text(unescapeApostrophes(rest), language: language) : String(rest)
                break
            }
            let segment = rest[..<open]
            out += verbatim == nil ? text(unescapeApostrophes(segment), language: language) : String(segment)
            let close = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            let tag = rest[open..<close]
            out += tag
            let lower = tag.lowercased()
            if let end = verbatim {
                if lower.hasPrefix(end) { verbatim = nil }
            } else {
                for name in ["code", "pre", "script", "style"] where lower.hasPrefix("<" + name + ">") || lower.hasPrefix("<" + name + " ") {
                    verbatim = "</" + name
                }
            }
            rest = rest[close...]
        }
        return out
    }

    private static func unescapeApostrophes(_ text: Substring) -> String {
        text.contains("&#39;") ? text.replacingOccurrences(of: "&#39;", with: "'") : String(text)
    }

    /// Whether `bytes` hold a character this type may change (all are ASCII or start with
    /// 0xC2, the lead byte of « » and the no-break space).
    private static func needsWork(_ bytes: String.UTF8View) -> Bool {
        bytes.contains { b in
            b == UInt8(ascii: "'") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "!")
                || b == UInt8(ascii: "?") || b == 0xC2 || b == UInt8(ascii: "&")
        }
    }
}
