import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossarySearch

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
        let id = try cardID()
        let store = try progressOptions.openStore()
        var random = SeededGenerator(seed: seed ?? UInt64.random(in: 0...UInt64.max), label: "fuzz")
        let now = progressOptions.clock()
        let scheduler = try progressOptions.scheduler(store, fuzz: !noFuzz)
        let outcome = try Failure.report {
            try store.record(id, rating: rating, at: now, scheduler: scheduler, random: &random)
        }
        let p = outcome.after
        if json {
            struct Output: Encodable {
                var id, concept, kind, rating, state, due: String
                var step: Int?
                var stability, difficulty: Double
                var reps, lapses: Int
                // swift-format-ignore: AlwaysUseLowerCamelCase
                var last_review: String // JSON keys, as FSRS and Anki name them
                // swift-format-ignore: AlwaysUseLowerCamelCase
                var previous_state: String
            }
            print(
                try JSONOutput.encode(
                    Output(
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

extension ReviewCommand {
    /// The card named on the command line, checked against its concept only: one index
    /// lookup, so a review costs the same at 50 concepts as at 100,000. Without a content
    /// folder (outside the repository) any well-formed id is taken.
    func cardID() throws -> CardID {
        let parsed = CardID(card)
        guard options.hasContent else {
            guard let parsed else {
                throw ValidationError("'\(card)' is not a card id: write <concept>:<kind>, e.g. infogerance:fr-en")
            }
            return parsed
        }
        let index = try options.openIndex().index
        return try Failure.report { () throws -> CardID in
            let conceptID = parsed?.concept ?? String(card.split(separator: ":").first ?? Substring(card))
            guard let concept = try index.concept(conceptID) else {
                let close = try index.conceptIDs().filter { EditDistance.distance($0, conceptID, limit: 3) != nil }
                throw ProgressError.cardNotFound(card, suggestions: Array(close.prefix(5)))
            }
            // The concept's cards, from the concept and those it contrasts with; a choice card
            // only needs three other concepts to exist.
            let neighbours = try concept.contrasts.compactMap { try index.concept($0.with) }
            let known = Language.allCases.flatMap { lang in
                CardGenerator(knowledgeBase: KnowledgeBase(concepts: [concept] + neighbours, domains: []), language: lang)
                    .cards(for: concept).map(\.id)
                    + [CardID(concept: concept.id, kind: .choice, language: lang)]
            }
            if let parsed, known.contains(parsed) {
                let enoughForChoice = parsed.kind != .choice ? true : try index.conceptIDs().count >= 4
                if enoughForChoice { return parsed }
            }
            let names = Set(known.map(\.description))
            let close = names.compactMap { name in EditDistance.distance(name, card, limit: 4).map { (name, $0) } }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
            throw ProgressError.cardNotFound(card, suggestions: Array((close + names.sorted()).uniqued().prefix(5)))
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
