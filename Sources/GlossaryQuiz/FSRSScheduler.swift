import Foundation

/// The FSRS-6 scheduler, ported line by line from the reference implementation py-fsrs 6.3.2
/// (`fsrs/scheduler.py`, https://github.com/open-spaced-repetition/py-fsrs, MIT licence), so
/// that with fuzzing off the same answers give the same stability, difficulty and due time.
///
/// The model and its formulas are described in "The Algorithm" on the FSRS wiki
/// (https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm, section FSRS-6) and
/// in Ye, Su & Cao, "A Stochastic Shortest Path Algorithm for Optimizing Spaced Repetition
/// Scheduling", KDD 2022. Notation: S stability, D difficulty, R retrievability, G the rating
/// (1-4), w the 21 parameters.
///
/// Two details of py-fsrs matter for equality: elapsed time is counted in whole days
/// (`timedelta.days`), and intervals are rounded half to even (Python's `round`).
public struct FSRSScheduler: Sendable {
    /// FSRS-6 default parameters (py-fsrs `DEFAULT_PARAMETERS`).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    ]
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0

    package var parameters: [Double]
    /// The probability of recall the intervals aim at when a card falls due (0.9: 90 %).
    public var desiredRetention: Double
    /// Learning steps, in seconds.
    package var learningSteps: [TimeInterval]
    /// Relearning steps, in seconds.
    package var relearningSteps: [TimeInterval]
    /// Longest interval, in days.
    package var maximumInterval: Int
    package var enableFuzzing: Bool

    /// A scheduler with FSRS-6's parameters, the retention to aim for and the (re)learning steps.
    public init(
        parameters: [Double] = FSRSScheduler.defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500, enableFuzzing: Bool = true
    ) {
        precondition(parameters.count == 21, "FSRS-6 takes 21 parameters")
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
    }

    private var w: [Double] { parameters }
    /// The forgetting curve's decay, −w20.
    private var decay: Double { -w[20] }
    /// Chosen so that R(S, S) = 0.9: 0.9^(1/decay) − 1.
    private var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// The card after being answered `rating` at `date`. `random` supplies the fuzz, drawn
    /// only when fuzzing is on and the card ends in review with an interval of 3 days or more.
    package func review(
        _ card: SchedulingCard, rating: Rating, at date: Date,
        random: inout some RandomNumberGenerator
    ) -> SchedulingCard {
        var card = card
        let daysSinceLastReview = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
        let interval: TimeInterval

        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            if let s = card.stability, let d = card.difficulty {
                if let days = daysSinceLastReview, days < 1 {
                    card.stability = shortTermStability(s, rating: rating)
                } else {
                    card.stability = nextStability(
                        difficulty: d, stability: s,
                        retrievability: retrievability(of: card, at: date), rating: rating)
                }
                card.difficulty = nextDifficulty(d, rating: rating)
            } else {
                // Only a learning card can lack a memory state: its very first answer.
                card.stability = initialStability(rating)
                card.difficulty = Self.clampDifficulty(initialDifficulty(rating))
            }
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                interval = graduate(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = steps[0] * 1.5
                    } else if step == 0 {
                        interval = (steps[0] + steps[1]) / 2
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count { interval = graduate(&card) } else { card.step = step + 1; interval = steps[step + 1] }
                case .easy:
                    interval = graduate(&card)
                }
            }

