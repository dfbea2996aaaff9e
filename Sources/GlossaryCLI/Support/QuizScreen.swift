import Foundation
import GlossaryModel
import GlossaryQuiz
import GlossaryModel

/// Everything the quiz prints. On a terminal: a cleared screen per card and colour; piped:
/// the same text, plain, one block after another.
struct QuizScreen {
    let out: Terminal
    let interactive: Bool
    let knowledgeBase: KnowledgeBase

    var width: Int { min(out.width, 100) }

    func paragraph(_ text: String, indent: String = "  ") {
        for line in Wrap.lines(text, width: width - indent.count) { out.print(indent + line) }
    }

    func begin(_ card: QuizCard, position: Int, total: Int, dueLeft: Int, again: Bool) {
        if interactive { out.print("\u{1B}[H\u{1B}[2J", terminator: "") }
        var status = "\(position)/\(total) · \(dueLeft) due left"
        if again { status += " · again" }
        out.print(out.style(status, .gray) + "  " + out.style("[\(card.id)]", .gray))
        out.print()
        let lang = card.promptLanguage.rawValue
        switch card.kind {
        case .frEn: out.print(out.style("Translate into English:", .bold))
        case .enFr: out.print(out.style("Traduire en français :", .bold))
        case .defTerm: out.print(out.style("Which term is defined here? (\(lang))", .bold))
        case .termDef: out.print(out.style("Recall the definition (\(lang)):", .bold))
        case .choice: out.print(out.style("Which term is defined here? (\(lang))", .bold))
        case .contrast: out.print(out.style("Which of the two does this describe? (\(lang))", .bold))
        case .acronym: out.print(out.style("Expand the acronym (\(lang)):", .bold))
        }
        paragraph(out.style(card.prompt, .cyan))
        out.print()
    }

    func options(_ options: [QuizCard.Option]) {
        for (i, option) in options.enumerated() { out.print("  \(out.style("\(i + 1)", .bold))  \(option.text)") }
        out.print()
    }

    func ask(_ text: String) {
        if interactive { out.print(out.style(text, .gray) + " ", terminator: "") } else { out.print(text) }
    }

    func feedback(_ grade: AnswerGrader.Grade, typed: String) {
        switch grade.verdict {
        case .correct:
            out.print(out.style("✓ right", .green, .bold) + (TextFolding.compact(typed) == TextFolding.compact(grade.expected.text) && typed != grade.expected.text ? " — written « \(grade.expected.text) »" : ""))
        case .typo:
            out.print(out.style("~ almost", .yellow, .bold) + " — the spelling is « \(out.style(grade.expected.text, .bold)) » (Hard)")
        case .deprecated:
            out.print(out.style("~ accepted", .yellow, .bold) + " — " + (grade.note ?? "") + " (Hard)")
        case .wrong:
            out.print(out.style("✗ wrong", .red, .bold) + " — the answer is « \(out.style(grade.expected.text, .bold)) » (Again)")
            if !TextFolding.compact(typed).isEmpty {
                out.print("  you typed: \(typed.trimmingCharacters(in: .whitespaces))")
                out.print("  diff:      " + diff(grade.diff))
            }
        }
    }

    func diff(_ segments: [CharacterDiff.Segment]) -> String {
        guard out.colored else { return CharacterDiff.plain(segments) }
        return segments.map { segment in
            switch segment {
            case .same(let text): text
            case .extra(let text): out.style(text, .red)
            case .missing(let text): out.style(text, .green, .bold)
            }
        }.joined()
    }

    func choiceFeedback(right: Bool, correct: QuizCard.Option) {
        if right { out.print(out.style("✓ right", .green, .bold)) }
        else { out.print(out.style("✗ wrong", .red, .bold) + " — the answer is « \(out.style(correct.text, .bold)) » (Again)") }
    }

    func scheduled(_ outcome: ProgressStore.Outcome?, rating: Rating, now: Date) {
        guard let outcome else { out.print(out.style("cram: \(rating.name), schedule unchanged", .gray)); return }
        out.print(out.style("\(rating.name) · next in \(DurationText.text(outcome.after.due.timeIntervalSince(now))) (\(outcome.after.state.rawValue))", .gray))
    }

    /// The entry, where the learning happens: both headwords and both definitions.
    func entry(_ card: QuizCard) {
        guard let concept = knowledgeBase.concept(card.conceptID) else { return }
        out.print()
        out.print(out.style("── " + concept.headword(.fr) + " · " + concept.headword(.en) + " ", .bold, .blue) + out.style("[\(concept.id)]", .gray))
        for lang in Language.allCases {
            let others = concept[lang].terms.dropFirst().filter { $0.text != concept.headword(lang) }.map { term in
                term.status.isRecommended ? term.text : "\(term.text) (\(term.status.rawValue))"
            }
            out.print(out.style(lang.rawValue, .bold) + "  " + concept.headword(lang) + (others.isEmpty ? "" : out.style(" — also " + others.joined(separator: ", "), .gray)))
            paragraph(knowledgeBase.plainText(concept[lang].definition, language: lang), indent: "    ")
        }
        if let explanation = card.explanation {
            out.print(out.style("Not to be confused:", .bold))
            paragraph(explanation, indent: "    ")
        }
    }

    func summary(_ session: QuizSession, seconds: TimeInterval, nextDue: (Date, Int)?, now: Date, cram: Bool) {
        out.print(interactive ? "\n" : "")
        out.print(out.style("Session over", .bold) + (cram ? " (cram: schedule unchanged)" : ""))
        guard session.cardsSeen > 0 else {
            out.print("  nothing reviewed")
            printNextDue(nextDue, now: now)
            return
        }
        out.print("  reviewed:       \(session.cardsSeen) card(s), \(session.answers.count) answer(s)")
        out.print("  right 1st try:  \(session.rightFirstTry)/\(session.cardsSeen)")
        out.print("  time:           \(DurationText.clock(seconds))")
        let weakest = session.weakestConcepts()
        if !weakest.isEmpty {
            out.print("  weakest:        " + weakest.map { item in
                knowledgeBase.concept(item.concept).map { "\($0.headword(.fr)) · \($0.headword(.en))" } ?? item.concept
            }.joined(separator: "; "))
        }
        printNextDue(nextDue, now: now)
    }

    private func printNextDue(_ nextDue: (Date, Int)?, now: Date) {
        if let (date, count) = nextDue {
            let when = date <= now ? "now" : "in " + DurationText.text(date.timeIntervalSince(now))
            out.print("  next due:       \(when) (\(ISO8601.string(date))), \(count) card(s) due within 24 h")
        } else {
            out.print("  next due:       nothing scheduled")
        }
    }
}

extension Terminal {
    /// Writes `text` and then `terminator`.
    func print(_ text: String, terminator: String) {
        if terminator == "\n" { print(text); return }
        _ = (text + terminator).withCString { Foundation.write(descriptor, $0, strlen($0)) }
    }
}
