import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryModel
import GlossaryQuiz
import GlossarySearch
import GlossaryStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show learning progress: cards by state, reviews, retention, a 14-day forecast, the hardest concepts.",
        discussion: """
            True retention is the share of answers to cards in review (graduated) over the \
            last 30 days that were not Again; FSRS aims at 90 %. --json prints the same \
            figures and, under "cards", every card with progress (times in ISO 8601 UTC).
            """
    )

    @Flag(help: "Print the figures and every card with progress as JSON.")
    var json = false

    @Option(name: .customLong("leech-lapses"), help: "Lapses that make a card a leech (Anki's default: 8).")
    var leechLapses = 8

    @Option(
        name: .customLong("export-log"),
        help: ArgumentHelp(
            "Write the review log as the CSV FSRS's optimizers read (card_id,review_time,review_rating,review_state,review_duration) to this file, or - for stdout.",
            valueName: "file"))
    var exportLog: String?

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard leechLapses >= 1 else { throw ValidationError("--leech-lapses must be at least 1") }
    }
    @OptionGroup var options: ContentOptions

    func run() throws {
        let store = try progressOptions.openStore()
        let now = progressOptions.clock()
        if let exportLog {
            let csv = ReviewLogCSV.text(try Failure.report { try store.allReviews() })
            if exportLog == "-" { print(csv, terminator: ""); return }
            try Failure.report { try AtomicFile.write(Data(csv.utf8), to: exportLog) }
            Terminal.stderr.print("review log: \(csv.split(separator: "\n").count - 1) answer(s) written to \(exportLog)")
            return
        }
        let (progress, log) = try Failure.report {
            (try store.allProgress(), try store.reviews(since: now.addingTimeInterval(-30 * 86400)))
        }
        // Without content (run outside the repository) the new cards cannot be counted and
        // concepts are named by id; everything else comes from the progress file. With it,
        // the cards are counted by id without making them (CardGenerator.cardIDs), and only
        // the concepts named are read for their headwords.
        let index = options.hasContent ? try options.openIndex().index : nil
        let cardIDs = try index.map { index in try Failure.report { try Self.cardIDs(index, started: progress) } }
        let kept = try Failure.report { try store.desiredRetention() }
        let desired = progressOptions.retention ?? kept ?? 0.9
        var stats = ProgressStats(
            progress: progress, reviews30Days: log, cardIDs: cardIDs, now: now,
            desiredRetention: desired, leechLapses: leechLapses)
        stats.parameters = try Failure.report { SchedulingParameters(fit: try store.latestFit(), log: try store.allReviews()) }
        if json {
            print(try JSONOutput.encode(stats))
            return
        }
        let out = Terminal.stdout
        out.print(out.style("Cards", .bold))
        out.print(
            "  new \(stats.counts.new.map(String.init) ?? "– (no content folder)") · learning \(stats.counts.learning) · review \(stats.counts.review) · relearning \(stats.counts.relearning)"
        )
        out.print(out.style("Reviews", .bold))
        let retention = stats.trueRetention30Days.map { String(format: "%.1f %%", $0 * 100) } ?? "–"
        out.print(
            "  today \(stats.reviewsToday) · last 30 days \(stats.reviews30Days) · true retention (30 days) \(retention), desired \(String(format: "%.0f %%", stats.desiredRetention * 100))"
        )
        if let parameters = stats.parameters { printParameters(parameters, out: out) }
        out.print(out.style("Due in the next 14 days", .bold))
        let top = max(1, stats.forecast.map(\.due).max() ?? 1)
        let barWidth = max(10, min(out.width, 100) - 24)
        for (offset, day) in stats.forecast.enumerated() {
            let label = offset == 0 ? "today     " : day.date
            let length = day.due == 0 ? 0 : max(1, day.due * barWidth / top)
            out.print("  \(label)  " + out.style(String(repeating: "█", count: length), .cyan) + (day.due > 0 ? " \(day.due)" : " ·"))
        }
        let names =
            try index.map { index in
                try Failure.report { try index.headwords(Set(stats.mostLapsed.prefix(5).map(\.concept) + stats.leeches.prefix(10).map(\.concept))) }
            } ?? [:]
        // A one-language concept (imported from a TBX) is named by the headword it has.
        func name(_ id: String) -> String? {
            guard let h = names[id] else { return nil }
            let words = [h[.fr], h[.en]].compactMap { $0 }
            return words.isEmpty ? nil : words.joined(separator: " · ")
        }
        if !stats.mostLapsed.isEmpty {
            out.print(out.style("Most lapses", .bold))
            for item in stats.mostLapsed.prefix(5) {
                out.print("  \(item.lapses)  \(name(item.concept) ?? item.concept) [\(item.concept)]")
            }
        }
        if !stats.leeches.isEmpty {
            out.print(out.style("Leeches (\(leechLapses)+ lapses)", .bold))
            for leech in stats.leeches.prefix(10) {
                out.print("  \(leech.lapses)  \(leech.id)  \(name(leech.concept) ?? leech.concept)")
            }
        }
        out.print(out.style("progress: \(store.path)", .gray))
    }

    /// Which parameters schedule the cards, and how well they predict the reviews.
    private func printParameters(_ parameters: SchedulingParameters, out: Terminal) {
        out.print(out.style("Scheduling parameters", .bold))
        if let at = parameters.fittedAt, let count = parameters.fittedCount, let on = parameters.fittedOn {
            out.print("  fitted by glossary optimize on \(at): \(count == 21 ? "all 21" : "the first \(count)") fitted to \(on) reviews")
        } else {
            out.print("  FSRS-6's defaults (glossary optimize fits them to your reviews)")
        }
        if let logLoss = parameters.logLoss, let rmse = parameters.rmseBins {
            out.print(
                "  on your \(parameters.reviews) reviews today: log loss \(String(format: "%.4f", logLoss)) · RMSE (bins) \(String(format: "%.2f %%", rmse * 100))"
            )
        }
    }

    /// The ids of the cards the content yields: French (the default) for every concept, plus
    /// the English cards of concepts with an English card started.
    static func cardIDs(_ index: GlossaryIndex, started progress: [CardProgress]) throws -> Set<String> {
        let knowledgeBase = KnowledgeBase(concepts: try index.allConcepts(), domains: [])
        let french = CardGenerator(knowledgeBase: knowledgeBase, language: .fr)
        let english = CardGenerator(knowledgeBase: knowledgeBase, language: .en)
        let startedEnglish = Set(progress.compactMap { CardID($0.cardID) }.filter { $0.language == .en }.map(\.concept))
        let started = Set(progress.map(\.cardID))
        var ids: Set<String> = []
        for concept in knowledgeBase.concepts {
            for id in french.cardIDs(for: concept) { ids.insert(id.description) }
            if startedEnglish.contains(concept.id) {
                for id in english.cardIDs(for: concept) where started.contains(id.description) { ids.insert(id.description) }
            }
        }
        return ids
    }
}
