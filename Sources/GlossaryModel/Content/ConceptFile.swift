import Foundation

/// Parses one concept file (`concepts/<id>.yaml`) into a ``Concept``, with a diagnostic for
/// each problem that can be seen in the file alone. Cross-file rules live in ``ContentValidator``.
enum ConceptFile {
    static let conceptKeys = ["id", "domains", "broader", "related", "contrasts", "fr", "en", "sources"]
    static let sectionKeys = ["terms", "definition", "notes", "examples", "keywords"]
    static let termKeys = ["text", "status", "type", "gender", "pos", "note", "geo", "register", "authority"]
    static let contrastKeys = ["with", "fr", "en"]
    static let sourceKeys = ["title", "publisher", "url", "seed", "note", "id", "date"]
    static let authorityKeys = ["by", "verdict", "record"]

    /// The concept (nil when the file cannot be read as one) and the file's diagnostics.
    /// `positions` records where each reference was written, for cross-file errors.
    static func parse(_ text: String, path: String) -> (Concept?, [Diagnostic], ReferencePositions) {
        var reader = YAMLReader(path: path)
        var positions = ReferencePositions()
        let root: YAMLNode?
        do {
            root = try YAMLNode.parse(text)
        } catch {
            return (nil, [YAMLErrors.diagnostic(error, path: path)], positions)
        }
        guard let root else {
            return (nil, [Diagnostic(.error, path: path, "the file is empty; write a concept (see Content/README.md)")], positions)
        }
        guard let fields = reader.mapping(root, context: "the concept", allowed: conceptKeys) else {
            return (nil, reader.diagnostics, positions)
        }
        let id = reader.string(fields["id"]?.value, field: "id", at: root) ?? ""
        positions.id = fields["id"]?.value.mark ?? root.mark

        func ids(_ key: String) -> [String] {
            reader.strings(fields[key]?.value, field: key).map { value, node in
                positions.add(value, node)
                return value
            }
        }
        let domains = reader.strings(fields["domains"]?.value, field: "domains").map { value, node in
            positions.domains[value] = node.mark
            return value
        }
        if domains.isEmpty { reader.error(fields["domains"]?.key ?? root, "missing 'domains': name at least one domain id from domains.yaml") }
        let broader = ids("broader")
        let related = ids("related")

        var contrasts: [Contrast] = []
        for item in reader.sequence(fields["contrasts"]?.value, field: "contrasts") {
            guard let c = reader.mapping(item, context: "a contrast", allowed: contrastKeys) else { continue }
            let with = reader.string(c["with"]?.value, field: "with", at: item)
            let fr = reader.string(c["fr"]?.value, field: "fr", at: item)
            let en = reader.string(c["en"]?.value, field: "en", at: item)
            if let with { positions.add(with, c["with"]!.value) }
            if let fr { positions.addLinks(in: fr, c["fr"]!.value) }
            if let en { positions.addLinks(in: en, c["en"]!.value) }
            if let with, let fr, let en { contrasts.append(Contrast(with: with, fr: fr, en: en)) }
        }

        var sections: [Language: LanguageSection] = [:]
        var records: [(record: String, node: YAMLNode)] = []
        for language in Language.allCases {
            guard let node = fields[language.rawValue]?.value else {
                sections[language] = LanguageSection(terms: [], definition: "")
                continue
            }
            sections[language] = section(node, language: language, reader: &reader, positions: &positions, records: &records)
        }
        // A concept in one language only (a term base imported from elsewhere, a translation
        // still to find) is valid, flagged; a concept in neither has nothing to show.
        let termless = Language.allCases.filter { sections[$0]?.terms.isEmpty ?? true }
        if termless.count == Language.allCases.count {
            reader.error(root, "the concept has no terms in French or in English: give at least one language's terms and definition")
        } else if let language = termless.first, sections[language]?.isEmpty == true {
            reader.warning(fields[language.rawValue]?.key ?? root, Self.oneLanguageWarning(missing: language))
        }

        var sources: [Source] = []
        let sourceNodes = reader.sequence(fields["sources"]?.value, field: "sources")
        if sourceNodes.isEmpty { reader.error(fields["sources"]?.key ?? root, "missing 'sources': cite at least one document the entry rests on") }
        for item in sourceNodes {
            guard let s = reader.mapping(item, context: "a source", allowed: sourceKeys) else { continue }
            guard let title = reader.string(s["title"]?.value, field: "title", at: item) else { continue }
            let date = reader.string(s["date"]?.value, field: "date", required: false, at: item)
            if let date, !isDate(date) {
                reader.error(s["date"]?.value, "'\(date)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let source = Source(
                title: title,
                publisher: reader.string(s["publisher"]?.value, field: "publisher", required: false, at: item),
                url: reader.string(s["url"]?.value, field: "url", required: false, at: item),
                seed: reader.string(s["seed"]?.value, field: "seed", required: false, at: item),
                note: reader.string(s["note"]?.value, field: "note", required: false, at: item),
                id: reader.string(s["id"]?.value, field: "id", required: false, at: item),
                date: date)
            if let url = source.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                reader.warning(s["url"]?.value, "'url' is not a web address (https:// or http://): readers cannot open it, and the site does not link it")
            }
            if source.isAuthority, source.id == nil || source.url == nil {
                reader.warning(
                    item,
                    "a \(source.publisher ?? "") source names its record: add \(source.id == nil ? "its 'id' (e.g. INFO711)" : "")\(source.id == nil && source.url == nil ? " and " : "")\(source.url == nil ? "its 'url'" : "")"
                )
            }
            sources.append(source)
        }
        let recordIDs = Set(sources.compactMap(\.id))
        for (record, node) in records where !recordIDs.contains(record) {
            reader.error(
                node, "authority record '\(record)' is not the 'id' of any of this concept's sources: add the source (publisher, id, url) or fix the id")
        }

        guard let fr = sections[.fr], let en = sections[.en] else { return (nil, reader.diagnostics, positions) }
        let concept = Concept(
            id: id, domains: domains, broader: broader, related: related,
            contrasts: contrasts, fr: fr, en: en, sources: sources)
        return (concept, reader.diagnostics, positions)
    }

