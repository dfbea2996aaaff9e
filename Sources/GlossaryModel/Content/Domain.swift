/// A subject field that groups concepts, named in both languages (TBX `subjectField`).
public struct Domain: Sendable, Codable, Hashable, Identifiable {
    /// Slug the concepts' `domains` lists refer to.
    public var id: String
    /// The domain's name and description in French.
    public var fr: Label
    /// The domain's name and description in English.
    public var en: Label

    /// A domain's name and description in one language.
    public struct Label: Sendable, Codable, Hashable {
        /// The domain's name.
        public var name: String
        /// What the domain covers, when given.
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

    /// The name and description in `language`.
    public subscript(language: Language) -> Label { language == .fr ? fr : en }
}
