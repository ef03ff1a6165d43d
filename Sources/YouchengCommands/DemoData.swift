import Foundation
import YouchengCore

/// The demo registry: a clearly labelled, fictional set of about 60 partnerships of 苏州市 and its districts,
/// across all continents, both kinds, city and district level.
public enum DemoData {
    /// The bundled demo file.
    public static func file() throws -> Data {
        guard let url = Bundle.module.url(forResource: "demo_registry", withExtension: "csv", subdirectory: "Resources") else {
            throw CommandFailure(Bilingual(zh: "缺少演示数据文件", en: "the demo data file is missing from the build"))
        }
        return try Data(contentsOf: url)
    }

    /// Loads the demo registry when `repository` holds no partnership yet; returns whether it did.
    @discardableResult
    public static func loadIfEmpty(into repository: any RegistryRepository, reference: ReferenceData) async throws -> Bool {
        guard try await repository.count() == 0 else { return false }
        let outcome = try await ImportRun.run(
            data: try file(), file: "demo_registry.csv", defaultHome: nil, dryRun: false, repository: repository,
            reference: reference)
        guard outcome.succeeded else {
            throw CommandFailure(outcome.failure ?? outcome.errors.first?.message ?? Bilingual(zh: "演示数据有误", en: "bad demo data"))
        }
        return true
    }
}
