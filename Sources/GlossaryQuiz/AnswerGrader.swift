import Foundation
import GlossaryModel

/// Grades a typed answer the way learners expect, leniently:
///
/// - case, accents, hyphens, spaces, œ/oe and ’/' do not count (``TextFolding/compact(_:)``);
/// - any preferred or admitted term of the concept is right: Good;
/// - a deprecated or obsolete term is accepted as Hard, with a note naming the preferred term;
/// - a typo (one edit, two for answers of 8 letters or more, none under 4:
///   ``EditDistance/allowedTypos(forLength:)``) in a recommended term is Hard, with the right
///   spelling shown;
/// - anything else is Again, with a character diff against the closest recommended term.
public enum AnswerGrader {
    public struct Grade: Sendable, Hashable {
        public enum Verdict: Sendable, Hashable {
            case correct, typo, deprecated, wrong
        }

        public var rating: Rating
        public var verdict: Verdict
        /// The term the answer was taken for, or the closest recommended one when wrong.
        public var expected: Term
        /// For a deprecated term: which one is preferred, and why.
        public var note: String?
        /// For a wrong answer: typed against ``expected``.
        public var diff: [CharacterDiff.Segment]
    }

    /// Grades `typed` against the terms of the expected language (all statuses).
    public static func grade(_ typed: String, terms: [Term]) -> Grade {
        precondition(!terms.isEmpty, "a typed card has at least one term")
        let answer = TextFolding.compact(typed)
        let recommended = terms.filter(\.status.isRecommended)
        let candidates = recommended.isEmpty ? terms : recommended
        if !answer.isEmpty {
            if let term = candidates.first(where: { TextFolding.compact($0.text) == answer }) {
                return Grade(rating: .good, verdict: .correct, expected: term, note: nil, diff: [])
            }
            if let old = terms.first(where: { !$0.status.isRecommended && TextFolding.compact($0.text) == answer }) {
                let preferred = preferredTerm(replacing: old, in: candidates)
                var note = "« \(old.text) » is \(old.status.rawValue): say « \(preferred.text) »."
                if let why = old.note { note += " " + why }
                return Grade(rating: .hard, verdict: .deprecated, expected: preferred, note: note, diff: [])
            }
            for term in candidates {
                let target = TextFolding.compact(term.text)
                let allowed = EditDistance.allowedTypos(forLength: target.count)
                if allowed > 0, EditDistance.distance(answer, target, limit: allowed) != nil {
                    return Grade(rating: .hard, verdict: .typo, expected: term, note: nil, diff: [])
                }
            }
        }
        let closest = answer.isEmpty ? candidates[0] : candidates.min { a, b in
            (EditDistance.distance(answer, TextFolding.compact(a.text)) ?? .max) < (EditDistance.distance(answer, TextFolding.compact(b.text)) ?? .max)
        }!
        return Grade(rating: .again, verdict: .wrong, expected: closest, note: nil,
                     diff: CharacterDiff.segments(typed: typed.trimmingCharacters(in: .whitespaces), expected: closest.text))
    }

    /// The recommended term to use instead of `old`: one of the same form (an acronym for an
    /// acronym) if there is one, else the first preferred.
    static func preferredTerm(replacing old: Term, in recommended: [Term]) -> Term {
        recommended.first { $0.status == .preferred && $0.type == old.type }
            ?? recommended.first { $0.status == .preferred } ?? recommended[0]
    }
}
