import GlossaryModel

extension GlossaryIndex {
    /// The knowledge base as this index holds it: every concept, with the domains of the
    /// content folder's `domains.yaml` (which the index does not store).
    ///
    /// For commands that read the content without checking it (quiz, review, stats): the index
    /// was built from content that passed the checks. ``ContentLoader/load()`` reads and checks
    /// the files themselves.
    package func knowledgeBase(content: String) throws(IndexError) -> KnowledgeBase {
        KnowledgeBase(concepts: try allConcepts(), domains: ContentLoader(directory: content).domains())
    }
}
