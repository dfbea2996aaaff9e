import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryInterchange
@testable import GlossaryModel

/// The content folder an import creates: `domains.yaml` from the file's subject fields.
struct ImportDestinationTests {
    @Test func subjectFieldsBecomeNamedDomains() {
        #expect(ImportAssembler.domain(id: "stellar-birth", raw: "Stellar Birth").en.name == "Stellar Birth")
        #expect(ImportAssembler.domain(id: "modeles-externalisation", raw: "modeles-externalisation").fr.name == "Modeles externalisation")
    }

    @Test func domainsYAMLReadsBackAsWritten() throws {
        let folder = TestScratch.path("destination").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let destination = ImportDestination(root: folder)
        #expect(destination.isNew)
        let domains = [
            Domain(id: "cloud", fr: .init(name: "Informatique en « nuage »", description: "Ce qu'on loue: \"tout\"."), en: .init(name: "Cloud: yes")),
            Domain(id: "general", fr: .init(name: "true"), en: .init(name: "1.5"))
        ]
        try destination.create(domains: domains)
        #expect(ContentLoader(directory: folder).domains() == domains)
        #expect(FileManager.default.fileExists(atPath: folder + "/concepts"))
        // Once there, the folder is not new: its domains.yaml is never replaced.
        #expect(!ImportDestination(root: folder).isNew)
        destination.undo()
        #expect(!FileManager.default.fileExists(atPath: folder + "/domains.yaml"))
    }
}
