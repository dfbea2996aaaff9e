import GlossaryModel

/// Every term of the knowledge base by ``TermKey``, so that grading can tell an answer that is
/// another concept's term ("offshore" for *onshore*) from a typo, which edit distance alone
/// cannot: "offshore" is two edits from "onshore".
public struct TermLexicon: Sendable {
    /// One term of one concept.
    package struct Entry: Sendable, Hashable {
        package var conceptID: String
        package var term: Term
        package var language: Language
    }

    private var byKey: [String: [Entry]] = [:]
    /// Keys by length, for typo scans that only look at keys of a possible length.
    private var keysByLength: [Int: [String]] = [:]

    /// A lexicon with no term: grading then cannot recognise another concept's term.
    public static let empty = TermLexicon()

    private init() {}

    /// The terms of every concept, in both languages; linear in the size of the knowledge base.
    public init(knowledgeBase: KnowledgeBase) {
        for concept in knowledgeBase.concepts {
            for language in Language.allCases {
                for term in concept[language].terms {
                    let key = TermKey.key(term.text)
                    guard !key.isEmpty else { continue }
                    if byKey[key] == nil { keysByLength[key.unicodeScalars.count, default: []].append(key) }
                    byKey[key, default: []].append(Entry(conceptID: concept.id, term: term, language: language))
                }
            }
        }
    }

    /// The terms whose key is `key`.
    package func entries(forKey key: String) -> [Entry] { byKey[key] ?? [] }

    /// The smallest distance from `key` to a term of a concept other than `conceptID`, if
    /// one is within `limit`.
    package func closestOtherConcept(to key: String, excluding conceptID: String, limit: Int) -> (entry: Entry, distance: Int)? {
        let length = key.unicodeScalars.count
        var best: (Entry, Int)?
        for candidateLength in max(0, length - limit)...(length + limit) {
            for candidate in keysByLength[candidateLength] ?? [] {
                guard let entry = byKey[candidate]?.first(where: { $0.conceptID != conceptID }),
                    let d = EditDistance.distance(key, candidate, limit: limit), d < (best?.1 ?? .max)
                else { continue }
                best = (entry, d)
            }
        }
        return best
    }
}
