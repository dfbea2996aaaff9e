/// How well a card was remembered, the four answers of Anki and FSRS.
public enum Rating: Int, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case again = 1, hard, good, easy

    /// Parses `again`, `hard`, `good`, `easy` (any case) or `1` to `4`.
    package init?(argument: String) {
        let text = argument.lowercased()
        if let number = Int(text), let rating = Rating(rawValue: number) { self = rating; return }
        guard let rating = Rating.allCases.first(where: { $0.name == text }) else { return nil }
        self = rating
    }

    /// The rating's name in lower case: `again`, `hard`, `good` or `easy`.
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    /// Again < Hard < Good < Easy.
    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }
}
