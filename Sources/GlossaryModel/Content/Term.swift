/// One designation of a concept in one language, as in a TBX-Basic `termSec`.
public struct Term: Sendable, Codable, Hashable {
    /// The term as written, with its accents and capitals.
    public var text: String
    public var status: TermStatus
    public var type: TermType?
    public var gender: Gender?
    public var pos: PartOfSpeech?
    /// Why a term is deprecated, where it is used, who recommends it.
    public var note: String?

    public init(text: String, status: TermStatus, type: TermType? = nil, gender: Gender? = nil,
                pos: PartOfSpeech? = nil, note: String? = nil) {
        self.text = text
        self.status = status
        self.type = type
        self.gender = gender
        self.pos = pos
        self.note = note
    }
}

/// How far a term is recommended (TBX `administrativeStatus`).
public enum TermStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case preferred, admitted, deprecated, obsolete

    /// Ranking weight: a preferred term beats an admitted one, which beats an old or
    /// advised-against one, for matches of the same kind.
    public var weight: Double {
        switch self {
        case .preferred: 1.0
        case .admitted: 0.98
        case .deprecated, .obsolete: 0.95
        }
    }

    /// Whether a learner should use the term.
    public var isRecommended: Bool { self == .preferred || self == .admitted }
}

/// The form of a term (TBX `termType`).
public enum TermType: String, Sendable, Codable, CaseIterable, Hashable {
    case fullForm, acronym, abbreviation, shortForm, variant
}

/// Grammatical gender of a French noun.
public enum Gender: String, Sendable, Codable, CaseIterable, Hashable {
    case m, f
}

/// Part of speech (TBX `partOfSpeech`).
public enum PartOfSpeech: String, Sendable, Codable, CaseIterable, Hashable {
    case noun, verb, adjective, phrase
}
