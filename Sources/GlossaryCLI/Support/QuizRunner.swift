import Foundation
import GlossaryModel
import GlossaryQuiz

/// Asks one card, grades the answer, records it and only then shows the verdict and the
/// entry: a process killed once the verdict is on screen has already stored the answer.
struct QuizRunner {
    let screen: QuizScreen
    let input: AnswerInput
    /// `nil` in cram mode: nothing is recorded.
    let store: ProgressStore?
    let scheduler: FSRSScheduler
    let lexicon: TermLexicon
    let clock: @Sendable () -> Date

    /// The rating given and the card's new progress (`nil` in cram mode), or `nil` when the
    /// learner quit.
    func ask(_ card: QuizCard, random: inout SeededGenerator) throws -> (Rating, CardProgress?)? {
        let shown = ContinuousClock.now
        let rating: Rating
        let answer: String?
        /// The concept a wrong answer was taken for, logged for leech drills.
        var answerConcept: String?
        let verdict: () -> Void
        switch card.answer {
        case .typed(let expected):
            screen.out.print(screen.out.style("Type the answer (\(expected.language.name)); an empty line if you don't know:", .gray))
            if screen.interactive { screen.out.print("› ", terminator: "") }
            guard case .text(let typed) = input.line() else { return nil }
            let grade = AnswerGrader.grade(typed, expected: expected, lexicon: lexicon)
            verdict = { screen.feedback(grade, typed: typed, expected: expected) }
            rating = grade.rating
            answer = typed
            if case .otherConcept(let other) = grade.verdict { answerConcept = other }
        case .recall(let definition):
            screen.ask("Enter to reveal the answer.")
            guard input.key(["\n", " "], hint: "an empty line reveals the answer; q stops") != .quit else { return nil }
            if screen.interactive { screen.out.print("\n") }
            screen.paragraph(definition, color: .bold)
            screen.out.print()
            screen.ask("How well did you remember? " + gradeChoices(card))
            let keys = ["1", "2", "3", "4", "again", "hard", "good", "easy"]
            guard case .text(let key) = input.key(keys, hint: "answer 1, 2, 3 or 4 (again, hard, good, easy); q stops") else { return nil }
            if screen.interactive { screen.out.print(key) }
            rating = Rating(argument: key)!
            answer = nil
            verdict = {}
        case .choice(let options, let correct):
            screen.options(options)
            screen.ask("Your choice (1-\(options.count)):")
            let keys = (1...options.count).map(String.init)
            guard case .text(let key) = input.key(keys, hint: "answer with a number from 1 to \(options.count); q stops") else { return nil }
            if screen.interactive { screen.out.print(key) }
            let picked = Int(key)! - 1
            verdict = { screen.choiceFeedback(right: picked == correct, correct: options[correct]) }
            rating = picked == correct ? .good : .again
            answer = options[picked].text
            if picked != correct { answerConcept = options[picked].conceptID }
        }
        let elapsed = ContinuousClock.now - shown
        let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let now = clock()
        var outcome: ProgressStore.Outcome?
        if let store {
            outcome = try Failure.report {
                try store.record(
                    card.id, rating: rating, at: now, answer: answer, answerConcept: answerConcept, durationMs: ms, scheduler: scheduler, random: &random)
            }
        }
        verdict()
        screen.scheduled(outcome, rating: rating, now: now)
        screen.entry(card)
        return (rating, outcome?.after)
    }

    /// The four grades with the interval each would give, as Anki shows them:
    /// `1 Again <10m · 2 Hard 6h · 3 Good 1d · 4 Easy 4d` (without fuzz; nothing in cram).
    func gradeChoices(_ card: QuizCard) -> String {
        let names = ["Again", "Hard", "Good", "Easy"]
        guard let store else { return Rating.allCases.map { "\($0.rawValue) \(names[$0.rawValue - 1])" }.joined(separator: " · ") }
        let now = clock()
        let before = (try? store.progress(card.id))?.scheduling ?? .new(due: now)
        var preview = scheduler
        preview.enableFuzzing = false
        var unused = SeededGenerator(seed: 0)
        return Rating.allCases.map { rating in
            let after = preview.review(before, rating: rating, at: now, random: &unused)
            return "\(rating.rawValue) \(names[rating.rawValue - 1]) \(DurationText.short(after.due.timeIntervalSince(now)))"
        }.joined(separator: " · ")
    }
}
