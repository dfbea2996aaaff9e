/// A character diff of what was typed against the answer, for showing a wrong answer: the
/// longest common subsequence (case ignored), with what was typed in excess and what is
/// missing around it.
package enum CharacterDiff {
    /// A run of characters both have, or that only the typed or only the expected text has.
    package enum Segment: Sendable, Hashable {
        /// Typed and right.
        case same(String)
        /// Typed but not in the answer.
        case extra(String)
        /// In the answer but not typed.
        case missing(String)
    }

    /// `typed` against `expected` in order: their longest common subsequence (case ignored)
    /// and what each has around it.
    package static func segments(typed: String, expected: String) -> [Segment] {
        let a = Array(typed), b = Array(expected)
        let la = a.map { $0.lowercased() }, lb = b.map { $0.lowercased() }
        // lcs[i][j]: length of the LCS of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = la[i] == lb[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [Segment] = []
        func add(_ segment: Segment) {
            switch (out.last, segment) {
            case (.same(let x)?, .same(let y)): out[out.count - 1] = .same(x + y)
            case (.extra(let x)?, .extra(let y)): out[out.count - 1] = .extra(x + y)
            case (.missing(let x)?, .missing(let y)): out[out.count - 1] = .missing(x + y)
            default: out.append(segment)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, la[i] == lb[j] {
                add(.same(String(b[j]))); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                add(.missing(String(b[j]))); j += 1
            } else {
                add(.extra(String(a[i]))); i += 1
            }
        }
        // Extras before missings, so a replacement reads as one: "infog[e→é]rance".
        var k = 0
        while k + 1 < out.count {
            if case .missing = out[k], case .extra = out[k + 1] { out.swapAt(k, k + 1); k += 2 } else { k += 1 }
        }
        return out
    }

    /// The diff as plain text, readable without colour: `[typed→answer]` where characters were
    /// replaced (`infog[e→é]rance`), `[-typed]` for extra ones, `[+answer]` for missing ones.
    package static func plain(_ segments: [Segment]) -> String {
        var out = ""
        var k = 0
        while k < segments.count {
            switch segments[k] {
            case .same(let text): out += text
            case .extra(let text):
                if k + 1 < segments.count, case .missing(let right) = segments[k + 1] {
                    out += "[\(text)→\(right)]"
                    k += 1
                } else {
                    out += "[-\(text)]"
                }
            case .missing(let text): out += "[+\(text)]"
            }
            k += 1
        }
        return out
    }
}
