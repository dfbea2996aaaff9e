import Foundation
import GlossaryModel
import GlossaryStore

/// The website's spelling filter (``SpellingFilter``) kept between builds in the user's cache
/// (`$XDG_CACHE_HOME/glossary/`, else `~/.cache/glossary/`, beside the dictionaries' words of
/// ``DictionaryCache``): it depends on the Hunspell dictionaries alone, yet building it (every
/// form keyed, sorted and hashed eleven times) cost about 0.5 s of CPU per site build
/// at any size of content (BENCHMARKS.md, "the site's search files packed").
///
/// The file is trusted only for the same inputs: the dictionaries' files as
/// ``SpellingDictionary/inputsKey`` describes them (path, size and modification time) and the
/// same ``version`` of this format and of the filter's parameters. Its first line holds a hash
/// of those, the body's length and a hash of the body; anything else (another key, a truncated
/// or altered file, a body that does not decode) and the filter is built again and the file
/// rewritten, atomically (``AtomicFile``). A cache that cannot be written is no error.
///
/// Format, UTF-8: `glossary-spelling-filter <version> <key hash> <body bytes> <body hash>\n`,
/// then the filter as JSON (its files' bits, the prefixes each file holds).
enum SpellingFilterCache {
    /// Bumped whenever the format, or anything that shapes the filter (``SpellingFilter``'s
    /// bits, hashes, budget, key length, which words are plain), changes.
    static let version = 2

    /// The cache file's default path.
    static func defaultPath(environment: [String: String] = IndexLocation.environment()) -> String {
        (XDGDirectory.cache.glossaryFolder(environment: environment) as NSString).appendingPathComponent("spelling-filter-v\(version).txt")
    }

    /// What the filter depends on, for the installed dictionaries (nil without them).
    static func key(inputs: String) -> String {
        "v\(version) \(SpellingFilter.bitsPerElement) \(SpellingFilter.hashes) \(SpellingFilter.shardBudget) \(SpellingFilter.keyLength)\n" + inputs
    }

    /// The filter for `key`: from the cache at `path` when it was written for exactly that key,
    /// else built by `build` and written there.
    static func load(key: String, cache path: String?, build: () -> SpellingFilter) -> SpellingFilter {
        CacheFile.load(
            at: path, decode: { decode($0, key: key) }, build: build,
            encode: { $0.shards.isEmpty ? nil : encode($0, key: key) })
    }

    static func header(key: String, bytes: Int, body: UInt64) -> String {
        "glossary-spelling-filter \(version) \(String(FNV1a.hash(key), radix: 16)) \(bytes) \(String(body, radix: 16))\n"
    }

    static func hash(_ body: UnsafeRawBufferPointer) -> UInt64 {
        var hash = FNV1a()
        for byte in body { hash.add(byte: byte) }
        return hash.value
    }

    /// The cache file's bytes.
    static func encode(_ filter: SpellingFilter, key: String) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let body = try? encoder.encode(filter) else { return nil }
        let bodyHash = body.withUnsafeBytes(hash)
        return Data(header(key: key, bytes: body.count, body: bodyHash).utf8) + body
    }

    /// The filter of a cache file written for `key`, or nil when it is not exactly that.
    static func decode(_ data: Data, key: String) -> SpellingFilter? {
        guard let newline = data.firstIndex(of: 0x0A) else { return nil }
        let first = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
        let fields = first.split(separator: " ")
        guard fields.count == 5, let bytes = Int(fields[3]), bytes == data.distance(from: newline, to: data.endIndex) - 1 else { return nil }
        let body = data[(newline + 1)...]
        guard first == header(key: key, bytes: bytes, body: body.withUnsafeBytes(hash)).dropLast(),
            let filter = try? JSONDecoder().decode(SpellingFilter.self, from: body), !filter.shards.isEmpty
        else { return nil }
        return filter
    }
}
