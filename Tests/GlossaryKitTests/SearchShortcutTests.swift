import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossarySearch
@testable import GlossaryStore

/// Search's speed paths against the straightforward ones they replace (BENCHMARKS.md, "100k
/// concepts: bounded ranked retrieval").
@Suite("search speed paths give what the straightforward paths give")
struct SearchShortcutTests {
    /// Pieces of text, most of them characters of their own, some that Unicode's grapheme rules
    /// join to a neighbour (combining marks, CR LF, emoji modifiers and joiners, flags, Hangul
    /// jamo), and letters and numbers outside ASCII.
    static let pieces = [
        "a", "b", "e", "r", "t", "Z", "0", "7", " ", " ", " ", " ", ",", ".", "’", "'", "-", "…", "«", "»", "—", "é", "É", "œ", "ç",
        "ß", "ø", "\u{00A0}", "\u{202F}", "²", "½", "\u{00AD}", "\n", "\r", "\r\n", "\t", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}",
        "👍", "👍🏽", "👨‍👩‍👧", "🇫🇷", "Ω", "д", "日", "한", "\u{1100}\u{1161}", "٣", "Ⅻ", "\u{FE0F}", "ǅ", "ʼ", "€"
    ]

    static func randomText(_ rng: inout HostileStrings.SplitMix, ownOnly: Bool) -> String {
        let pool = ownOnly ? pieces.filter { $0.unicodeScalars.allSatisfy(Snippet.isOwnCharacter) } : pieces
        var text = ""
        for _ in 0..<Int.random(in: 0...260, using: &rng) {
            // Mostly letters, so words are long enough to match and to cross the window.
            text += Int.random(in: 0..<3, using: &rng) == 0 ? pool.randomElement(using: &rng)! : String("abcdefé".randomElement(using: &rng)!)
        }
        return text
    }

    /// UTF-8 offsets of a snippet's highlights, to compare snippets of equal texts.
    static func offsets(_ snippet: Snippet) -> [Range<Int>] {
        snippet.highlights.map {
            snippet.text.utf8.distance(
                from: snippet.text.startIndex, to: $0.lowerBound)..<snippet.text.utf8.distance(
                    from: snippet.text.startIndex, to: $0.upperBound)
        }
    }

    /// The scalar walk of `Snippet.make` against the `Character` walk, on random texts (half of
    /// them made only of characters of their own, where the scalar walk runs) and random choices
    /// of matching words.
    @Test func snippetsByScalarsEqualSnippetsByCharacters() {
        var rng = HostileStrings.SplitMix(seed: 17)
        var scalarWalks = 0
        for round in 0..<4000 {
            let text = Self.randomText(&rng, ownOnly: round % 2 == 0)
            let width = [110, 20, 1, 60].randomElement(using: &rng)!
            let salt = Int.random(in: 0..<4, using: &rng)
            let matches = { (folded: String) in (folded.unicodeScalars.reduce(salt) { $0 &+ Int($1.value) } % 4) == 0 }
            let highlighting = round % 7 != 0
            let fast = Snippet.make(text: text, width: width, highlighting: highlighting, matches: matches)
            let long = Snippet.makeByCharacters(text: text, width: width, highlighting: highlighting, matches: matches)
            #expect(fast.text == long.text && Self.offsets(fast) == Self.offsets(long), "\(text.debugDescription), width \(width)")
            if text.unicodeScalars.allSatisfy(Snippet.isOwnCharacter) { scalarWalks += 1 }
        }
        #expect(scalarWalks >= 2000)
    }

    /// Every scalar `isOwnCharacter` admits is one `Character` alone, and stays one beside any
    /// other admitted scalar.
    @Test func ownCharactersAreCharactersOfTheirOwn() {
        let admitted = (0..<0x2100).compactMap(Unicode.Scalar.init).filter(Snippet.isOwnCharacter)
        let neighbours = admitted.filter { $0.value % 7 == 0 || $0.value < 0x80 }
        for scalar in admitted {
            for other in neighbours {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(other)
                #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) U+\(String(other.value, radix: 16))")
            }
        }
    }

    /// Every term of the shipped content, whole and its first five and three letters, in both
    /// languages: the queries the term tiers and the word families see most.
    static func termQueries() throws -> [String] {
        var queries: [String] = []
        for concept in try RankedSearchTests.index.allConcepts() {
            for language in Language.allCases {
                for term in concept[language].terms { queries += [term.text, String(term.text.prefix(5)), String(term.text.prefix(3))] }
            }
        }
        return Array(Set(queries)).sorted()
    }

    /// A run that leaves out the word family once `limit` hits score above it
    /// (``SearchEngine/stemsSettled(_:_:limit:)``), and the terms a prefix starts that are too
    /// long to score above the `limit`-th hit, keeps the best `limit` hits of a run with every
    /// hit, and the same words named by a term or keyword.
    @Test func aSettledRunKeepsTheBestHitsOfAFullRun() throws {
        let engine = RankedSearchTests.engine, tokens = SearchTokens()
        let queries = try Self.termQueries()
        #expect(queries.count > 300)
        func best(_ hits: [String: SearchEngine.Hit], _ limit: Int) -> [String] {
            hits.sorted { a, b in a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key }.prefix(limit).map {
                "\($0.key) \($0.value.score) \($0.value.match)"
            }
        }
        func named(_ hits: [String: SearchEngine.Hit], _ words: [String]) -> [Bool] {
            words.map { word in hits.values.contains { $0.match.kind <= .keywords && $0.match.words.contains(word) } }
        }
        var settled = 0
        try RankedSearchTests.index.read { db in
            for query in queries {
                let analysis = QueryAnalysis(query)
                for limit in [1, 3, 10] {
                    let fast = try engine.run(analysis, language: nil, limit: limit, tokens: tokens, in: db)
                    let full = try engine.run(analysis, language: nil, limit: limit, tokens: tokens, everyHit: true, in: db)
                    #expect(best(fast, limit) == best(full, limit), "\(query), limit \(limit)")
                    #expect(named(fast, analysis.meaningful) == named(full, analysis.meaningful), "\(query), limit \(limit)")
                    if SearchEngine.stemsSettled(analysis, fast, limit: limit) && !analysis.isComparison { settled += 1 }
                }
            }
        }
        #expect(settled > 100)
    }

    /// The word family's candidates, with the tokens the index keeps and their count checked in
    /// SQL, are the terms the FTS5 pattern finds whose Snowball tokens, computed afresh, are
    /// that many.
    @Test func familyCandidatesAreTheTermsWithThatManyTokens() throws {
        let tokens = SearchTokens()
        var patterns: [String] = []
        for query in try Self.termQueries() {
            let words = TextFolding.words(query)
            for language in Language.allCases {
                if let pattern = SearchEngine.familyPattern(words, stems: words.map { tokens.token($0, language) }) { patterns.append(pattern) }
            }
        }
        patterns = Array(Set(patterns + ["\"a\"*", "\"s\"* \"d\"*", "\"externa\"*"])).sorted()
        #expect(patterns.count > 100)
        var found = 0
        try RankedSearchTests.index.read { db in
            for pattern in patterns {
                for language in [nil, Language.fr, .en] {
                    let all = try db.termsMatching(pattern, language: language)
                    for count in 1...3 {
                        let plain = all.filter { tokens.uncachedTokens($0.text, $0.language).count == count }
                        let fast = try db.termsMatching(pattern, tokenCount: count, language: language)
                        #expect(
                            fast.map { "\($0.row.conceptID) \($0.row.text) \($0.row.language)" } == plain.map { "\($0.conceptID) \($0.text) \($0.language)" })
                        for (row, rowTokens) in fast { #expect(rowTokens == tokens.uncachedTokens(row.text, row.language), "\(row.text)") }
                        found += fast.count
                    }
                }
            }
        }
        #expect(found > 1000)
    }
}
