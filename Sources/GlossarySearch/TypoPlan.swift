import Foundation
import GlossaryModel
import GlossaryStore

/// What to do about the words of a query that occur nowhere in the index: the corrected
/// readings of the query to run, and the correctly spelt words that are left alone (see
/// ``SearchEngine``, "Typos").
struct TypoPlan {
    /// One reading of the query with some words replaced.
    struct Alternative {
        var analysis: QueryAnalysis
        /// Each replaced folded word, and its replacement as a term writes it.
        var replaced: [String: String]
    }

    /// A vocabulary word close to a query word.
    struct Candidate: Equatable {
        var word: String
        var surface: String
    }

    /// Readings to run, closest first; their results are approximate.
    var alternatives: [Alternative] = []
    /// Correctly spelt words that name no concept (in a one-word query), with the readings
    /// whose results are only "see also".
    var unnamed: [(word: String, alternatives: [Alternative])] = []

    /// At most this many candidates per word.
    static let maxCandidates = 3

    /// `typed`: each folded word of the query as the user wrote it (a name is a word only
    /// typed with a capital, ``SpellingDictionary/knows(_:typed:)``).
    init(
        _ analysis: QueryAnalysis, typed: [String: String], hits: [String: SearchEngine.Hit], language: Language?, tokens: SearchTokens, bands: VocabularyBands,
        in db: GlossaryIndex.Reader
    ) throws {
        let words = analysis.meaningful.isEmpty ? analysis.core : analysis.meaningful
        var corrections: [(word: String, candidates: [Candidate])] = []
        for word in Set(words).sorted() where EditDistance.allowedTypos(forLength: word.count) > 0 {
            // Named by a term or keyword (or its family, "disponible": disponibilité): nothing to do.
            if hits.values.contains(where: { $0.match.kind <= .keywords && $0.match.words.contains(word) }) { continue }
            if SpellingDictionary.knows(word, typed: typed[word]) {
                // A real word names no concept. Alone in the query, the learner meant it as a
                // concept's name: say so, with the near concepts as "see also".
                guard words.count == 1 else { continue }
                let candidates = try Self.candidates(for: word, bands: bands, in: db)
                unnamed.append((word, candidates.map { Alternative(analysis: analysis.replacing(word, with: $0.word), replaced: [word: $0.surface]) }))
                continue
            }
            // Not a word of either language: a typo, unless a definition holds it. (Found only in
            // notes, it may be a stem's accident: "infogerence" stems like English "infogérance".)
            if hits.values.contains(where: { $0.match.kind <= .definition && $0.match.words.contains(word) }) { continue }
            let candidates = try Self.candidates(for: word, bands: bands, in: db)
            if !candidates.isEmpty { corrections.append((word, candidates)) }
        }
        if !corrections.isEmpty {
            // Every word at its closest candidate, then each further candidate of each word.
            var first = analysis
            var replaced: [String: String] = [:]
            for (word, candidates) in corrections {
                first = first.replacing(word, with: candidates[0].word)
                replaced[word] = candidates[0].surface
            }
            alternatives.append(Alternative(analysis: first, replaced: replaced))
            for (word, candidates) in corrections {
                for candidate in candidates.dropFirst() {
                    var other = first.replacing(candidates[0].word, with: candidate.word)
                    other.core = other.core.map { $0 == candidates[0].word ? candidate.word : $0 }
                    var r = replaced
                    r[word] = candidate.surface
                    alternatives.append(Alternative(analysis: other, replaced: r))
                }
            }
        }
        // The whole query as one word ("soustraitanse" for "sous traitanse").
        if hits.isEmpty, analysis.core.count > 1 {
            let whole = analysis.core.joined()
            if let candidate = try Self.candidates(for: whole, bands: bands, in: db).first {
                var single = analysis
                single.core = [candidate.word]; single.parts = [[candidate.word]]; single.meaningful = [candidate.word]
                var replaced: [String: String] = [:]
                for (i, word) in analysis.core.enumerated() { replaced[word] = i == 0 ? candidate.surface : "" }
                alternatives.append(Alternative(analysis: single, replaced: replaced))
            }
        }
    }

