import Foundation
import GlossaryModel

/// Reads TBX v3 (`<tbx>`, DCA style) or v2 (`<martif>`) into concepts: the files this
/// project exports (every field comes back, see ``TBXExporter``) and those of other tools
/// (LTAC's examples, IATE, MultiTerm, memoQ).
///
/// Nothing is dropped silently: a value outside our enumerations is kept in the note of its
/// term, a language other than French or English becomes an English note, and both are
/// counted in ``ForeignValues``; transaction records (dates, authors) and images are counted
/// as left out.
public struct TBXImporter: Sendable {
    /// The domains of the content folder, to map subject fields onto.
    package let domains: [Domain]

    /// An importer that maps entries' subject fields to `domains`.
    public init(domains: [Domain]) { self.domains = domains }

    /// Reads a TBX file held in memory.
    public func read(_ data: Data, path: String) throws(ImportError) -> ImportResult {
        try read(.data(data), path: path)
    }

    /// Reads the TBX file at `path` as a stream: one entry at a time is held as a tree, so a
    /// file of hundreds of megabytes is read in the memory of its concepts, not of its XML.
    public func read(file path: String) throws(ImportError) -> ImportResult {
        try read(.file(path), path: path)
    }

    private func read(_ source: XMLTree.Source, path: String) throws(ImportError) -> ImportResult {
        var reader = Reader()
        var entries: [ImportedEntry] = []
        try XMLTree.read(
            source, path: path, entries: ["conceptEntry", "termEntry"],
            root: { root in
                root.name == "tbx" || root.name == "martif"
                    ? nil
                    : "not a TBX file: the root element is <\(root.name)>, expected <tbx> (TBX v3) or <martif> (TBX v2)"
            }, entry: { entries.append(reader.entry($0)) })
        var assembler = ImportAssembler(domains: domains, foreign: reader.foreign, path: path)
        var result = assembler.assemble(entries)
        if reader.assumedStatus > 0 {
            result.notices.append(
                "\(reader.assumedStatus) term(s) had no administrativeStatus: the first of each language was taken as preferred, the others as admitted")
        }
        return result
    }

    /// Walks entries, collecting what it keeps and leaves out.
    struct Reader {
        var foreign = ForeignValues()
        var assumedStatus = 0

        mutating func entry(_ node: XMLNode) -> ImportedEntry {
            var entry = ImportedEntry(sourceID: node.attributes["id"], line: node.line)
            for child in node.elements {
                switch (child.name, child.type) {
                case ("descrip", "subjectField"):
                    entry.domains.append(Self.clean(child.text))
                case ("descrip", "definition") where Self.language(of: child) != nil:
                    entry.withSection(Self.language(of: child)!) { $0.definition = Self.markdown(child) }
                case ("note", _) where Self.language(of: child) != nil:
                    // A field of a language without terms (``TBXExporter``).
                    let language = Self.language(of: child)!
                    let text = Self.markdown(child)
                    var section = entry[language]
                    if let example = Self.labelled(text, TBXVocabulary.exampleLabel) {
                        section.examples.append(example)
                    } else {
                        languageNote(text, language, section: &section, entry: &entry)
                    }
                    entry[language] = section
                case ("descrip", _), ("descripGrp", _):
                    let descrip = child.name == "descrip" ? child : child.elements("descrip").first
                    keepNote(descrip.map { "\($0.type ?? "descrip"): \(Self.markdown($0))" }, kind: "concept-level \(descrip?.type ?? "descrip")", in: &entry)
                case ("ref", _):
                    let raw = Self.clean(child.text)
                    let kind = ["broader", "related", "contrast"].first { raw.hasPrefix("\($0):") } ?? "related"
                    if let target = child.attributes["target"] { entry.addRelation(kind: kind, target: target) }
                case ("adminGrp", _):
                    source(child, into: &entry)
                case ("admin", "source"):
                    entry.sources.append(Source(title: Self.clean(child.text)))
                case ("admin", let type):
                    keepNote("\(type ?? "admin"): \(Self.clean(child.text))", kind: "admin \(type ?? "")", in: &entry)
                case ("note", _):
                    keepNote(Self.markdown(child), kind: "concept-level note", in: &entry)
                case ("xref", "externalCrossReference"):
                    let url = child.attributes["target"]
                    let text = Self.clean(child.text)
                    entry.sources.append(Source(title: text.isEmpty ? (url ?? "link") : text, url: url))
                case ("xref", let type):
                    foreign.ignore("xref \(type ?? "")")
                case ("transacGrp", _):
                    foreign.ignore("transaction record (transacGrp)")
                case ("langSec", _), ("langSet", _):
                    language(child, into: &entry)
                default:
                    foreign.ignore("<\(child.name)> in an entry")
                }
            }
            return entry
        }