    /// The warning on a concept that has no terms in `missing`.
    static func oneLanguageWarning(missing language: Language) -> String {
        let name = language == .fr ? "French" : "English", other = language == .fr ? "English" : "French"
        return
            "no \(name) terms: the concept is shown in \(other) only, and the quiz leaves out its cards that need \(name); add \(name) terms and a definition from a source when you have them (never a translation of your own)"
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a plausible month and day.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        if parts.count > 1 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false } }
        if parts.count > 2 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false } }
        return true
    }

    /// A region tag of `language`: `fr-FR`, `fr-CA`, `en-GB`…
    static func isRegion(_ tag: String, of language: Language) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == language.rawValue && parts[1].count == 2
            && parts[1].allSatisfy { $0.isASCII && $0.isUppercase }
    }

    private static func section(
        _ node: YAMLNode, language: Language, reader: inout YAMLReader,
        positions: inout ReferencePositions,
        records: inout [(record: String, node: YAMLNode)]
    ) -> LanguageSection? {
        let lang = language.rawValue
        guard let fields = reader.mapping(node, context: "the '\(lang)' section", allowed: sectionKeys) else { return nil }
        var terms: [Term] = []
        let termNodes = reader.sequence(fields["terms"]?.value, field: "terms")
        for item in termNodes {
            guard let t = reader.mapping(item, context: "a term", allowed: termKeys) else { continue }
            guard let text = reader.string(t["text"]?.value, field: "text", at: item) else { continue }
            let type = reader.enumeration(t["type"]?.value, field: "type", as: TermType.self)
            let gender = reader.enumeration(t["gender"]?.value, field: "gender", as: Gender.self)
            let pos = reader.enumeration(t["pos"]?.value, field: "pos", as: PartOfSpeech.self)
            let note = reader.string(t["note"]?.value, field: "note", required: false, at: item)
            let geo = reader.strings(t["geo"]?.value, field: "geo").compactMap { tag, n -> String? in
                if isRegion(tag, of: language) { return tag }
                reader.error(
                    n,
                    "'\(tag)' is not a region of \(language.name): write \(lang)- and a country code in capitals (\(language == .fr ? "fr-FR, fr-CA, fr-BE, fr-CH" : "en-GB, en-US, en-CA"))"
                )
                return nil
            }
            let register = reader.enumeration(t["register"]?.value, field: "register", as: TermRegister.self)
            var authority: [AuthorityVerdict] = []
            for a in reader.sequence(t["authority"]?.value, field: "authority") {
                guard let f = reader.mapping(a, context: "an authority verdict", allowed: authorityKeys) else { continue }
                let by = reader.string(f["by"]?.value, field: "by", at: a)
                guard let verdictNode = f["verdict"]?.value else {
                    reader.error(a, "an authority verdict needs 'verdict': one of \(AuthorityVerdict.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                let verdict = reader.enumeration(verdictNode, field: "verdict", as: AuthorityVerdict.Kind.self)
                let record = reader.string(f["record"]?.value, field: "record", required: false, at: a)
                if let record, let n = f["record"]?.value { records.append((record, n)) }
                if let by, let verdict { authority.append(AuthorityVerdict(by: by, verdict: verdict, record: record)) }
            }
            guard let statusNode = t["status"]?.value else {
                reader.error(item, "term '\(text)' has no 'status': use preferred, admitted, deprecated or obsolete")
                continue
            }
            guard let status = reader.enumeration(statusNode, field: "status", as: TermStatus.self) else { continue }
            terms.append(
                Term(
                    text: text, status: status, type: type, gender: gender, pos: pos, note: note,
                    geo: geo, register: register, authority: authority))
        }
        let definition = reader.string(fields["definition"]?.value, field: "definition", required: false, at: node)
        if termNodes.isEmpty {
            // No terms and no definition: the concept has no such language yet (see `parse`).
            if definition != nil {
                reader.error(fields["terms"]?.key ?? node, "the '\(lang)' section has a definition but no terms: add at least a preferred term")
            }
        } else if !terms.isEmpty, !terms.contains(where: { $0.status == .preferred }) {
            reader.error(fields["terms"]?.key ?? node, "no preferred term in '\(lang)': mark one term 'status: preferred'")
        }
        if definition == nil, !termNodes.isEmpty {
            reader.warning(
                fields["definition"]?.key ?? node, "no definition in '\(lang)': learners see the terms without what they mean; add a definition from a source")
        }
        if let definition, let n = fields["definition"]?.value { positions.addLinks(in: definition, n) }
        let notes = reader.strings(fields["notes"]?.value, field: "notes")
        let examples = reader.strings(fields["examples"]?.value, field: "examples")
        for (text, n) in notes + examples { positions.addLinks(in: text, n) }
        let keywords = reader.strings(fields["keywords"]?.value, field: "keywords")
        return LanguageSection(
            terms: terms, definition: definition ?? "", notes: notes.map(\.0), examples: examples.map(\.0),
            keywords: keywords.map(\.0))
    }
}

/// Where each concept id referenced by a file was written, so that a reference to a concept
/// that does not exist is reported on its own line.
struct ReferencePositions {
    var id: YAMLMark?
    /// Where each domain id was written.
    var domains: [String: YAMLMark?] = [:]
    private(set) var marks: [(id: String, mark: YAMLMark?)] = []

    mutating func add(_ id: String, _ node: YAMLNode) { marks.append((id, node.mark)) }

    /// Records the `[[id]]` links of a Markdown text.
    mutating func addLinks(in text: String, _ node: YAMLNode) {
        for link in WikiLink.all(in: text) { marks.append((link.id, node.mark)) }
    }
}

/// Turns libyaml's errors into diagnostics with the position it reports.
enum YAMLErrors {
    static func diagnostic(_ error: YAMLNode.SyntaxError, path: String) -> Diagnostic {
        guard let mark = error.mark else {
            return Diagnostic(.error, path: path, "cannot read the file as UTF-8 YAML: \(error.problem)")
        }
        if error.context == nil, error.advice?.hasPrefix("remove it") == true {
            return Diagnostic(.error, path: path, line: mark.line, column: mark.column, "\(error.problem); \(error.advice!)")
        }
        let context = error.context.map { " (\($0))" } ?? ""
        let advice = error.advice.map { "; \($0)" } ?? ""
        return Diagnostic(.error, path: path, line: mark.line, column: mark.column, "YAML syntax: \(error.problem)\(context)\(advice)")
    }
}
