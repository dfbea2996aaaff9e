import Foundation

/// The figures `glossary stats` shows, computed from the progress and the current cards.
public struct ProgressStats: Sendable, Encodable {
    /// Cards by state.
    public struct Counts: Sendable, Encodable {
        /// Cards the content yields that were never answered; `nil` without the content.
        public var new: Int?
        public var learning = 0, review = 0, relearning = 0
    }

    /// How many cards fall due on one day.
    public struct ForecastDay: Sendable, Encodable {
        /// The local day, `YYYY-MM-DD`; the first one also counts the overdue cards.
        public var date: String
        public var due: Int
    }

    /// How often the cards of a concept were forgotten.
    public struct Lapses: Sendable, Encodable {
        public var concept: String
        public var lapses: Int
    }

    /// One card with progress, times in ISO 8601 UTC.
    public struct Card: Sendable, Encodable {
        public var id, concept, kind, state, due: String
        public var stability, difficulty: Double
        public var reps, lapses: Int
        public var lastReview: String

        enum CodingKeys: String, CodingKey {
            case id, concept, kind, state, due, stability, difficulty, reps, lapses, lastReview = "last_review"
        }
    }

    public var counts: Counts
    public var reviewsToday: Int
    public var reviews30Days: Int
    /// Share of the answers to cards in review over 30 days that were not Again, as Anki's
    /// "true retention"; `nil` without such answers.
    public var trueRetention30Days: Double?
    public var forecast: [ForecastDay]
    public var mostLapsed: [Lapses]
    public var cards: [Card]

    enum CodingKeys: String, CodingKey {
        case counts, reviewsToday = "reviews_today", reviews30Days = "reviews_30_days",
             trueRetention30Days = "true_retention_30_days", forecast, mostLapsed = "most_lapsed", cards
    }

    /// Computes the figures at `now`; `cardIDs` are the cards the content yields today, which
    /// the cards without progress are counted from (`nil` without the content). Days are
    /// local days of `calendar`.
    public init(progress: [CardProgress], reviews30Days log: [ReviewLogEntry], cardIDs: Set<String>?,
                now: Date, calendar: Calendar = .current) {
        var counts = Counts()
        let withProgress = Set(progress.map(\.cardID))
        counts.new = cardIDs?.subtracting(withProgress).count
        for card in progress {
            switch card.state {
            case .learning: counts.learning += 1
            case .review: counts.review += 1
            case .relearning: counts.relearning += 1
            }
        }
        self.counts = counts
        let today = calendar.startOfDay(for: now)
        reviewsToday = log.filter { $0.reviewedAt >= today && $0.reviewedAt <= now }.count
        let monthAgo = now.addingTimeInterval(-30 * 86400)
        let recent = log.filter { $0.reviewedAt >= monthAgo && $0.reviewedAt <= now }
        reviews30Days = recent.count
        let matured = recent.filter { $0.stateBefore == CardState.review.rawValue }
        trueRetention30Days = matured.isEmpty ? nil
            : Double(matured.filter { $0.rating != Rating.again.rawValue }.count) / Double(matured.count)

        let dayFormat = Date.ISO8601FormatStyle(timeZone: calendar.timeZone).year().month().day()
        forecast = (0..<14).map { offset in
            let start = calendar.date(byAdding: .day, value: offset, to: today)!
            let end = calendar.date(byAdding: .day, value: offset + 1, to: today)!
            let due = progress.filter { $0.due < end && (offset == 0 || $0.due >= start) }.count
            return ForecastDay(date: start.formatted(dayFormat), due: due)
        }
        var lapses: [String: Int] = [:]
        for card in progress where card.lapses > 0 { lapses[card.concept, default: 0] += card.lapses }
        mostLapsed = lapses.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(10).map { Lapses(concept: $0.key, lapses: $0.value) }
        cards = progress.map { p in
            Card(id: p.cardID, concept: p.concept, kind: p.kind, state: p.state.rawValue, due: ISO8601.string(p.due),
                 stability: p.stability, difficulty: p.difficulty, reps: p.reps, lapses: p.lapses,
                 lastReview: ISO8601.string(p.lastReview))
        }
    }
}

/// ISO 8601 UTC to the second (`2025-01-06T09:00:00Z`), the form of every time glossary
/// prints or reads on the command line.
package enum ISO8601 {
    package static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// Parses `2025-01-06T09:00:00Z`, `2025-01-06T10:00:00+01:00` or a bare date (midnight UTC).
    package static func date(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().year().month().day().parse(text)
    }
}
