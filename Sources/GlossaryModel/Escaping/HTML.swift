/// Escaping for text placed in HTML: the site's pages and Anki's card fields.
///
/// Everything that comes from the content is escaped once, at the point where it enters
/// markup: text and attribute values get `&`, `<`, `>`, `"` and `'` replaced, so a term
/// containing `<script>` or `" onload=` shows as those characters and never becomes markup.
/// Mustache's `{{name}}` applies the same escaping; `{{{name}}}` is used only for HTML built
/// here from escaped parts.
package enum HTML {
    /// `text` safe inside an element or a quoted attribute value.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &out)
        return out
    }

    /// Appends `text`, escaped as ``escape(_:)`` does, to `out`: runs without a character to
    /// escape are appended whole. The five characters are ASCII, so looking for them byte by
    /// byte in UTF-8 finds exactly the scalars a scalar-by-scalar scan would.
    package static func escape(_ text: String, into out: inout String) {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains {
                $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
            }
        }
        if plain == true {
            out += text
            return
        }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            guard let entity = entity(for: utf8[index]) else {
                utf8.formIndex(after: &index)
                continue
            }
            out += text[start..<index]
            out += entity
            utf8.formIndex(after: &index)
            start = index
        }
        if start == utf8.startIndex { out += text } else { out += text[start...] }
    }

    /// `text` safe inside an element, not in an attribute: `&`, `<` and `>` replaced, quotes
    /// kept, with each line break as `<br>`. For Anki's fields, which are HTML and stored as
    /// decks have always stored them.
    package static func escapeText(_ text: String, lineBreak: String = "<br>") -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: lineBreak)
    }

    /// The entity that stands for an ASCII byte HTML gives a meaning to, nil for any other byte.
    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// Appends `text`, escaped as ``escape(_:)`` does, to UTF-8 bytes.
    package static func escape(_ text: String, into out: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for index in bytes.indices {
                guard let entity = entity(for: bytes[index]) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                out.append(contentsOf: entity.utf8)
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if done == nil { out.append(contentsOf: escape(text).utf8) }
    }

    /// The text of an HTML fragment built here: tags dropped, the entities ``escape(_:)``
    /// writes decoded. For descriptions (meta, JSON-LD) taken from rendered Markdown.
    package static func text(of html: String) -> String {
        let stripped = strippingTagsByBytes(html) ?? strippingTags(html)
        return decodeEntities(stripped).trimmed
    }

    /// `html` without its tags: `<` opens one, the next `>` closes it; both are characters of
    /// their own (a `<` followed by a combining mark is text).
    private static func strippingTags(_ html: String) -> String {
        var stripped = "", inTag = false
        stripped.reserveCapacity(html.utf8.count)
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { stripped.append(character) }
        }
        return stripped
    }

    /// ``strippingTags(_:)`` over UTF-8 bytes, copying text runs whole; nil in the rare case
    /// where a `<` or `>` shares its `Character` with a neighbouring scalar.
    private static func strippingTagsByBytes(_ html: String) -> String? {
        var stripped = "", inTag = false
        stripped.reserveCapacity(html.utf8.count)
        let utf8 = html.utf8
        var runStart = utf8.startIndex, index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "<") || (byte == UInt8(ascii: ">") && inTag) {
                guard standsAlone(index, in: html) else { return nil }
                if !inTag { stripped += html[runStart..<index] }
                inTag = byte == UInt8(ascii: "<")
                runStart = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        if !inTag { stripped += html[runStart...] }
        return stripped
    }

    /// Whether the ASCII character at `index` is a `Character` by itself in `text`.
    private static func standsAlone(_ index: String.Index, in text: String) -> Bool {
        let utf8 = text.utf8
        let next = utf8.index(after: index)
        if next != utf8.endIndex, utf8[next] >= 0x80, let after = text[next...].unicodeScalars.first,
            (String(text[index..<next]) + String(after)).count == 1
        {
            return false
        }
        if index != utf8.startIndex, utf8[utf8.index(before: index)] >= 0x80, let before = text[..<index].unicodeScalars.last,
            (String(before) + String(text[index..<next])).count == 1
        {
            return false
        }
        return true
    }

    /// `&lt;`, `&gt;`, `&quot;`, `&#39;` and `&amp;` decoded in one pass; `&amp;lt;` gives `&lt;`,
    /// as replacing each entity in turn, `&amp;` last, would.
    private static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let entities: [(String, String)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        var out = ""
        var rest = text[...]
        while let ampersand = rest.utf8.firstIndex(of: UInt8(ascii: "&")) {
            out += rest[..<ampersand]
            let tail = rest[ampersand...]
            let match = entities.first { tail.utf8.starts(with: $0.0.utf8) }
            out += match?.1 ?? "&"
            rest = tail[tail.utf8.index(tail.startIndex, offsetBy: match?.0.utf8.count ?? 1)...]
        }
        return out + rest
    }

    /// Whether `url` may be followed from a page: web and mail links only, so content can
    /// never smuggle in `javascript:` or `data:` URLs.
    package static func isSafeExternalURL(_ url: String) -> Bool {
        let lower = url.trimming(newlines: false).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
