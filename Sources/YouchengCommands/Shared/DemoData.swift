import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// The demo registry: a clearly labelled, fictional set of about 60 partnerships of 苏州市 and its districts,
/// across all continents, both kinds, city and district level.
public enum DemoData {
    /// The bundled demo registry file (`demo_registry`), or another bundled demo file.
    public static func file(_ name: String = "demo_registry") throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources")
        else {
            throw CommandFailure(Bilingual(zh: "缺少演示数据文件", en: "the demo data file is missing from the build"))
        }
        return try Data(contentsOf: url)
    }

    /// How many partnerships the demo file holds (its lines less the header).
    static let demoRowCount: Int = {
        guard let data = try? file() else { return 0 }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).count - 1
    }()

    /// The note every demo partnership carries.
    public static let marker = "演示数据（虚构）"

    /// Whether `repository` holds only demo partnerships (so the demo banner tells the truth).
    public static func isDemo(_ repository: any RegistryRepository) async throws -> Bool {
        let total = try await repository.count()
        // Asked on every page: a registry larger than the demo file cannot be the demo, so skip the text search.
        guard total > 0, total <= demoRowCount else { return false }
        var query = PartnershipQuery()
        query.text = marker
        query.per = 1
        return try await repository.list(query).total == total
    }

    /// Loads the demo registry when `repository` holds no partnership yet; returns whether it did.
    @discardableResult
    public static func loadIfEmpty(into repository: any RegistryRepository, reference: ReferenceData) async throws
        -> Bool
    {
        guard try await repository.count() == 0 else { return false }
        let outcome = try await ImportRun.run(
            data: try file(), file: "demo_registry.csv", defaultHome: nil, dryRun: false, repository: repository,
            reference: reference)
        guard outcome.succeeded else {
            throw CommandFailure(
                outcome.failure ?? outcome.errors.first?.message ?? Bilingual(zh: "演示数据有误", en: "bad demo data"))
        }
        return true
    }

    /// Loads the demo exchanges (fictional, about 40 of the demo partners' visits and trips from 2018 on) when the
    /// database holds no exchange and its registry is the demo; returns whether it did.
    @discardableResult
    public static func loadExchangesIfEmpty(into services: Services) async throws -> Bool {
        guard try await services.exchanges.count() == 0, try await isDemo(services.registry) else {
            return false
        }
        let read = try RegistryFiles.read(data: try file("demo_exchanges"), filename: "demo_exchanges.csv")
        let outcome = try await ExchangeImportRun.run(
            table: read.table, file: "demo_exchanges.csv", format: read.format, dryRun: false,
            services: services)
        guard outcome.succeeded else {
            throw CommandFailure(
                outcome.failure ?? outcome.errors.first?.message ?? Bilingual(zh: "演示数据有误", en: "bad demo data"))
        }
        return true
    }
}
