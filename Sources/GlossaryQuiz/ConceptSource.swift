import GlossaryModel

/// Where a session reads concepts from, one at a time: the index in the CLI, a knowledge base
/// in tests. Closures rather than a protocol, so that any store can serve without a conformance.
package struct ConceptSource: Sendable {
    /// Every concept id (cheap: no concept is decoded).
    package var ids: @Sendable () throws -> [String]
    /// One concept, if it exists.
    package var concept: @Sendable (String) throws -> Concept?
    /// The concepts whose `broader` names the id.
    package var narrower: @Sendable (String) throws -> [String]

    package init(
        ids: @escaping @Sendable () throws -> [String], concept: @escaping @Sendable (String) throws -> Concept?,
        narrower: @escaping @Sendable (String) throws -> [String]
    ) {
        self.ids = ids
        self.concept = concept
        self.narrower = narrower
    }

    /// A source over a knowledge base held in memory.
    package init(_ knowledgeBase: KnowledgeBase) {
        self.init(
            ids: { knowledgeBase.concepts.map(\.id) }, concept: { knowledgeBase.concept($0) },
            narrower: { knowledgeBase.narrower($0) })
    }
}
