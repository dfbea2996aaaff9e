/// A `[[id]]` or `[[id|shown text]]` link from Markdown text to another concept.
package struct WikiLink: Sendable, Hashable {
    package var id: String
    /// The text to show instead of the target's headword, if given.
    package var label: String?
    /// Where the link stands in the text, brackets included.
    package var range: Range<String.Index>

    /// Every link in `text`, in order.
    package static func all(in text: String) -> [WikiLink] {
        // A byte scan: `[` and `]` are ASCII, so they never occur inside a multi-byte character.
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
            let inner = text[innerStart..<j]
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            links.append(WikiLink(id: parts[0].trimmed, label: parts.count > 1 ? parts[1].trimmed : nil, range: i..<end))
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
