import GlossaryModel

/// Writes the knowledge base as TBX-Basic: v3 in DCA style (valid against LTAC's RELAX NG
/// grammar and TBX-Basic Schematron) or v2 (`<martif>`).
///
/// Mapping, so that ``TBXImporter`` can read every field back:
/// - entry: `subjectField` per domain id; `crossReference` per relation, its text starting
///   with `broader:`, `related:` or `contrast:`; an `adminGrp` per source (`admin type="source"`
///   with the title, then `publisher:`, `id:`, `date:`, `url:`, `seed:`, `note:` notes).
/// - language section: the definition in a `descripGrp` with its sources; a `note` per note;
///   a note `Contrast with [[id]]: text` per contrast; a note `keyword: text` per keyword.
/// - term section: `administrativeStatus`, `termType`, `partOfSpeech`, `grammaticalGender`,
///   a `geographicalUsage` per region; the language's examples as `context` on the headword;
///   the term's note as `note`; notes `register: value` and, per authority verdict,
///   `authority: verdict; publisher; record` (TBX-Basic has no data category for either).
/// - a language without terms has no language section (TBX requires a term in each): its
///   notes, contrast texts, keywords and examples (`example: text`; TBX-Basic allows `context`
///   in a term section only) are entry-level `note`s with its `xml:lang`.
/// - `[[id]]` links in Markdown become `<hi type="entailedTerm" target="id">headword</hi>`.
package struct TBXExporter: Sendable {
    package let version: TBXVersion

    /// An exporter writing TBX `version` (v3 by default, or v2).
    package init(version: TBXVersion = .v3) { self.version = version }

    /// The knowledge base as a TBX document, one concept entry per concept.
    package func export(_ kb: KnowledgeBase) -> String {
        var xml = XMLWriter()
        switch version {
        case .v3:
            xml.raw(
                "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
            )
            xml.raw(
                "<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n"
            )
            xml.open("tbx", ["type": "TBX-Basic", "style": "dca", "xml:lang": "fr", "xmlns": TBXVersion.namespace])
            xml.open("tbxHeader")
        case .v2:
            xml.raw("<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n")
            xml.open("martif", ["type": "TBX-Basic", "xml:lang": "fr"])
            xml.open("martifHeader")
        }
        xml.open("fileDesc")
        xml.open("titleStmt")
        xml.element("title", "Glossaire de l'infogérance / IT outsourcing glossary")
        xml.close()
        xml.open("sourceDesc")
        xml.element("p", "Exported by glossary: \(kb.concepts.count) concepts, French and English. Subject fields are domain ids.")
        xml.close()
        xml.close()
        if version == .v2 {
            xml.open("encodingDesc")
            xml.element("p", ["type": "XCSURI"], "TBXBasicXCSV02.xcs")
            xml.close()
        }
        xml.close()
        xml.open("text")
        xml.open("body")
        for concept in kb.concepts { entry(concept, kb: kb, into: &xml) }
        xml.close()
        xml.close()
        xml.close()
        return xml.text
    }

    /// An XML id for a concept id: slugs may start with a digit, which `xsd:ID` forbids, so
    /// those get a leading underscore (which no slug has, so the importer can remove it).
    static func xmlID(_ id: String) -> String {
        id.first.map { $0.isLetter } == true ? id : "_" + id
    }

    private func entry(_ concept: Concept, kb: KnowledgeBase, into xml: inout XMLWriter) {
        xml.open(version.entry, ["id": Self.xmlID(concept.id)])
        for domain in concept.domains { xml.element("descrip", ["type": "subjectField"], domain) }
        let relations =
            concept.broader.map { ("broader", $0) } + concept.related.map { ("related", $0) }
            + concept.contrasts.map { ("contrast", $0.with) }
        for (kind, id) in relations {
            let label = kb.concept(id).map { "\($0.headword(.fr)) / \($0.headword(.en))" } ?? id
            xml.element("ref", ["type": "crossReference", "target": Self.xmlID(id)], "\(kind): \(label)")
        }
        for source in concept.sources {
            xml.open("adminGrp")
            xml.element("admin", ["type": "source"], source.title)
            for (label, value) in [
                ("publisher", source.publisher), ("id", source.id), ("date", source.date), ("url", source.url),
                ("seed", source.seed), ("note", source.note)
            ] {
                if let value { xml.element("note", "\(label): \(value)") }
            }
            xml.close()
        }
        // A language without terms has no section: TBX requires a term in each (a concept
        // imported from a one-language term base). What it holds all the same (notes,
        // examples, keywords, its side of a contrast) goes at entry level, marked with its
        // language, so that the import gives it back.
        for language in Language.allCases where !concept.has(language) { termless(concept, language, kb: kb, into: &xml) }
        for language in Language.allCases where concept.has(language) { section(concept, language, kb: kb, into: &xml) }
        xml.close()
    }

    /// The fields of a language without terms, as entry-level `note`s with its `xml:lang`.
    private func termless(_ concept: Concept, _ language: Language, kb: KnowledgeBase, into xml: inout XMLWriter) {
        let section = concept[language]
        let lang = ["xml:lang": language.rawValue] as KeyValuePairs<String, String?>
        if !section.definition.isEmpty {
            xml.element("descrip", ["type": "definition", "xml:lang": language.rawValue], markup: markup(section.definition, language, kb))
        }
        for note in section.notes { xml.element("note", lang, markup: markup(note, language, kb)) }
        for contrast in concept.contrasts where !contrast[language].isEmpty {
            xml.element("note", lang, markup: markup("Contrast with [[\(contrast.with)]]: \(contrast[language])", language, kb))
        }
        for keyword in section.keywords { xml.element("note", lang, "\(TBXVocabulary.keywordLabel): \(keyword)") }
        // TBX-Basic allows `context` in a term section only.
        for example in section.examples {
            xml.element("note", lang, markup: XML.escape("\(TBXVocabulary.exampleLabel): ") + markup(example, language, kb))
        }
    }

    private func section(_ concept: Concept, _ language: Language, kb: KnowledgeBase, into xml: inout XMLWriter) {
        let section = concept[language]
        xml.open(version.languageSection, ["xml:lang": language.rawValue])
        if !section.definition.isEmpty {
            xml.open("descripGrp")
            xml.element("descrip", ["type": "definition"], markup: markup(section.definition, language, kb))
            for source in concept.sources {
                xml.element("admin", ["type": "source"], [source.publisher, source.title].compactMap { $0 }.joined(separator: ", "))
            }
            xml.close()
        }
        for note in section.notes { xml.element("note", markup: markup(note, language, kb)) }
        for contrast in concept.contrasts {
            xml.element("note", markup: markup("Contrast with [[\(contrast.with)]]: \(contrast[language])", language, kb))
        }
        for keyword in section.keywords { xml.element("note", "\(TBXVocabulary.keywordLabel): \(keyword)") }
        let headword = section.headword
        for term in section.terms {
            xml.open(version.termSection)
            xml.element("term", term.text)
            xml.element("termNote", ["type": "administrativeStatus"], TBXVocabulary.status(term.status))
            let type = term.type?.rawValue ?? (term.pos == .phrase ? "phrase" : nil)
            if let type { xml.element("termNote", ["type": "termType"], type) }
            if let pos = term.pos { xml.element("termNote", ["type": "partOfSpeech"], TBXVocabulary.partOfSpeech(pos)) }
            if let gender = term.gender { xml.element("termNote", ["type": "grammaticalGender"], TBXVocabulary.gender(gender)) }
            for region in term.geo { xml.element("termNote", ["type": "geographicalUsage"], region) }
            if term == headword {
                for example in section.examples { xml.element("descrip", ["type": "context"], markup: markup(example, language, kb)) }
            }
            if let note = term.note { xml.element("note", markup: markup(note, language, kb)) }
            if let register = term.register { xml.element("note", "\(TBXVocabulary.registerLabel): \(register.rawValue)") }
            for verdict in term.authority { xml.element("note", TBXVocabulary.authorityNote(verdict)) }
            if term.pos == .phrase, term.type != nil { xml.element("note", TBXVocabulary.phraseNote) }
            xml.close()
        }
        xml.close()
    }

    /// Escaped mixed content for Markdown: `[[id]]` links become entailed terms that point to
    /// the linked entry, showing the link's label or the linked concept's headword.
    private func markup(_ markdown: String, _ language: Language, _ kb: KnowledgeBase) -> String {
        var out = ""
        var cursor = markdown.startIndex
        for link in WikiLink.all(in: markdown) {
            out += XML.escape(String(markdown[cursor..<link.range.lowerBound]))
            let shown = link.label ?? kb.concept(link.id)?.headword(language) ?? link.id
            out += "<hi type=\"entailedTerm\" target=\"\(XML.escape(Self.xmlID(link.id), attribute: true))\">\(XML.escape(shown))</hi>"
            cursor = link.range.upperBound
        }
        out += XML.escape(String(markdown[cursor...]))
        return out
    }
}
