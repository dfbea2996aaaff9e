import Foundation
import GlossaryModel

extension ImportFormat {
    /// How much of the file's start is read to recognise its content.
    static let sniffLength = 64 * 1024

    /// The format of the file at `path`, when `glossary import` is not told: its extension
    /// (`.tbx`, `.csv`), else its content: an XML document whose root element is `<tbx>` or
    /// `<martif>` is TBX (the importer tells v3 from v2), a first line naming the columns
    /// `concept`, `language` and `term` (or their aliases `id`, `lang`) is CSV.
    ///
    /// Only the first 64 KB are read, so a large file is not loaded twice.
    public static func detect(path: String) throws(ImportError) -> ImportFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "tbx", "tbxm": return .tbx
        case "csv": return .csv
        default: break
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .inputNotFound(path) }
        defer { try? handle.close() }
        let head: Data
        do { head = try handle.read(upToCount: sniffLength) ?? Data() } catch { throw .inputNotFound(path) }
        if let format = detect(head: head) { return format }
        throw .malformedInput(
            path: path, line: 1, column: 1,
            reason:
                "cannot tell the format from the name or the content (neither a TBX document, whose root element is <tbx> or <martif>, nor a CSV file whose first row names the columns concept, language, term): pass --format tbx, tbx2 or csv"
        )
    }

    /// The format the first bytes of a file show, or nil.
    static func detect(head: Data) -> ImportFormat? {
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if let root = xmlRoot(text) { return root == "tbx" || root == "martif" ? .tbx : nil }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let aliases = ["id": "concept", "lang": "language"]
        let columns = Set(
            firstLine.split(separator: ",", omittingEmptySubsequences: false).map { field in
                let name = field.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
                return aliases[name] ?? name
            })
        return CSVColumns.required.allSatisfy(columns.contains) ? .csv : nil
    }

    /// The local name of the root element when `text` starts as an XML document (after an
    /// XML declaration, comments, processing instructions and a document type declaration).
    static func xmlRoot(_ text: String) -> String? {
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard rest.hasPrefix("<") else { return nil }
            let end: String? = rest.hasPrefix("<?") ? "?>" : rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<!") ? ">" : nil
            guard let end else { break }
            // A DOCTYPE with an internal subset ends at "]>".
            let close = rest.hasPrefix("<!DOCTYPE") && rest.prefix(while: { $0 != ">" }).contains("[") ? "]>" : end
            guard let range = rest.range(of: close) else { return nil }
            rest = rest[range.upperBound...]
        }
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        guard !name.isEmpty else { return nil }
        return String(name.split(separator: ":").last ?? name)
    }
}