        private mutating func keepNote(_ note: String?, kind: String, in entry: inout ImportedEntry) {
            guard let note, !note.isEmpty else { return }
            entry.extraNotes.append(note)
            foreign.keep(kind)
        }

        /// An `adminGrp` of a source: the title, then our labelled notes (`publisher: …`).
        private mutating func source(_ node: XMLNode, into entry: inout ImportedEntry) {
            guard let admin = node.elements("admin").first, admin.type == "source" else {
                foreign.ignore("adminGrp \(node.elements("admin").first?.type ?? "")")
                return
            }
            var source = Source(title: Self.clean(admin.text))
            var rest: [String] = []
            for note in node.elements("note") {
                let text = note.text
                if let value = Self.labelled(text, "publisher") {
                    source.publisher = value
                } else if let value = Self.labelled(text, "id") {
                    source.id = value
                } else if let value = Self.labelled(text, "date") {
                    source.date = value
                } else if let value = Self.labelled(text, "url") {
                    source.url = value
                } else if let value = Self.labelled(text, "seed") {
                    source.seed = value
                } else if let value = Self.labelled(text, "note") {
                    source.note = value
                } else {
                    rest.append(Self.clean(text))
                }
            }
            if !rest.isEmpty { source.note = ([source.note].compactMap { $0 } + rest).joined(separator: "\n") }
            entry.sources.append(source)
        }

        private mutating func language(_ node: XMLNode, into entry: inout ImportedEntry) {
            let tag = (node.attributes["xml:lang"] ?? node.attributes["lang"] ?? "").lowercased()
            let base = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: base) else {
                other(node, tag: tag, into: &entry)
                return
            }
            var section = entry[language]
            var definitions: [String] = []
            for child in node.elements {
                switch child.name {
                case "descrip", "descripGrp":
                    let descrip = child.name == "descrip" ? child : child.elements("descrip").first
                    guard let descrip else { continue }
                    let text = Self.markdown(descrip)
                    switch descrip.type {
                    case "definition": definitions.append(text)
                    case "context": section.examples.append(text)
                    default:
                        section.notes.append("\(descrip.type ?? "descrip"): \(text)")
                        foreign.keep("descrip \(descrip.type ?? "")")
                    }
                    for admin in child.elements("admin") where admin.type == "source" {
                        let title = Self.clean(admin.text)
                        if !entry.definitionSources.contains(title) { entry.definitionSources.append(title) }
                    }
                case "note":
                    languageNote(Self.markdown(child), language, section: &section, entry: &entry)
                case "termSec", "tig", "ntig":
                    if let term = term(child, examples: &section.examples) { section.terms.append(term) }
                case "transacGrp":
                    foreign.ignore("transaction record (transacGrp)")
                default:
                    section.notes.append("\(child.type ?? child.name): \(Self.clean(child.text))")
                    foreign.keep("<\(child.name)> in a language section")
                }
            }
            if let first = definitions.first { section.definition = first }
            for extra in definitions.dropFirst() {
                section.notes.append(extra)
                foreign.keep("second definition")
            }
            // Terms without a status: the first becomes preferred when none is.
            if let unset = section.terms.firstIndex(where: { $0.note?.contains(Self.unsetMarker) == true }) {
                for i in section.terms.indices where section.terms[i].note?.contains(Self.unsetMarker) == true {
                    section.terms[i].note = Self.removingMarker(section.terms[i].note)
                    assumedStatus += 1
                    if i == unset, !section.terms.contains(where: { $0.status == .preferred }) { section.terms[i].status = .preferred }
                }
            }
            entry[language] = section
        }

