import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossaryModel

/// Asks one card, grades the answer, records it and shows the entry.
struct QuizRunner {
    let screen: QuizScreen
    let input: AnswerInput
    /// `nil` in cram mode: nothing is recorded.
    let store: ProgressStore?
    let scheduler: FSRSScheduler
    let clock: @Sendable () -> Date

    /// The rating given and when the card is due again, or `nil` when the learner quit.
    func ask(_ card: QuizCard, random: inout SeededGenerator) throws -> (Rating, Date?)? {
        let shown = ContinuousClock.now
        let rating: Rating
        let answer: String?
        switch card.answer {
        case .typed(let terms, let language):
            screen.out.print(screen.out.style("Type the answer (\(language.name)); an empty line if you don't know:", .gray))
            if screen.interactive { screen.out.print("› ", terminator: "") }
            guard case .text(let typed) = input.line() else { return nil }
            let grade = AnswerGrader.grade(typed, terms: terms)
            screen.feedback(grade, typed: typed)
            rating = grade.rating
            answer = typed
        case .recall(let definition):
            screen.ask("Enter to reveal the answer.")
            guard input.key(["\n", " "], hint: "an empty line reveals the answer; q stops") != .quit else { return nil }
            if screen.interactive { screen.out.print("\n") }
            screen.paragraph(screen.out.style(definition, .bold))
            screen.out.print()
            screen.ask("How well did you remember? 1 Again · 2 Hard · 3 Good · 4 Easy")
            let keys = ["1", "2", "3", "4", "again", "hard", "good", "easy"]
            guard case .text(let key) = input.key(keys, hint: "answer 1, 2, 3 or 4 (again, hard, good, easy); q stops") else { return nil }
            if screen.interactive { screen.out.print(key) }
            rating = Rating(argument: key)!
            answer = nil
        case .choice(let options, let correct):
            screen.options(options)
            screen.ask("Your choice (1-\(options.count)):")
            let keys = (1...options.count).map(String.init)
            guard case .text(let key) = input.key(keys, hint: "answer with a number from 1 to \(options.count); q stops") else { return nil }
            if screen.interactive { screen.out.print(key) }
            let picked = Int(key)! - 1
            screen.choiceFeedback(right: picked == correct, correct: options[correct])
            rating = picked == correct ? .good : .again
            answer = options[picked].text
        }
        let elapsed = ContinuousClock.now - shown
        let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let now = clock()
        var outcome: ProgressStore.Outcome?
        if let store {
            outcome = try Failure.report { () throws(GlossaryError) in
                try store.record(card.id, rating: rating, at: now, answer: answer, durationMs: ms, scheduler: scheduler, random: &random)
            }
        }
        screen.scheduled(outcome, rating: rating, now: now)
        screen.entry(card)
        return (rating, outcome?.after.due)
    }
}
