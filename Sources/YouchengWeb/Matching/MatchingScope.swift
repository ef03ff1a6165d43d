import Hummingbird
import YouchengCore

/// The home a matching page or API call is about: the `home` parameter (code or name), else for a page
/// `WebDependencies.defaultMatchingHome`.
struct MatchingScope: Sendable {
    /// The home, nil when none was given and the user's unit has none.
    let home: Locality?
    /// The home as written, to show it again in the form.
    let homeText: String

    /// Reads `home` from `query`; `fallback` is the code used when it is absent (a page passes the user's unit's
    /// home). An unknown or ambiguous home is refused naming the parameter.
    init(query: QueryString, reference: ReferenceData, fallback: String?) throws(FieldError) {
        let parameters = PageParameters(query: query, reference: reference)
        if let given = try parameters.home() {
            home = given
            homeText = parameters.homeText
        } else {
            home = fallback.flatMap { reference.localities.locality($0) }
            homeText = home?.code ?? ""
        }
    }

    /// The home, or a 400 naming the missing `home` parameter (the API's answer).
    func required() throws(FieldError) -> Locality {
        guard let home else {
            throw FieldError(
                code: "missing_parameter", field: "home",
                message: Bilingual(
                    zh: "缺少参数 home（本地主体代码或名称）", en: "parameter home (a locality code or name) is missing"))
        }
        return home
    }
}

extension WebDependencies {
    /// The home a matching page shows when none is asked for: the user's unit's home, else the home with the most
    /// partnerships (not ended) of its own in the registry (ties by code); nil for an empty registry.
    func defaultMatchingHome(_ principal: Principal) async throws -> String? {
        if let own = principal.unitHomeCode { return own }
        var counts: [String: Int] = [:]
        for record in try await repository.all(PartnershipQuery()) where record.partnership.status != .ended {
            counts[record.partnership.homeCode, default: 0] += 1
        }
        return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
    }

    /// The matching context of `home`, from this request's registry and the matching tables.
    func matchingContext(_ home: Locality) async throws -> MatchingContext {
        try await services.matching.context(
            home: home, registry: repository, reference: reference, gazetteer: maps.gazetteer())
    }
}
