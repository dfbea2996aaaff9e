import GlossaryModel

/// Checks documents against the knowledge base: every occurrence of a term the content marks
/// deprecated or obsolete (and, with ``Options/authority``, of a term an authority it cites does
/// not recommend) is a ``LintFinding``, worded in the language of its paragraph.
///
/// Matching is the knowledge base's: case, accents, œ/oe, apostrophes and hyphens ignored,
/// plurals and inflections reduced, multi-word terms across line breaks, whole words only.
/// An acronym that is also an ordinary word of the language ("PAS") matches only with its own
/// case. The longest term wins, so a correct term that contains an advised-against one
/// ("transformation numérique" around "numérique") is not reported. A form that is advised
/// against in one concept but correct in another is reported only when its paragraph names
/// the first concept by another of its terms and never the second: no alarm without evidence.
public struct Linter: Sendable {
    /// How strict the check is.
    public struct Options: Sendable {
        /// `.deprecated` reports deprecated and obsolete terms; `.obsolete` obsolete ones only.
        public var minStatus: TermStatus
        /// Also report terms an authority recorded in the content does not recommend.
        public var authority: Bool
        /// The language of every paragraph, instead of guessing it.
        public var language: Language?

        /// Options: report terms of `minStatus` or worse, and authority verdicts when
        /// `authority`; `language`, when given, is every paragraph's language instead of a guess.
        public init(minStatus: TermStatus = .deprecated, authority: Bool = false, language: Language? = nil) {
            self.minStatus = minStatus
            self.authority = authority
            self.language = language
        }
    }

    let concepts: [Concept]
    let options: Options
    let tables: [Language: TermTable]

    /// `concepts`: the knowledge base's concepts (from ``KnowledgeBase`` or the index).
    public init(concepts: [Concept], options: Options = Options()) {
        self.concepts = concepts
        self.options = options
        var tables: [Language: TermTable] = [:]
        for language in Language.allCases {
            var acronyms: Set<String> = []
            for concept in concepts {
                for term in concept[language].terms where TermTable.isAcronym(term) {
                    acronyms.insert(TextFolding.fold(term.text))
                }
            }
            let known = WordList.membership(of: acronyms, in: language)
            tables[language] = TermTable(concepts: concepts, language: language) { word in known?[word] }
        }
        self.tables = tables
    }

    /// The findings of one document, in document order.
    public func lint(_ bytes: [UInt8], file: String, format: DocumentFormat) -> [LintFinding] {
        let mask = ProseMask(bytes, format: format)
        let lines = LineIndex(bytes)
        var findings: [LintFinding] = []
        var start = 0
        var documentLanguage: Language?
        for end in mask.breaks + [bytes.count] where end > start {
            let tokens = ProseToken.scan(bytes, mask, start..<end)
            start = end
            guard !tokens.isEmpty else { continue }
            let seen = options.language == nil ? LanguageGuess.guess(tokens) : nil
            if let seen { documentLanguage = seen }
            let guessed = options.language ?? seen ?? documentLanguage ?? .fr
            findings += paragraph(tokens, bytes, language: guessed, file: file, lines: lines).sorted { $0.byteStart < $1.byteStart }
        }
        return findings
    }

    /// A term found in a paragraph: its tokens and the terms that end there.
    private struct Match {
        var first: Int
        var last: Int
        var entries: [TermTable.Entry]
    }

