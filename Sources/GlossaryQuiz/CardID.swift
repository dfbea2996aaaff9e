import GlossaryModel

/// The stable identity of a card, which its progress is stored under.
///
/// Scheme: `<concept>:<kind>`, e.g. `infogerance:fr-en`, `esn:acronym`. A `contrast` card names
/// the other concept, `<concept>:contrast-<with>` (`externalisation:contrast-delocalisation`), so
/// adding a second contrast never renames the first; a leech's `drill` card names its
/// look-alike the same way, `<concept>:drill-<with>`. Cards that depend on the language being
/// learnt (all but `fr-en` and `en-fr`) get `@en` when that language is English
/// (`infogerance:def-term@en`); French, the default, has no suffix. Ids never contain the
/// card's text, so editing a definition keeps its progress.
public struct CardID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id of the concept the card asks about.
    public var concept: String
    /// What the card asks (translate, define, choose…).
    public var kind: CardKind
    /// The other concept of a `contrast` or `drill` card.
    public var contrastWith: String?
    /// The language being learnt, for kinds that depend on it.
    public var language: Language

    /// The card of `kind` for `concept`; `contrastWith` names the other concept of a contrast card.
    public init(concept: String, kind: CardKind, contrastWith: String? = nil, language: Language = .fr) {
        self.concept = concept
        self.kind = kind
        self.contrastWith = kind.pairsConcepts ? contrastWith : nil
        self.language = kind.dependsOnLanguage ? language : .fr
    }

    /// Parses an id; `nil` when it does not follow the scheme.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        var rest = parts[1]
        var language = Language.fr
        if rest.hasSuffix("@en") { language = .en; rest.removeLast(3) }
        if let paired = [CardKind.contrast, .drill].first(where: { rest.hasPrefix($0.rawValue + "-") }) {
            let other = String(rest.dropFirst(paired.rawValue.count + 1))
            guard !other.isEmpty else { return nil }
            self.init(concept: parts[0], kind: paired, contrastWith: other, language: language)
        } else {
            guard let kind = CardKind(rawValue: rest), !kind.pairsConcepts else { return nil }
            if language == .en && !kind.dependsOnLanguage { return nil }
            self.init(concept: parts[0], kind: kind, language: language)
        }
    }

    /// The id as text, `<concept>:<kind>[-<with>][@en]`, the key progress is stored under.
    public var description: String {
        var text = concept + ":" + (kind.pairsConcepts ? kind.rawValue + "-" + (contrastWith ?? "") : kind.rawValue)
        if kind.dependsOnLanguage && language == .en { text += "@en" }
        return text
    }

    /// In the order of their text form (`concept:kind`).
    public static func < (a: CardID, b: CardID) -> Bool { a.description < b.description }
}
