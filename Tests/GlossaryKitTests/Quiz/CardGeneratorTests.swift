import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

struct CardGeneratorTests {
    func cards(_ lang: Language = .fr, seed: UInt64 = 1) throws -> [String: QuizCard] {
        let cards = CardGenerator(knowledgeBase: try QuizFixtures.knowledgeBase(), language: lang, seed: seed).cards()
        return Dictionary(uniqueKeysWithValues: cards.map { ($0.id.description, $0) })
    }

    @Test func translationCardsExpectTheOtherLanguagesTerms() throws {
        let cards = try cards()
        let frEn = try #require(cards["infogerance:fr-en"])
        #expect(frEn.prompt == "infogérance")
        guard case .typed(let expected) = frEn.answer else { Issue.record("not typed"); return }
        #expect(expected.language == .en)
        #expect(expected.terms.map(\.text) == ["IT outsourcing", "facilities management"])
        #expect(cards["infogerance:en-fr"]?.prompt == "IT outsourcing")
    }

    @Test func definitionCardsUseTheLanguageLearntWithLinksResolved() throws {
        let fr = try cards(.fr)
        let defTerm = try #require(fr["infogerance:def-term"])
        #expect(defTerm.prompt.hasPrefix("Externalisation de l'exploitation"))
        #expect(!defTerm.prompt.contains("[["))
        let en = try cards(.en)
        let enDef = try #require(en["infogerance:def-term@en"])
        #expect(enDef.prompt.hasPrefix("outsourcing of the running") || enDef.prompt.lowercased().contains("of the running of an information system"))
        guard case .typed(let expected) = enDef.answer else { Issue.record("not typed"); return }
        #expect(expected.language == .en)
        guard case .recall(let text) = try #require(fr["esn:term-def"]).answer else { Issue.record("not recall"); return }
        #expect(text.hasPrefix("Entreprise qui vend"))
        // Translations do not depend on the language learnt: same id either way.
        #expect(en["infogerance:fr-en"] != nil)
    }

    @Test func acronymCardsOnlyWhereThereIsAnAcronym() throws {
        let cards = try cards()
        let acronym = try #require(cards["esn:acronym"])
        #expect(acronym.prompt == "ESN")
        guard case .typed(let expected) = acronym.answer else { Issue.record("not typed"); return }
        #expect(expected.acceptsOtherLanguage)
        #expect(expected.terms.contains { $0.text == "entreprise de services du numérique" })
        #expect(cards.keys.filter { $0.hasSuffix(":acronym") } == ["esn:acronym"])
        #expect(try self.cards(.en).keys.filter { $0.contains(":acronym") }.isEmpty)
    }

    @Test func choiceCardsDrawConfusableDistractorsDeterministically() throws {
        let kb = try QuizFixtures.knowledgeBase()
        let cards = try cards(seed: 5)
        let choice = try #require(cards["infogerance:choice"])
        guard case .choice(let options, let correct) = choice.answer else { Issue.record("not a choice"); return }
        #expect(options.count == 4)
        #expect(Set(options.map(\.conceptID)).count == 4)
        #expect(options[correct].conceptID == "infogerance")
        // sous-traitance is infogerance's sibling under externalisation: it must be offered.
        #expect(options.contains { $0.conceptID == "sous-traitance" })
        var random = SeededGenerator(seed: 9)
        let distractors = CardGenerator(knowledgeBase: kb).distractors(for: kb.concept("externalisation")!, count: 3, random: &random)
        #expect(distractors.first?.id == "delocalisation")
        #expect(try self.cards(seed: 5)["infogerance:choice"] == choice)
    }

    @Test func contrastCardsNameTheOtherConcept() throws {
        let cards = try cards()
        let contrast = try #require(cards["externalisation:contrast-delocalisation"])
        guard case .choice(let options, let correct) = contrast.answer else { Issue.record("not a choice"); return }
        #expect(Set(options.map(\.conceptID)) == ["externalisation", "delocalisation"])
        let kb = try QuizFixtures.knowledgeBase()
        let described = kb.concept(options[correct].conceptID)!
        #expect(contrast.prompt == kb.plainText(described.fr.definition, language: .fr))
        #expect(contrast.explanation?.isEmpty == false)
        #expect(cards.keys.filter { $0.contains(":contrast") }.count == 1)
    }

    @Test(arguments: [Language.fr, .en])
    func cardIDsWithoutMakingTheCardsAreTheCardsIDs(_ language: Language) throws {
        let kb = try QuizFixtures.knowledgeBase()
        for seed: UInt64 in [0, 1, 9] {
            let generator = CardGenerator(knowledgeBase: kb, language: language, seed: seed)
            for concept in kb.concepts {
                #expect(generator.cardIDs(for: concept) == generator.cards(for: concept).map(\.id), "\(concept.id)")
            }
        }
        // A knowledge base too small for choices: none is counted.
        let small = KnowledgeBase(concepts: Array(kb.concepts.prefix(3)), domains: [])
        let generator = CardGenerator(knowledgeBase: small, language: language)
        for concept in small.concepts {
            #expect(generator.cardIDs(for: concept) == generator.cards(for: concept).map(\.id))
            #expect(!generator.cardIDs(for: concept).contains { $0.kind == .choice })
        }
    }

    @Test func cardIDsRoundTrip() {
        for text in ["infogerance:fr-en", "esn:acronym@en", "externalisation:contrast-delocalisation", "a-b:term-def"] {
            #expect(CardID(text)?.description == text)
        }
        #expect(CardID("infogerance") == nil)
        #expect(CardID("infogerance:fr-en@en") == nil)
        #expect(CardID("infogerance:contrast") == nil)
        #expect(CardID("infogerance:nope") == nil)
    }
}
