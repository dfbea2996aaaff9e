import GlossaryModel

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014):
/// a tiny, fast generator whose sequence depends only on its seed, so `--seed` reproduces a
/// session's order, distractors and fuzz on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence depends on `seed` only.
    public init(seed: UInt64) { state = seed }

    /// A generator seeded from `seed` and a label, so that independent uses of one session
    /// seed (the order, each card's distractors) do not share a sequence.
    package init(seed: UInt64, label: String) {
        var hasher = FNV1a()
        hasher.add(label)
        state = seed ^ hasher.value
    }

    /// The next number of the sequence.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
