/// One designation of a concept in one language, as in a TBX-Basic `termSec`.
public struct Term: Sendable, Codable, Hashable {
    /// The term as written, with its accents and capitals.
    public var text: String
    /// Whether the term is preferred, admitted, deprecated or obsolete.
    public var status: TermStatus
    /// The kind of term (full form, acronym, abbreviation…), when given.
    public var type: TermType?
    /// The grammatical gender, when given.
    public var gender: Gender?
    /// The part of speech, when given.
    public var pos: PartOfSpeech?
    /// Why a term is deprecated, where it is used, who recommends it.
    public var note: String?
    /// Where the term is used, as BCP 47 tags of the section's language and a region
    /// (`fr-FR`, `fr-CA`, `en-GB`…; TBX-Basic `geographicalUsage`). Empty: everywhere.
    public var geo: [String]
    /// The register the authorities give the term (TBX `register`), when they give one.
    public var register: TermRegister?
    /// What the terminology authorities say of this term, each citing one of the concept's
    /// sources by its record id.
    public var authority: [AuthorityVerdict]

    /// A term; only its text and status are required.
    public init(
        text: String, status: TermStatus, type: TermType? = nil, gender: Gender? = nil,
        pos: PartOfSpeech? = nil, note: String? = nil, geo: [String] = [],
        register: TermRegister? = nil, authority: [AuthorityVerdict] = []
    ) {
        self.text = text
        self.status = status
        self.type = type
        self.gender = gender
        self.pos = pos
        self.note = note
        self.geo = geo
        self.register = register
        self.authority = authority
    }

    private enum CodingKeys: String, CodingKey {
        case text, status, type, gender, pos, note, geo, register, authority
    }

    /// Absent lists decode as empty, so files and JSON written before these fields existed
    /// still read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text), status: try c.decode(TermStatus.self, forKey: .status),
            type: try c.decodeIfPresent(TermType.self, forKey: .type),
            gender: try c.decodeIfPresent(Gender.self, forKey: .gender),
            pos: try c.decodeIfPresent(PartOfSpeech.self, forKey: .pos),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            geo: try c.decodeIfPresent([String].self, forKey: .geo) ?? [],
            register: try c.decodeIfPresent(TermRegister.self, forKey: .register),
            authority: try c.decodeIfPresent([AuthorityVerdict].self, forKey: .authority) ?? [])
    }

    /// Empty lists and absent values are left out, as in the concept files.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(gender, forKey: .gender)
        try c.encodeIfPresent(pos, forKey: .pos)
        try c.encodeIfPresent(note, forKey: .note)
        if !geo.isEmpty { try c.encode(geo, forKey: .geo) }
        try c.encodeIfPresent(register, forKey: .register)
        if !authority.isEmpty { try c.encode(authority, forKey: .authority) }
    }
}

/// A term's register (TBX `register`): where the authorities label a term as belonging to a
/// kind of speech rather than to neutral, general use.
public enum TermRegister: String, Sendable, Codable, CaseIterable, Hashable {
    /// Neither technical nor colloquial.
    case neutral
    /// Used by specialists (FranceTerme's « langage professionnel » is `inHouse` or this).
    case technical
    /// Used within one trade or company (« jargon professionnel »).
    case inHouse
    /// Familiar, spoken use.
    case colloquial
    /// Slang.
    case slang
}

/// What one terminology authority says of a term (FranceTerme, the GDT, TERMIUM Plus, IATE…).
///
/// A concept's own `status` follows the French authority; a verdict records the authority's
/// word where usage departs from it (FranceTerme does not recommend « infogérance », which
/// stays the preferred term in use), so search, `show`, the site and the exports can say so.
public struct AuthorityVerdict: Sendable, Codable, Hashable {
    /// The authority, as in its source's `publisher` (`FranceTerme`, `GDT`, `TERMIUM Plus`, `IATE`).
    public var by: String
    /// What the authority says of the term.
    public var verdict: Kind
    /// The `id` of the concept's source that records this verdict (e.g. `INFO711`).
    public var record: String?

    /// An authority's judgement on a term.
    public enum Kind: String, Sendable, Codable, CaseIterable, Hashable {
        /// The term the authority recommends (FranceTerme « terme recommandé », GDT « terme privilégié »).
        case recommended
        /// Accepted as a synonym or equivalent (« synonyme », « équivalent admis », « terme accepté »).
        case admitted
        /// Named by the authority and not recommended (FranceTerme « n'est pas recommandé »).
        case notRecommended
        /// Advised against (GDT « terme déconseillé », « à proscrire »).
        case deprecated
        /// Out of date (« vieilli », « ancien nom »).
        case obsolete
    }

    /// An authority's verdict on the term, with the id of its record when there is one.
    public init(by: String, verdict: Kind, record: String? = nil) {
        self.by = by
        self.verdict = verdict
        self.record = record
    }
}

/// How far a term is recommended (TBX `administrativeStatus`).
public enum TermStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case preferred, admitted, deprecated, obsolete

    /// Ranking weight: a preferred term beats an admitted one, which beats an old or
    /// advised-against one, for matches of the same kind.
    package var weight: Double {
        switch self {
        case .preferred: 1.0
        case .admitted: 0.98
        case .deprecated, .obsolete: 0.95
        }
    }

    /// Whether a learner should use the term.
    package var isRecommended: Bool { self == .preferred || self == .admitted }
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