    private func paragraph(_ tokens: [ProseToken], _ bytes: [UInt8], language: Language, file: String, lines: LineIndex) -> [LintFinding] {
        guard let table = tables[language] else { return [] }
        let ids = tokens.map { table.word($0.stem) }
        var matches: [Match] = []
        var i = 0
        while i < tokens.count {
            var node: UInt32 = 0
            var best: Match?
            var j = i
            while j < tokens.count, j - i < table.longest, let id = ids[j], let next = table.child(node, id) {
                node = next
                if let entries = table.terms(at: node) {
                    let fitting = entries.filter { entry in
                        entry.exactText == nil && entry.acronym == nil
                            || j == i && entry.fits(raw: bytes[tokens[i].start..<tokens[i].end], word: tokens[i].word)
                    }
                    if !fitting.isEmpty { best = Match(first: i, last: j, entries: fitting) }
                }
                j += 1
            }
            if let best {
                matches.append(best)
                i = best.last + 1
            } else {
                i += 1
            }
        }
        // Concepts the paragraph names unambiguously: the evidence for ambiguous forms.
        var named: Set<Int> = []
        for match in matches where Set(match.entries.map(\.concept)).count == 1 { named.insert(match.entries[0].concept) }
        var findings: [LintFinding] = []
        for match in matches {
            let flagged = match.entries.compactMap { entry in reason(entry).map { (entry, $0) } }
            guard !flagged.isEmpty else { continue }
            let flaggedConcepts = Set(flagged.map(\.0.concept))
            let correctElsewhere = Set(match.entries.filter { $0.term.status.isRecommended && !flaggedConcepts.contains($0.concept) }.map(\.concept))
            var reported: Set<Int> = []
            for (entry, why) in flagged where !reported.contains(entry.concept) {
                if !correctElsewhere.isEmpty {
                    // Ambiguous: the paragraph must name this concept otherwise, and none of the others.
                    guard named.contains(entry.concept), named.isDisjoint(with: correctElsewhere) else { continue }
                }
                reported.insert(entry.concept)
                findings.append(finding(entry, why, tokens[match.first].start, tokens[match.last].end, bytes, language, file, lines))
            }
        }
        return findings
    }

    /// Why an entry is reported, if it is.
    private func reason(_ entry: TermTable.Entry) -> (LintFinding.Rule, String, AuthorityVerdict?)? {
        switch entry.term.status {
        case .obsolete: return (.obsolete, "obsolete", nil)
        case .deprecated where options.minStatus == .deprecated: return (.deprecated, "deprecated", nil)
        default: break
        }
        if options.authority, let verdict = entry.term.authority.first(where: { $0.verdict != .recommended && $0.verdict != .admitted }),
            options.minStatus == .deprecated || verdict.verdict == .obsolete
        {
            return (.authority, verdict.verdict.rawValue, verdict)
        }
        return nil
    }

    private func finding(
        _ entry: TermTable.Entry, _ why: (LintFinding.Rule, String, AuthorityVerdict?), _ start: Int, _ end: Int,
        _ bytes: [UInt8], _ language: Language, _ file: String, _ lines: LineIndex
    ) -> LintFinding {
        let concept = concepts[entry.concept]
        let suggestions = Self.suggestions(for: entry.term, in: concept, language: language, verdict: why.2)
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let (line, column) = lines.position(start, bytes)
        let (endLine, endColumn) = lines.position(end, bytes)
        let shown = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " ")
        let message = LintMessage.text(
            found: shown, rule: why.0, verdict: why.2, suggestions: suggestions,
            concept: concept.id, language: language)
        var finding = LintFinding(
            file: file, line: line, column: column, endLine: endLine, endColumn: endColumn, text: text,
            concept: concept.id, status: why.1, suggestions: suggestions, rule: why.0, language: language,
            message: message, byteStart: start, byteEnd: end)
        finding.term = entry.term.text
        return finding
    }

    /// What to write instead: the terms the authority recommends, for an authority finding;
    /// else the concept's preferred terms, acronyms first for an acronym, full forms first
    /// otherwise.
    static func suggestions(for term: Term, in concept: Concept, language: Language, verdict: AuthorityVerdict?) -> [String] {
        let terms = concept[language].terms.filter { $0.text != term.text }
        if let verdict {
            let endorsed = terms.filter { $0.authority.contains { $0.by == verdict.by && $0.verdict == .recommended } }
            if !endorsed.isEmpty { return endorsed.map(\.text) }
        }
        let preferred = terms.filter { $0.status == .preferred }
        let isAcronym: (Term) -> Bool = { $0.type == .acronym }
        let ordered =
            term.type == .acronym
            ? preferred.filter(isAcronym) + preferred.filter { !isAcronym($0) }
            : preferred.filter { !isAcronym($0) } + preferred.filter(isAcronym)
        return ordered.isEmpty ? terms.filter { $0.status == .admitted }.map(\.text) : ordered.map(\.text)
    }
}

/// Line starts of a document, to turn a byte offset into a line and a column.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
    }

    /// 1-based line, and 1-based column in Unicode scalars.
    func position(_ offset: Int, _ bytes: [UInt8]) -> (Int, Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = bytes[starts[low]..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column + 1)
    }
}
