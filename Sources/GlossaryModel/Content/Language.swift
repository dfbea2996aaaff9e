/// The two languages of the knowledge base.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case fr, en

    /// The other language.
    package var other: Language { self == .fr ? .en : .fr }

    /// The language's name in itself.
    public var name: String { self == .fr ? "français" : "English" }

    /// French before English, the order pages and exports show them in.
    public static func < (a: Language, b: Language) -> Bool { a == .fr && b == .en }
}
