// swift-tools-version: 6.1
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "glossary",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "glossary", targets: ["GlossaryCLI"]),
        .library(name: "GlossaryKit", targets: ["GlossaryKit"]),
        .executable(name: "glossary-bench", targets: ["GlossaryBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "GlossaryKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "GlossaryCLI",
            dependencies: [
                "GlossaryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "GlossaryBench",
            dependencies: [
                "GlossaryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/GlossaryBench",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossaryKitTests",
            dependencies: ["GlossaryKit"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossaryCLITests",
            dependencies: ["GlossaryKit", "GlossaryCLI"],
            swiftSettings: strictSwift
        ),
    ]
)
