// swift-tools-version:6.2
import PackageDescription

/// Our own targets are built with every warning treated as an error (SE-0480), in Swift 6 language mode.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "youcheng",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "youcheng", targets: ["youcheng"])
    ],
    dependencies: [
        .package(
            url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "YouchengCore",
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "YouchengSheets",
            dependencies: ["YouchengCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        .target(
            name: "YouchengStore",
            dependencies: [
                "YouchengCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                // Only the bcrypt hash (a small C library); the rest of hummingbird-auth is not used.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "YouchengWeb",
            dependencies: [
                "YouchengCore", "YouchengStore", "YouchengSheets",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "YouchengCommands",
            dependencies: [
                "YouchengCore", "YouchengStore", "YouchengSheets", "YouchengWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "YouchengTestSupport",
            dependencies: [
                "YouchengCore", "YouchengStore", .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/Support",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "youcheng",
            dependencies: ["YouchengCommands"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "youcheng-bench",
            dependencies: ["YouchengCore", "YouchengStore", "YouchengSheets", "YouchengWeb", "YouchengCommands"],
            path: "Benchmarks/youcheng-bench",
            swiftSettings: strict
        ),
        // The raw Hummingbird reference scripts/bench compares every figure with: Hummingbird alone, on purpose.
        .executableTarget(
            name: "youcheng-reference",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/youcheng-reference",
            swiftSettings: strict
        ),
        .testTarget(name: "YouchengCoreTests", dependencies: ["YouchengCore"], swiftSettings: strict),
        .testTarget(
            name: "YouchengSheetsTests", dependencies: ["YouchengSheets"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "YouchengStoreTests", dependencies: ["YouchengStore", "YouchengTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "YouchengWebTests",
            dependencies: [
                "YouchengCore", "YouchengStore", "YouchengWeb", "YouchengTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "YouchengCommandsTests", dependencies: ["YouchengCommands", "YouchengTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
    ]
)
