/// One concept of the knowledge base: the unit of a term bank entry, with its terms in both
/// languages, definitions, notes, sources and relations to other concepts.
public struct Concept: Sendable, Codable, Hashable, Identifiable {
    /// Slug that equals the file name: lowercase letters, digits and single hyphens.
    public var id: String
    /// The ids of the domains the concept belongs to.
    public var domains: [String]
    /// More general concepts; the inverse ("narrower") is derived by ``KnowledgeBase``.
    public var broader: [String]
    /// The ids of associated concepts ("see also").
    public var related: [String]
    /// Concepts this one is easily confused with, and what tells them apart.
    public var contrasts: [Contrast]
    /// The terms, definition, notes and examples in French.
    public var fr: LanguageSection
    /// The terms, definition, notes and examples in English.
    public var en: LanguageSection
    /// Where the definitions and statuses come from.
    public var sources: [Source]

    /// A concept; every field but `id` and the two language sections may be left out.
    public init(
        id: String, domains: [String] = [], broader: [String] = [], related: [String] = [],
        contrasts: [Contrast] = [], fr: LanguageSection, en: LanguageSection, sources: [Source] = []
    ) {
        self.id = id
        self.domains = domains
        self.broader = broader
        self.related = related
        self.contrasts = contrasts
        self.fr = fr
        self.en = en
        self.sources = sources
    }

    /// The section of one language.
    public subscript(language: Language) -> LanguageSection {
        get { language == .fr ? fr : en }
        set { if language == .fr { fr = newValue } else { en = newValue } }
    }

    /// Whether the concept has terms in `language`: a concept imported from a one-language
    /// term base may have none in the other (``LanguageSection/isEmpty``).
    package func has(_ language: Language) -> Bool { !self[language].terms.isEmpty }

    /// The headword in `language`: its first preferred term (or first term); for a concept
    /// without terms in `language`, the other language's, else the id.
    public func headword(_ language: Language) -> String {
        self[language].headword?.text ?? self[language.other].headword?.text ?? id
    }

    /// The headwords of the languages the concept has, `first` first: "infogérance · IT
    /// outsourcing", or "open cluster" alone for a concept in English only.
    package func headwords(first: Language = .fr) -> [String] {
        [first, first.other].filter(has).map(headword)
    }

    /// ``headwords(first:)`` joined by " · ", as the commands name a concept.
    package func name(first: Language = .fr) -> String {
        let names = headwords(first: first)
        return names.isEmpty ? id : names.joined(separator: " · ")
    }

    /// Every concept id this concept points to, with where it does.
    package var references: [String] {
        broader + related + contrasts.map(\.with)
    }
}

/// The terms and texts of a concept in one language.
public struct LanguageSection: Sendable, Codable, Hashable {
    /// The terms designating the concept in this language; ``headword`` is the first preferred one.
    public var terms: [Term]
    /// Markdown; `[[id]]` or `[[id|text]]` links to another concept.
    public var definition: String
    /// Notes on usage, scope or history, in Markdown.
    public var notes: [String]
    /// Example sentences, in Markdown.
    public var examples: [String]
    /// How learners describe or ask about the concept in their own words ("récupérer ses
    /// données à la fin du contrat"): searched, never shown as terms.
    public var keywords: [String]

    /// A language's section: its terms (headword first), definition and the rest.
    public init(terms: [Term], definition: String, notes: [String] = [], examples: [String] = [], keywords: [String] = []) {
        self.terms = terms
        self.definition = definition
        self.notes = notes
        self.examples = examples
        self.keywords = keywords
    }

    private enum CodingKeys: String, CodingKey { case terms, definition, notes, examples, keywords }

    /// `keywords` may be absent (files and JSON written before it existed).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            terms: try c.decode([Term].self, forKey: .terms), definition: try c.decode(String.self, forKey: .definition),
            notes: try c.decode([String].self, forKey: .notes), examples: try c.decode([String].self, forKey: .examples),
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? [])
    }

    /// `keywords` is left out when empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(terms, forKey: .terms)
        try c.encode(definition, forKey: .definition)
        try c.encode(notes, forKey: .notes)
        try c.encode(examples, forKey: .examples)
        if !keywords.isEmpty { try c.encode(keywords, forKey: .keywords) }
    }

    /// Whether the section has neither terms nor definition: the concept is not in this
    /// language (yet). Every command shows such a concept in its other language only.
    package var isEmpty: Bool { terms.isEmpty && definition.isEmpty }

    /// The first preferred term, else the first term.
    public var headword: Term? {
        terms.first { $0.status == .preferred } ?? terms.first
    }
}

/// What tells a concept apart from one a learner confuses it with.
public struct Contrast: Sendable, Codable, Hashable {
    /// The id of the other concept.
    public var with: String
    /// What tells the two concepts apart, in French.
    public var fr: String
    /// What tells the two concepts apart, in English.
    public var en: String

    /// A contrast with the concept `with`, explained in each language.
    public init(with: String, fr: String, en: String) {
        self.with = with
        self.fr = fr
        self.en = en
    }

    /// What tells the two concepts apart, in `language`.
    public subscript(language: Language) -> String { language == .fr ? fr : en }
}

/// A document an entry rests on.
public struct Source: Sendable, Codable, Hashable {
    /// The title of the work or record.
    public var title: String
    /// Who publishes it (`FranceTerme`, `GDT`, `TERMIUM Plus`, `IATE` for the authorities).
    public var publisher: String?
    /// Where to read it.
    public var url: String?
    /// The file name of the source document in the project's seeds, when the entry rests on one.
    public var seed: String?
    /// A remark on the source, such as what an authority says of the term in its own words.
    public var note: String?
    /// The record's id at its publisher: a FranceTerme fiche (`INFO711`), a GDT record
    /// (`26527405`), a TERMIUM Plus or IATE record, an article of a legal text (`art. 28`).
    public var id: String?
    /// When the source was published or the record dated (Journal officiel date for
    /// FranceTerme): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?

    /// A source of the concept, as its record names it.
    public init(
        title: String, publisher: String? = nil, url: String? = nil, seed: String? = nil, note: String? = nil,
        id: String? = nil, date: String? = nil
    ) {
        self.title = title
        self.publisher = publisher
        self.url = url
        self.seed = seed
        self.note = note
        self.id = id
        self.date = date
    }

    /// Publishers whose records are terminology authorities: a source from one of them names
    /// its record (`id`) and its address (`url`).
    package static let authorities: Set<String> = ["FranceTerme", "GDT", "OQLF", "TERMIUM Plus", "IATE"]

    /// Whether the source is a record of a terminology authority.
    package var isAuthority: Bool { publisher.map(Self.authorities.contains) ?? false }
}
