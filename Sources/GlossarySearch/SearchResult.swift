import GlossaryModel

/// One concept found by a search, with why it was found.
public struct SearchResult: Sendable, Hashable {
    public var concept: Concept
    /// From 0 to 1; higher is better. See ``SearchEngine`` for the ranking.
    public var score: Double
    /// Whether the match needed a typo correction.
    public var approximate: Bool
    public var match: SearchMatch
    /// One line of text around the match, plain text.
    public var snippet: Snippet
}

/// What matched: a term, or a passage of text.
public struct SearchMatch: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, Comparable {
        /// The whole query equals a term (case, accents, spaces and hyphens aside).
        case exact
        /// Equal once simple plurals are removed.
        case plural
        /// A term starts with the query.
        case prefix
        /// Every word of the query is in a term.
        case words
        /// Words of a definition, note, example or contrast.
        case definition, note, example, contrast

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        static let allCases: [Kind] = [.exact, .plural, .prefix, .words, .definition, .note, .example, .contrast]

        /// Whether the match is on a term rather than on running text.
        public var isTerm: Bool { self <= .words }
    }

    public var kind: Kind
    public var language: Language
    /// The matched term, or the passage's text.
    public var text: String
    /// The matched term itself, when a term matched.
    public var term: Term?
}

/// A line of text with the ranges of the words that matched the query.
public struct Snippet: Sendable, Hashable {
    public var text: String
    public var highlights: [Range<String.Index>]

    public init(text: String, highlights: [Range<String.Index>] = []) {
        self.text = text
        self.highlights = highlights
    }

    /// The snippet with each highlight wrapped in `open` and `close`.
    public func rendered(open: String, close: String) -> String {
        var out = ""
        var cursor = text.startIndex
        for range in highlights where range.lowerBound >= cursor {
            out += text[cursor..<range.lowerBound] + open + text[range] + close
            cursor = range.upperBound
        }
        return out + text[cursor...]
    }
}

/// What a search returns.
public struct SearchResponse: Sendable, Hashable {
    public var query: String
    public var results: [SearchResult]
    /// The query as corrected when nothing matched it exactly, if a correction was used.
    public var correctedQuery: String?
    public var approximate: Bool { correctedQuery != nil }
}
