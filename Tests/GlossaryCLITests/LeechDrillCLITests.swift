import Foundation
import GlossaryModel
import GlossaryQuiz
import Testing

/// End-to-end: a leech made by a scripted history is drilled against its look-alike in the
/// next `glossary quiz`, through a pipe.
struct LeechDrillCLITests {
    let runner = CLIRunner.quiz

    /// `infogerance:choice` forgotten 8 times after graduating, each time by picking « ESN »;
    /// returns when the history ends.
    func makeLeech(_ path: String) throws -> Date {
        let store = try ProgressStore.open(path: path)
        let scheduler = FSRSScheduler(enableFuzzing: false)
        var random = SeededGenerator(seed: 1)
        let card = CardID(concept: "infogerance", kind: .choice)
        var at = ISO8601.date("2024-10-01T09:00:00Z")!
        at = try store.record(card, rating: .easy, at: at, scheduler: scheduler, random: &random).after.due
        for _ in 0..<8 {
            at = try store.record(card, rating: .again, at: at, answer: "ESN", answerConcept: "esn", scheduler: scheduler, random: &random).after.due
            at = try store.record(card, rating: .good, at: at, scheduler: scheduler, random: &random).after.due
        }
        return at
    }

    /// The drill the quiz makes with `seed`, as the library makes it: where the right option is.
    func drill(seed: UInt64) throws -> (card: QuizCard, correct: Int, options: [QuizCard.Option]) {
        let kb = try ContentLoader(directory: CLIRunner.fixture).load().knowledgeBase
        let card = try #require(
            CardGenerator(knowledgeBase: kb, seed: seed)
                .drillCard(LeechDrill(concept: "infogerance", lookAlike: "esn", reason: .wrongAnswers(8))))
        guard case .choice(let options, let correct) = card.answer else { throw CancellationError() }
        return (card, correct, options)
    }

    @Test(arguments: [true, false])
    func theNextSessionOpensWithTheDrillAndGradesIt(_ answerRight: Bool) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("progress.sqlite").path
        let now = ISO8601.string(try makeLeech(path).addingTimeInterval(3600))
        let (card, correct, options) = try drill(seed: 7)
        let pick = answerRight ? correct : 1 - correct
        let index = folder.appendingPathComponent("index.sqlite").path
        // A higher threshold: no leech, no drill.
        let none = try runner.run(
            [
                "quiz", "--content", CLIRunner.fixture, "--index", index, "--progress", path, "--seed", "7",
                "--now", now, "--count", "1", "--leech-lapses", "9"
            ], input: "")
        #expect(none.status == 0 && !none.stdout.contains("leech drill") && !none.stdout.contains(":drill-"))
        let result = try runner.run(
            [
                "quiz", "--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path,
                "--progress", path, "--seed", "7", "--now", now, "--count", "1", "--no-fuzz"
            ],
            input: "\(pick + 1)\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        // Side by side first: both terms, both definitions, the difference; then the question.
        #expect(out.contains("1/1 · leech drill  [infogerance:drill-esn]"))
        #expect(out.contains("You keep forgetting «\u{00A0}infogérance\u{00A0}», and 8 of your wrong answers were «\u{00A0}ESN\u{00A0}»."))
        let besideEnd = try #require(out.range(of: "Which of the two does this describe? (fr)"))
        let beside = out[..<besideEnd.lowerBound]
        #expect(beside.contains("── infogérance · IT outsourcing [infogerance]"))
        #expect(beside.contains("── ESN · IT services company [esn]"))
        #expect(beside.contains("The difference:"))
        #expect(out.contains("  1  \(options[0].text)\n  2  \(options[1].text)"))
        #expect(out.contains(card.prompt.prefix(30)))
        #expect(out.contains(answerRight ? "✓ right" : "✗ wrong — the answer is « \(options[correct].text) » (Again)"))
        // Graded and scheduled like any card.
        let store = try ProgressStore.open(path: path, create: false)
        let logged = try #require(try store.reviews(since: .distantPast).last)
        #expect(logged.cardID == "infogerance:drill-esn")
        #expect(logged.rating == (answerRight ? 3 : 1))
        #expect(logged.answerConcept == (answerRight ? nil : options[pick].conceptID))
        let progress = try #require(try store.progress(card.id))
        #expect(progress.state == .learning)
        #expect(out.contains((answerRight ? "good" : "again") + " · next in " + (answerRight ? "10 min" : "1 min") + " (learning)"))

        // Once answered it is not shown again before its step: the next session has no drill.
        let later = try runner.run(
            [
                "quiz", "--content", CLIRunner.fixture, "--index", folder.appendingPathComponent("index.sqlite").path,
                "--progress", path, "--seed", "7", "--now", now, "--count", "1", "--no-fuzz"
            ], input: "1\n")
        #expect(later.status == 0 && !later.stdout.contains("leech drill"))
    }
}
