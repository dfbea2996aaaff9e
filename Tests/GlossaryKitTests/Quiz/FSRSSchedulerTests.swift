import Foundation
import Testing

@testable import GlossaryQuiz

/// Replays the review histories that py-fsrs 6.3.2 produced (Fixtures/fsrs) through the port.
struct FSRSSchedulerTests {
    struct Vectors: Decodable {
        struct History: Decodable { var name: String; var reviews: [Review] }
        struct Review: Decodable {
            var rating: String, at: String, state: String, step: Int?, stability: Double, difficulty: Double, due: String
        }
        var start: String
        var histories: [History]
    }

    static func vectors() throws -> Vectors {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/fsrs/fsrs-vectors", withExtension: "json"))
        return try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
    }

    @Test func matchesPyFSRSWithFuzzingOff() throws {
        let vectors = try Self.vectors()
        #expect(vectors.histories.count >= 20)
        let scheduler = FSRSScheduler(enableFuzzing: false)
        var random = SeededGenerator(seed: 1)
        for history in vectors.histories {
            var card = SchedulingCard.new(due: try #require(ISO8601.date(vectors.start)))
            for (i, review) in history.reviews.enumerated() {
                let at = try #require(ISO8601.date(review.at))
                card = scheduler.review(card, rating: try #require(Rating(argument: review.rating)), at: at, random: &random)
                let label = "\(history.name) #\(i + 1)"
                #expect(card.state.rawValue == review.state, "\(label)")
                #expect(card.step == review.step, "\(label)")
                #expect(abs((card.stability ?? -1) - review.stability) < 0.00005 + 1e-9, "\(label): \(card.stability ?? -1) vs \(review.stability)")
                #expect(abs((card.difficulty ?? -1) - review.difficulty) < 0.00005 + 1e-9, "\(label): \(card.difficulty ?? -1) vs \(review.difficulty)")
                #expect(ISO8601.string(card.due) == review.due, "\(label)")
            }
        }
    }

    @Test func fuzzStaysInRangeAndIsReproducible() {
        let scheduler = FSRSScheduler()
        #expect(scheduler.fuzzRange(days: 10) == 8...12)
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        let first = (0..<50).map { _ in scheduler.fuzzedInterval(days: 30, random: &a) }
        let second = (0..<50).map { _ in scheduler.fuzzedInterval(days: 30, random: &b) }
        #expect(first == second)
        // py-fsrs draws random() * (max - min + 1) + min and rounds, so max + 1 can come out too.
        let range = scheduler.fuzzRange(days: 30)
        #expect(first.allSatisfy { (range.lowerBound...range.upperBound + 1).contains($0) })
        #expect(Set(first).count > 1)
        #expect(scheduler.fuzzedInterval(days: 2, random: &a) == 2)
    }

    @Test func ratingParsesNamesAndNumbers() {
        #expect(Rating(argument: "GOOD") == .good)
        #expect(Rating(argument: "1") == .again)
        #expect(Rating(argument: "5") == nil)
        #expect(Rating(argument: "ok") == nil)
    }
}
