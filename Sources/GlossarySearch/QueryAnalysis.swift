import Foundation
import GlossaryModel
import GlossaryStore

/// What a query asks, read from its folded words before any lookup.
///
/// The rules, in order (each list is data in ``StopWords``):
/// 1. Translation intents ("en anglais", "French for", "traduction de") are removed and set
///    ``targetLanguage`` / ``wantsTranslation``.
/// 2. Question frames ("c'est quoi", "qu'est-ce que", "what is", "how do I") are removed.
/// 3. ``core`` is what remains, without leading articles: term matching uses it whole, so a
///    term made of stop words still matches ("cœur de métier").
/// 4. ``parts``: the core split at "vs", "ou", "or"…, for comparisons ("offshore vs nearshore"
///    looks up both terms). "où" (where) folds to "ou" but splits nothing ("contrat où l'on
///    paie au temps passé" is one description).
/// 5. ``meaningful``: the core without stop words, for ranked retrieval.
/// When removing phrases would leave nothing, the words are kept ("what is" alone is searched
/// as typed).
struct QueryAnalysis: Sendable, Equatable {
    var core: [String]
    var parts: [[String]]
    var meaningful: [String]
    var targetLanguage: Language?
    var wantsTranslation: Bool
    /// Meaningful words that occur nowhere in the index, with the family roots ranked
    /// retrieval looks for as prefixes (``SearchTokens/familyRoot(_:_:)``). Set by the engine.
    var families: [String: [String]] = [:]

    /// `intents` false reads translation intents as plain words (when reading them as intents
    /// found nothing).
    init(_ query: String, intents: Bool = true) {
        let words = TextFolding.words(query)
        var remaining = words
        // Which words are "où", read before folding (when the words line up with the text's).
        var isWhere = Self.whereWords(query, count: words.count)
        var target: Language?
        var translation = false
        for intent in StopWords.translationIntents where intents {
            while let range = Self.find(intent.phrase, in: remaining), remaining.count > intent.phrase.count {
                remaining.removeSubrange(range)
                isWhere.removeSubrange(range)
                translation = true
                if target == nil { target = intent.target }
            }
        }
        for frame in StopWords.questionFrames {
            while let range = Self.find(frame, in: remaining), remaining.count > frame.count {
                remaining.removeSubrange(range)
                isWhere.removeSubrange(range)
            }
        }
        core = Self.withoutLeadingArticles(remaining)
        let whereInCore = Array(isWhere.suffix(core.count))
        var parts: [[String]] = [[]]
        for (i, word) in core.enumerated() {
            if StopWords.alternatives.contains(word) && !whereInCore[i] { parts.append([]) } else { parts[parts.count - 1].append(word) }
        }
        self.parts = parts.map(Self.withoutLeadingArticles).filter { !$0.isEmpty }
        meaningful = core.filter { !StopWords.contains($0) }
        targetLanguage = target
        wantsTranslation = translation
    }

    /// Whether the query named more than one thing to compare.
    var isComparison: Bool { parts.count > 1 }

    /// For each of the `count` folded words of `query`, whether it was typed "où"; all false
    /// when the letter runs of `query` are not `count` words.
    private static func whereWords(_ query: String, count: Int) -> [Bool] {
        var runs: [String] = []
        var run = ""
        for character in query {
            if character.isLetter || character.isNumber || (!run.isEmpty && character.unicodeScalars.allSatisfy { $0.properties.isDiacritic }) {
                run.append(character)
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        if !run.isEmpty { runs.append(run) }
        guard runs.count == count else { return Array(repeating: false, count: count) }
        return runs.map { $0.precomposedStringWithCanonicalMapping.lowercased() == "où" }
    }

    private static func withoutLeadingArticles(_ words: [String]) -> [String] {
        var words = words[...]
        while words.count > 1, let first = words.first, StopWords.leadingArticles.contains(first) { words = words.dropFirst() }
        return Array(words)
    }

    private static func find(_ phrase: [String], in words: [String]) -> Range<Int>? {
        guard !phrase.isEmpty, phrase.count <= words.count else { return nil }
        for start in 0...(words.count - phrase.count) where words[start..<start + phrase.count].elementsEqual(phrase) {
            return start..<start + phrase.count
        }
        return nil
    }
}
