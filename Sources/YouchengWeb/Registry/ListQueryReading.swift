import YouchengCore

/// The list page's reading of its query string. A bad filter value (`from=abc`, an ambiguous home, an unknown
/// country) does not turn the page into an error page: the page comes back with the form as filled in, the message
/// beside the field, and no rows. A bad `page`, `per` or `sort` (not fields of the form) is still refused outright,
/// and the API and exports refuse any bad parameter with a plain 400.
struct ListQueryReading: Sendable {
    /// The parameters the filter form has fields for.
    static let filterFields: Set<String> = [
        "q", "country", "continent", "group", "kind", "level", "home", "status", "from", "to",
    ]

    /// The query without the refused filters.
    let query: PartnershipQuery
    /// The refused filters, in the order they were met.
    let errors: FieldErrors

    init(_ raw: QueryString, reference: ReferenceData) throws(FieldError) {
        var errors: [FieldError] = []
        query = try Self.read(raw.pairs, reference: reference, errors: &errors)
        self.errors = FieldErrors(errors: errors)
    }

    /// Core stops at the first bad parameter: set that filter aside and read the rest again, until all reads.
    /// Each round drops one parameter name, so there are at most as many rounds as filter fields.
    private static func read(
        _ pairs: [(String, String)], reference: ReferenceData, errors: inout [FieldError]
    ) throws(FieldError) -> PartnershipQuery {
        do {
            return try PartnershipQuery(parameters: pairs, reference: reference)
        } catch {
            guard let field = error.field, filterFields.contains(field) else { throw error }
            errors.append(error)
            return try read(pairs.filter { $0.0 != field }, reference: reference, errors: &errors)
        }
    }
}
