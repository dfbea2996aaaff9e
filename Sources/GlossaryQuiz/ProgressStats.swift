import Foundation

/// The figures `glossary stats` shows, computed from the progress and the current cards.
package struct ProgressStats: Sendable, Encodable {
    /// Cards by state.
    package struct Counts: Sendable, Encodable {
        /// Cards the content yields that were never answered; `nil` without the content.
        package var new: Int?
        package var learning = 0, review = 0, relearning = 0
    }

    /// How many cards fall due on one day.
    package struct ForecastDay: Sendable, Encodable {
        /// The local day, `YYYY-MM-DD`; the first one also counts the overdue cards.
        package var date: String
        package var due: Int
    }

    /// How often the cards of a concept were forgotten.
    package struct Lapses: Sendable, Encodable {
        package var concept: String
        package var lapses: Int
    }

    /// One card with progress, times in ISO 8601 UTC.
    package struct Card: Sendable, Encodable {
        package var id, concept, kind, state, due: String
        package var stability, difficulty: Double
        package var reps, lapses: Int
        package var lastReview: String

        enum CodingKeys: String, CodingKey {
            case id, concept, kind, state, due, stability, difficulty, reps, lapses, lastReview = "last_review"
        }
    }

    package var counts: Counts
    package var reviewsToday: Int
    package var reviews30Days: Int
    /// Share of the answers to cards in review over 30 days that were not Again, as Anki's
    /// "true retention"; `nil` without such answers.
    package var trueRetention30Days: Double?
    /// The retention aimed at (`--retention`, kept in the progress file).
    package var desiredRetention: Double
    package var forecast: [ForecastDay]
    package var mostLapsed: [Lapses]
    /// Cards that lapsed at least the leech threshold's times (Anki: 8), most lapses first.
    package var leeches: [Leech]

    package struct Leech: Sendable, Encodable {
        package var id, concept: String
        package var lapses: Int
    }
    package var cards: [Card]
    /// Which parameters schedule the cards (set by the caller, which reads the whole log).
    package var parameters: SchedulingParameters?

    enum CodingKeys: String, CodingKey {
        case counts, reviewsToday = "reviews_today", reviews30Days = "reviews_30_days",
            trueRetention30Days = "true_retention_30_days", desiredRetention = "desired_retention",
            forecast, mostLapsed = "most_lapsed", leeches, cards, parameters
    }

    /// Computes the figures at `now`; `cardIDs` are the cards the content yields today, which
    /// the cards without progress are counted from (`nil` without the content). Days are
    /// local days of `calendar`.
    package init(
        progress: [CardProgress], reviews30Days log: [ReviewLogEntry], cardIDs: Set<String>?,
        now: Date, desiredRetention: Double = 0.9, leechLapses: Int = 8, calendar: Calendar = .current
    ) {
        self.desiredRetention = desiredRetention
        leeches = progress.filter { $0.lapses >= leechLapses }.sorted { ($1.lapses, $0.cardID) < ($0.lapses, $1.cardID) }
            .map { Leech(id: $0.cardID, concept: $0.concept, lapses: $0.lapses) }
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
        trueRetention30Days =
            matured.isEmpty
            ? nil
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
            Card(
                id: p.cardID, concept: p.concept, kind: p.kind, state: p.state.rawValue, due: ISO8601.string(p.due),
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
