import Foundation
import Testing

@testable import GlossaryKit

/// The labelled grading set (`Fixtures/grading/cases.tsv`, made by `make_cases.py` from a
/// snapshot of the shipped content's terms): real typos, variants, wrong-concept and
/// wrong-language answers, each with the grade a terminologist would give.
struct GradingFixtureTests {
    struct Snapshot: Decodable {
        var id: String
        var broader: [String]
        var contrasts: [String]
        var fr: [Term]
        var en: [Term]
    }

    struct Case {
        var card: String, answer: String, expected: Rating, category: String
    }

    static func knowledgeBase() throws -> KnowledgeBase {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/grading/terms", withExtension: "json"))
        let concepts = try JSONDecoder().decode([Snapshot].self, from: Data(contentsOf: url)).map { s in
            Concept(
                id: s.id, broader: s.broader, contrasts: s.contrasts.map { Contrast(with: $0, fr: "", en: "") },
                fr: LanguageSection(terms: s.fr, definition: "Définition de \(s.id)."),
                en: LanguageSection(terms: s.en, definition: "Definition of \(s.id)."))
        }
        return KnowledgeBase(concepts: concepts, domains: [])
    }

    static func cases() throws -> [Case] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/grading/cases", withExtension: "tsv"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(card: f[0], answer: f[1], expected: Rating(argument: f[2])!, category: f[3])
        }
    }

    @Test func falseAcceptAndFalseRejectRatesUnderTwoPercent() throws {
        let kb = try Self.knowledgeBase()
        let lexicon = TermLexicon(knowledgeBase: kb)
        let cards = Dictionary(uniqueKeysWithValues: CardGenerator(knowledgeBase: kb).cards().map { ($0.id.description, $0) })
        let cases = try Self.cases()
        #expect(cases.count >= 300)
        var wrongAnswers = 0, falseAccepts: [String] = [], rightAnswers = 0, falseRejects: [String] = [], agree = 0
        for c in cases {
            guard let card = cards[c.card], case .typed(let expected) = card.answer else {
                Issue.record("no typed card \(c.card)"); continue
            }
            let rating = AnswerGrader.grade(c.answer, expected: expected, lexicon: lexicon).rating
            if rating == c.expected { agree += 1 }
            let line = "\(c.card) « \(c.answer) » [\(c.category)]: expected \(c.expected.name), got \(rating.name)"
            if c.expected == .again {
                wrongAnswers += 1
                if rating != .again { falseAccepts.append(line) }
            } else {
                rightAnswers += 1
                if rating == .again { falseRejects.append(line) }
            }
        }
        let fa = Double(falseAccepts.count) / Double(wrongAnswers), fr = Double(falseRejects.count) / Double(rightAnswers)
        print(
            String(
                format: "grading set: %d cases, false accepts %d/%d (%.2f %%), false rejects %d/%d (%.2f %%), same grade %d (%.1f %%)",
                cases.count, falseAccepts.count, wrongAnswers, fa * 100, falseRejects.count, rightAnswers, fr * 100,
                agree, Double(agree) * 100 / Double(cases.count)))
        for line in falseAccepts + falseRejects { print("  misgraded: " + line) }
        #expect(fa < 0.02, "false accepts:\n\(falseAccepts.joined(separator: "\n"))")
        #expect(fr < 0.02, "false rejects:\n\(falseRejects.joined(separator: "\n"))")
        #expect(Double(agree) / Double(cases.count) > 0.95)
    }

    @Test func noTwoConceptsShareAnAcceptedTermKey() throws {
        let kb = try Self.knowledgeBase()
        var owner: [String: String] = [:], clashes: [String] = []
        for concept in kb.concepts {
            for language in Language.allCases {
                for term in concept[language].terms where term.status.isRecommended {
                    let key = TermKey.key(term.text)
                    if let other = owner[key], other != concept.id { clashes.append("\(key): \(other), \(concept.id)") }
                    owner[key] = concept.id
                }
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }
}
