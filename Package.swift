// swift-tools-version:6.2
import PackageDescription

/// Our own targets are built with every warning treated as an error (SE-0480), in Swift 6 language mode.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
]

/// How the `youcheng` server is linked in a release build on Linux, to keep what it maps small (README "Benchmarks",
/// "Memory"): the Swift runtime and Foundation linked in (`-static-stdlib`) and cut to what is used, instead of six
/// shared libraries whose symbol tables and relocations the dynamic linker reads whole at every start; no symbol
/// table exported (nothing looks our symbols up by name); relocations packed (`pack-relative-relocs`, which needs
/// lld). The libraries Foundation's static archives need are named because our modules were compiled against the
/// shared ones, which do not name them. Compiling is unchanged; only the link differs, and debug builds (the tests)
/// are not affected.
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--no-export-dynamic",
            "-lFoundationXML", "-l_CFXMLInterface", "-lFoundation", "-lCoreFoundation",
            "-lFoundationInternationalization", "-lFoundationEssentials", "-l_FoundationICU", "-l_FoundationCShims",
            "-l_FoundationCollections", "-lswiftSynchronization", "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime",
            "-lxml2", "-lstdc++", "-lm",
        ], .when(platforms: [.linux], configuration: .release))
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
            swiftSettings: strict,
            linkerSettings: releaseLinking
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
