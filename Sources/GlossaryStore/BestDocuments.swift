/// The best `limit` of the documents offered, higher scores first and equal scores by rowid, as
/// FTS5's `ORDER BY score, rowid` ranks them: what ranked retrieval keeps of a list of
/// thousands without sorting it.
struct BestDocuments {
    let limit: Int
    /// The documents kept, best first.
    private(set) var ranked: [(rowid: Int64, score: Double)] = []

    init(limit: Int) {
        self.limit = limit
        ranked.reserveCapacity(limit + 1)
    }

    /// Keeps the document if it is among the best `limit` so far. False when it is not: a
    /// document after it in a list ranked the same way would not be kept either.
    @discardableResult
    mutating func offer(_ rowid: Int64, _ score: Double) -> Bool {
        func isBetter(_ a: (rowid: Int64, score: Double), than b: (rowid: Int64, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : a.rowid < b.rowid
        }
        let document = (rowid: rowid, score: score)
        if ranked.count == limit, let last = ranked.last, !isBetter(document, than: last) { return false }
        var i = ranked.count
        while i > 0 && isBetter(document, than: ranked[i - 1]) { i -= 1 }
        ranked.insert(document, at: i)
        if ranked.count > limit { ranked.removeLast() }
        return true
    }
}
