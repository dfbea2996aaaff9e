import ArgumentParser
import Foundation
import GlossaryInterchange
import GlossaryModel
import GlossaryQuiz
import GlossarySearch

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

    @Option(name: .customLong("export-log"), help: ArgumentHelp("Write the review log as the CSV FSRS's optimizers read (card_id,review_time,review_rating,review_state,review_duration) to this file, or - for stdout.", valueName: "file"))
    var exportLog: String?

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard leechLapses >= 1 else { throw ValidationError("--leech-lapses must be at least 1") }
    }
    @OptionGroup var options: ContentOptions

    func run() throws {
        // Without content (run outside the repository) the new cards cannot be counted and
        // concepts are named by id; everything else comes from the progress file.
        let knowledgeBase = options.hasContent ? try options.knowledgeBase() : nil
        let frIDs = knowledgeBase.map { Set(CardGenerator(knowledgeBase: $0, language: .fr).cards().map(\.id.description)) }
        let enIDs = knowledgeBase.map { Set(CardGenerator(knowledgeBase: $0, language: .en).cards().map(\.id.description)) }
        let store = try progressOptions.openStore()
        let now = progressOptions.clock()
        let (progress, log) = try Failure.report {
            (try store.allProgress(), try store.reviews(since: now.addingTimeInterval(-30 * 86400)))
        }
        // New cards: those of French (the default) plus any English card already started.
        let started = Set(progress.map(\.cardID))
        let cardIDs = frIDs.map { $0.union(enIDs!.intersection(started)) }
        if let exportLog {
            let csv = ReviewLogCSV.text(try Failure.report { try store.allReviews() })
            if exportLog == "-" { print(csv, terminator: ""); return }
            try Failure.report { try AtomicFile.write(Data(csv.utf8), to: exportLog) }
            Terminal.stderr.print("review log: \(csv.split(separator: "\n").count - 1) answer(s) written to \(exportLog)")
            return
        }
        let kept = try Failure.report { try store.desiredRetention() }
        let desired = progressOptions.retention ?? kept ?? 0.9
        let stats = ProgressStats(progress: progress, reviews30Days: log, cardIDs: cardIDs, now: now,
                                  desiredRetention: desired, leechLapses: leechLapses)
        if json {
            print(try JSONOutput.encode(stats))
            return
        }
        let out = Terminal.stdout
        out.print(out.style("Cards", .bold))
        out.print("  new \(stats.counts.new.map(String.init) ?? "– (no content folder)") · learning \(stats.counts.learning) · review \(stats.counts.review) · relearning \(stats.counts.relearning)")
        out.print(out.style("Reviews", .bold))
        let retention = stats.trueRetention30Days.map { String(format: "%.1f %%", $0 * 100) } ?? "–"
        out.print("  today \(stats.reviewsToday) · last 30 days \(stats.reviews30Days) · true retention (30 days) \(retention), desired \(String(format: "%.0f %%", stats.desiredRetention * 100))")
        out.print(out.style("Due in the next 14 days", .bold))
        let top = max(1, stats.forecast.map(\.due).max() ?? 1)
        let barWidth = max(10, min(out.width, 100) - 24)
        for (offset, day) in stats.forecast.enumerated() {
            let label = offset == 0 ? "today     " : day.date
            let length = day.due == 0 ? 0 : max(1, day.due * barWidth / top)
            out.print("  \(label)  " + out.style(String(repeating: "█", count: length), .cyan) + (day.due > 0 ? " \(day.due)" : " ·"))
        }
        if !stats.mostLapsed.isEmpty {
            out.print(out.style("Most lapses", .bold))
            for item in stats.mostLapsed.prefix(5) {
                let name = knowledgeBase?.concept(item.concept).map { "\($0.headword(.fr)) · \($0.headword(.en))" } ?? item.concept
                out.print("  \(item.lapses)  \(name) [\(item.concept)]")
            }
        }
        if !stats.leeches.isEmpty {
            out.print(out.style("Leeches (\(leechLapses)+ lapses)", .bold))
            for leech in stats.leeches.prefix(10) {
                let name = knowledgeBase?.concept(leech.concept).map { "\($0.headword(.fr)) · \($0.headword(.en))" } ?? leech.concept
                out.print("  \(leech.lapses)  \(leech.id)  \(name)")
            }
        }
        out.print(out.style("progress: \(store.path)", .gray))
    }
}
