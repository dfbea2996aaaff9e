import Foundation
import GlossaryModel
import GlossaryQuiz

/// Everything the quiz prints. On a terminal: a cleared screen per card and colour; piped:
/// the same text, plain, one block after another.
struct QuizScreen {
    let out: Terminal
    let interactive: Bool
    let knowledgeBase: KnowledgeBase

    var width: Int { min(out.width, 100) }

    /// `text` wrapped to the screen, each line indented and coloured (colour after wrapping,
    /// so that its escape codes do not count as width).
    func paragraph(_ text: String, indent: String = "  ", color: Terminal.Color? = nil) {
        for line in Wrap.lines(text, width: width - indent.count) { out.print(indent + (color.map { out.style(line, $0) } ?? line)) }
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
        case .contrast, .drill: out.print(out.style("Which of the two does this describe? (\(lang))", .bold))
        case .acronym: out.print(out.style("Expand the acronym (\(lang)):", .bold))
        }
        paragraph(card.prompt, color: .cyan)
        out.print()
    }

    /// A leech drill's first half: why, the two entries side by side (both terms, both
    /// definitions), and what tells them apart. The question follows.
    func beside(_ card: QuizCard, _ beside: QuizCard.Beside, position: Int, total: Int) {
        if interactive { out.print("\u{1B}[H\u{1B}[2J", terminator: "") }
        out.print(out.style("\(position)/\(total) · leech drill", .gray) + "  " + out.style("[\(card.id)]", .gray))
        out.print()
        out.print(out.style("Tell these two apart", .bold))
        paragraph(beside.lead)
        for concept in beside.concepts.compactMap(knowledgeBase.concept) { entry(concept) }
        if let explanation = card.explanation {
            out.print()
            out.print(out.style("The difference:", .bold))
            paragraph(explanation, indent: "    ")
        }
        out.print()
    }

    func options(_ options: [QuizCard.Option]) {
        for (i, option) in options.enumerated() { out.print("  \(out.style("\(i + 1)", .bold))  \(option.text)") }
        out.print()
    }

    func ask(_ text: String) {
        if interactive { out.print(out.style(text, .gray) + " ", terminator: "") } else { out.print(text) }
    }

    /// The verdict: the preferred term is always "the answer"; the accepted term the typed
    /// text was taken for or was close to is named on its own line; a diff only for near misses.
    func feedback(_ grade: AnswerGrader.Grade, typed: String, expected: ExpectedAnswer) {
        let answer = "« \(out.style(grade.answer.text, .bold)) »"
        switch grade.verdict {
        case .correct:
            out.print(out.style("✓ right", .green, .bold) + (grade.matched == nil ? "" : " — the preferred term is \(answer)"))
            if let matched = grade.matched {
                let geo = matched.geo.isEmpty ? "" : " (used in \(matched.geo.joined(separator: ", ")))"
                out.print("  « \(matched.text) » is \(matched.status.rawValue) too\(geo)")
            }
        case .otherLanguageExpansion:
            let other = expected.language.other == .en ? "English" : "French", asked = expected.language == .en ? "English" : "French"
            out.print(out.style("✓ right", .green, .bold) + " — « \(grade.matched?.text ?? "") » is the \(other) expansion; asked in \(asked): \(answer)")
        case .typo:
            out.print(out.style("~ almost", .yellow, .bold) + " — the answer is \(answer) (Hard)")
        case .deprecated:
            out.print(out.style("~ accepted", .yellow, .bold) + " — the answer is \(answer) (Hard)")
        case .wrongLanguage, .otherConcept, .wrong:
            out.print(out.style("✗ wrong", .red, .bold) + " — the answer is \(answer) (Again)")
        }
        if expected.acceptsOtherLanguage, grade.verdict != .otherLanguageExpansion, let other = expected.otherPreferred {
            out.print("  \(expected.language.other.name): « \(other.text) »")
        }
        if let note = grade.note, grade.verdict != .otherLanguageExpansion { paragraph(note) }
        if !grade.diff.isEmpty {
            if let matched = grade.matched { out.print("  close to « \(matched.text) », \(matched.status.rawValue) too") }
            out.print("  you typed: \(typed.trimming(newlines: false))")
            out.print("  diff:      " + diff(grade.diff))
        }
    }

    /// The diff in brackets (`infog[e→é]rance`), readable without colour; colour only adds to it.
    func diff(_ segments: [CharacterDiff.Segment]) -> String {
        let plain = CharacterDiff.plain(segments)
        guard out.colored else { return plain }
        return plain.replacingOccurrences(of: "[", with: out.style("[", .yellow)).replacingOccurrences(of: "]", with: out.style("]", .yellow))
    }

    func choiceFeedback(right: Bool, correct: QuizCard.Option) {
        if right {
            out.print(out.style("✓ right", .green, .bold))
        } else {
            out.print(out.style("✗ wrong", .red, .bold) + " — the answer is « \(out.style(correct.text, .bold)) » (Again)")
        }
    }

    func scheduled(_ outcome: ProgressStore.Outcome?, rating: Rating, now: Date) {
        guard let outcome else { out.print(out.style("cram: \(rating.name), schedule unchanged", .gray)); return }
        out.print(out.style("\(rating.name) · next in \(DurationText.text(outcome.after.due.timeIntervalSince(now))) (\(outcome.after.state.rawValue))", .gray))
    }

    /// The entry, where the learning happens: both headwords and both definitions; for a
    /// contrast card, the entries of both concepts, then what tells them apart.
    func entry(_ card: QuizCard) {
        let ids = [card.conceptID] + (card.kind.pairsConcepts ? [card.id.contrastWith].compactMap { $0 } : [])
        for concept in ids.compactMap(knowledgeBase.concept) { entry(concept) }
        if let explanation = card.explanation {
            out.print()
            out.print(out.style(card.kind == .drill ? "The difference:" : "Not to be confused:", .bold))
            paragraph(explanation, indent: "    ")
        }
    }

    private func entry(_ concept: Concept) {
        out.print()
        out.print(out.style("── " + concept.name() + " ", .bold, .blue) + out.style("[\(concept.id)]", .gray))
        for lang in Language.allCases {
            let others = concept[lang].terms.dropFirst().filter { $0.text != concept.headword(lang) }.map { term in
                term.status.isRecommended ? term.text : "\(term.text) (\(term.status.rawValue))"
            }
            // The other terms after the headword when they fit, else wrapped under it (never cut
            // mid-word by the terminal).
            let head = out.style(lang.rawValue, .bold) + "  " + concept.headword(lang)
            let also = others.isEmpty ? "" : "— also " + others.joined(separator: ", ")
            if also.isEmpty || lang.rawValue.count + 2 + concept.headword(lang).count + 1 + also.count <= width {
                out.print(head + (also.isEmpty ? "" : " " + out.style(also, .gray)))
            } else {
                out.print(head)
                paragraph(also, indent: "    ", color: .gray)
            }
            paragraph(knowledgeBase.plainText(concept[lang].definition, language: lang), indent: "    ")
        }
    }

    /// The end of a session: what was done, the cards waiting for a learning step, and what
    /// is due next, overdue cards included.
    func summary(_ session: QuizSession, seconds: TimeInterval, due: ProgressStore.DueSummary?, now: Date, cram: Bool) {
        out.print(interactive ? "\n" : "")
        out.print(out.style("Session over", .bold) + (cram ? " (cram: schedule unchanged)" : ""))
        if session.cardsSeen == 0 {
            out.print("  nothing reviewed")
        } else {
            out.print("  reviewed:       \(session.cardsSeen) card(s), \(session.answers.count) answer(s)")
            out.print("  right 1st try:  \(session.rightFirstTry)/\(session.cardsSeen)")
            out.print("  time:           \(DurationText.clock(seconds))")
            let weakest = session.weakestConcepts()
            if !weakest.isEmpty {
                out.print(
                    "  weakest:        "
                        + weakest.map { item in
                            knowledgeBase.concept(item.concept).map { $0.name() } ?? item.concept
                        }.joined(separator: "; "))
            }
        }
        if let (date, count) = session.nextStep {
            field(
                "next step:",
                "\(count) card(s) wait for a learning step; the first is due in \(DurationText.text(date.timeIntervalSince(now))) (\(ISO8601.string(date)))")
        }
        guard let due else { return }
        var parts: [String] = []
        if due.overdue > 0 { parts.append("\(due.overdue) card(s) due now") }
        if let next = due.next { parts.append("next in \(DurationText.text(next.timeIntervalSince(now))) (\(ISO8601.string(next)))") }
        if parts.isEmpty {
            out.print("  next due:       nothing scheduled")
        } else {
            field("next due:", parts.joined(separator: "; ") + ", \(due.within24Hours) card(s) due within 24 h")
        }
    }

    /// One line of the summary, `label` in a column of 16; on a terminal the text is wrapped
    /// under itself rather than cut mid-word by the terminal (piped, one line, for scripts).
    private func field(_ label: String, _ text: String) {
        let indent = String(repeating: " ", count: 18)
        let lines = interactive ? Wrap.lines(text, width: width - indent.count) : [text]
        out.print("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + lines[0])
        for line in lines.dropFirst() { out.print(indent + line) }
    }
}

extension Terminal {
    /// Writes `text` and then `terminator`.
    func print(_ text: String, terminator: String) {
        if terminator == "\n" { print(text); return }
        _ = (text + terminator).withCString { Foundation.write(descriptor, $0, strlen($0)) }
    }
}
