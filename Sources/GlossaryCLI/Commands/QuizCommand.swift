import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossarySearch

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Drill the vocabulary with flashcards scheduled by FSRS: due cards first, then new ones.",
        discussion: """
            Cards come from the knowledge base: fr-en and en-fr (type the translation), def-term \
            (type the term a definition defines), term-def (recall the definition, grade \
            yourself), choice (pick the term among four), contrast (which of two confusable \
            concepts a definition describes) and acronym (type the full form). A leech (a \
            card forgotten --leech-lapses times) gets a drill (drill) at the next session: \
            it and the concept it is most confused with side by side, then which one a \
            definition describes.

            Typed answers ignore case, accents, hyphens, articles, small words (de/du/des) \
            and plurals; any preferred or admitted term is right, and an acronym's expansion \
            in either language; a typo is Hard, a deprecated term Hard with the preferred one \
            shown. Each answer is saved before its verdict is shown. A card in a learning step \
            waits for its step (the summary says when); one card per concept a day (siblings \
            buried) unless --cram. On a terminal choices and grades are single keys (1-4), \
            Enter reveals, and q, Ctrl-D or Ctrl-C end the session. Piped, one answer per line: \
            the answer of a typed card, the number of a choice, an empty line then the grade of \
            a self-graded card; EOF ends the session.

            Exit codes: 0 success, 1 unknown concept, 64 usage error, 65 progress file from a \
            newer glossary, 66 content folder or progress file (without --create) not found, \
            74 index or progress file error.
            """
    )

    @Option(help: "Cards in the session (not counting those shown again).")
    var count = 20

    @Option(name: .customLong("new"), help: "New cards per day.")
    var newPerDay = 10

    @Option(help: ArgumentHelp("Only these kinds, comma-separated: \(CardKind.allCases.map(\.rawValue).joined(separator: ",")).", valueName: "kinds"))
    var kinds: String?

    @Option(help: ArgumentHelp("The language being learnt: definitions are shown and terms expected in it (fr or en).", valueName: "lang"))
    var lang: Language = .fr

    @Option(help: ArgumentHelp("Only the concepts of this domain.", valueName: "domain"))
    var domain: String?

    @Option(help: ArgumentHelp("Only the cards of this concept: its id or any of its terms, as for show.", valueName: "id-or-term"))
    var concept: String?

    @Flag(help: "Practise any cards, even when nothing is due, without changing the schedule.")
    var cram = false

    @Option(help: "Seed for the order, the choices and the fuzz, to reproduce a session.")
    var seed: UInt64?

    @Option(name: .customLong("leech-lapses"), help: "Lapses that make a card a leech, drilled against its look-alike at the next session (Anki's default: 8).")
    var leechLapses = LeechDrill.defaultLapses

    @Flag(name: .customLong("no-fuzz"), help: "Do not spread review intervals at random (reproducible scheduling).")
    var noFuzz = false

    @OptionGroup var progressOptions: ProgressOptions
    @OptionGroup var options: ContentOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        guard newPerDay >= 0 else { throw ValidationError("--new cannot be negative") }
        guard leechLapses >= 1 else { throw ValidationError("--leech-lapses must be at least 1") }
        _ = try selectedKinds()
    }

    func selectedKinds() throws -> Set<CardKind> {
        guard let kinds else { return Set(CardKind.allCases) }
        var out: Set<CardKind> = []
        for name in kinds.split(separator: ",").map({ $0.trimming(newlines: false) }) where !name.isEmpty {
            guard let kind = CardKind(rawValue: name) else {
                let hint = EditDistance.suggestion(for: name, in: CardKind.allCases.map(\.rawValue)).map { "did you mean '\($0)'? " } ?? ""
                throw ValidationError("unknown card kind '\(name)': \(hint)kinds are \(CardKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            out.insert(kind)
        }
        guard !out.isEmpty else { throw ValidationError("--kinds names no kind") }
        return out
    }

    func run() throws {
        let index = try options.openIndex().index
        let seed = seed ?? UInt64.random(in: 0...UInt64.max)
        let kinds = try selectedKinds()
        if let domain {
            // Only with --domain: checking it needs every concept's domains.
            let known = Set(try Failure.report { try index.allConcepts() }.flatMap(\.domains))
            guard known.contains(domain) else {
                let hint = EditDistance.suggestion(for: domain, in: known).map { "did you mean '\($0)'? " } ?? ""
                throw ValidationError("no domain '\(domain)': \(hint)known domains: \(known.sorted().joined(separator: ", "))")
            }
        }
        // --concept takes an id or any term, as `show` does.
        let conceptID = try concept.map { query in
            try Failure.report { () throws -> String in
                if let c = try index.concept(query) { return c.id }
                if let best = try SearchEngine(index: index).search(query, limit: 1).results.first { return best.concept.id }
                let close = try index.conceptIDs().filter { EditDistance.distance($0, query, limit: 3) != nil }
                throw ContentError.conceptNotFound(query, suggestions: Array(close.prefix(5)))
            }
        }
        let store = try progressOptions.openStore()
        let clock = progressOptions.clock
        let start = clock()
        let today = Calendar.current.startOfDay(for: start)
        let (progress, introduced, answeredToday) = try Failure.report {
            (
                Dictionary(try store.allProgress().map { ($0.cardID, $0) }, uniquingKeysWith: { a, _ in a }),
                try store.newCardsIntroduced(since: today), try store.conceptsAnswered(since: today)
            )
        }
        // Leeches, with the wrong answers that tell what they are confused with.
        let leeches = try Failure.report {
            var out: [(concept: String, wrongAnswers: [ReviewLogEntry])] = []
            for concept in LeechDrill.leechConcepts(progress.values, lapses: leechLapses).prefix(count) {
                out.append((concept, try store.wrongAnswers(concept: concept)))
            }
            return out
        }
        let newAllowance = max(0, newPerDay - introduced)
        // Only the concepts this session needs are read from the index (see SessionDeck).
        let source = ConceptSource(ids: { try index.conceptIDs() }, concept: { try index.concept($0) }, narrower: { try index.narrower($0) })
        let deck = try Failure.report {
            try SessionDeck.load(
                from: source, language: lang, seed: seed, filter: .init(kinds: kinds, concept: conceptID, domain: domain),
                progress: progress, now: start, dueConcepts: count * 4, newConcepts: cram ? count : min(count, newAllowance),
                buried: answeredToday, cram: cram, leeches: leeches)
        }
        let knowledgeBase = deck.knowledgeBase
        let cards = deck.cards
        var orderRandom = SeededGenerator(seed: seed, label: "order")
        let planner = SessionPlanner(count: count, newAllowance: newAllowance, cram: cram)
        let plan = planner.plan(
            cards, progress: progress, now: start, answeredToday: answeredToday,
            confusable: deck.generator.confusable, drills: deck.drills, random: &orderRandom)
        let input = AnswerInput()
        defer { input.close() }
        let screen = QuizScreen(out: .stdout, interactive: input.isTerminal, knowledgeBase: knowledgeBase)
        var session = QuizSession(cards: plan.cards, due: plan.due)
        if plan.cards.isEmpty {
            let nothingMatches = cards.isEmpty && (cram || progress.isEmpty)
            Terminal.stdout.print(
                nothingMatches ? "No cards match these options." : "Nothing due and no new cards left for today. Come back later, or practise with --cram.")
        }
        let runner = QuizRunner(
            screen: screen, input: input, store: cram ? nil : store,
            scheduler: try progressOptions.scheduler(store, fuzz: !noFuzz),
            lexicon: TermLexicon(knowledgeBase: knowledgeBase), clock: clock)
        let realStart = Date()
        var fuzz = SeededGenerator(seed: seed, label: "fuzz")
        var position = 0
        var seen: Set<CardID> = []
        while let card = session.next(now: clock()) {
            let again = seen.contains(card.id)
            if !again { position += 1; seen.insert(card.id) }
            if let beside = card.beside, !again {
                // A drill: the two side by side first; on a terminal, the question on a fresh screen.
                screen.beside(card, beside, position: position, total: session.plannedCount)
                if input.isTerminal {
                    screen.ask("Press any key for the question, q to stop.")
                    if input.key(KeyRange.any, hint: "") == .quit { break }
                }
            }
            screen.begin(card, position: position, total: session.plannedCount, dueLeft: session.dueLeft, again: again)
            guard let (rating, after) = try runner.ask(card, random: &fuzz) else { break }
            let inStep = after.flatMap { $0.state == .review ? nil : $0.due }
            session.answered(
                card, rating: rating, step: inStep,
                wasDue: progress[card.id.description].map { $0.due <= start } ?? false, cram: cram)
            if input.isTerminal {
                screen.ask("\nPress any key for the next card, q to stop.")
                if input.key(KeyRange.any, hint: "") == .quit { break }
            } else {
                Terminal.stdout.print()
            }
        }
        input.close()
        let now = clock()
        let due = try? store.dueSummary(at: now)
        screen.summary(session, seconds: Date().timeIntervalSince(realStart), due: due, now: now, cram: cram)
    }
}

/// Every byte a key can send, for "press any key".
enum KeyRange {
    static let any: [String] = (0..<128).map { $0 == 10 || $0 == 13 ? "\n" : String(UnicodeScalar(UInt8($0))) }.filter { $0 != "q" }
}