        case .review:
            let s = card.stability ?? Self.minimumStability, d = card.difficulty ?? 5
            if let days = daysSinceLastReview, days < 1 {
                card.stability = shortTermStability(s, rating: rating)
            } else {
                card.stability = nextStability(
                    difficulty: d, stability: s,
                    retrievability: retrievability(of: card, at: date), rating: rating)
            }
            card.difficulty = nextDifficulty(d, rating: rating)
            if rating == .again && !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = relearningSteps[0]
            } else {
                interval = Double(nextInterval(card.stability!)) * 86400
            }
        }

        var finalInterval = interval
        if enableFuzzing && card.state == .review {
            finalInterval = Double(fuzzedInterval(days: Int(interval / 86400), random: &random)) * 86400
        }
        card.due = date.addingTimeInterval(finalInterval)
        card.lastReview = date
        return card
    }

    /// The card's retrievability at `date`: R(t, S) = (1 + factor · t / S)^decay, t in whole days.
    package func retrievability(of card: SchedulingCard, at date: Date) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let elapsed = Double(max(0, Self.wholeDays(from: last, to: date)))
        return pow(1 + factor * elapsed / s, decay)
    }

    /// The days to wait for retrievability to fall to the desired retention:
    /// I = S / factor · (r^(1/decay) − 1), rounded, at least 1, at most the maximum interval.
    package func nextInterval(_ stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(Int(days.rounded(.toNearestOrEven)), 1), maximumInterval)
    }

    /// The range a fuzzed interval falls in: ±(1 + 15 % of the part between 2.5 and 7 days
    /// + 10 % of the part between 7 and 20 + 5 % above 20), as in Anki and py-fsrs.
    package func fuzzRange(days: Int) -> ClosedRange<Int> {
        var delta = 1.0
        for (start, end, factor) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)] {
            delta += factor * max(min(Double(days), end) - start, 0)
        }
        var low = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var high = Int((Double(days) + delta).rounded(.toNearestOrEven))
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        return low...high
    }

    func fuzzedInterval(days: Int, random: inout some RandomNumberGenerator) -> Int {
        guard Double(days) >= 2.5 else { return days }
        let range = fuzzRange(days: days)
        let value =
            Double.random(in: 0..<1, using: &random) * Double(range.upperBound - range.lowerBound + 1)
            + Double(range.lowerBound)
        return min(Int(value.rounded(.toNearestOrEven)), maximumInterval)
    }

    private func graduate(_ card: inout SchedulingCard) -> TimeInterval {
        card.state = .review
        card.step = nil
        return Double(nextInterval(card.stability!)) * 86400
    }

    /// S0(G) = w[G−1].
    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1 (clamped by the caller where py-fsrs does).
    func initialDifficulty(_ rating: Rating) -> Double {
        w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
    }

    /// Same-day review: S' = S · e^(w17·(G − 3 + w18)) · S^(−w19), never below S for a pass.
    func shortTermStability(_ s: Double, rating: Rating) -> Double {
        var increase = pow(M_E, w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(s, -w[19])
        if rating != .again { increase = max(increase, 1) }
        return max(s * increase, Self.minimumStability)
    }

    /// D' = w7 · D0(4) + (1 − w7) · (D + ΔD · (10 − D) / 9), ΔD = −w6 · (G − 3): linear damping
    /// then mean reversion towards the difficulty of an "easy" first answer.
    func nextDifficulty(_ d: Double, rating: Rating) -> Double {
        let delta = -(w[6] * (Double(rating.rawValue) - 3))
        let damped = d + (10 - d) * delta / 9
        return Self.clampDifficulty(w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped)
    }

    func nextStability(difficulty d: Double, stability s: Double, retrievability r: Double, rating: Rating) -> Double {
        let next =
            rating == .again
            ? forgetStability(difficulty: d, stability: s, retrievability: r)
            : recallStability(difficulty: d, stability: s, retrievability: r, rating: rating)
        return max(next, Self.minimumStability)
    }

    /// After a lapse: min(w11 · D^(−w12) · ((S+1)^w13 − 1) · e^(w14·(1−R)), S / e^(w17·w18)).
    func forgetStability(difficulty d: Double, stability s: Double, retrievability r: Double) -> Double {
        let longTerm = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(M_E, (1 - r) * w[14])
        let shortTerm = s / pow(M_E, w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    /// After a success: S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1−R)) − 1) · hard · easy),
    /// hard = w15 for Hard, easy = w16 for Easy.
    func recallStability(difficulty d: Double, stability s: Double, retrievability r: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return s * (1 + pow(M_E, w[8]) * (11 - d) * pow(s, -w[9]) * (pow(M_E, (1 - r) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    static func clampDifficulty(_ d: Double) -> Double {
        min(max(d, difficultyRange.lowerBound), difficultyRange.upperBound)
    }

    /// Whole days between two dates, as Python's `timedelta.days` (rounded down).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86400).rounded(.down))
    }
}
