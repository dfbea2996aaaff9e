import GlossaryModel

/// A concept as read from another tool's file, before ids, references and domains are
/// settled by ``ImportAssembler``. References and `[[id]]` links still use the file's ids.
struct ImportedEntry {
    /// The entry's id in the file, if it has one.
    var sourceID: String?
    /// Where the entry starts, for messages.
    var line: Int
    /// Subject fields as written (domain ids or names).
    var domains: [String] = []
    var broader: [String] = []
    var related: [String] = []
    /// Contrast targets in order, and their texts by language.
    var contrastTargets: [String] = []
    var contrastTexts: [String: [Language: String]] = [:]
    var fr = LanguageSection(terms: [], definition: "")
    var en = LanguageSection(terms: [], definition: "")
    var sources: [Source] = []
    /// Sources cited only next to a definition, used when the entry has no sources of its own.
    var definitionSources: [String] = []
    /// Kept values with no field of their own (other languages, concept-level notes); they
    /// become notes of the English section.
    var extraNotes: [String] = []

    init(sourceID: String?, line: Int) {
        self.sourceID = sourceID
        self.line = line
    }

    subscript(language: Language) -> LanguageSection {
        get { language == .fr ? fr : en }
        set { if language == .fr { fr = newValue } else { en = newValue } }
    }

    /// Runs `body` on the section of `language` in place, without copying it out and back.
    mutating func withSection<R>(_ language: Language, _ body: (inout LanguageSection) throws -> R) rethrows -> R {
        language == .fr ? try body(&fr) : try body(&en)
    }

    mutating func addRelation(kind: String, target: String) {
        switch kind {
        case "broader": if !broader.contains(target) { broader.append(target) }
        case "contrast": if !contrastTargets.contains(target) { contrastTargets.append(target) }
        default: if !related.contains(target) { related.append(target) }
        }
    }
}
