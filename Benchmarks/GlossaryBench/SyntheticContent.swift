import Foundation
import GlossaryModel

/// A deterministic synthetic knowledge base of any size, in the real file format, so the
/// benchmarks index and search what users would have, only more of it.
struct SyntheticContent {
    let count: Int
    var rng = SplitMix64(seed: 42)

    static let syllables = [
        "ra", "té", "lo", "mi", "quo", "ser", "vi", "na", "ges", "tion", "bu", "ré", "cou", "pli", "an",
        "tra", "ven", "do", "ca", "lé", "mo", "ni", "sta", "fé", "ri", "xo", "pé", "gar", "lu", "zé"
    ]

    mutating func word() -> String {
        (0..<Int.random(in: 2...4, using: &rng)).map { _ in Self.syllables.randomElement(using: &rng)! }.joined()
    }

    mutating func words(_ n: ClosedRange<Int>) -> String {
        (0..<Int.random(in: n, using: &rng)).map { _ in word() }.joined(separator: " ")
    }

    /// Writes `count` concept files and a domains file under `directory`; returns sample
    /// queries of each kind drawn from what was written. With `files` false, only the
    /// samples (the generator is deterministic, so they match files written before).
    mutating func write(to directory: URL, files: Bool = true) throws -> [String: [String]] {
        let fm = FileManager.default
        let concepts = directory.appendingPathComponent("concepts")
        if files { try fm.createDirectory(at: concepts, withIntermediateDirectories: true) }
        if files {
            try """
            - id: d1
              fr: { name: "Domaine" }
              en: { name: "Domain" }
            """.write(to: directory.appendingPathComponent("domains.yaml"), atomically: true, encoding: .utf8)
        }
        var samples: [String: [String]] = ["exact": [], "prefix": [], "typo": [], "definition": []]
        for i in 0..<count {
            let id = "c\(i)"
            let fr1 = words(1...3) + " \(i)", fr2 = words(1...2), en1 = words(1...3) + " \(i)"
            let defFr = words(12...24), defEn = words(12...24), note = words(8...16)
            let related = i > 0 ? "related: [c\(i - 1)]" : "related: [c1]"
            let yaml = """
                id: \(id)
                domains: [d1]
                \(related)
                fr:
                  terms:
                    - { text: "\(fr1)", status: preferred, gender: f, pos: noun }
                    - { text: "\(fr2)", status: admitted, gender: m, pos: noun }
                  definition: "\(defFr)."
                  notes: ["\(note)."]
                en:
                  terms:
                    - { text: "\(en1)", status: preferred, pos: noun }
                  definition: "\(defEn)."
                sources:
                  - { title: "Synthetic", publisher: "glossary-bench" }
                """
            if files { try yaml.write(to: concepts.appendingPathComponent("\(id).yaml"), atomically: false, encoding: .utf8) }
            if i % max(1, count / 50) == 0 {
                samples["exact"]!.append(fr2)
                samples["prefix"]!.append(String(fr1.prefix(6)))
                let w = fr2.split(separator: " ").first.map(String.init) ?? fr2
                var chars = Array(w)
                if chars.count > 4 { chars.swapAt(2, 3) }
                samples["typo"]!.append(String(chars))
                samples["definition"]!.append(defFr.split(separator: " ").prefix(2).joined(separator: " "))
            }
        }
        return samples
    }
}

/// A small seedable generator, so every run writes the same content.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
