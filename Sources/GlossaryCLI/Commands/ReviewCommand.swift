import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossarySearch
import GlossaryModel

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record one answer without a session, for scripts and other front-ends.",
        discussion: """
            The answer goes through the same scheduler and the same transaction as the quiz, \
            and the card's new state is printed. Card ids are <concept>:<kind>, e.g. \
            infogerance:fr-en, esn:acronym, externalisation:contrast-delocalisation; kinds \
            that depend on the language learnt end in @en for English (infogerance:def-term@en).
            """
    )

    @Argument(help: "The card id, e.g. infogerance:fr-en.")
    var card: String

    @Argument(help: "again, hard, good or easy (or 1-4).")
    var rating: String

    @Flag(name: .customLong("no-fuzz"), help: "Do not spread the review interval at random.")
    var noFuzz = false

    @Option(help: "Seed for the fuzz.")
    var seed: UInt64?

    @Flag(help: "Print the card's new state as JSON.")
    var json = false

    @OptionGroup var progressOptions: ProgressOptions
    @OptionGroup var options: ContentOptions

    func validate() throws {
        guard Rating(argument: rating) != nil else {
            throw ValidationError("rating '\(rating)' is not one of again, hard, good, easy, 1, 2, 3, 4")
        }
    }

    func run() throws {
        let rating = Rating(argument: rating)!
        let knowledgeBase = try options.knowledgeBase()
        let known = Language.allCases.flatMap { CardGenerator(knowledgeBase: knowledgeBase, language: $0).cards().map(\.id) }
        let id = try Failure.report { () throws(GlossaryError) -> CardID in
            if let id = CardID(card), known.contains(id) { return id }
            let names = Set(known.map(\.description))
            let close = names.compactMap { name in EditDistance.distance(name, card, limit: 4).map { (name, $0) } }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
            let sameConcept = names.filter { $0.hasPrefix(card.split(separator: ":").first.map { $0 + ":" } ?? card) }.sorted()
            throw .cardNotFound(card, suggestions: Array((close + sameConcept).uniqued().prefix(5)))
        }
        let store = try progressOptions.openStore()
        var random = SeededGenerator(seed: seed ?? UInt64.random(in: 0...UInt64.max), label: "fuzz")
        let now = progressOptions.clock()
        let outcome = try Failure.report { () throws(GlossaryError) in
            try store.record(id, rating: rating, at: now, scheduler: FSRSScheduler(enableFuzzing: !noFuzz), random: &random)
        }
        let p = outcome.after
        if json {
            struct Output: Encodable {
                var id, concept, kind, rating, state, due: String
                var step: Int?
                var stability, difficulty: Double
                var reps, lapses: Int
                var last_review: String
                var previous_state: String
            }
            print(try JSONOutput.encode(Output(
                id: p.cardID, concept: p.concept, kind: p.kind, rating: rating.name, state: p.state.rawValue,
                due: ISO8601.string(p.due), step: p.step, stability: p.stability, difficulty: p.difficulty,
                reps: p.reps, lapses: p.lapses, last_review: ISO8601.string(p.lastReview),
                previous_state: outcome.before?.state.rawValue ?? "new")))
        } else {
            let out = Terminal.stdout
            out.print("\(out.style(p.cardID, .bold))  \(rating.name): \(outcome.before?.state.rawValue ?? "new") → \(p.state.rawValue)")
            out.print("  due         \(ISO8601.string(p.due)) (in \(DurationText.text(p.due.timeIntervalSince(now))))")
            out.print("  stability   \(String(format: "%.4f", p.stability)) days")
            out.print("  difficulty  \(String(format: "%.4f", p.difficulty))")
            out.print("  reps \(p.reps), lapses \(p.lapses)")
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
