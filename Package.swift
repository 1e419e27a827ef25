// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "communique",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "communique", targets: ["communique"]),
    .executable(name: "communique-bench", targets: ["communique-bench"]),
    .library(name: "CommuniqueCore", targets: ["CommuniqueCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .target(name: "CommuniqueCore"),
    .systemLibrary(
      name: "CLibstemmer", path: "Sources/CLibstemmer", providers: [.apt(["libstemmer-dev"])]
    ),
    .target(
      name: "CommuniqueIndex",
      dependencies: [
        "CommuniqueCore", "CLibstemmer", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .systemLibrary(
      name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "CommuniqueTUI", dependencies: ["CommuniqueCore"]),
    .target(name: "CommuniqueTerminal", dependencies: ["CommuniqueTUI", "CNcursesw"]),
    .target(
      name: "CommuniqueConfig",
      dependencies: ["CommuniqueTUI", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .executableTarget(
      name: "communique",
      dependencies: [
        "CommuniqueCore",
        "CommuniqueIndex",
        "CommuniqueTUI",
        "CommuniqueTerminal",
        "CommuniqueConfig",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "communique-bench",
      dependencies: [
        "CommuniqueCore",
        "CommuniqueIndex",
        "CommuniqueTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(name: "communique-fuzz", dependencies: ["CommuniqueCore"]),
    .target(
      name: "CommuniqueTestSupport",
      dependencies: ["CommuniqueCore", "CommuniqueIndex", "CommuniqueTUI"],
      path: "Tests/CommuniqueTestSupport"
    ),
    .testTarget(
      name: "CommuniqueCoreTests",
      dependencies: ["CommuniqueCore", "CommuniqueTestSupport"]
    ),
    .testTarget(
      name: "CommuniqueIndexTests",
      dependencies: [
        "CommuniqueIndex", "CommuniqueCore", "CommuniqueTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "CommuniqueCLITests",
      dependencies: ["communique", "CommuniqueIndex", "CommuniqueTUI", "CommuniqueTestSupport"]
    ),
    .testTarget(
      name: "CommuniqueTUITests",
      dependencies: ["CommuniqueTUI", "CommuniqueCore", "CommuniqueTestSupport"]
    ),
    .testTarget(name: "CommuniqueTerminalTests", dependencies: ["CommuniqueTerminal"]),
    .testTarget(
      name: "CommuniqueBenchTests",
      dependencies: ["communique-bench", "CommuniqueTestSupport"]
    ),
    .testTarget(
      name: "CommuniqueConfigTests",
      dependencies: ["CommuniqueConfig", "CommuniqueTUI", "CommuniqueTestSupport"]
    ),
    .testTarget(
      name: "CommuniqueEndToEndTests",
      dependencies: [
        "communique", "communique-bench", "CommuniqueCore", "CommuniqueIndex", "CommuniqueTUI",
        "CommuniqueTestSupport",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
