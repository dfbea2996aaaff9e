import Foundation
import GRDB
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// The index build's and ranked retrieval's speed paths against the straightforward ones they
/// replace (BENCHMARKS.md): remembered tokens, one tokenizer per chunk of concepts, field texts
/// built as strings, and ranked documents that keep only the tokens a query asked for.
@Suite("speed paths give what the straightforward paths give")
struct IndexShortcutTests {
    static var knowledgeBase: KnowledgeBase { KnowledgeBaseTests.loaded.knowledgeBase }

    /// Every folded word of the shipped content, in order, repeats included.
    static var contentWords: [String] {
        knowledgeBase.concepts.flatMap { concept in
            Language.allCases.flatMap { language in
                let section = concept[language]
                let texts = section.terms.map(\.text) + section.keywords + [section.definition] + section.notes + section.examples
                return texts.flatMap(TextFolding.words)
            }
        }
    }

    @Test func rememberedTokensAreSnowballs() {
        let tokens = SearchTokens()
        let words = Self.contentWords
        #expect(words.count > 10_000)
        for language in Language.allCases {
            // Twice: the second pass reads what the first remembered.
            for word in words + words {
                let fresh = Stemmer(language).stem(word)
                #expect(tokens.token(word, language) == SearchTokens.encode(fresh), "\(word) in \(language)")
                if tokens.token(word, language) != SearchTokens.encode(fresh) { return }
            }
        }
    }

    /// ``TextFolding/words(_:)`` splits ASCII text byte by byte: the same words as splitting
    /// the folded text by grapheme clusters, on the shipped content and on other scripts.
    @Test func foldedWordsSplitAsStrings() {
        let texts =
            Self.knowledgeBase.concepts.flatMap { concept in
                Language.allCases.flatMap { language in
                    let section = concept[language]
                    return section.terms.map(\.text) + section.keywords + [section.definition] + section.notes + section.examples
                }
            } + ["", " ", "  a  b ", "Œuvre d'art, cœur\r\nsous-traitance", "Ελληνικά κείμενα", "e\u{301}te\u{301}", "a \u{301}b", "日本語 テキスト", "x\u{200B}y"]
        #expect(texts.count > 1_000)
        for text in texts {
            #expect(TextFolding.words(text) == TextFolding.splitWords(TextFolding.fold(text)), "\(text)")
        }
    }

    /// Past its limit the memory starts afresh, and still answers right.
    @Test func rememberedTokensPastTheLimit() {
        let tokens = SearchTokens()
        let words = (0..<(SearchTokens.cacheLimit + 500)).map { "externalisations\($0 % 7 == 0 ? "" : "x\($0)")" }
        for word in words + words.prefix(1000) {
            #expect(tokens.token(word, .fr) == tokens.uncachedToken(word, .fr))
        }
    }

