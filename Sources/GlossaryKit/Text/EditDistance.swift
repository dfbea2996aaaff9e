/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), the measure
/// typo tolerance uses: "reseua" is one edit from "reseau".
public enum EditDistance {
    /// The distance between `a` and `b`, or `nil` as soon as it must exceed `limit`.
    /// The cut-off keeps a scan over a large vocabulary cheap.
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        if abs(s.count - t.count) > limit { return nil }
        if s.isEmpty { return t.count <= limit ? t.count : nil }
        if t.isEmpty { return s.count <= limit ? s.count : nil }
        var previous2 = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[t.count]
        return result <= limit ? result : nil
    }

    /// The number of typos a word of `length` letters may carry, as Meilisearch allows:
    /// none under 4 letters, one from 4 to 7, two from 8.
    public static func allowedTypos(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...7: 1
        default: 2
        }
    }

    /// The closest of `candidates` to `word`, for "did you mean" hints; `nil` when none is close.
    public static func suggestion(for word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            if let d = distance(word.lowercased(), candidate.lowercased(), limit: limit), d < (best?.1 ?? .max) {
                best = (candidate, d)
            }
        }
        return best?.0
    }
}
