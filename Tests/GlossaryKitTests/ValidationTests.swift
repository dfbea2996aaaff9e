import Foundation
import Testing

@testable import GlossaryModel

@Suite("glossary check: validation rules")
struct ValidationTests {
    /// Writes one file into a copy of the fixture and returns the diagnostics for that file.
    func diagnostics(_ name: String, _ yaml: String) throws -> [Diagnostic] {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write(name, yaml)
        return try content.load().diagnostics.filter { $0.path.hasSuffix("/\(name).yaml") }
    }

    @Test func fixtureIsValidWithoutWarnings() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        let result = try content.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.knowledgeBase.concepts.count == 7)
        #expect(result.knowledgeBase.narrower("externalisation") == ["infogerance", "sous-traitance"])
    }

    @Test func yamlSyntaxErrorHasItsPosition() throws {
        let found = try diagnostics("broken", "id: broken\nfr:\n  terms: [a, b\n  definition: x\n")
        #expect(found.count == 1)
        #expect(found[0].severity == .error)
        #expect(found[0].line >= 3)
        #expect(found[0].description.contains("broken.yaml:\(found[0].line):"))
        #expect(found[0].message.contains("YAML syntax"))
    }

    @Test func yamlFeaturesBeyondPlainMappings() throws {
        // An anchor and its alias read as the same list; a second document, an alias to no
        // anchor and a repeated key are each reported on their line.
        let aliased = TestContent.concept("t9", extra: "related: &r [externalisation]\nbroader: *r")
        #expect(try diagnostics("t9", aliased).isEmpty)
        let twoDocuments = try diagnostics("t10", TestContent.concept("t10") + "\n---\nid: other\n")
        #expect(twoDocuments.count == 1 && twoDocuments[0].message.contains("second document") && twoDocuments[0].line == 14)
        let unknownAlias = try diagnostics("t11", TestContent.concept("t11", extra: "related: *nowhere"))
        #expect(unknownAlias.contains { $0.message.contains("'*nowhere'") && $0.line == 3 })
        let repeated = try diagnostics("t12", TestContent.concept("t12", extra: "related: [externalisation]\nrelated: [esn]"))
        #expect(repeated.contains { $0.message.contains("key 'related' appears twice") && $0.line == 4 })
    }

    @Test func unknownKeyGetsASuggestion() throws {
        let yaml = TestContent.concept("t1").replacingOccurrences(of: "  definition: \"Définition", with: "  defintion: \"Définition")
        let found = try diagnostics("t1", yaml)
        let unknown = try #require(found.first { $0.message.contains("defintion") })
        #expect(unknown.message.contains("did you mean 'definition'?"))
        #expect(unknown.line == 7 && unknown.column == 3)
        #expect(found.contains { $0.message.contains("no definition in 'fr'") && $0.severity == .warning })
    }

    @Test func missingPreferredTermAndDefinition() throws {
        let yaml = TestContent.concept("t2")
            .replacingOccurrences(of: "{ text: \"term\", status: preferred", with: "{ text: \"term\", status: admitted")
            .replacingOccurrences(of: "  definition: \"Definition of term.\"\n", with: "")
        let messages = try diagnostics("t2", yaml).map(\.message)
        #expect(messages.contains { $0.contains("no preferred term in 'en'") })
        #expect(messages.contains { $0.contains("no definition in 'en'") })
    }

    @Test func missingLanguageSection() throws {
        let yaml = "id: t3\ndomains: [modeles]\nrelated: [esn]\nfr:\n  terms: [{ text: x, status: preferred }]\n  definition: y\nsources: [{ title: s }]\n"
        // A concept in French only: valid, flagged (imported term bases have such entries).
        #expect(try diagnostics("t3", yaml).contains { $0.message.hasPrefix("no English terms") && $0.severity == .warning })
    }

    @Test func idMustMatchFileNameAndSlugRule() throws {
        let mismatch = try diagnostics("t4", TestContent.concept("other-name"))
        #expect(mismatch.contains { $0.message.contains("does not match the file name 't4.yaml'") && $0.line == 1 })
        let badSlug = try diagnostics("Bad_Slug", TestContent.concept("Bad_Slug"))
        #expect(badSlug.contains { $0.message.contains("not a valid slug") && $0.message.contains("bad-slug") })
    }

    @Test func duplicateIDsAcrossFiles() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("zz-copy", TestContent.concept("esn"))
        let errors = try content.load().diagnostics.errors
        #expect(errors.contains { $0.message.contains("duplicate id 'esn'") && $0.path.hasSuffix("zz-copy.yaml") })
    }

    @Test func referencesToMissingConceptsEverywhere() throws {
        let yaml = TestContent.concept(
            "t5",
            extra: """
                broader: [externalisatoin]
                related: [nowhere]
                contrasts:
                  - { with: ghost, fr: "voir [[phantom]]", en: "see" }
                """
        ).replacingOccurrences(of: "Definition of term.", with: "See [[missing-link]].")
        let found = try diagnostics("t5", yaml)
        let messages = found.map(\.message)
        #expect(messages.contains { $0.contains("'externalisatoin': did you mean 'externalisation'?") })
        for id in ["nowhere", "ghost", "phantom", "missing-link"] {
            #expect(messages.contains { $0.contains("no concept with id '\(id)'") }, "\(id)")
        }
        #expect(found.first { $0.message.contains("'nowhere'") }?.line == 4)
    }

    @Test func valuesOutsideTheEnumerations() throws {
        let yaml = TestContent.concept("t6")
            .replacingOccurrences(of: "status: preferred, gender: m, pos: noun", with: "status: prefered, gender: n, pos: nom, type: acronm")
        let messages = try diagnostics("t6", yaml).map(\.message)
        #expect(messages.contains { $0.contains("'prefered' is not a valid status") && $0.contains("did you mean 'preferred'?") })
        #expect(messages.contains { $0.contains("'n' is not a valid gender") })
        #expect(messages.contains { $0.contains("'nom' is not a valid pos") })
        #expect(messages.contains { $0.contains("'acronm' is not a valid type") && $0.contains("'acronym'") })
    }

    @Test func unknownDomain() throws {
        let yaml = TestContent.concept("t7").replacingOccurrences(of: "domains: [modeles]", with: "domains: [modele]")
        #expect(try diagnostics("t7", yaml).contains { $0.message.contains("unknown domain 'modele': did you mean 'modeles'?") })
    }

    @Test func broaderCycle() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("c-a", TestContent.concept("c-a", fr: "aa", en: "aa", extra: "broader: [c-b]"))
        try content.write("c-b", TestContent.concept("c-b", fr: "bb", en: "bb", extra: "broader: [c-a]"))
        let errors = try content.load().diagnostics.errors
        #expect(errors.contains { $0.message.contains("lead back to itself") })
    }

    @Test func warningsForSharedPreferredTermAndNoRelation() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("lonely", TestContent.concept("lonely", fr: "Infogérance", en: "lonely", extra: ""))
        let result = try content.load()
        #expect(result.isValid)
        let warnings = result.diagnostics.warnings.map(\.message)
        #expect(warnings.contains { $0.contains("'lonely' has no relation at all") })
        #expect(warnings.contains { $0.contains("preferred fr term 'Infogérance' is also preferred in 'infogerance'") })
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let content = try TestContent()
        defer { content.cleanUp() }
        try content.write("e1", "id: e1\n  bad: [")
        try content.write("e2", TestContent.concept("e2", extra: "related: [nope]"))
        try content.write("e3", TestContent.concept("wrong"))
        let paths = Set(try content.load().diagnostics.errors.map { ($0.path as NSString).lastPathComponent })
        #expect(paths == ["e1.yaml", "e2.yaml", "e3.yaml"])
    }

    @Test func missingContentFolder() {
        #expect(throws: ContentError.contentNotFound("/nonexistent/content")) {
            try ContentLoader(directory: "/nonexistent/content").load()
        }
    }
}
