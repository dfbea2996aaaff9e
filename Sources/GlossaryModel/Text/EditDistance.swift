/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), the measure
/// typo tolerance uses: "reseua" is one edit from "reseau".
package enum EditDistance {
    /// The distance between `a` and `b`, or `nil` as soon as it must exceed `limit`.
    /// The cut-off keeps a scan over a large vocabulary cheap.
    package static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int? {
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
    package static func allowedTypos(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...7: 1
        default: 2
        }
    }

    /// The closest of `candidates` to `word`, for "did you mean" hints; `nil` when none is close.
    package static func suggestion(for word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            if let d = distance(word.lowercased(), candidate.lowercased(), limit: limit), d < (best?.1 ?? .max) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// A query word prepared for scanning many candidates: the same distance as
    /// ``distance(_:_:limit:)``, computed on UTF-8 bytes with buffers reused across calls, so
    /// a typo search can afford to look at every word of a large vocabulary.
    ///
    /// Most words of a vocabulary are far from the query: before the dynamic programme, a
    /// candidate is dropped when its bytes alone show it is further than `limit`. An insertion
    /// or deletion changes the count of one byte value by one, a substitution two counts by
    /// one, a transposition none; so half the summed differences between the two words' byte
    /// counts, rounded up, is never more than their distance. The same holds for which of 64
    /// classes of bytes (a byte's low six bits) occur in each word, a cheaper test made first:
    /// an edit adds or removes at most two classes, so half the number of classes found in one
    /// word only, rounded up, is never more than the distance either.
    package struct Matcher {
        private let query: [UInt8]
        /// The classes of bytes the query holds (``presence(of:)``).
        private let presence: UInt64
        private var previous2: [Int], previous: [Int], current: [Int]
        /// How many times each byte value occurs in the query, less its occurrences in the
        /// candidate while one is being counted; back to the query's counts between calls.
        private var counts = [Int32](repeating: 0, count: 256)

        package init(_ word: String) {
            query = Array(word.utf8)
            previous2 = Array(repeating: 0, count: query.count + 1)
            previous = previous2
            current = previous2
            for byte in query { counts[Int(byte)] += 1 }
            presence = query.withUnsafeBufferPointer(Self.presence(of:))
        }

        /// One bit per class of bytes (a byte's low six bits) that occurs in `bytes`.
        private static func presence(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var bits: UInt64 = 0
            for byte in bytes { bits |= 1 << (byte & 63) }
            return bits
        }

        /// Half the summed differences between the query's and `candidate`'s byte counts,
        /// rounded up: a lower bound of their distance.
        private mutating func countBound(_ candidate: UnsafeBufferPointer<UInt8>) -> Int {
            let n = query.count
            return counts.withUnsafeMutableBufferPointer { counts in
                var difference = n
                for byte in candidate {
                    let i = Int(byte)
                    difference += counts[i] > 0 ? -1 : 1
                    counts[i] -= 1
                }
                for byte in candidate { counts[Int(byte)] += 1 }
                return (difference + 1) / 2
            }
        }

        /// Whether `candidate` is exactly one edit from the query (``distance(to:limit:)`` is
        /// 1), told without the dynamic programme: outside the prefix and the suffix the two
        /// words share, one byte is changed, added or dropped, or two adjacent bytes swapped.
        package func isOneEdit(from candidate: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = query.count, m = candidate.count
            guard abs(n - m) <= 1 else { return false }
            return query.withUnsafeBufferPointer { query in
                let shorter = Swift.min(n, m)
                var prefix = 0
                while prefix < shorter && query[prefix] == candidate[prefix] { prefix += 1 }
                if prefix == n && n == m { return false }
                var suffix = 0
                while suffix < shorter - prefix && query[n - 1 - suffix] == candidate[m - 1 - suffix] { suffix += 1 }
                if n != m { return prefix + suffix == shorter }
                if prefix + suffix == n - 1 { return true }
                return prefix + suffix == n - 2 && query[prefix] == candidate[prefix + 1] && query[prefix + 1] == candidate[prefix]
            }
        }

        /// Calls `body` with each word of `band`, words of `length` bytes one line break apart,
        /// that is exactly one edit from the query (``isOneEdit(from:)``), in their order.
        ///
        /// One edit of a word of three bytes or more leaves its first or its last byte in
        /// place (a swap of the first two, or of the last two, leaves the other end): a word
        /// whose both ends differ is passed over before anything else is compared.
        package func forEachOneEdit(inBand band: UnsafeBufferPointer<UInt8>, length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            guard length > 0, abs(length - query.count) <= 1 else { return }
            let checksEnds = query.count >= 3, first = query.first ?? 0, last = query.last ?? 0
            var start = 0
            while start + length <= band.count {
                let candidate = UnsafeBufferPointer(rebasing: band[start..<start + length])
                if !checksEnds || candidate[0] == first || candidate[length - 1] == last, isOneEdit(from: candidate) { body(candidate) }
                start += length + 1
            }
        }

        /// The distance from the query to `candidate`, or nil when it exceeds `limit`.
        package mutating func distance(to candidate: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
            let n = query.count, m = candidate.count
            if abs(n - m) > limit { return nil }
            if n == 0 || m == 0 { return max(n, m) <= limit ? max(n, m) : nil }
            if (Self.presence(of: candidate) ^ presence).nonzeroBitCount > 2 * limit { return nil }
            if countBound(candidate) > limit { return nil }
            // Rows run over the query (i) and columns over the candidate would need buffers
            // of the candidate's size; transpose instead: rows over the candidate.
            for j in 0...n { previous[j] = j }
            for i in 1...m {
                current[0] = i
                var rowMin = i
                let c = candidate[i - 1]
                for j in 1...n {
                    let cost = query[j - 1] == c ? 0 : 1
                    var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, query[j - 1] == candidate[i - 2], query[j - 2] == c {
                        value = Swift.min(value, previous2[j - 2] + 1)
                    }
                    current[j] = value
                    if value < rowMin { rowMin = value }
                }
                if rowMin > limit { return nil }
                swap(&previous2, &previous)
                swap(&previous, &current)
            }
            return previous[n] <= limit ? previous[n] : nil
        }
    }
}
