/// A subject field that groups concepts, named in both languages (TBX `subjectField`).
public struct Domain: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var fr: Label
    public var en: Label

    /// A domain's name and description in one language.
    public struct Label: Sendable, Codable, Hashable {
        public var name: String
        public var description: String?

        /// A domain's name, and description, in one language.
        public init(name: String, description: String? = nil) {
            self.name = name
            self.description = description
        }
    }

    /// A domain with its French and English labels.
    public init(id: String, fr: Label, en: Label) {
        self.id = id
        self.fr = fr
        self.en = en
    }

    public subscript(language: Language) -> Label { language == .fr ? fr : en }
}