        /// A note of a language: our contrast (`Contrast with [[id]]: text`) or keyword
        /// (`keyword: text`) notes, else a note.
        private func languageNote(_ text: String, _ language: Language, section: inout LanguageSection, entry: inout ImportedEntry) {
            if let (target, contrast) = Self.contrast(text) {
                if !entry.contrastTargets.contains(target) { entry.contrastTargets.append(target) }
                entry.contrastTexts[target, default: [:]][language] = contrast
            } else if let keyword = Self.labelled(text, TBXVocabulary.keywordLabel) {
                section.keywords.append(keyword)
            } else {
                section.notes.append(text)
            }
        }

        /// French or English, from an entry-level element's `xml:lang` (how ``TBXExporter``
        /// writes the fields of a language without terms); `nil` for any other or none.
        static func language(of node: XMLNode) -> Language? {
            let tag = (node.attributes["xml:lang"] ?? node.attributes["lang"] ?? "").lowercased()
            return Language(rawValue: String(tag.split(separator: "-").first ?? ""))
        }

        /// A term section: `termSec` (v3), `tig` or `ntig` with its `termGrp` (v2).
        private mutating func term(_ node: XMLNode, examples: inout [String]) -> Term? {
            var nodes: [XMLNode] = []
            for child in node.elements {
                if child.name == "termGrp" || child.name == "termNoteGrp" { nodes += child.elements } else { nodes.append(child) }
            }
            guard let text = nodes.first(where: { $0.name == "term" }).map({ Self.clean($0.text) }), !text.isEmpty else { return nil }
            var term = Term(text: text, status: .admitted)
            var notes: [String] = []
            var hasStatus = false, otherPOS = false, phraseType = false
            for child in nodes {
                let value = Self.clean(child.text)
                switch (child.name, child.type) {
                case ("term", _): continue
                case ("termNote", "administrativeStatus"):
                    hasStatus = true
                    if let status = TBXVocabulary.status(value) {
                        term.status = status
                    } else {
                        notes.append("administrativeStatus: \(value)")
                        foreign.keep("administrativeStatus '\(value)'")
                    }
                case ("termNote", "termType"):
                    if value == "phrase" {
                        phraseType = true
                    } else if let type = TermType(rawValue: value) {
                        term.type = type
                    } else {
                        notes.append("termType: \(value)")
                        foreign.keep("termType '\(value)'")
                    }
                case ("termNote", "partOfSpeech"):
                    if value == "other" {
                        otherPOS = true
                    } else if let pos = PartOfSpeech(rawValue: value) {
                        term.pos = pos
                    } else {
                        notes.append("partOfSpeech: \(value)")
                        foreign.keep("partOfSpeech '\(value)'")
                    }
                case ("termNote", "geographicalUsage"):
                    term.geo.append(value)
                case ("termNote", "grammaticalGender"):
                    if let gender = TBXVocabulary.gender(value) {
                        term.gender = gender
                    } else {
                        notes.append("grammaticalGender: \(value)")
                        foreign.keep("grammaticalGender '\(value)'")
                    }
                case ("descrip", "context"), ("descripGrp", _):
                    let descrip = child.name == "descrip" ? child : child.elements("descrip").first
                    guard let descrip else { continue }
                    if descrip.type == "context" {
                        var example = Self.markdown(descrip)
                        for admin in child.elements("admin") where child !== descrip {
                            example += " (\(admin.type ?? "source"): \(Self.clean(admin.text)))"
                            foreign.keep("source of a context")
                        }
                        examples.append(example)
                    } else {
                        notes.append("\(descrip.type ?? "descrip"): \(Self.markdown(descrip))")
                        foreign.keep("\(descrip.type ?? "descrip")")
                    }
                case ("note", _):
                    let text = Self.markdown(child)
                    if text == TBXVocabulary.phraseNote {
                        term.pos = .phrase
                    } else if let value = Self.labelled(text, TBXVocabulary.registerLabel), let register = TermRegister(rawValue: value) {
                        term.register = register
                    } else if let value = Self.labelled(text, TBXVocabulary.authorityLabel), let verdict = TBXVocabulary.authorityVerdict(value) {
                        term.authority.append(verdict)
                    } else {
                        notes.append(text)
                    }
                case ("transacGrp", _):
                    foreign.ignore("transaction record (transacGrp)")
                default:
                    notes.append("\(child.type ?? child.name): \(value)")
                    foreign.keep("\(child.name) \(child.type ?? "")".trimming(newlines: false))
                }
            }
            if otherPOS, phraseType {
                term.pos = .phrase
            } else {
                // `other` with our phrase note is a phrase that also has a term type (TBXExporter).
                if otherPOS, term.pos != .phrase { notes.append("partOfSpeech: other"); foreign.keep("partOfSpeech 'other'") }
                if phraseType {
                    if term.pos == nil { term.pos = .phrase } else { notes.append("termType: phrase"); foreign.keep("termType 'phrase'") }
                }
            }
            if !hasStatus { notes.append(Self.unsetMarker) }
            term.note = notes.isEmpty ? nil : notes.joined(separator: "\n")
            return term
        }

