// Benchmarks for the registry (not timed tests): import of 30,000 rows, the summary over them, and the filtered list;
// with --exchanges N, N exchanges over the registry's partners and the dormant list, a year's activity, a timeline.
// Run: swift run -c release youcheng-bench [--rows 30000] [--exchanges 0] [--database URL] [--keep] [--import-only]
// With --exchanges-csv FILE the N exchanges are written to FILE as an exchanges CSV instead of stored, to time
// `youcheng import FILE --database URL` on the registry kept (--keep).
// With --plan-tasks N (issue 13: 250) a plan of N tasks over 50 units with four quarters of reports, its status, a
// unit's workspace and the units' report rates.
// With --suggest (issue 14) a page of suggested partners for the home with the most partnerships, three times.
// With --results (issue 14) 5,000 cooperation projects and 2,000 prospects (--projects N, --prospects N) on top, then
// the indicator table, the unit scorecard, the money table, stalled projects and a home's pipeline, three times.
// scripts/bench also times the list page over HTTP on the database this leaves.
import Foundation
import Logging
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let rowCount = option("--rows").flatMap(Int.init) ?? 30_000
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("youcheng-bench-\(getpid()).sqlite").path
let url = try DatabaseURL(parsing: option("--database") ?? "sqlite:\(scratch)")

func measure<T>(_ label: String, _ body: () async throws -> T) async rethrows -> T {
    let clock = ContinuousClock()
    var result: T?
    let elapsed = try await clock.measure { result = try await body() }
    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%10.1f ms", ms))
    return result!
}

let reference = ReferenceData.bundled
let table = BenchData.registry(rows: rowCount, reference: reference)
let csv = Data(CSV.write(table).utf8)
print("youcheng-bench: \(rowCount) rows, \(csv.count / 1024) KiB CSV, database \(url)")

var logger = Logger(label: "bench")
logger.logLevel = .warning
let database = try await Database.open(url, logger: logger)
let services = Services(database: database, reference: reference)
let store = services.registry
/// Closes the database, and removes the scratch file unless --keep.
func finish() async {
    await database.close()
    if arguments.contains("--keep") {
        print("kept the database: \(url)")
    } else if case .sqlite(let path) = url, path == scratch {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

let plan = try await measure("read + validate CSV") {
    try RegistryFiles.plan(data: csv, filename: "bench.csv", defaultHome: nil, reference: reference).plan
}
precondition(plan.errors.isEmpty, "bench data has errors: \(plan.errors.prefix(3).map(\.message.en))")
let partnerCount = BenchData.partnerCount(rows: rowCount)
let dry = try await measure("dry run (compare, store nothing)") {
    try await store.apply(plan.rows, dryRun: true, actor: .system)
}
precondition(dry.created == rowCount && !dry.stored, "expected \(rowCount) to create, got \(dry)")
let report = try await measure("import \(rowCount) rows (one transaction)") {
    try await store.apply(plan.rows, dryRun: false, actor: .system)
}
// Rows share partners: every row is a new partnership, and the partners are as many as the data spreads them over.
precondition(
    report.created == rowCount && report.newPartners == partnerCount,
    "expected \(rowCount) created and \(partnerCount) new partners, got \(report)")
let again = try await measure("re-import, all unchanged") {
    try await store.apply(plan.rows, dryRun: false, actor: .system)
}
precondition(again.unchanged == rowCount && again.newPartners == 0, "expected all unchanged, got \(again)")
// --import-only stops here, for profiling the import alone.
if arguments.contains("--import-only") {
    await finish()
    exit(0)
}
let asOf = PartialDate(year: 2026, month: 11, day: 23)!
let summary = try await measure("summary over all") {
    try await store.situation(home: nil, asOf: asOf, reference: reference)
}
_ = try await measure("summary for one province (江苏省)") {
    try await store.situation(home: reference.localities.locality("320000"), asOf: asOf, reference: reference)
}
let query = try PartnershipQuery(
    parameters: [("continent", "europe"), ("kind", "friendshipCity"), ("sort", "-established"), ("page", "3")],
    reference: reference)
let page = try await measure("filtered list page (×100, total)") {
    var last: PartnershipPage?
    for _ in 0..<100 { last = try await store.list(query) }
    return last!
}
_ = try await measure("text search q=San (×100, total)") {
    for _ in 0..<100 {
        _ = try await store.list(try PartnershipQuery(parameters: [("q", "San")], reference: reference))
    }
}
let all = try await measure("export all as XLSX") {
    try RegistryFiles.export(try await store.all(PartnershipQuery()), format: .xlsx, reference: reference)
}
let exchangeCount = option("--exchanges").flatMap(Int.init) ?? 0
if exchangeCount > 0, let path = option("--exchanges-csv") {
    try await ExchangeBench.writeCSV(count: exchangeCount, to: path, services: services)
} else if exchangeCount > 0 {
    try await ExchangeBench.run(count: exchangeCount, services: services)
}
if let tasks = option("--plan-tasks").flatMap(Int.init), tasks > 0 {
    try await PlanBench.run(tasks: tasks, services: services)
}
if arguments.contains("--suggest"), let home = try await MatchingBench.home(services: services) {
    _ = CityGazetteer.bundled  // loaded once per process, before the first request
    for round in 1...3 {
        _ = try await measure("suggestions for \(home.name) (\(round))") {
            try await MatchingBench.suggest(services: services, home: home, themes: [])
        }
        _ = try await measure("suggestions with two themes (\(round))") {
            try await MatchingBench.suggest(services: services, home: home, themes: ["教育", "aerospace"])
        }
    }
}
if arguments.contains("--results") {
    try await ResultsBench.run(
        projects: option("--projects").flatMap(Int.init) ?? 5_000,
        prospects: option("--prospects").flatMap(Int.init) ?? 2_000, services: services)
}
print(
    "summary: \(summary.partnerships) partnerships in \(summary.countries) countries; list total \(page.total); XLSX \(all.count / 1024) KiB"
)
await finish()
