extension RegistryRepository {
    /// The situation summary of partnerships under `home` (or all of them) as of `asOf`.
    public func situation(home: Locality?, asOf: PartialDate, reference: ReferenceData) async throws -> SituationSummary
    {
        let codes = home.map { reference.localities.subtree(of: $0.code) }
        let entries = try await summaryEntries(homeCodes: codes, asOf: asOf)
        return SituationSummary(entries: entries, catalog: reference.countries, asOf: asOf.description, home: home)
    }
}
