import Foundation
import GlossaryModel

/// Grades a typed answer as a terminologist would.
///
/// Answers and terms are compared by ``TermKey`` (case, accents, hyphens, articles, small
/// words and plurals do not count). In order:
/// 1. a preferred or admitted term of the concept in the language asked is right: Good; on an
///    acronym card the expansion in the other language is right too;
/// 2. a deprecated or obsolete term is accepted as Hard, with a note naming the preferred term;
/// 3. a term of the concept in the other language, or a term of another concept, is wrong
///    (Again), and the feedback says which it was;
/// 4. a typo (``EditDistance/allowedTypos(forLength:)`` edits of the key) in an accepted term
///    is Hard, unless another concept's term is as close (then it is wrong) or the term is an
///    acronym (a slip in one makes another: ANSSI, ANSI);
/// 5. anything else is Again. A character diff is given only for near misses.
///
/// The feedback always names the preferred term as the answer; ``Grade/matched`` is the
/// accepted term the answer was taken for or was close to, when it is another one.
public enum AnswerGrader {
    /// The rating an answer earns, why, and what to show the learner.
    public struct Grade: Sendable, Hashable {
        /// Why: right, right but for a typo, an old term, or wrong.
        public enum Verdict: Sendable, Hashable {
            /// A preferred or admitted term of the language asked.
            case correct
            /// An acronym's expansion in the other language.
            case otherLanguageExpansion
            /// A small misspelling of an accepted term.
            case typo
            /// A deprecated or obsolete term.
            case deprecated
            /// The concept's term in the other language.
            case wrongLanguage
            /// The term of another concept.
            case otherConcept(String)
            case wrong
        }

        /// The rating the answer earns, to record with ``ProgressStore``.
        public var rating: Rating
        /// Why the answer earns that rating.
        public var verdict: Verdict
        /// The answer: the preferred term in the language asked.
        public var answer: Term
        /// The accepted term the typed text was taken for or was close to, when it is not
        /// ``answer`` (an admitted term, the other language's expansion).
        public var matched: Term?
        /// A sentence about the verdict: why a deprecated term is not preferred, which
        /// language was asked, which concept the typed term belongs to.
        public var note: String?
        /// For a near miss: what was typed against the term it was close to; empty otherwise.
        package var diff: [CharacterDiff.Segment]
    }

    /// Grades `typed` against `expected`; `lexicon` holds the other concepts' terms.
    public static func grade(_ typed: String, expected: ExpectedAnswer, lexicon: TermLexicon = .empty) -> Grade {
        precondition(!expected.terms.isEmpty, "a typed card has at least one term")
        let answer = TermKey.key(typed)
        let preferred = expected.preferred
        let trimmed = typed.trimming(newlines: false)
        func grade(
            _ rating: Rating, _ verdict: Grade.Verdict, matched: Term? = nil, note: String? = nil,
            diff: [CharacterDiff.Segment] = []
        ) -> Grade {
            Grade(
                rating: rating, verdict: verdict, answer: preferred,
                matched: matched.flatMap { $0 == preferred ? nil : $0 }, note: note, diff: diff)
        }
        guard !answer.isEmpty else { return grade(.again, .wrong) }
        let asked = label(expected.language), other = label(expected.language.other)

        let recommended = expected.terms.filter(\.status.isRecommended)
        if let term = recommended.first(where: { TermKey.key($0.text) == answer }) {
            return grade(.good, .correct, matched: term)
        }
        let expansions = expected.acceptsOtherLanguage ? expected.otherLanguageTerms.filter(\.status.isRecommended) : []
        if let term = expansions.first(where: { TermKey.key($0.text) == answer }) {
            return grade(
                .good, .otherLanguageExpansion, matched: term,
                note: "« \(term.text) » is the \(other) expansion; in \(asked), the question asked: « \(preferred.text) ».")
        }
        if let old = expected.terms.first(where: { !$0.status.isRecommended && TermKey.key($0.text) == answer }) {
            let instead = preferredTerm(replacing: old, in: recommended.isEmpty ? [preferred] : recommended)
            var note = "« \(old.text) » is \(old.status.rawValue): say « \(instead.text) »."
            if let why = old.note { note += " " + why }
            return grade(.hard, .deprecated, matched: instead == preferred ? nil : instead, note: note)
        }
        if let term = expected.otherLanguageTerms.first(where: { TermKey.key($0.text) == answer }) {
            return grade(.again, .wrongLanguage, note: "« \(term.text) » is the \(other) term; the question asks for \(asked).")
        }
        if let entry = lexicon.entries(forKey: answer).first(where: { $0.conceptID != expected.conceptID }) {
            return grade(
                .again, .otherConcept(entry.conceptID),
                note: "« \(entry.term.text) » is another concept (\(entry.conceptID)).")
        }

        // Typos: the closest accepted term, if close enough and closer than any other concept's.
        let accepted = recommended + expansions
        var closest: (term: Term, key: String, distance: Int)?
        // Measured on the key, and on the whole spelling too: a slip in a small word
        // ("gestion dess données") is one edit there.
        let spelled = TextFolding.compact(typed)
        for term in accepted {
            let key = TermKey.key(term.text)
            let limit = max(EditDistance.allowedTypos(forLength: key.count), nearMissLimit(key.count))
            let onKey = EditDistance.distance(answer, key, limit: limit)
            let onSpelling = EditDistance.distance(spelled, TextFolding.compact(term.text), limit: limit)
            if let d = [onKey, onSpelling].compactMap({ $0 }).min(), d < (closest?.distance ?? .max) {
                closest = (term, key, d)
            }
        }
        guard let closest else { return grade(.again, .wrong) }
        let diff = CharacterDiff.segments(typed: TermKey.droppingLeadingArticle(trimmed), expected: closest.term.text)
        let allowed = EditDistance.allowedTypos(forLength: closest.key.count)
        // A slip in an acronym makes another acronym (ANSSI / ANSI): never a typo.
        if closest.distance <= allowed && !isAcronym(closest.term) {
            if let rival = lexicon.closestOtherConcept(to: answer, excluding: expected.conceptID, limit: closest.distance) {
                return grade(
                    .again, .otherConcept(rival.entry.conceptID), matched: closest.term,
                    note: "« \(trimmed) » is as close to « \(rival.entry.term.text) », another concept (\(rival.entry.conceptID)).",
                    diff: diff)
            }
            return grade(.hard, .typo, matched: closest.term, diff: diff)
        }
        return grade(.again, .wrong, matched: closest.term, diff: diff)
    }

    /// An acronym: marked so, or a single word in capitals (`ANSSI`).
    static func isAcronym(_ term: Term) -> Bool {
        term.type == .acronym || (!term.text.contains(" ") && term.text == term.text.uppercased() && term.text != term.text.lowercased())
    }

    private static func label(_ language: Language) -> String { language == .fr ? "French" : "English" }

    /// How many edits still make a near miss worth a diff: a third of the key, at least 2.
    static func nearMissLimit(_ length: Int) -> Int { max(2, length / 3) }

    /// The recommended term to use instead of `old`: one of the same form (an acronym for an
    /// acronym) if there is one, else the first preferred.
    static func preferredTerm(replacing old: Term, in recommended: [Term]) -> Term {
        recommended.first { $0.status == .preferred && $0.type == old.type }
            ?? recommended.first { $0.status == .preferred } ?? recommended[0]
    }
}
