/// The running text of a concept the index stores as passages, besides its terms.
///
/// The raw values are what the index's `passage.kind` column holds.
package enum PassageKind: String, Sendable, Hashable, CaseIterable {
    case definition, note, example, contrast
}
