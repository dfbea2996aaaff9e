import GlossaryModel
/// Where a session reads concepts from, one at a time: the index in the CLI, a knowledge base
/// in tests. Closures rather than a protocol, so that any store can serve without a conformance.
public struct ConceptSource: Sendable {
    /// Every concept id (cheap: no concept is decoded).
    public var ids: @Sendable () throws -> [String]
    /// One concept, if it exists.
    public var concept: @Sendable (String) throws -> Concept?
    /// The concepts whose `broader` names the id.
    public var narrower: @Sendable (String) throws -> [String]

    public init(ids: @escaping @Sendable () throws -> [String], concept: @escaping @Sendable (String) throws -> Concept?,
                narrower: @escaping @Sendable (String) throws -> [String]) {
        self.ids = ids
        self.concept = concept
        self.narrower = narrower
    }

    /// A source over a knowledge base held in memory.
    public init(_ knowledgeBase: KnowledgeBase) {
        self.init(ids: { knowledgeBase.concepts.map(\.id) }, concept: { knowledgeBase.concept($0) },
                  narrower: { knowledgeBase.narrower($0) })
    }
}
