import Foundation
import GlossaryModel

extension Snippet {
    /// A window of about `width` characters of `text` around the first word that matches one
    /// of the folded, stemmed `queryWords` (the last one may match as a prefix), with every
    /// matching word highlighted. Matching folds each word of the original text, so the
    /// highlight lands on "Délocalisations" for the query "delocalisation".
    static func make(text: String, queryWords: [String], lastIsPrefix: Bool, width: Int = 110) -> Snippet {
        // Without a query word to highlight (a term matched), the words need not be folded.
        let highlighting = queryWords.contains { $0.count > 1 || (lastIsPrefix && $0.count >= 2) }
        return make(text: text, width: width, highlighting: highlighting) { folded in
            let word = TextFolding.stem(folded)
            for (i, q) in queryWords.enumerated()
            where q.count > 1 && word == q || (lastIsPrefix && i == queryWords.count - 1 && q.count >= 2 && word.hasPrefix(q)) {
                return true
            }
            return false
        }
    }

    /// A window of about `width` characters of `text` around the first word for which
    /// `matches` (given the folded word) is true, with every such word highlighted.
    static func make(text: String, width: Int = 110, highlighting: Bool = true, matches: (String) -> Bool) -> Snippet {
        // Byte checks and a scalar map rather than Foundation's `contains` and
        // `replacingOccurrences`, whose first call costs more than the whole snippet.
        let flat = text.utf8.contains(0x0A) ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : text
        var highlights: [Range<String.Index>] = []
        var index = flat.startIndex
        while highlighting, index < flat.endIndex {
            guard Self.isWordCharacter(flat[index]) else { index = flat.index(after: index); continue }
            var end = index
            while end < flat.endIndex, Self.isWordCharacter(flat[end]) { end = flat.index(after: end) }
            if matches(TextFolding.fold(String(flat[index..<end]))) { highlights.append(index..<end) }
            index = end
        }
        guard flat.count > width else { return Snippet(text: flat, highlights: highlights) }
        // Start a few words before the first highlight, end at a word boundary.
        var start = flat.startIndex
        if let first = highlights.first?.lowerBound, flat.distance(from: flat.startIndex, to: first) > width / 3 {
            start = flat.index(first, offsetBy: -(width / 4))
            while start > flat.startIndex, flat[flat.index(before: start)] != " " { start = flat.index(before: start) }
        }
        var end = flat.index(start, offsetBy: width, limitedBy: flat.endIndex) ?? flat.endIndex
        if end < flat.endIndex { while end > start, flat[flat.index(before: end)] != " " { end = flat.index(before: end) } }
        if end <= start { end = flat.index(start, offsetBy: width, limitedBy: flat.endIndex) ?? flat.endIndex }
        let prefix = start > flat.startIndex ? "…" : ""
        let suffix = end < flat.endIndex ? "…" : ""
        let body = flat[start..<end].trimmed
        let window = prefix + body + suffix
        // Re-anchor highlights to the new string.
        var moved: [Range<String.Index>] = []
        let bodyStart = flat.index(start, offsetBy: flat[start..<end].prefix { $0 == " " }.count)
        for range in highlights where range.lowerBound >= bodyStart && range.upperBound <= end {
            let lower = flat.distance(from: bodyStart, to: range.lowerBound) + prefix.count
            let length = flat.distance(from: range.lowerBound, to: range.upperBound)
            let l = window.index(window.startIndex, offsetBy: lower)
            moved.append(l..<window.index(l, offsetBy: length))
        }
        return Snippet(text: window, highlights: moved)
    }

    /// A letter or digit: ASCII is decided without Unicode's property tables.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
        }
        return character.isLetter || character.isNumber
    }
}
