import Foundation

/// A `[[id]]` or `[[id|shown text]]` link from Markdown text to another concept.
public struct WikiLink: Sendable, Hashable {
    public var id: String
    /// The text to show instead of the target's headword, if given.
    public var label: String?
    /// Where the link stands in the text, brackets included.
    public var range: Range<String.Index>

    /// Every link in `text`, in order.
    public static func all(in text: String) -> [WikiLink] {
        var links: [WikiLink] = []
        var searchStart = text.startIndex
        while let open = text.range(of: "[[", range: searchStart..<text.endIndex),
              let close = text.range(of: "]]", range: open.upperBound..<text.endIndex) {
            let inner = text[open.upperBound..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            let label = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
            links.append(WikiLink(id: id, label: label, range: open.lowerBound..<close.upperBound))
            searchStart = close.upperBound
        }
        return links
    }

    /// `text` with every link replaced by what `render` returns for it.
    public static func replacing(in text: String, _ render: (WikiLink) -> String) -> String {
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
