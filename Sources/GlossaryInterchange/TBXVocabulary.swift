import GlossaryModel

/// The TBX-Basic picklist values for the fields of ``Term``, in both directions.
///
/// Values a file uses that are not in these lists (IATE's `proposedTerm-admn-sts`, a gender
/// `neuter`) are not dropped on import: ``TBXImporter`` keeps them in the term's note.
enum TBXVocabulary {
    static func status(_ status: TermStatus) -> String {
        switch status {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .deprecated: "deprecatedTerm-admn-sts"
        case .obsolete: "supersededTerm-admn-sts"
        }
    }

    /// Our status for a TBX `administrativeStatus` (or one of our own names, as CSV files use).
    static func status(_ value: String) -> TermStatus? {
        if let own = TermStatus(rawValue: value) { return own }
        return TermStatus.allCases.first { status($0) == value }
    }

    static func gender(_ gender: Gender) -> String { gender == .m ? "masculine" : "feminine" }

    static func gender(_ value: String) -> Gender? {
        switch value {
        case "masculine", "m": .m
        case "feminine", "f": .f
        default: nil
        }
    }

    /// TBX-Basic has no part of speech "phrase": it is written `other` with the term type
    /// `phrase` (or, when the term already has a type, with a note ``phraseNote``).
    static func partOfSpeech(_ pos: PartOfSpeech) -> String { pos == .phrase ? "other" : pos.rawValue }

    static let phraseNote = "partOfSpeech: phrase"

    /// The label of a term note that carries ``Term/register`` and of a language-section note
    /// that carries one of ``LanguageSection/keywords``: TBX-Basic has no data category for them.
    static let registerLabel = "register"
    static let keywordLabel = "keyword"
    /// An example of a language without terms: TBX-Basic allows `context` in a term section only.
    static let exampleLabel = "example"
    static let authorityLabel = "authority"

    /// `authority: notRecommended; FranceTerme; INFO711`: the verdict, the authority, its record.
    static func authorityNote(_ verdict: AuthorityVerdict) -> String {
        "\(authorityLabel): " + ([verdict.verdict.rawValue, verdict.by] + [verdict.record].compactMap { $0 }).joined(separator: "; ")
    }

    /// The verdict an ``authorityNote(_:)`` holds (without its label), or nil.
    static func authorityVerdict(_ value: String) -> AuthorityVerdict? {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimming(newlines: false) }
        guard (2...3).contains(parts.count), let kind = AuthorityVerdict.Kind(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        return AuthorityVerdict(by: parts[1], verdict: kind, record: parts.count == 3 && !parts[2].isEmpty ? parts[2] : nil)
    }
}
