import GlossaryModel

/// One concept found by a search, with why it was found.
public struct SearchResult: Sendable, Hashable {
    /// The concept found.
    public var concept: Concept
    /// From 0 to 1; higher is better. See ``SearchEngine`` for the ranking.
    public var score: Double
    /// Whether the match needed a typo correction.
    public var approximate: Bool
    /// The passage of the concept that matched best.
    public var match: SearchMatch
    /// One line of text around the match, plain text.
    public var snippet: Snippet
}

/// What matched: a term, or a passage of text.
public struct SearchMatch: Sendable, Hashable {
    /// What kind of text matched, best first.
    public enum Kind: String, Sendable, Codable, Hashable, Comparable {
        /// The whole query equals a term (case, accents, spaces and hyphens aside).
        case exact
        /// Equal once simple plurals are removed.
        case plural
        /// A term starts with the query.
        case prefix
        /// The query's words are a term's once stemmed ("externaliser": externalisation).
        case stems
        /// Every word of the query is in a term.
        case words
        /// Some words of the query are in a term (ranked retrieval).
        case termWords = "term-words"
        /// Words of a learner phrasing (`keywords`).
        case keywords
        /// Words of a definition, note, example or contrast.
        case definition, note, example, contrast

        /// In the order of the cases: a better kind of match first.
        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        static let allCases: [Kind] = [.exact, .plural, .prefix, .stems, .words, .termWords, .keywords, .definition, .note, .example, .contrast]

        /// Whether the match is on a term rather than on running text.
        package var isTerm: Bool { self <= .termWords }

        /// The field of the concept that matched: `terms`, `keywords`, `definition`, `notes`,
        /// `examples` or `contrasts`.
        package var field: String {
            switch self {
            case .exact, .plural, .prefix, .stems, .words, .termWords: "terms"
            case .keywords: "keywords"
            case .definition: "definition"
            case .note: "notes"
            case .example: "examples"
            case .contrast: "contrasts"
            }
        }
    }

    /// Which passage matched: a term, a definition, a note…
    public var kind: Kind
    /// The language of the passage.
    public var language: Language
    /// The matched term, or the passage's text.
    public var text: String
    /// The matched term itself, when a term matched.
    public var term: Term?
    /// The query's words that matched, folded.
    public var words: [String] = []
}

/// A line of text with the ranges of the words that matched the query.
public struct Snippet: Sendable, Hashable {
    /// The excerpt, as plain text.
    public var text: String
    /// The ranges of ``text`` that matched the query, to highlight.
    public var highlights: [Range<String.Index>]

    /// A snippet of `text` with `highlights` in it.
    package init(text: String, highlights: [Range<String.Index>] = []) {
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
    /// The query as given.
    public var query: String
    /// The concepts found, best first.
    public var results: [SearchResult]
    /// The query as corrected, written as a user would (accents included), when a correction
    /// gave some of the results.
    public var correctedQuery: String?
    /// Words of the query that are correctly spelt French or English but name no concept, as
    /// the query writes them ("parité"): they were not corrected ("relocalisation" is not
    /// "délocalisation").
    public var unnamedWords: [String] = []
    /// Concepts close to the unnamed words, offered as "see also", never as results.
    public var seeAlso: [Concept] = []
    /// The language whose terms answer the query, when it asked for a translation ("in
    /// English", "French for"): show that language's terms first.
    public var answerLanguage: Language?
    /// Whether the results are for a corrected query (see ``correctedQuery``) rather than the one given.
    public var approximate: Bool { correctedQuery != nil }
}