    /// The typo scan's matcher drops a candidate on byte counts and on classes of bytes before
    /// computing its distance, and tells a word one edit away from the shared prefix and
    /// suffix alone: it must give the plain distance between the two words' UTF-8 bytes for
    /// every pair, near anagrams and words of a few letters included (a three-letter alphabet
    /// makes them frequent).
    @Test func typoMatcherIsThePlainDistance() {
        var rng = SystemRandomNumberGenerator()
        let letters: [Character] = ["a", "b", "c"]
        let random = (0..<200).map { _ in String((0..<Int.random(in: 0...9, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
        let words = Array(Set(Self.contentWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } })).sorted().prefix(300)
        #expect(words.count == 300)
        // Letters outside ASCII too: "é" and "è" share their first byte, and their second
        // byte's class (low six bits) is that of "i" and "h".
        let accented: [Character] = ["e", "é", "è", "i", "h"]
        let randomAccented = (0..<200).map { _ in String((0..<Int.random(in: 0...7, using: &rng)).map { _ in accented.randomElement(using: &rng)! }) }
        var queries = random.prefix(40).map { $0 } + randomAccented.prefix(40)
        for word in words.filter({ $0.count > 5 }).prefix(30) {
            var typo = Array(word)
            typo.swapAt(1, 2)
            queries += [word, String(typo), String(word.dropFirst()), word + "e"]
        }
        for query in queries {
            var matcher = EditDistance.Matcher(query)
            for candidate in random + randomAccented + words {
                for limit in 0...2 {
                    let fast = Array(candidate.utf8).withUnsafeBufferPointer { matcher.distance(to: $0, limit: limit) }
                    let plain = EditDistance.distance(Self.bytesAsScalars(query), Self.bytesAsScalars(candidate), limit: limit)
                    #expect(fast == plain, "\(query) \(candidate) within \(limit)")
                    if fast != plain { return }
                }
                let oneEdit = Array(candidate.utf8).withUnsafeBufferPointer { matcher.isOneEdit(from: $0) }
                let plain = EditDistance.distance(Self.bytesAsScalars(query), Self.bytesAsScalars(candidate), limit: 1)
                #expect(oneEdit == (plain == 1), "\(query) \(candidate): one edit")
            }
            // The scan of a band (words of one length, one line break apart) finds the same.
            let all = random + randomAccented + words
            for length in Set(all.map(\.utf8.count)) where length > 0 {
                let band = all.filter { $0.utf8.count == length }
                var found: [String] = []
                Array(band.joined(separator: "\n").utf8).withUnsafeBufferPointer { bytes in
                    matcher.forEachOneEdit(inBand: bytes, length: length) { found.append(String(decoding: $0, as: UTF8.self)) }
                }
                let expected = band.filter { EditDistance.distance(Self.bytesAsScalars(query), Self.bytesAsScalars($0), limit: 1) == 1 }
                #expect(found == expected, "\(query), words of \(length) bytes")
            }
        }
    }

    /// `text` with each UTF-8 byte a scalar of its own (U+0000 to U+00FF): the plain distance
    /// of two such strings is the distance of their bytes, which the matcher computes.
    static func bytesAsScalars(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in text.utf8 { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    @Test func parallelMapWithStateIsMap() {
        for count in [0, 5, 63, 64, 1000, 4097] {
            let plain = Parallel.map(count) { $0 * 3 }
            let stateful = Parallel.map(
                count, state: { [Int]() },
                { seen, i in
                    seen.append(i)
                    // One chunk's items come in order, on one thread.
                    precondition(seen.count == 1 || seen[seen.count - 2] == i - 1)
                    return i * 3
                })
            #expect(plain == stateful)
        }
    }

    /// The documents ranked retrieval indexes, as built, against each field's tokens computed
    /// one concept at a time with a fresh tokenizer (the path before the speed work): each
    /// term, keyword and passage a line of its own, its tokens one space apart.
    @Test func documentsHoldEveryFieldsTokens() {
        let kb = Self.knowledgeBase
        let documents = PassageRows(kb).documents
        #expect(documents.count == 2 * kb.concepts.count)
        for (document, (concept, language)) in zip(documents, kb.concepts.flatMap { c in Language.allCases.map { (c, $0) } }) {
            let tokens = SearchTokens()
            let section = concept[language]
            let other = section.notes + section.examples + concept.contrasts.map { $0[language] }
            let expected: [ConceptDocument.Field: [[String]]] = [
                .terms: section.terms.map { tokens.uncachedTokens($0.text, language) },
                .keywords: section.keywords.map { tokens.uncachedTokens($0, language) },
                .definition: section.definition.isEmpty ? [] : [tokens.uncachedTokens(kb.plainText(section.definition, language: language), language)],
                .other: other.filter { !$0.isEmpty }.map { tokens.uncachedTokens(kb.plainText($0, language: language), language) }
            ]
            #expect(document.conceptID == concept.id && document.language == language)
            for field in ConceptDocument.Field.allCases {
                let lines = expected[field]!.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
                #expect(document.text(field) == lines.joined(separator: "\n"), "\(concept.id) \(language) \(field)")
            }
        }
    }

    /// Ranked documents keep, of each field, the tokens the query asked for (or that start
    /// with one of its prefixes): exactly what the field's whole text holds of them.
    @Test func rankedDocumentsKeepTheAskedTokens() throws {
        let index = RankedSearchTests.index
        let asked = ["donne", "contrat", "prestatair", "servic"], prefixes = ["heberg", "extern"]
        try index.read { db in
            let documents = try db.rankedDocuments(anyOf: asked, prefixes: prefixes, language: nil, limit: 40)
            #expect(documents.count >= 20)
            for document in documents {
                let row = try #require(
                    try Row.fetchOne(
                        db.db,
                        sql: """
                            SELECT terms, keywords, definition, other FROM concept_fts WHERE conceptId = ? AND lang = ?
                            """, arguments: [document.conceptID, document.language.rawValue]))
                for (column, field) in ConceptDocument.Field.allCases.enumerated() {
                    let all = Set((row[column] as String).split { $0 == " " || $0 == "\n" })
                    let expected = all.filter { token in asked.contains(String(token)) || prefixes.contains { token.hasPrefix($0) } }
                    #expect(document.fields[field] ?? [] == expected, "\(document.conceptID) \(field)")
                }
            }
        }
    }
}
