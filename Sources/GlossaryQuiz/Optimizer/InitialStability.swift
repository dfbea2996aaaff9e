import Foundation

/// The first four parameters (the stability after a first answer of Again, Hard, Good, Easy)
/// fitted directly, as fsrs-rs's `parameter_initialization.rs` does: for each first rating,
/// the recall observed at a card's first review on a later day, grouped by the days elapsed,
/// is matched to the forgetting curve by a ternary search on S (with Laplace smoothing
/// towards the average recall and a small pull towards the default); then the four are made
/// increasing and a rating never seen is filled in from the others.
enum InitialStability {
    static let maximum = 100.0

    /// The fitted stabilities and how many first reviews each first rating had; `nil` when no
    /// card has a review on a later day.
    static func fit(_ set: FSRSTrainingSet) -> (stabilities: [Double], counts: [Int: Int])? {
        // first rating -> elapsed days -> (passes, count)
        var groups: [Int: [Int: (pass: Double, count: Double)]] = [:]
        var passes = 0.0
        for prediction in set.predictions {
            let history = set.histories[prediction.card]
            let recalled = history.ratings[prediction.position] > 1
            passes += recalled ? 1 : 0
            // Only a card's first review on a later day.
            guard !history.elapsedDays[1..<prediction.position].contains(where: { $0 > 0 }) else { continue }
            let t = history.elapsedDays[prediction.position]
            var entry = groups[history.ratings[0], default: [:]][t] ?? (0, 0)
            entry.pass += recalled ? 1 : 0
            entry.count += 1
            groups[history.ratings[0], default: [:]][t] = entry
        }
        guard !groups.isEmpty, set.count > 0 else { return nil }
        let averageRecall = passes / Double(set.count)
        var stabilities: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        for (rating, byDays) in groups {
            let data = byDays.map { (t: Double($0.key), recall: ($0.value.pass + averageRecall) / ($0.value.count + 1), count: $0.value.count) }
            counts[rating] = Int(data.reduce(0) { $0 + $1.count })
            let defaultS = FSRSScheduler.defaultParameters[rating - 1]
            func loss(_ s: Double) -> Double {
                var total = 0.0
                for point in data {
                    let r = FSRSTrainingModel<Double>(w: FSRSScheduler.defaultParameters).retrievability(elapsedDays: point.t, stability: s)
                    total -= (point.recall * log(r) + (1 - point.recall) * log(1 - r)) * point.count
                }
                return total + abs(s - defaultS) / 16
            }
            var low = FSRSTrainingModel<Double>.minimumStability, high = maximum
            var best = defaultS
            var iteration = 0
            while high - low > Double.ulpOfOne && iteration < 1000 {
                iteration += 1
                let mid1 = low + (high - low) / 3, mid2 = high - (high - low) / 3
                if loss(mid1) < loss(mid2) { high = mid2 } else { low = mid1 }
                best = (high + low) / 2
            }
            stabilities[rating] = best
        }
        return (smoothAndFill(stabilities, counts: counts), counts)
    }

    /// Makes S0 increasing with the rating (the better-attested of two out-of-order values
    /// wins) and fills in ratings never seen, on fsrs-rs's log-linear relations
    /// ln S(Hard) = a·ln S(Again) + (1−a)·ln S(Good) and
    /// ln S(Good) = (1−b)·ln S(Hard) + b·ln S(Easy), a = 0.41, b = 0.54; with one rating seen,
    /// the defaults scaled to it.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double] {
        var s = fitted.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let a = s[small], let b = s[big], a > b {
                if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
            }
        }
        let defaults = Array(FSRSScheduler.defaultParameters[0..<4])
        var result: [Double]
        switch s.count {
        case 0:
            result = defaults
        case 1:
            let (rating, value) = s.first!
            result = defaults.map { $0 * value / defaults[rating - 1] }.sorted()
        case 4:
            result = (1...4).map { s[$0]! }
        default:
            result = fillLogLinear(s)
        }
        return result.map { min(max($0, FSRSTrainingModel<Double>.minimumStability), maximum) }
    }

    /// Solves the two log-linear relations for the missing ratings (one or two of them).
    private static func fillLogLinear(_ s: [Int: Double]) -> [Double] {
        let a = 0.41, b = 0.54
        // Row i: coefficients of ln S1…ln S4 in an equation equal to zero.
        let equations: [[Double]] = [[a, -1, 1 - a, 0], [0, 1 - b, -1, b]]
        var x = [Double?](repeating: nil, count: 4)
        for (rating, value) in s { x[rating - 1] = log(value) }
        let missing = (0..<4).filter { x[$0] == nil }
        func residual(_ row: [Double]) -> Double {
            var sum = 0.0
            for k in 0..<4 { if let value = x[k] { sum += row[k] * value } }
            return sum
        }
        if missing.count == 1 {
            let m = missing[0]
            // Again and Hard from the first relation, Good and Easy from the second, as fsrs-rs.
            let row = equations[m <= 1 ? 0 : 1]
            x[m] = -residual(row) / row[m]
        } else {
            let (i, j) = (missing[0], missing[1])
            let (r0, r1) = (equations[0], equations[1])
            let det = r0[i] * r1[j] - r0[j] * r1[i]
            let (c0, c1) = (-residual(r0), -residual(r1))
            x[i] = (c0 * r1[j] - r0[j] * c1) / det
            x[j] = (r0[i] * c1 - c0 * r1[i]) / det
        }
        return x.map { exp($0!) }
    }
}
