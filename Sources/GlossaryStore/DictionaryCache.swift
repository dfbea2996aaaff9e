import Foundation
import GlossaryModel

/// ``DictionaryWords`` kept between runs in the user's cache (`$XDG_CACHE_HOME/glossary/`,
/// else `~/.cache/glossary/`, as the index: see ``IndexLocation``), so that a site build or a
/// search that needs the dictionaries reads one file instead of folding and stemming every
/// entry again (BENCHMARKS.md, "the search index's dictionaries").
///
/// The file is trusted only for the same `.dic` and `.aff` files (path, size and modification
/// time of each) and the same ``version`` of this format and of the stemming: its first line
/// holds a hash of those, the number of words and a hash of the rest. Anything else (another
/// key, a truncated or altered file, a line that does not parse) and the words are read from the
/// dictionaries again and the file rewritten, atomically (``AtomicFile``). A cache that cannot
/// be written is no error: the next run reads the dictionaries again.
///
/// Format, UTF-8: `glossary-dictionary <version> <key hash> <words> <body hash>\n`, then one line
/// a word: `word\tFrench stem\tEnglish stem\tdictionaries (1 French, 2 English, 3 both)\n`.
package enum DictionaryCache {
    /// Bumped whenever the format, the folding or the stemming of entries changes.
    package static let version = 2

    /// The cache file's default path.
    package static func defaultPath(environment: [String: String] = IndexLocation.environment()) -> String {
        (XDGDirectory.cache.glossaryFolder(environment: environment) as NSString).appendingPathComponent("dictionaries-v\(version).txt")
    }

    /// The words of `files` (one `.dic` path a language): from the cache at `path` when it
    /// matches them, else read afresh and written there.
    package static func load(_ files: [(Language, String)], cache path: String?) -> DictionaryWords {
        let key = self.key(files)
        return CacheFile.load(
            at: path, decode: { decode($0, key: key) }, build: { DictionaryWords.read(files) },
            encode: { $0.words.isEmpty ? nil : encode($0, key: key) })
    }

    /// What the cached words depend on: the format's version, and each file's language, path,
    /// size and modification time, with its `.aff` beside it.
    static func key(_ files: [(Language, String)]) -> String {
        var key = "v\(version)"
        for (language, path) in files {
            key += "\n" + language.rawValue
            for file in [path, String(path.dropLast(4)) + ".aff"] {
                var status = stat()
                guard stat(file, &status) == 0 else {
                    key += "\t" + file + " missing"
                    continue
                }
                key += "\t" + file + " \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
            }
        }
        return key
    }

    static func header(key: String, count: Int, body: UInt64) -> String {
        "glossary-dictionary \(version) \(String(FNV1a.hash(key), radix: 16)) \(count) \(String(body, radix: 16))\n"
    }

    /// The cache file's bytes; nil when a word or stem holds a tab or a line break (folded
    /// words never do), which the format cannot hold.
    static func encode(_ words: DictionaryWords, key: String) -> Data? {
        var body: [UInt8] = []
        body.reserveCapacity(words.words.count * 32)
        for i in words.words.indices {
            for (n, field) in [words.words[i], words.french[i], words.english[i]].enumerated() {
                if field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) { return nil }
                if n > 0 { body.append(0x09) }
                body.append(contentsOf: field.utf8)
            }
            body.append(0x09)
            body.append(0x30 + words.languages[i])
            body.append(0x0A)
        }
        var hash = FNV1a()
        for byte in body { hash.add(byte: byte) }
        return Data(header(key: key, count: words.words.count, body: hash.value).utf8) + body
    }

    /// The words of a cache file written for `key`, or nil when it is not exactly that.
    static func decode(_ data: Data, key: String) -> DictionaryWords? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> DictionaryWords? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
            let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<newline]), as: UTF8.self)
            let fields = first.split(separator: " ")
            guard fields.count == 5, let count = Int(fields[3]), count > 0 else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[(newline + 1)...])
            var hash = FNV1a()
            for byte in body { hash.add(byte: byte) }
            guard first == header(key: key, count: count, body: hash.value).dropLast() else { return nil }
            var words = DictionaryWords()
            words.words.reserveCapacity(count)
            words.french.reserveCapacity(count)
            words.english.reserveCapacity(count)
            words.languages.reserveCapacity(count)
            var start = 0
            while start < body.count {
                guard let end = body[start...].firstIndex(of: 0x0A) else { return nil }
                var parts: [String] = []
                var field = start
                for i in start...end where i == end || body[i] == 0x09 {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: body[field..<i]), as: UTF8.self))
                    field = i + 1
                }
                guard parts.count == 4, let languages = UInt8(parts[3]), (1...3).contains(languages), !parts[0].isEmpty else { return nil }
                words.words.append(parts[0])
                words.french.append(parts[1])
                words.english.append(parts[2])
                words.languages.append(languages)
                start = end + 1
            }
            return words.words.count == count ? words : nil
        }
    }
}
