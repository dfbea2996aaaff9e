import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossarySite
@testable import GlossaryStore

/// The website's spelling filter kept in the user's cache (``SpellingFilterCache``): the same
/// filter as building it, built again when its inputs change or the file is not exactly what
/// was written.
@Suite("Spelling filter cache")
struct SpellingFilterCacheTests {
    /// A small filter, and a cache path in a fresh folder.
    func fixture() throws -> (folder: URL, filter: SpellingFilter, cache: String) {
        let folder = TestScratch.path("spelling-filter-cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let elements = ["externalisation", "relocaliser", "externalise", "outsourced", "outsourcing", "onshore", "services", "zebre"]
        let filter = SpellingFilter(elements: elements)
        return (folder, filter, folder.appendingPathComponent("cache/spelling-filter.txt").path)
    }

    @Test("a first load builds and writes the cache, a second reads it without building")
    func writesThenReads() throws {
        let (folder, filter, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(filter.shards.count == 5 && filter.prefixes["exte"] == ["ex"])
        var builds = 0
        let first = SpellingFilterCache.load(key: "k", cache: cache) {
            builds += 1
            return filter
        }
        let second = SpellingFilterCache.load(key: "k", cache: cache) {
            builds += 1
            return SpellingFilter()
        }
        #expect(first == filter && second == filter && builds == 1)
        // Atomically: nothing beside the cache file in its folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: (cache as NSString).deletingLastPathComponent) == ["spelling-filter.txt"])
    }

    @Test("another key (other dictionaries, other parameters) builds again")
    func otherKey() throws {
        let (folder, filter, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = SpellingFilterCache.load(key: "k", cache: cache) { filter }
        let other = SpellingFilter(elements: ["infogerance"])
        #expect(SpellingFilterCache.load(key: "k2", cache: cache) { other } == other)
        #expect(SpellingFilterCache.load(key: "k2", cache: cache) { filter } == other, "rewritten for the new key")
        // The key covers the dictionaries' files and the filter's parameters.
        #expect(SpellingFilterCache.key(inputs: "a") != SpellingFilterCache.key(inputs: "b"))
        #expect(SpellingFilterCache.key(inputs: "a").contains("\(SpellingFilter.bitsPerElement) \(SpellingFilter.hashes)"))
    }

    @Test("a corrupt, truncated or foreign cache file is rebuilt, never trusted")
    func corruptFileRebuilt() throws {
        let (folder, filter, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = SpellingFilterCache.load(key: "k", cache: cache) { filter }
        let good = try #require(FileManager.default.contents(atPath: cache))
        #expect(SpellingFilterCache.decode(good, key: "k") == filter)
        // One letter of the bits changed, the length kept: the body's hash tells.
        var altered = good
        let at = try #require(altered.lastIndex(of: UInt8(ascii: "A")))
        altered[at] = UInt8(ascii: "B")
        let header = String(decoding: good.prefix(through: good.firstIndex(of: 0x0A)!), as: UTF8.self)
        let corrupt: [Data] = [
            altered, good.prefix(good.count - 7), good + Data("x".utf8), Data(), Data(header.utf8),
            Data((header + "{}").utf8)
        ]
        for data in corrupt {
            #expect(SpellingFilterCache.decode(data, key: "k") == nil)
            try data.write(to: URL(fileURLWithPath: cache))
            var builds = 0
            let loaded = SpellingFilterCache.load(key: "k", cache: cache) {
                builds += 1
                return filter
            }
            #expect(loaded == filter && builds == 1)
            #expect(FileManager.default.contents(atPath: cache) == good, "rewritten")
        }
        #expect(SpellingFilterCache.decode(good, key: "k2") == nil)
    }

    @Test("a cache that cannot be written is no error, and a folder in its place is left alone")
    func unwritableCache() throws {
        let (folder, filter, cache) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(SpellingFilterCache.load(key: "k", cache: cache) { filter } == filter)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: cache, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test(
        "the installed dictionaries' filter from the cache is the one built afresh",
        .enabled(if: SpellingDictionary.isAvailable, "hunspell-fr and hunspell-en-us are not installed"))
    func installedDictionaries() throws {
        let folder = TestScratch.path("spelling-filter-installed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("filter.txt").path
        let fresh = SpellingFilter()
        #expect(SpellingFilter.installed(cache: cache) == fresh)
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(SpellingFilter.installed(cache: cache) == fresh)
        #expect(SpellingFilter.installed(cache: nil) == fresh)
    }
}
