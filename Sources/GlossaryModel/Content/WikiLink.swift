/// A `[[id]]` or `[[id|shown text]]` link from Markdown text to another concept.
package struct WikiLink: Sendable, Hashable {
    package var id: String
    /// The text to show instead of the target's headword, if given.
    package var label: String?
    /// Where the link stands in the text, brackets included.
    package var range: Range<String.Index>

    /// Every link in `text`, in order.
    ///
    /// A byte scan: `[` and `]` are ASCII, so they never occur inside a multi-byte character.
    /// Over the string's contiguous UTF-8 with integer offsets when it has one (stepping
    /// `String.UTF8View` indices made this 1.7 % of a 10k site's CPU: it runs over every
    /// definition and note when loading, rendering and indexing); ``allByIndices(in:)``, the
    /// long way, otherwise. `SiteShortcutTests` compares both.
    package static func all(in text: String) -> [WikiLink] {
        if let links = text.utf8.withContiguousStorageIfAvailable({ scan(text, $0) }) { return links }
        return allByIndices(in: text)
    }

    private static func scan(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [WikiLink] {
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        let count = bytes.count
        var links: [WikiLink] = []
        var i = 0
        while i + 1 < count {
            guard bytes[i] == open, bytes[i + 1] == open else {
                i += 1
                continue
            }
            var j = i + 2
            while j + 1 < count, !(bytes[j] == close && bytes[j + 1] == close) { j += 1 }
            guard j + 1 < count else { break }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: i)
            let innerStart = utf8.index(start, offsetBy: 2)
            let innerEnd = utf8.index(innerStart, offsetBy: j - i - 2)
            let end = utf8.index(innerEnd, offsetBy: 2)
            links.append(link(text[innerStart..<innerEnd], range: start..<end))
            i = j + 2
        }
        return links
    }

    private static func link(_ inner: Substring, range: Range<String.Index>) -> WikiLink {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        return WikiLink(id: parts[0].trimmed, label: parts.count > 1 ? parts[1].trimmed : nil, range: range)
    }

    /// ``all(in:)`` stepping `String.UTF8View` indices, for any string.
    package static func allByIndices(in text: String) -> [WikiLink] {
        let bytes = text.utf8
        var links: [WikiLink] = []
        var i = bytes.startIndex
        func pair(_ byte: UInt8, at index: String.Index) -> Bool {
            bytes[index] == byte && bytes.index(after: index) < bytes.endIndex && bytes[bytes.index(after: index)] == byte
        }
        while i < bytes.endIndex {
            guard pair(UInt8(ascii: "["), at: i) else { i = bytes.index(after: i); continue }
            let innerStart = bytes.index(i, offsetBy: 2)
            var j = innerStart
            while j < bytes.endIndex, !pair(UInt8(ascii: "]"), at: j) { j = bytes.index(after: j) }
            guard j < bytes.endIndex else { break }
            let end = bytes.index(j, offsetBy: 2)
            links.append(link(text[innerStart..<j], range: i..<end))
            i = end
        }
        return links
    }

    /// `text` with every link replaced by what `render` returns for it.
    package static func replacing(in text: String, _ render: (WikiLink) -> String) -> String {
        var result = ""
        var cursor = text.startIndex
        for link in all(in: text) {
            result += text[cursor..<link.range.lowerBound]
            result += render(link)
            cursor = link.range.upperBound
        }
        result += text[cursor...]
        return result
    }
}

extension KnowledgeBase {
    /// `markdown` with `[[id]]` links turned into the linked concept's headword in `language`
    /// (or the link's own label): the plain reading text used by search and the terminal.
    public func plainText(_ markdown: String, language: Language) -> String {
        WikiLink.replacing(in: markdown) { link in
            link.label ?? concept(link.id)?.headword(language) ?? link.id
        }
    }
}
