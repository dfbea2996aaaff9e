import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossarySearch
@testable import GlossaryStore

/// Guards the shipped knowledge base (Content/) so it cannot silently regress.
@Suite("The shipped knowledge base")
struct KnowledgeBaseTests {
    static let contentPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path
    static let loaded = try! ContentLoader(directory: contentPath).load()

    /// Every concept the knowledge base must cover (issue 3).
    static let required = [
        "externalisation", "infogerance", "services-manages", "bpo", "bpo-back-office", "bpo-front-office",
        "sous-traitance", "sous-traitance-en-cascade", "impartition",
        "delocalisation", "offshore", "nearshore", "onshore",
        "esn", "prestataire", "freelance", "systeme-information",
        "gestion-infrastructures", "tma", "hebergement", "support-informatique", "gestion-donnees", "developpement-logiciel-externalise",
        "cloud-computing", "iaas", "paas", "saas", "mutualisation-ressources", "paiement-usage", "modularite", "standardisation",
        "cahier-des-charges", "sla", "kpi", "plan-assurance-securite", "reversibilite", "audit-securite",
        "coeur-de-metier", "couts-caches", "dependance-prestataire", "perte-maitrise-si", "telemaintenance", "hebergement-mutualise",
        "disponibilite", "integrite", "confidentialite", "analyse-risques", "scalabilite",
        "rgpd", "loi-informatique-libertes", "donnees-personnelles", "anssi", "cigref", "cnil",
        "devops", "transformation-numerique"
    ]

    /// The concepts the five source documents name only inside other entries' notes, and the
    /// practitioner's vocabulary of the review's part B, P1 and P2 (issue 14).
    static let namedBySeedsAndPractice = [
        "securite-si", "localisation-donnees", "contrat-adhesion", "cloud-prive", "cloud-public", "cloud-hybride",
        "gestion-applications", "centre-appels", "conformite", "controle-acces", "megadonnees", "nuage",
        "forfait", "regie", "assistance-technique", "centre-services", "tjm", "unite-oeuvre", "obligation-moyens",
        "obligation-resultat", "appel-offres", "rfi", "rfp", "accord-cadre", "comite-pilotage", "phase-transition",
        "transfert-contrats-travail", "plan-reversibilite", "delit-marchandage", "pret-main-oeuvre-illicite",
        "responsable-traitement", "sous-traitant-rgpd", "dpd", "aipd", "violation-donnees", "nis2", "dora",
        "secnumcloud", "hebergeur-donnees-sante", "cloud-confiance", "mco", "mcs", "run", "build",
        "tierce-recette-applicative", "centre-donnees", "colocation", "internalisation", "relocalisation",
        "localisation-optimale", "pca", "pra", "dmia", "pdma", "gti", "gtr", "dsi"
    ]

    @Test func theSeedsAndThePractitionersVocabularyAreCovered() {
        let ids = Set(Self.loaded.knowledgeBase.concepts.map(\.id))
        for id in Self.namedBySeedsAndPractice { #expect(ids.contains(id), "missing concept \(id)") }
        #expect(ids.count >= 140)
    }

    /// A term or note that cites FranceTerme rests on a FranceTerme source with its record id
    /// (the check warns about an authority source without one; this covers the text).
    @Test func everyFranceTermeCitationHasARecord() {
        for concept in Self.loaded.knowledgeBase.concepts {
            let texts = Language.allCases.flatMap { lang in concept[lang].terms.compactMap(\.note) + concept[lang].notes }
            guard texts.contains(where: { $0.contains("FranceTerme") }) else { continue }
            #expect(
                concept.sources.contains { $0.publisher == "FranceTerme" && $0.id != nil },
                "\(concept.id) cites FranceTerme without a FranceTerme source that names its record")
        }
    }

    @Test func checkPassesWithNoErrorAndNoWarning() {
        #expect(Self.loaded.diagnostics.isEmpty, "\(Self.loaded.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyRequiredConceptExists() {
        let ids = Set(Self.loaded.knowledgeBase.concepts.map(\.id))
        for id in Self.required { #expect(ids.contains(id), "missing concept \(id)") }
        #expect(ids.count >= 50)
    }

    @Test func everyConceptIsComplete() {
        for c in Self.loaded.knowledgeBase.concepts {
            for language in Language.allCases {
                #expect(c[language].terms.contains { $0.status == .preferred }, "\(c.id): no preferred \(language) term")
                #expect(c[language].definition.count > 20, "\(c.id): \(language) definition")
                #expect(
                    !TextFolding.words(c[language].definition).contains(TextFolding.fold(c.headword(language))) || c.headword(language).count < 4,
                    "\(c.id): the \(language) definition uses the headword itself")
                for term in c[language].terms where language == .fr && term.pos == .noun {
                    #expect(term.gender != nil, "\(c.id): French noun '\(term.text)' has no gender")
                }
            }
            #expect(!c.sources.isEmpty, "\(c.id): no source")
            #expect(!c.related.isEmpty, "\(c.id): no related concept")
            #expect(c.sources.allSatisfy { $0.publisher != nil }, "\(c.id): a source without publisher")
        }
    }

    @Test func coreConceptsHaveExamplesAndLearnerContrastsExist() {
        let kb = Self.loaded.knowledgeBase
        for id in ["externalisation", "infogerance", "bpo", "sous-traitance", "delocalisation", "esn"] {
            #expect(!(kb.concept(id)?.fr.examples.isEmpty ?? true), "\(id): no French example")
        }
        let pairs = [
            ("bpo", "sous-traitance"), ("infogerance", "services-manages"), ("offshore", "nearshore"), ("nearshore", "onshore"),
            ("offshore", "onshore"), ("bpo-front-office", "bpo-back-office"), ("externalisation", "delocalisation"),
            ("esn", "freelance"), ("iaas", "paas"), ("paas", "saas"), ("iaas", "saas")
        ]
        for (a, b) in pairs {
            let linked = kb.concept(a)?.contrasts.contains { $0.with == b } == true || kb.concept(b)?.contrasts.contains { $0.with == a } == true
            #expect(linked, "no contrast between \(a) and \(b)")
        }
        #expect(kb.concept("offshore")?.broader == ["delocalisation"])
        #expect(kb.concept("bpo")?.broader.contains("externalisation") == true)
    }

    @Test func sourceSlipsAreNotCopied() throws {
        let files = try ContentLoader(directory: Self.contentPath).conceptFiles()
        for path in files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains("inforgérance") && !text.contains("délocation"), "\(path)")
            #expect(!text.contains("/work/") && !text.contains("../shared"), "\(path): a local path")
        }
    }

    @Test func searchingEachPreferredTermFindsItsConceptFirst() throws {
        let root = TestScratch.path("kb")
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try GlossaryIndex.open(content: Self.contentPath, path: root.appendingPathComponent("i.sqlite").path).index
        let engine = SearchEngine(index: index)
        for c in Self.loaded.knowledgeBase.concepts {
            for language in Language.allCases {
                for term in c[language].terms where term.status == .preferred {
                    let first = try engine.search(term.text).results.first
                    #expect(first?.concept.id == c.id, "'\(term.text)' (\(c.id), \(language)) found \(first?.concept.id ?? "nothing") first")
                }
            }
        }
        #expect(try engine.search("SSII").results.first?.concept.id == "esn")
        #expect(try engine.search("infogerence").results.first?.concept.id == "infogerance")
        #expect(try engine.search("gerance de l informatique").results.first?.concept.id == "infogerance")
    }
}
