/// Counts the values an import kept although the content format has no place for them
/// (a status outside our list, a language other than French and English, a reliability
/// code…), so the user is told about them instead of having them dropped silently.
package struct ForeignValues: Sendable, Hashable {
    /// How many times each kind of value was kept, e.g. `language 'es'`.
    package private(set) var counts: [String: Int] = [:]
    /// Things deliberately left out (transaction dates, images), by kind.
    package private(set) var ignored: [String: Int] = [:]

    /// No values yet.
    package init() {}

    package var total: Int { counts.values.reduce(0, +) }

    mutating func keep(_ kind: String) { counts[kind, default: 0] += 1 }
    mutating func ignore(_ kind: String) { ignored[kind, default: 0] += 1 }

    /// The warnings to show, or none.
    package var warnings: [String] {
        var out: [String] = []
        if total > 0 {
            let list = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) × \($0.key)" }
            out.append("kept \(total) value(s) outside the content format as notes: \(list.joined(separator: ", ")); review them in the imported files")
        }
        if !ignored.isEmpty {
            let list = ignored.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }
            out.append("left out administrative data the content format does not record: \(list.joined(separator: ", "))")
        }
        return out
    }
}
