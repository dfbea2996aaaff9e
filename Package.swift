// swift-tools-version: 6.1
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

/// `GLOSSARY_STATIC=1 swift build -c release --static-swift-stdlib --product glossary` links
/// `glossary` fully static on Linux, glibc included, and so not position-independent: no
/// dynamic loader, no shared libraries to find and bind, none of the 99,000 relocations a
/// 98 MB PIE needs at each start. `glossary --version` goes from 5.8 ms to 2.3 ms (a bare
/// Swift executable: 1.6 ms; BENCHMARKS.md, end to end). SQLite, libxml2 (for FoundationXML)
/// and what libxml2 needs (ICU, liblzma, zlib, libstdc++) come from the static archives of
/// their Debian `-dev` packages. glibc warns at link time that `dlopen`, `getpwuid` and
/// `getaddrinfo` then need the same glibc at run time: glossary reaches them only without
/// `$HOME`, or for XML in an encoding libxml2 does not handle itself.
/// Opt-in, because it needs `--static-swift-stdlib` and those archives; every other build
/// (debug, tests, CI, a plain `swift build -c release`) links as usual.
let staticExecutable = Context.environment["GLOSSARY_STATIC"] == "1"
let releaseStaticLinking: [LinkerSetting] =
    staticExecutable
    ? [
        .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("lzma", .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("icuuc", .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("icudata", .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("stdc++", .when(platforms: [.linux], configuration: .release))
    ] : []

/// The capabilities, as library targets (README, "Architecture").
let libraryTargets: [Target.Dependency] = [
    "GlossaryModel", "GlossaryStore", "GlossarySearch", "GlossaryQuiz", "GlossarySite", "GlossaryInterchange", "GlossaryLint"
]

let package = Package(
    name: "glossary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "glossary", targets: ["GlossaryCLI"]),
        .library(name: "GlossaryKit", targets: ["GlossaryKit"]),
        .executable(name: "glossary-bench", targets: ["GlossaryBench"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20")
    ],
    targets: [
        // One call Swift cannot make (sqlite3_config is variadic): see its header.
        .target(
            name: "CSQLiteSetup",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        // One library target per capability, each depending only on those below it, so the
        // compiler refuses a cycle (README, "Architecture"):
        //   GlossaryModel  content model, YAML reading (libyaml) and validation, text folding, errors
        //   GlossaryStore  the SQLite index of a content folder and its query API
        //   GlossarySearch ranking over the index        GlossaryQuiz  cards, FSRS, progress
        //   GlossarySite   the static site               GlossaryInterchange  TBX, CSV, SKOS, Anki, JSON
        // libyaml, the C parser content files are read with (Debian's libyaml-dev): declared
        // here rather than reached through Yams, which bundles a copy but does not export it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Snowball's stemmers (Debian: libstemmer-dev), for search: see Stemmer.swift.
        .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
        // syncfs(2), which glibc hides from Swift (AtomicFile.syncFileSystem).
        .systemLibrary(name: "CSystem", path: "Sources/CSystem"),
        .target(
            name: "GlossaryModel",
            dependencies: ["CLibYAML", "CSystem"],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossaryStore",
            dependencies: [
                "GlossaryModel",
                "CSQLiteSetup",
                "CStemmer",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding values in bulk (RowInserter).
                .product(name: "GRDBSQLite", package: "GRDB.swift")
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossarySearch",
            dependencies: ["GlossaryModel", "GlossaryStore"],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossaryQuiz",
            dependencies: [
                "GlossaryModel",
                .product(name: "GRDB", package: "GRDB.swift")
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossarySite",
            dependencies: [
                "GlossaryModel",
                "GlossaryStore",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink")
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossaryInterchange",
            dependencies: [
                "GlossaryModel",
                "GlossaryQuiz", // the learner's progress, written into the Anki deck
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: strictSwift
        ),
        // `glossary lint`: a document's terminology checked against the knowledge base.
        .target(
            name: "GlossaryLint",
            dependencies: ["GlossaryModel"],
            swiftSettings: strictSwift
        ),
        // For library users: `import GlossaryKit` brings every capability.
        .target(
            name: "GlossaryKit",
            dependencies: libraryTargets,
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "GlossaryCLI",
            dependencies: libraryTargets + [
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: strictSwift,
            linkerSettings: releaseStaticLinking
        ),
        .executableTarget(
            name: "GlossaryBench",
            dependencies: libraryTargets + [
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            path: "Benchmarks/GlossaryBench",
            swiftSettings: strictSwift
        ),
        // Shared by both test targets: where their temporary folders go.
        .target(
            name: "GlossaryTestSupport",
            path: "Tests/GlossaryTestSupport",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossaryKitTests",
            // GlossaryKit too, for a test that imports the library as a user does.
            dependencies: libraryTargets + ["GlossaryKit", "GlossaryTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift
        ),
        // A library user's view: `import GlossaryKit` without package access, so it compiles
        // only against what is `public` (README, "Architecture: what a library user gets").
        .testTarget(
            name: "GlossaryKitClientTests",
            dependencies: ["GlossaryKit", "GlossaryTestSupport"],
            packageAccess: false,
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossaryLintTests",
            dependencies: ["GlossaryLint", "GlossaryModel", "GlossaryTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossaryCLITests",
            dependencies: libraryTargets + ["GlossaryCLI", "GlossaryTestSupport"],
            swiftSettings: strictSwift
        )
    ]
)
