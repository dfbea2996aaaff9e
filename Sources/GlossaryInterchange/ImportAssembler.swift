import Foundation
import GlossaryModel

/// Turns ``ImportedEntry`` values into concepts: gives each a valid, unique slug id, points
/// references and `[[id]]` links at those ids, and maps subject fields onto the domains of
/// `domains.yaml` (by id or by name in either language).
///
/// Entries with no term in French or English (a term base's other languages only) are left
/// out and counted: this glossary holds French and English, and never invents a translation.
/// An entry with terms in one of the two is kept; `glossary check` flags it. An entry that
/// cites no source of its own cites the file it came from.
struct ImportAssembler {
    let domains: [Domain]
    var foreign: ForeignValues
    /// The name of the file read, cited by entries without a source of their own.
    let fileName: String
    var notices: [String] = []

    init(domains: [Domain], foreign: ForeignValues, path: String) {
        self.domains = domains
        self.foreign = foreign
        fileName = (path as NSString).lastPathComponent
    }

    mutating func assemble(_ entries: [ImportedEntry]) -> ImportResult {
        let leftOut = entries.filter { entry in Language.allCases.allSatisfy { entry[$0].terms.isEmpty } }
        let leftOutIDs = Set(leftOut.compactMap(\.sourceID))
        if !leftOut.isEmpty {
            let named = leftOut.prefix(10).map { $0.sourceID ?? "line \($0.line)" }.joined(separator: ", ")
            notices.append(
                "\(leftOut.count) entr\(leftOut.count == 1 ? "y has" : "ies have") no term in French or English and \(leftOut.count == 1 ? "was" : "were") left out (\(named)\(leftOut.count > 10 ? ", …" : "")): this glossary holds French and English"
            )
        }
        let entries = entries.filter { entry in Language.allCases.contains { !entry[$0].terms.isEmpty } }
        // 1. Ids: keep the file's id when it is a slug once lowercased (our own exports, IATE
        //    numbers), else
        //    make one from the headword; add -2, -3… on collision.
        var used: Set<String> = []
        var idMap: [String: String] = [:]
        var ids: [String] = []
        var renamed = 0
        for entry in entries {
            let own = entry.sourceID.map { Self.clean($0).lowercased() }
            var base: String
            if let own, ContentValidator.isSlug(own) {
                base = own
            } else {
                let headword = entry.fr.headword?.text ?? entry.en.headword?.text ?? entry.sourceID ?? "concept"
                base = Slug.make(headword)
                if entry.sourceID != nil { renamed += 1 }
            }
            // An id names a file: cut it at a hyphen to leave room for a suffix and `.yaml`.
            if base.utf8.count > Self.maximumIDLength {
                base = Self.shortened(base)
                if entry.sourceID != nil { renamed += 1 }
            }
            var id = base, n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            if id != base { renamed += 1 }
            used.insert(id)
            ids.append(id)
            if let source = entry.sourceID, idMap[source] == nil { idMap[source] = id }
        }
        if renamed > 0 { notices.append("\(renamed) entry id(s) were not valid or unique slugs and were renamed") }
        func target(_ raw: String) -> String { idMap[raw] ?? Self.slug(raw) }

        // 2. Headwords by new id, to drop link labels that only repeat the headword.
        var headwords: [String: [Language: String]] = [:]
        for (entry, id) in zip(entries, ids) {
            // As ``Concept/headword(_:)`` falls back (a one-language concept shows its one
            // headword in both), which is what the exporters write as a link's text.
            let fr = entry.fr.headword?.text, en = entry.en.headword?.text
            headwords[id] = [.fr: fr ?? en ?? id, .en: en ?? fr ?? id]
        }
        func relink(_ markdown: String, _ language: Language) -> String {
            WikiLink.replacing(in: markdown) { link in
                let id = target(link.id)
                guard let label = link.label, label != headwords[id]?[language] else { return "[[\(id)]]" }
                return "[[\(id)|\(label)]]"
            }
        }

        // 3. Domains.
        var newDomains: [Domain] = []
        var spellings: [String: String] = [:]
        func domain(_ raw: String) -> String {
            if let known = domains.first(where: { $0.id == raw }) { return known.id }
            let key = TextFolding.compact(raw)
            if let known = domains.first(where: { TextFolding.compact($0.fr.name) == key || TextFolding.compact($0.en.name) == key }) {
                return known.id
            }
            let id = Slug.make(raw)
            if !newDomains.contains(where: { $0.id == id }) {
                newDomains.append(Self.domain(id: id, raw: raw))
                spellings[id] = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return id
        }

        var concepts: [Concept] = []
        var uncited = 0
        func kept(_ raw: String) -> Bool { !leftOutIDs.contains(raw) }
        for (entry, id) in zip(entries, ids) {
            var sections: [Language: LanguageSection] = [:]
            for language in Language.allCases {
                var section = entry[language]
                section.definition = relink(section.definition, language)
                section.notes = section.notes.map { relink($0, language) }
                section.examples = section.examples.map { relink($0, language) }
                section.terms = section.terms.map { term in
                    var term = term
                    term.note = term.note.map { relink($0, language) }
                    return term
                }
                sections[language] = section
            }
            sections[.en]!.notes += entry.extraNotes
            var sources = entry.sources
            if sources.isEmpty { sources = entry.definitionSources.map { Source(title: $0) } }
            if sources.isEmpty {
                sources = [Source(title: fileName, note: "imported from this file; the entry names no source of its own")]
                uncited += 1
            }
            let contrasts = entry.contrastTargets.filter(kept).map { raw in
                Contrast(
                    with: target(raw), fr: relink(entry.contrastTexts[raw]?[.fr] ?? "", .fr),
                    en: relink(entry.contrastTexts[raw]?[.en] ?? "", .en))
            }
            var seenDomains: [String] = []
            for raw in entry.domains where !seenDomains.contains(domain(raw)) { seenDomains.append(domain(raw)) }
            concepts.append(
                Concept(
                    id: id, domains: seenDomains, broader: entry.broader.filter(kept).map(target),
                    related: entry.related.filter(kept).map(target), contrasts: contrasts,
                    fr: sections[.fr]!, en: sections[.en]!, sources: sources))
        }
        if uncited > 0 {
            notices.append(
                "\(uncited) entr\(uncited == 1 ? "y cites" : "ies cite") no source: \(uncited == 1 ? "it cites" : "they cite") \(fileName), the file \(uncited == 1 ? "it" : "they") came from"
            )
        }
        var result = ImportResult(concepts: concepts, foreign: foreign, newDomains: newDomains, notices: notices)
        result.newDomainSpellings = spellings
        return result
    }

    /// A domain for a subject field `domains.yaml` lacks: named by the file's text (LTAC's
    /// "Stellar Birth"), or, when the text is the id itself (our exports), by the id with
    /// spaces and a capital ("modeles-externalisation" → "Modeles externalisation").
    static func domain(id: String, raw: String) -> Domain {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var name = text == id || text.isEmpty ? id.replacingOccurrences(of: "-", with: " ") : text
        name = name.prefix(1).uppercased() + name.dropFirst()
        return Domain(id: id, fr: .init(name: name), en: .init(name: name))
    }

    /// The longest id an import gives: its file name (with `-NN` and `.yaml`) stays well
    /// within the 255 bytes of a file name.
    static let maximumIDLength = 120

    /// `id` (a slug) cut to ``maximumIDLength`` bytes, at a hyphen when there is one.
    static func shortened(_ id: String) -> String {
        var cut = String(decoding: id.utf8.prefix(maximumIDLength), as: UTF8.self)
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) > maximumIDLength / 2 {
            cut = String(cut[..<hyphen])
        }
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut
    }

    /// The file's id without the underscore ``TBXExporter/xmlID(_:)`` adds before a digit.
    static func clean(_ id: String) -> String {
        id.hasPrefix("_") ? String(id.dropFirst()) : id
    }

    static func slug(_ raw: String) -> String {
        let id = clean(raw)
        return ContentValidator.isSlug(id) ? id : Slug.make(id)
    }
}
