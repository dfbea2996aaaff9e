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
        return textByScalars(text, language: language) ?? textByCharacters(text, language: language)
    }

    /// ``text(_:language:)`` over Unicode scalars, for text where every scalar is a `Character`
    /// of its own (as ``SiteModel/summary(of:)`` tells them: below U+0300, common punctuation,
    /// currency and spaces; CR LF, one `Character` of two scalars, changes nothing here since
    /// neither is a space or a sign this type looks at); nil for any other text. Iterating
    /// `Character`s and appending them to a `String` made `text` 2–3 % of a 10k site's CPU.
    /// `SiteShortcutTests` compares it with ``textByCharacters(_:language:)``.
    static func textByScalars(_ text: String, language: Language) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        /// The scalar `out` ends with, and the one before it.
        var last: UInt32 = 0, beforeLast: UInt32 = 0
        func append(_ value: UInt32) {
            beforeLast = last
            last = value
            out.append(contentsOf: Unicode.Scalar(value)!.utf8)
        }
        /// Drops the space `out` ends with (U+0020 or U+00A0).
        func dropSpace() {
            out.removeLast(last == 0x20 ? 1 : 2)
            last = beforeLast
            beforeLast = 0 // Not read again before two appends.
        }
        let french = language == .fr
        for scalar in text.unicodeScalars {
            let c = scalar.value
            switch c {
            case 0...0x2FF, 0x1680, 0x2000...0x200A, 0x2010...0x2029, 0x202F...0x205F, 0x20A0...0x20C0, 0x2100...0x214F, 0x3000: break
            default: return nil
            }
            let afterSpace = last == 0x20 || last == 0xA0
            if c == 0x27 {
                append(0x2019)
            } else if french, c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F {
                if afterSpace {
                    dropSpace()
                    append(0x202F)
                }
                append(c)
            } else if french, c == 0xBB {
                if afterSpace { dropSpace() }
                if last != 0x202F { append(0x202F) }
                append(c)
            } else if french, last == 0xAB {
                append(0x202F)
                if c != 0x20 && c != 0xA0 && c != 0x202F { append(c) }
            } else {
                append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The long way of ``text(_:language:)``, over `Character`s, for any text.
    static func textByCharacters(_ text: String, language: Language) -> String {
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
