/// A unified diff, as `diff -u` prints it with three lines of context, of a document and the
/// same document with some byte ranges replaced. Built from the replacements themselves, so
/// its cost is linear in the document whatever the number of changes.
package struct UnifiedDiff {
    /// One replacement: the bytes of `range` in the old document become `text`.
    package struct Edit: Sendable {
        package var range: Range<Int>
        package var text: [UInt8]
    }

    /// A unified diff of `old` against `old` with `edits` applied, with `context` lines around each
    /// change.
    package static func make(old: [UInt8], edits: [Edit], path: String, context: Int = 3) -> String {
        guard !edits.isEmpty else { return "" }
        var lineStarts = [0]
        for (i, byte) in old.enumerated() where byte == 0x0A { lineStarts.append(i + 1) }
        func line(of offset: Int) -> Int {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        func lineEnd(_ l: Int) -> Int { l + 1 < lineStarts.count ? lineStarts[l + 1] : old.count }
        let lastLine = old.last == 0x0A ? lineStarts.count - 2 : lineStarts.count - 1
        // Groups of edits whose changed lines are close enough to share a hunk.
        var groups: [(first: Int, last: Int, edits: [Edit])] = []
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let first = line(of: edit.range.lowerBound)
            let last = line(of: max(edit.range.lowerBound, edit.range.upperBound - 1))
            if let previous = groups.last, first - previous.last <= 2 * context {
                groups[groups.count - 1].last = max(previous.last, last)
                groups[groups.count - 1].edits.append(edit)
            } else {
                groups.append((first, last, [edit]))
            }
        }
        var out = "--- \(path)\n+++ \(path)\n"
        var shift = 0 // New lines minus old lines before the current hunk.
        for group in groups {
            let first = max(0, group.first - context), last = min(lastLine, group.last + context)
            let start = lineStarts[first], end = lineEnd(last)
            var newBytes: [UInt8] = []
            var cursor = start
            for edit in group.edits {
                newBytes += old[cursor..<edit.range.lowerBound]
                newBytes += edit.text
                cursor = edit.range.upperBound
            }
            newBytes += old[cursor..<end]
            let oldLines = split(Array(old[start..<end])), newLines = split(newBytes)
            out += "@@ -\(first + 1),\(oldLines.count) +\(first + 1 + shift),\(newLines.count) @@\n"
            // Context lines before and after the change are the same in both.
            let same = { (a: String, b: String) in a == b }
            var head = 0
            while head < min(oldLines.count, newLines.count), same(oldLines[head], newLines[head]) { head += 1 }
            var tail = 0
            while tail < min(oldLines.count, newLines.count) - head,
                same(oldLines[oldLines.count - 1 - tail], newLines[newLines.count - 1 - tail])
            { tail += 1 }
            for l in oldLines[..<head] { out += " \(l)\n" }
            for l in oldLines[head..<(oldLines.count - tail)] { out += "-\(l)\n" }
            for l in newLines[head..<(newLines.count - tail)] { out += "+\(l)\n" }
            for l in oldLines[(oldLines.count - tail)...] { out += " \(l)\n" }
            shift += newLines.count - oldLines.count
        }
        return out
    }

    private static func split(_ bytes: [UInt8]) -> [String] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if bytes.last == 0x0A { lines.removeLast() }
        return lines
    }
}
