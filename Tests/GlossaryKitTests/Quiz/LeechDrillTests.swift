import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossaryQuiz

/// Leeches drilled against their look-alikes: the choice of look-alike, the drill in the next
/// session, its grading and scheduling.
struct LeechDrillTests {
    let scheduler = FSRSScheduler(enableFuzzing: false)

    func wrong(_ card: String, _ answer: String?, concept: String?, at minutes: Double) -> ReviewLogEntry {
        ReviewLogEntry(
            cardID: card, reviewedAt: QuizFixtures.monday.addingTimeInterval(minutes * 60), rating: 1, answer: answer,
            answerConcept: concept, stateBefore: "review", stateAfter: "relearning", intervalBefore: 0, intervalAfter: 600,
            dueAfter: QuizFixtures.monday, stabilityAfter: 1, difficultyAfter: 5)
    }

    func choose(_ id: String, _ log: [ReviewLogEntry]) throws -> LeechDrill? {
        let kb = try QuizFixtures.knowledgeBase()
        return LeechDrill.choose(for: try #require(kb.concept(id)), wrongAnswers: log, knowledgeBase: kb, lexicon: TermLexicon(knowledgeBase: kb))
    }

    @Test func theLookAlikeIsTheConceptOfTheMostFrequentWrongAnswer() throws {
        let log = [
            wrong("infogerance:choice", "ESN", concept: "esn", at: 1),
            wrong("infogerance:fr-en", "subcontracting", concept: "sous-traitance", at: 2),
            wrong("infogerance:def-term", "entreprise de services du numérique", concept: "esn", at: 3)
        ]
        let drill = try #require(try choose("infogerance", log))
        #expect(drill.lookAlike == "esn")
        #expect(drill.reason == .wrongAnswers(2))
    }

    @Test func tiesGoToTheMostRecentWrongAnswer() throws {
        let log = [
            wrong("infogerance:choice", "ESN", concept: "esn", at: 1),
            wrong("infogerance:fr-en", "subcontracting", concept: "sous-traitance", at: 2)
        ]
        #expect(try choose("infogerance", log)?.lookAlike == "sous-traitance")
    }

    @Test func olderLogRowsAreLookedUpByTheirText() throws {
        // Logged before schema 4: only the text, typed or picked, looked up among the terms
        // (articles and case do not count); text that is no term names nothing.
        let log = [
            wrong("infogerance:fr-en", "sous-traitance", concept: nil, at: 1),
            wrong("infogerance:en-fr", "la sous-traitance", concept: nil, at: 2),
            wrong("infogerance:fr-en", "something else entirely", concept: nil, at: 3),
            wrong("infogerance:choice", "ESN", concept: nil, at: 4)
        ]
        let drill = try #require(try choose("infogerance", log))
        #expect(drill.lookAlike == "sous-traitance")
        #expect(drill.reason == .wrongAnswers(2))
    }

    @Test func withoutWrongAnswersItsContrastEitherWay() throws {
        #expect(try choose("externalisation", [])?.lookAlike == "delocalisation")
        #expect(try choose("delocalisation", []) == LeechDrill(concept: "delocalisation", lookAlike: "externalisation", reason: .contrast))
        // Answers that name nothing (blank, unknown text) do not count.
        #expect(try choose("delocalisation", [wrong("delocalisation:fr-en", "", concept: nil, at: 1)])?.reason == .contrast)
    }

    @Test func elseASiblingUnderTheSameBroaderConcept() throws {
        #expect(try choose("infogerance", []) == LeechDrill(concept: "infogerance", lookAlike: "sous-traitance", reason: .sibling("externalisation")))
        #expect(try choose("sous-traitance", [])?.lookAlike == "infogerance")
        // Nothing to drill against: no wrong answers, contrasts or siblings.
        #expect(try choose("esn", []) == nil)
    }

    @Test func theDrillShowsBothSidesThenAsksWhichOneADefinitionDescribes() throws {
        let kb = try QuizFixtures.knowledgeBase()
        let generator = CardGenerator(knowledgeBase: kb, seed: 3)
        let card = try #require(generator.drillCard(LeechDrill(concept: "externalisation", lookAlike: "delocalisation", reason: .contrast)))
        #expect(card.id.description == "externalisation:drill-delocalisation")
        #expect(CardID("externalisation:drill-delocalisation") == card.id)
        #expect(card.beside?.concepts == ["externalisation", "delocalisation"])
        #expect(card.explanation == "L'externalisation change qui fait le travail ; la délocalisation change où il se fait.")
        guard case .choice(let options, let correct) = card.answer else { Issue.record("not a choice"); return }
        #expect(Set(options.map(\.text)) == ["externalisation", "délocalisation"])
        let described = try #require(kb.concept(options[correct].conceptID))
        #expect(card.prompt == kb.plainText(described.fr.definition, language: .fr))
        // Same seed, same card.
        #expect(generator.drillCard(LeechDrill(concept: "externalisation", lookAlike: "delocalisation", reason: .contrast)) == card)
    }

    /// A card forgotten 8 times after graduating, by a scripted history of answers.
    static func makeLeech(
        _ card: CardID, in store: ProgressStore, scheduler: FSRSScheduler, wrongAnswer: String? = nil,
        wrongConcept: String? = nil
    ) throws -> Date {
        var random = SeededGenerator(seed: 1)
        var at = QuizFixtures.monday.addingTimeInterval(-90 * 86400)
        at = try store.record(card, rating: .easy, at: at, scheduler: scheduler, random: &random).after.due
        for _ in 0..<8 {
            at = try store.record(
                card, rating: .again, at: at, answer: wrongAnswer, answerConcept: wrongConcept,
                scheduler: scheduler, random: &random
            ).after.due
            at = try store.record(card, rating: .good, at: at, scheduler: scheduler, random: &random).after.due
        }
        return at
    }

    @Test func theNextSessionDrillsTheLeechFirstAndGradesItLikeACard() throws {
        let kb = try QuizFixtures.knowledgeBase()
        let store = try ProgressStore.open(path: try QuizFixtures.temporaryPath())
        let leechCard = CardID(concept: "infogerance", kind: .choice)
        let end = try Self.makeLeech(leechCard, in: store, scheduler: scheduler, wrongAnswer: "ESN", wrongConcept: "esn")
        let now = max(end, QuizFixtures.monday)
        let progress = Dictionary(uniqueKeysWithValues: try store.allProgress().map { ($0.cardID, $0) })
        #expect(progress[leechCard.description]?.lapses == 8)
        #expect(LeechDrill.leechConcepts(progress.values) == ["infogerance"])
        #expect(LeechDrill.leechConcepts(progress.values, lapses: 9).isEmpty)
        let wrongAnswers = try store.wrongAnswers(concept: "infogerance")
        #expect(wrongAnswers.count == 8 && wrongAnswers.allSatisfy { $0.answerConcept == "esn" })

        func session(at date: Date) throws -> [QuizCard] {
            let progress = Dictionary(uniqueKeysWithValues: try store.allProgress().map { ($0.cardID, $0) })
            let leeches = try LeechDrill.leechConcepts(progress.values).map { ($0, try store.wrongAnswers(concept: $0)) }
            let deck = try SessionDeck.load(
                from: ConceptSource(kb), language: .fr, seed: 5, filter: .init(), progress: progress, now: date,
                dueConcepts: 20, newConcepts: 5, buried: [], cram: false, leeches: leeches)
            var random = SeededGenerator(seed: 5, label: "order")
            return SessionPlanner(count: 6, newAllowance: 5).plan(
                deck.cards, progress: progress, now: date,
                confusable: deck.generator.confusable, drills: deck.drills, random: &random
            ).cards
        }
        let cards = try session(at: now)
        let drill = try #require(cards.first)
        #expect(drill.id.description == "infogerance:drill-esn")
        // The leech's own cards are buried behind the drill.
        #expect(!cards.dropFirst().contains { $0.conceptID == "infogerance" })
        // No drill in cram mode, nor when the kinds leave it out.
        let cram = try SessionDeck.load(
            from: ConceptSource(kb), language: .fr, seed: 5, filter: .init(), progress: progress, now: now,
            dueConcepts: 20, newConcepts: 5, buried: [], cram: true, leeches: [("infogerance", wrongAnswers)])
        #expect(cram.drills.isEmpty)
        let typed = try SessionDeck.load(
            from: ConceptSource(kb), language: .fr, seed: 5, filter: .init(kinds: [.frEn]), progress: progress,
            now: now, dueConcepts: 20, newConcepts: 5, buried: [], cram: false, leeches: [("infogerance", wrongAnswers)])
        #expect(typed.drills.isEmpty)

        // Graded and scheduled like any card: a right answer starts its learning steps and it
        // waits for them; once graduated it comes back only when due.
        var random = SeededGenerator(seed: 1)
        let first = try store.record(drill.id, rating: .good, at: now, scheduler: scheduler, random: &random)
        #expect(first.before == nil && first.after.state == .learning)
        #expect(try session(at: now.addingTimeInterval(60)).first?.id != drill.id)
        let graduated = try store.record(drill.id, rating: .good, at: first.after.due, scheduler: scheduler, random: &random)
        #expect(graduated.after.state == .review)
        #expect(try session(at: graduated.after.due.addingTimeInterval(-60)).first?.id != drill.id)
        #expect(try session(at: graduated.after.due).first?.id == drill.id)
    }
}