        /// A language section in a language other than French and English: one English note
        /// with its terms and definition.
        private mutating func other(_ node: XMLNode, tag: String, into entry: inout ImportedEntry) {
            node.walk { child in
                guard case .element(let e) = child else { return false }
                if e.name == "transacGrp" { foreign.ignore("transaction record (transacGrp)"); return false }
                return true
            }
            var parts: [String] = []
            let terms = node.elements.filter { ["termSec", "tig", "ntig"].contains($0.name) }.compactMap { section -> String? in
                let all = section.elements + section.elements("termGrp").flatMap(\.elements)
                guard let term = all.first(where: { $0.name == "term" }) else { return nil }
                let status = all.first { $0.name == "termNote" && $0.type == "administrativeStatus" }.map { " (\(Self.clean($0.text)))" } ?? ""
                return Self.clean(term.text) + status
            }
            if !terms.isEmpty { parts.append("terms: " + terms.joined(separator: "; ")) }
            // A definition's sources (`admin type="source"` beside it in its group) stay with it.
            let definitions =
                node.elements("descrip").filter { $0.type == "definition" }.map(Self.markdown)
                + node.elements("descripGrp").flatMap { group in
                    let sources = group.elements("admin").filter { $0.type == "source" }.map { " (source: \(Self.clean($0.text)))" }
                    return group.elements("descrip").filter { $0.type == "definition" }.map { Self.markdown($0) + sources.joined() }
                }
            if !definitions.isEmpty { parts.append("definition: " + definitions.joined(separator: " ")) }
            guard !parts.isEmpty else { return }
            entry.extraNotes.append("[\(tag.isEmpty ? "?" : tag)] " + parts.joined(separator: "; "))
            foreign.keep("language '\(tag)'")
        }

        static let unsetMarker = "\u{1}no-status\u{1}"

        static func removingMarker(_ note: String?) -> String? {
            guard let note else { return nil }
            let rest = note.replacingOccurrences(of: "\n" + unsetMarker, with: "").replacingOccurrences(of: unsetMarker, with: "")
            return rest.isEmpty ? nil : rest
        }

        /// `Contrast with [[id]]: text`, as ``TBXExporter`` writes a contrast.
        static func contrast(_ note: String) -> (String, String)? {
            guard note.hasPrefix("Contrast with [["), let close = note.range(of: "]]: ") else { return nil }
            let inner = note[note.index(note.startIndex, offsetBy: 16)..<close.lowerBound]
            let id = inner.split(separator: "|", maxSplits: 1).first.map(String.init) ?? ""
            return (id, String(note[close.upperBound...]))
        }

        static func labelled(_ text: String, _ label: String) -> String? {
            text.hasPrefix("\(label): ") ? clean(String(text.dropFirst(label.count + 2))) : nil
        }

        /// Mixed content as Markdown: entailed terms with a target become `[[target|text]]`
        /// links (``ImportAssembler`` maps the target and drops a label equal to the headword).
        static func markdown(_ node: XMLNode) -> String {
            var out = ""
            node.walk { child in
                switch child {
                case .text(let text):
                    out += text
                    return false
                case .element(let e):
                    guard e.name == "hi", e.type == "entailedTerm", let target = e.attributes["target"] else { return true }
                    out += "[[\(target)|\(e.text)]]"
                    return false
                }
            }
            return clean(out)
        }

        /// Text without the indentation of pretty-printed XML: a line break followed by
        /// indentation is a soft wrap and becomes one space; the ends are trimmed.
        static func clean(_ text: String) -> String {
            text.replacingOccurrences(of: "[ \\t]*\\r?\\n[ \\t]+", with: " ", options: .regularExpression)
                .trimmed
        }
    }
}
