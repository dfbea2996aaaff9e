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
    ///
    /// When every Unicode scalar of the text is a character of its own (``isOwnCharacter(_:)``:
    /// all French and English prose in NFC), the text is walked by scalars instead of by
    /// `Character`s, whose grapheme breaking was most of the snippet's cost; the result is the
    /// same (a test compares both walks on random mixes of letters, marks, emoji and CR LF).
    static func make(text: String, width: Int = 110, highlighting: Bool = true, matches: (String) -> Bool) -> Snippet {
        // Byte checks and a scalar map rather than Foundation's `contains` and
        // `replacingOccurrences`, whose first call costs more than the whole snippet.
        let flat = text.utf8.contains(0x0A) ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : text
        if flat.unicodeScalars.allSatisfy(isOwnCharacter) {
            return window(of: flat, by: \.unicodeScalars, width: width, highlighting: highlighting, matches: matches, isWord: isWordScalar)
        }
        return window(of: flat, by: { $0 }, width: width, highlighting: highlighting, matches: matches, isWord: isWordCharacter)
    }

    /// ``make(text:width:highlighting:matches:)`` walking `Character`s whatever the text: the
    /// long way the scalar walk must agree with.
    static func makeByCharacters(text: String, width: Int = 110, highlighting: Bool = true, matches: (String) -> Bool) -> Snippet {
        let flat = text.utf8.contains(0x0A) ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : text
        return window(of: flat, by: { $0 }, width: width, highlighting: highlighting, matches: matches, isWord: isWordCharacter)
    }

    /// The snippet of `flat` (no newlines), walked by the elements of `view`: `Character`s, or
    /// scalars when each scalar is a character of its own. Both views share `String.Index`.
    private static func window<View: BidirectionalCollection>(
        of flat: String, by view: (String) -> View, width: Int, highlighting: Bool, matches: (String) -> Bool,
        isWord: (View.Element) -> Bool
    ) -> Snippet where View.Index == String.Index, View.SubSequence: Collection<View.Element>, View.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        let text = view(flat)
        let space: View.Element = " "
        var highlights: [Range<String.Index>] = []
        var index = text.startIndex
        while highlighting, index < text.endIndex {
            guard isWord(text[index]) else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, isWord(text[end]) { end = text.index(after: end) }
            if matches(TextFolding.fold(String(flat[index..<end]))) { highlights.append(index..<end) }
            index = end
        }
        guard text.count > width else { return Snippet(text: flat, highlights: highlights) }
        // Start a few words before the first highlight, end at a word boundary.
        var start = text.startIndex
        if let first = highlights.first?.lowerBound, text.distance(from: text.startIndex, to: first) > width / 3 {
            start = text.index(first, offsetBy: -(width / 4))
            while start > text.startIndex, text[text.index(before: start)] != space { start = text.index(before: start) }
        }
        var end = text.index(start, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
        if end < text.endIndex { while end > start, text[text.index(before: end)] != space { end = text.index(before: end) } }
        if end <= start { end = text.index(start, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex }
        let prefix = start > text.startIndex ? "…" : ""
        let suffix = end < text.endIndex ? "…" : ""
        let body = flat[start..<end].trimmed
        let window = prefix + body + suffix
        let windowText = view(window)
        // Re-anchor highlights to the new string.
        var moved: [Range<String.Index>] = []
        let bodyStart = text.index(start, offsetBy: text[start..<end].prefix { $0 == space }.count)
        for range in highlights where range.lowerBound >= bodyStart && range.upperBound <= end {
            let lower = text.distance(from: bodyStart, to: range.lowerBound) + prefix.count
            let length = text.distance(from: range.lowerBound, to: range.upperBound)
            let l = windowText.index(windowText.startIndex, offsetBy: lower)
            moved.append(l..<windowText.index(l, offsetBy: length))
        }
        return Snippet(text: window, highlights: moved)
    }

    /// Whether `scalar` is always a `Character` of its own, whatever stands around it: not a
    /// carriage return (CR LF is one character), nor a mark, joiner, Hangul jamo, regional
    /// indicator or anything else Unicode's grapheme rules attach to a neighbour. Only the
    /// blocks of French and English text are listed: ASCII, Latin-1, Latin Extended-A and -B,
    /// IPA and spacing modifiers (below U+0300, where the combining marks start), and general
    /// punctuation (dashes, quotes, ellipsis, narrow no-break space) without the joiners.
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: false
        case 0..<0x300, 0x2010...0x205E, 0x20AC: true
        default: false
        }
    }

    /// A letter or digit: ASCII is decided without Unicode's property tables.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
        }
        return character.isLetter || character.isNumber
    }

    /// ``isWordCharacter(_:)`` for a scalar that is a character of its own: `Character`'s
    /// `isLetter` and `isNumber` are its first scalar's `isAlphabetic` and numeric type.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let ascii = scalar.value
            return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
