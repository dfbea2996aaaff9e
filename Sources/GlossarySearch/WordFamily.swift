import GlossaryModel
import GlossaryStore

/// Words of one family beyond what Snowball joins: a learner who types a derived word
/// ("subcontractor", "sous-traiter", "disponible") means the concept its family names.
///
/// Snowball gives "subcontractor" and "subcontracting" different stems ("subcontractor",
/// "subcontract"), and "sous-traitance" keeps its ending ("traitanc") while "sous-traiter"
/// loses it ("trait"). The family key of a stem is the stem without one of ``suffixes``
/// (agent nouns, action nouns, adjective endings), when at least five letters remain.
enum WordFamily {
    /// Endings removed from a Snowball stem to find its family: the adjective endings of
    /// ``SearchTokens/familySuffixes``, and the agent and action noun endings Snowball keeps
    /// ("-or", "-anc", "-enc", "-ibilit").
    static let suffixes = ["ibilit", "abilit"] + SearchTokens.familySuffixes + ["anc", "enc", "eur", "or", "er"]

    /// The family key of a Snowball stem, or the stem itself.
    static func key(_ stem: String) -> String {
        for suffix in suffixes where stem.hasSuffix(suffix) && stem.utf8.count - suffix.utf8.count >= 5 {
            return String(stem.utf8.dropLast(suffix.utf8.count))!
        }
        return stem
    }

    /// Whether two Snowball stems are of one family: the same key, or one's key (without an
    /// ending) starts the other ("dispon", from "disponibl", starts "disponibilit").
    static func related(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let ka = key(a), kb = key(b)
        return ka == kb || (ka != a && b.hasPrefix(ka)) || (kb != b && a.hasPrefix(kb))
    }

    /// Whether a folded word names an action or a state ("hébergement", "sous-traitance",
    /// "outsourcing", "disponibilité"): the concept a derived word (a verb, an agent noun, an
    /// adjective) points to first.
    static func isActionNoun(_ folded: String) -> Bool {
        actionEndings.contains { folded.hasSuffix($0) && folded.utf8.count > $0.utf8.count + 3 }
    }

    private static let actionEndings = ["ance", "ence", "ment", "tion", "sion", "age", "ite", "ing", "ity", "ism", "isme"]
}