    /// Whether `word` occurs in the index: in the terms' vocabulary, or as a token of any
    /// concept's texts in either language.
    static func occurs(_ word: String, tokens: SearchTokens, in db: GlossaryIndex.Reader) throws -> Bool {
        if try db.vocabularyContains(TextFolding.stem(word)) { return true }
        for language in Language.allCases where try db.contains(token: tokens.token(word, language)) { return true }
        return false
    }

    /// The vocabulary words closest to `word`: those with the same sound key, then every word
    /// at the smallest edit distance within the allowed typos (an added or dropped letter
    /// before a changed one, then the most frequent). `bands` keeps the vocabulary's bands
    /// the scan reads.
    static func candidates(for word: String, bands: VocabularyBands, in db: GlossaryIndex.Reader) throws -> [Candidate] {
        let word = TextFolding.stem(word)
        var found: [Candidate] = []
        for (candidate, surface) in try db.vocabulary(soundingLike: PhoneticKey.of(word)) where candidate != word {
            found.append(Candidate(word: candidate, surface: surface))
        }
        let allowed = EditDistance.allowedTypos(forLength: word.count)
        guard allowed > 0 else { return Array(found.prefix(maxCandidates)) }
        let length = word.utf8.count
        var matcher = EditDistance.Matcher(word)
        var close: [(word: String, distance: Int, lengthChange: Bool, order: Int)] = []
        var best = allowed
        // Bands of words one length each, most frequent first. A word d letters longer or
        // shorter is at least d edits away, so once a candidate at distance d is found, bands
        // further than d need no scan.
        // `matcher` is passed inout: captured, it would be copied (its buffers retained) for
        // every word.
        func scan(upTo reachLimit: Int, oneEditOnly: Bool, _ matcher: inout EditDistance.Matcher) throws {
            for reach in 0...reachLimit where reach <= best {
                let lengths = reach == 0 ? [length] : [length - reach, length + reach]
                for band in lengths where band > 0 {
                    try bands.band(band, in: db).withUnsafeBytes { raw in
                        let bytes = raw.bindMemory(to: UInt8.self)
                        // Every word of the band is `band` bytes long: each starts one line
                        // break after the one before.
                        func keep(_ candidate: UnsafeBufferPointer<UInt8>, _ d: Int) {
                            best = d
                            close.append((String(decoding: candidate, as: UTF8.self), d, abs(candidate.count - length) == d, close.count))
                        }
                        if oneEditOnly {
                            matcher.forEachOneEdit(inBand: bytes, length: band) { keep($0, 1) }
                            return
                        }
                        var start = 0
                        while start + band <= bytes.count {
                            let candidate = UnsafeBufferPointer(rebasing: bytes[start..<start + band])
                            if let d = matcher.distance(to: candidate, limit: best), d > 0 { keep(candidate, d) }
                            start += band + 1
                        }
                    }
                }
            }
        }
        // Most typos are one edit, which the words' shared prefix and suffix tell without the
        // dynamic programme: the words one edit away, if any, are the nearest, found in the
        // order the full scan finds them. Only without one are the farther ones looked for.
        try scan(upTo: 1, oneEditOnly: true, &matcher)
        if close.isEmpty { try scan(upTo: allowed, oneEditOnly: false, &matcher) }
        let nearest = close.filter { $0.distance == best }.sorted { a, b in
            a.lengthChange != b.lengthChange ? a.lengthChange : a.order < b.order
        }
        if !nearest.isEmpty {
            let surface = try db.surfaces(of: nearest.map(\.word))
            for candidate in nearest where !found.contains(where: { $0.word == candidate.word }) {
                found.append(Candidate(word: candidate.word, surface: surface[candidate.word] ?? candidate.word))
            }
        }
        return Array(found.prefix(maxCandidates))
    }
}

extension QueryAnalysis {
    /// The same reading with the folded word `word` replaced by `replacement` everywhere.
    func replacing(_ word: String, with replacement: String) -> QueryAnalysis {
        var copy = self
        let swap = { (w: String) in w == word || TextFolding.stem(w) == word ? replacement : w }
        copy.core = core.map(swap)
        copy.parts = parts.map { $0.map(swap) }
        copy.meaningful = meaningful.map(swap)
        return copy
    }
}
