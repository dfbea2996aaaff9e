import Foundation
import GlossaryModel

/// ``DictionaryForms`` kept in the user's cache beside the dictionaries' words, on the same
/// terms (``DictionaryCache``): trusted only for the same `.dic` and `.aff` files and the same
/// ``formsVersion``, else spelt out again and rewritten atomically.
///
/// Format, UTF-8: `glossary-forms <version> <key hash> <forms> <body hash>\n`, then the forms,
/// sorted by their bytes, one a line. Loading it is reading the file, hashing it and finding
/// its line breaks: no string is made, so the first search of a process pays little for it.
extension DictionaryCache {
    /// Bumped whenever the format, the folding or the spelling out of forms changes.
    package static let formsVersion = 1

    /// The forms cache file's default path.
    package static func formsPath(environment: [String: String] = IndexLocation.environment()) -> String {
        (XDGDirectory.cache.glossaryFolder(environment: environment) as NSString).appendingPathComponent("dictionary-forms-v\(formsVersion).txt")
    }

    /// The forms of `files` (`.dic` paths, by language): from the cache at `path` when it
    /// matches them, else spelt out afresh and written there.
    package static func loadForms(_ files: [(Language, String)], cache path: String?) -> DictionaryForms {
        let key = "forms \(formsVersion)\n" + self.key(files)
        return CacheFile.load(
            at: path, decode: { decodeForms($0, key: key) }, build: { DictionaryForms.read(files) },
            encode: { $0.count == 0 ? nil : encodeForms($0, key: key) })
    }

    static func formsHeader(key: String, count: Int, body: UInt64) -> String {
        "glossary-forms \(formsVersion) \(String(FNV1a.hash(key), radix: 16)) \(count) \(String(body, radix: 16))\n"
    }

    /// The cache file's bytes.
    static func encodeForms(_ forms: DictionaryForms, key: String) -> Data {
        var hash = FNV1a()
        for byte in forms.bytes { hash.add(byte: byte) }
        return Data(formsHeader(key: key, count: forms.count, body: hash.value).utf8) + forms.bytes
    }

    /// The forms of a cache file written for `key`, or nil when it is not exactly that.
    static func decodeForms(_ data: Data, key: String) -> DictionaryForms? {
        guard let newline = data.firstIndex(of: 0x0A) else { return nil }
        let first = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
        let fields = first.split(separator: " ")
        guard fields.count == 5, let count = Int(fields[3]), count > 0 else { return nil }
        let body = [UInt8](data[(newline + 1)...])
        var hash = FNV1a()
        for byte in body { hash.add(byte: byte) }
        guard first == formsHeader(key: key, count: count, body: hash.value).dropLast(),
            let forms = DictionaryForms(bytes: body), forms.count == count
        else { return nil }
        return forms
    }
}
