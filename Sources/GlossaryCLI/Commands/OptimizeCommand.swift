import ArgumentParser
import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossarySearch

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit the FSRS-6 parameters to your own review log; later sessions schedule with them.",
        discussion: """
            The parameters are fitted as FSRS's reference optimizer (fsrs-rs) fits them: the \
            recall predicted for each review on a later day than the card's previous answer \
            is matched to what happened (log loss), by gradient descent. Below 400 such \
            reviews only the first four (the stability after a first Again, Hard, Good, \
            Easy) are fitted; the other seventeen keep FSRS-6's defaults. The fit is checked \
            on your own future: fitted on the first 80 % of the reviews, it predicts the last \
            20 %, beside the parameters in use (log loss and binned RMSE, lower is better). \
            The fit is saved in the progress file, and quiz and review then use it, only when \
            it predicts your reviews better than the parameters in use (lower log loss on the \
            same reviews, binned RMSE on a tie, as Anki decides); otherwise the parameters in \
            use are kept and the command says so (exit 0). --dry-run prints the same and \
            writes nothing.

            Exit codes: 0 success, 64 usage error, 65 review log too small to fit or progress \
            file from a newer glossary, 66 progress file not found, 74 progress file error.
            """
    )

    @Flag(name: .customLong("dry-run"), help: "Print the fitted parameters and the check, write nothing.")
    var dryRun = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if progressOptions.retention != nil {
            throw ValidationError("optimize fits the parameters, not the retention: set --retention with quiz or review")
        }
    }

    func run() throws {
        let path = progressOptions.progressPath
        let (log, stored): ([ReviewLogEntry], [Double]?)
        var store: ProgressStore?
        if dryRun {
            (log, stored) = try Failure.report { try ProgressStore.readLogAndParameters(path: path) }
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw Failure.exit(ProgressError.progressNotFound(path: path))
            }
            let opened = try progressOptions.openStore()
            store = opened
            (log, stored) = try Failure.report { (try opened.allReviews(), try opened.fittedParameters()) }
        }
        let current = stored ?? FSRSScheduler.defaultParameters
        let result: FSRSOptimization
        do {
            result = try FSRSOptimization(log: log, current: current)
        } catch {
            throw Failure.exit(error)
        }
        let better = result.comparison.fittedIsBetter
        if let store, better {
            try Failure.report {
                try store.saveFittedParameters(
                    result.fit.parameters, fittedCount: result.fit.fittedCount,
                    reviewCount: result.fit.reviewCount, at: progressOptions.clock())
            }
        }
        if json {
            print(try JSONOutput.encode(Output(result, log: log, saved: store != nil && better, currentIsDefault: stored == nil)))
        } else {
            printText(result, log: log, path: path, currentIsDefault: stored == nil)
        }
    }

    private func printText(_ result: FSRSOptimization, log: [ReviewLogEntry], path: String, currentIsDefault: Bool) {
        let out = Terminal.stdout
        let cards = Set(log.map(\.cardID)).count
        let fit = result.fit
        if fit.fittedCount == 21 {
            out.print("Fitted all 21 FSRS-6 parameters to \(fit.reviewCount) reviews (\(log.count) answers, \(cards) cards).")
        } else {
            out.print(
                "Fitted the first 4 parameters (initial stabilities) to \(fit.reviewCount) reviews (\(log.count) answers, \(cards) cards); the other 17 need \(FSRSOptimizer.Configuration().fullFitReviews) reviews and keep FSRS-6's defaults."
            )
        }
        if let check = result.heldOut {
            out.print(out.style("Check on your last \(check.before.count) reviews, fitted on the \(check.trainingCount) before them", .bold))
            let name = currentIsDefault ? "current (defaults)" : "current (fitted)"
            out.print("  " + "".padding(toLength: 20, withPad: " ", startingAt: 0) + "log loss   RMSE (bins)")
            for (label, value) in [(name, check.before), ("fitted", check.after)] {
                out.print(
                    "  " + label.padding(toLength: 20, withPad: " ", startingAt: 0)
                        + String(format: "%8.4f   %10.2f %%", value.logLoss, value.rmseBins * 100))
            }
        } else {
            out.print("Too few reviews to hold the last \(Int(FSRSOptimization.heldOutFraction * 100)) % out for a check.")
        }
        let comparison = result.comparison
        let current = currentIsDefault ? "current (defaults)" : "current (fitted)"
        out.print(out.style("On all \(comparison.current.count) reviews", .bold))
        out.print("  " + "".padding(toLength: 20, withPad: " ", startingAt: 0) + "log loss   RMSE (bins)")
        for (label, value) in [(current, comparison.current), ("fitted", comparison.fitted)] {
            out.print(
                "  " + label.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: "%8.4f   %10.2f %%", value.logLoss, value.rmseBins * 100))
        }
        out.print(out.style("Fitted parameters", .bold))
        for row in stride(from: 0, to: 21, by: 7) {
            let values = fit.parameters[row..<(row + 7)].map { String(format: "%8.4f", $0) }.joined()
            out.print(String(format: "  w%-2d–w%-2d", row, row + 6) + values)
        }
        let kept =
            "The current parameters (\(currentIsDefault ? "FSRS-6's defaults" : "fitted earlier")) already fit your reviews as well as the fit does"
        switch (comparison.fittedIsBetter, dryRun) {
        case (true, false):
            out.print(out.style("saved in \(path): quiz and review now schedule with these parameters", .gray))
        case (true, true):
            out.print(out.style("--dry-run: nothing written to \(path); without it the fit would be saved (it predicts your reviews better)", .gray))
        case (false, false):
            out.print("\(kept): kept, nothing saved; quiz and review go on with them.")
        case (false, true):
            out.print("\(kept): they would be kept.")
            out.print(out.style("--dry-run: nothing written to \(path)", .gray))
        }
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct Output: Encodable {
        struct Metrics: Encodable {
            var log_loss: Double
            var rmse_bins: Double
            var reviews: Int

            init(_ evaluation: FSRSEvaluation) {
                log_loss = evaluation.logLoss
                rmse_bins = evaluation.rmseBins
                reviews = evaluation.count
            }
        }
        var parameters: [Double]
        var fitted_count: Int
        var reviews: Int
        var answers: Int
        var current_parameters: [Double]
        var current_is_default: Bool
        /// Both on every predicted review of the log; the fit is saved only when it is better.
        var current: Metrics
        var fitted: Metrics
        var fitted_is_better: Bool
        var held_out_before: Metrics?
        var held_out_after: Metrics?
        var training_reviews: Int?
        var saved: Bool

        init(_ result: FSRSOptimization, log: [ReviewLogEntry], saved: Bool, currentIsDefault: Bool) {
            parameters = result.fit.parameters
            fitted_count = result.fit.fittedCount
            reviews = result.fit.reviewCount
            answers = log.count
            current_parameters = result.current
            current_is_default = currentIsDefault
            current = Metrics(result.comparison.current)
            fitted = Metrics(result.comparison.fitted)
            fitted_is_better = result.comparison.fittedIsBetter
            held_out_before = result.heldOut.map { Metrics($0.before) }
            held_out_after = result.heldOut.map { Metrics($0.after) }
            training_reviews = result.heldOut?.trainingCount
            self.saved = saved
        }
    }
}
