import Foundation
import GlossaryModel

/// Reads a CSV file with one row per term: this project's export (see ``CSVColumns``), or a
/// spreadsheet that has at least the columns `concept`, `language` and `term` (header names
/// are matched without regard to case; `id`, `lang` and `domains` are accepted too).
///
/// Statuses may be ours (`preferred`) or TBX's (`preferredTerm-admn-sts`); other values, and
/// rows in languages other than French and English, are kept as notes and counted.
public struct CSVImporter: Sendable {
    package let domains: [Domain]

    /// An importer that checks rows' domains against `domains`.
    public init(domains: [Domain]) { self.domains = domains }

    /// The concepts of a CSV file; `path` names it in errors, which carry line and column.
    public func read(_ data: Data, path: String) throws(ImportError) -> ImportResult {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformedInput(path: path, line: 1, column: 1, reason: "the file is not UTF-8 text; save it as CSV UTF-8")
        }
        var records = try CSVTable.parse(text, path: path)
        guard let header = records.first else {
            throw .malformedInput(path: path, line: 1, column: 1, reason: "the file is empty; expected a header row with at least concept, language, term")
        }
        // Our own export guards cells that spreadsheets would evaluate: take the guard off.
        if header.fields == CSVColumns.all {
            for i in records.indices.dropFirst() { records[i].fields = records[i].fields.map(CSVTable.restoringFormula) }
        }
        let aliases = ["id": "concept", "lang": "language", "domains": "domain"]
        var columns: [String: Int] = [:]
        for (i, name) in header.fields.enumerated() {
            let key = name.trimming(newlines: false).lowercased()
            columns[aliases[key] ?? key] = columns[aliases[key] ?? key] ?? i
        }
        let missing = CSVColumns.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw .malformedInput(
                path: path, line: header.line, column: 1,
                reason: "the header row lacks the column(s) \(missing.joined(separator: ", ")); name them in the first row")
        }

        var foreign = ForeignValues()
        var entries: [ImportedEntry] = []
        var indexByID: [String: Int] = [:]
        var seenLanguage: Set<String> = []
        var unset: [String: Set<Int>] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw .malformedInput(
                    path: path, line: record.line, column: 1,
                    reason:
                        "malformed CSV: this record has \(record.fields.count) field(s), the header has \(header.fields.count); quote fields that contain commas"
                )
            }
            func value(_ column: String) -> String {
                columns[column].map { record.fields[$0].trimmed } ?? ""
            }
            func list<T: Decodable>(_ column: String, _ type: T.Type) throws(ImportError) -> [T] {
                let raw = value(column)
                guard !raw.isEmpty else { return [] }
                do { return try JSONDecoder().decode([T].self, from: Data(raw.utf8)) } catch {
                    throw .malformedInput(
                        path: path, line: record.line, column: (columns[column] ?? 0) + 1,
                        reason: "column '\(column)' (field \((columns[column] ?? 0) + 1)) is not a JSON array as the export writes it")
                }
            }
            func ids(_ column: String) -> [String] {
                value(column).split(separator: ";").map { $0.trimming(newlines: false) }.filter { !$0.isEmpty }
            }
            let id = value("concept")
            let term = value("term")
            guard !id.isEmpty || !term.isEmpty else { continue }
            let key = id.isEmpty ? "row-\(record.line)" : id
            let index: Int
            if let existing = indexByID[key] {
                index = existing
            } else {
                var entry = ImportedEntry(sourceID: id.isEmpty ? nil : id, line: record.line)
                entry.domains = ids("domain")
                entry.broader = ids("broader")
                entry.related = ids("related")
                let contrasts = try list("contrasts", Contrast.self)
                for contrast in contrasts {
                    entry.contrastTargets.append(contrast.with)
                    entry.contrastTexts[contrast.with] = [.fr: contrast.fr, .en: contrast.en]
                }
                entry.sources = try list("sources", Source.self)
                entries.append(entry)
                index = entries.count - 1
                indexByID[key] = index
            }
            let tag = value("language").lowercased()
            guard let language = Language(rawValue: String(tag.split(separator: "-").first ?? "")) else {
                let status = value("status")
                entries[index].extraNotes.append(
                    "[\(tag)] \(term)\(status.isEmpty ? "" : " (\(status))")" + (value("definition").isEmpty ? "" : "; definition: \(value("definition"))"))
                foreign.keep("language '\(tag)'")
                continue
            }
            // The section is changed where it lies (see ``ImportedEntry/withSection(_:_:)``):
            // a copy taken out and put back copied its terms on every row, quadratic when
            // one concept has many rows.
            if seenLanguage.insert("\(key)/\(language.rawValue)").inserted {
                let definition = value("definition")
                let notes = try list("notes", String.self)
                let examples = try list("examples", String.self)
                let keywords = try list("keywords", String.self)
                entries[index].withSection(language) { section in
                    section.definition = definition
                    section.notes = notes
                    section.examples = examples
                    section.keywords = keywords
                }
            }
            // A row without a term carries the fields of a language without terms (notes,
            // examples, keywords: ``CSVExporter``): no term is made of it.
            if term.isEmpty { continue }
            let termCount = entries[index].withSection(language) { $0.terms.count }
            var notes: [String] = []
            let note = value("term_note")
            if !note.isEmpty { notes.append(note) }
            var t = Term(text: term, status: .admitted)
            let status = value("status")
            if status.isEmpty {
                unset["\(index)/\(language.rawValue)", default: []].insert(termCount)
            } else if let known = TBXVocabulary.status(status) {
                t.status = known
            } else {
                notes.append("status: \(status)")
                foreign.keep("status '\(status)'")
            }
            func field<E: RawRepresentable>(_ column: String, _ map: (String) -> E?) -> E? {
                let raw = value(column)
                guard !raw.isEmpty else { return nil }
                if let v = map(raw) { return v }
                notes.append("\(column): \(raw)")
                foreign.keep("\(column) '\(raw)'")
                return nil
            }
            t.type = field("type") { TermType(rawValue: $0) }
            t.gender = field("gender") { TBXVocabulary.gender($0) }
            t.pos = field("pos") { PartOfSpeech(rawValue: $0) }
            t.register = field("register") { TermRegister(rawValue: $0) }
            t.geo = ids("geo")
            t.authority = try list("authority", AuthorityVerdict.self)
            t.note = notes.isEmpty ? nil : notes.joined(separator: "\n")
            entries[index].withSection(language) { $0.terms.append(t) }
        }
        var assumed = 0
        for (key, indices) in unset {
            let parts = key.split(separator: "/")
            guard let i = Int(parts[0]), let language = Language(rawValue: String(parts[1])) else { continue }
            assumed += indices.count
            if !entries[i][language].terms.contains(where: { $0.status == .preferred }), let first = indices.min() {
                entries[i][language].terms[first].status = .preferred
            }
        }
        var assembler = ImportAssembler(domains: domains, foreign: foreign, path: path)
        var result = assembler.assemble(entries)
        if assumed > 0 {
            result.notices.append("\(assumed) term(s) had no status: the first of each language was taken as preferred, the others as admitted")
        }
        return result
    }
}
