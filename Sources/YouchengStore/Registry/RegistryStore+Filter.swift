import SQLKit
import YouchengCore

extension RegistryStore {
    /// `column IN (…)` with bindings; an empty list matches nothing.
    static func inList(_ column: String, _ values: [String]) -> SQLQueryString {
        values.isEmpty ? "1 = 0" : "\(unsafeRaw: column) IN (\(binds: values))"
    }

    /// `%fragment%` with LIKE's wildcards escaped (`\` is the escape character).
    static func likePattern(_ fragment: String) -> String {
        let escaped = fragment.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }

    /// The WHERE clause of a list query (empty when nothing is filtered); every value is a binding.
    func whereClause(_ query: PartnershipQuery) -> SQLQueryString {
        var conditions: [SQLQueryString] = []
        if let text = query.text {
            let folded = NameKey.fold(text)
            // LOWER on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
            let raw = Self.likePattern(text.lowercased())
            var condition: SQLQueryString =
                "(LOWER(p.name_zh) LIKE \(bind: raw) ESCAPE '\\' OR LOWER(ps.notes) LIKE \(bind: raw) ESCAPE '\\'"
            // Punctuation folds away: a search for "%" must not become a pattern that matches every name.
            if !folded.isEmpty {
                condition = condition + " OR p.name_key LIKE \(bind: Self.likePattern(folded)) ESCAPE '\\'"
            }
            let countries = reference.countries.countriesMatching(text)
            if !countries.isEmpty { condition = condition + " OR " + Self.inList("p.country", countries) }
            conditions.append(condition + ")")
        }
        if let allowed = query.allowedCountries(reference.countries) {
            conditions.append(Self.inList("p.country", allowed.sorted()))
        }
        if let kind = query.kind { conditions.append("ps.kind = \(bind: kind.rawValue)") }
        if let level = query.level { conditions.append("ps.home_level = \(bind: level.rawValue)") }
        if let home = query.home {
            conditions.append(Self.inList("ps.home_code", reference.localities.subtree(of: home.code)))
        }
        if !query.statuses.isEmpty { conditions.append(Self.inList("ps.status", query.statuses.map(\.rawValue))) }
        if let from = query.from { conditions.append(Self.establishedOnOrAfter(from)) }
        if let to = query.to { conditions.append(Self.establishedOnOrBefore(to)) }
        guard var clause = conditions.first.map({ "WHERE " + $0 }) else { return "" }
        for condition in conditions.dropFirst() { clause = clause + " AND " + condition }
        return clause
    }

    /// Established dates are ISO text at their own precision (`1985`, `1985-03`, `1985-03-12`). A date counts as on or
    /// before `end` when its period starts by the end of `end`'s period: it sorts before `end`, or lies within it.
    static func establishedOnOrBefore(_ end: PartialDate) -> SQLQueryString {
        "(ps.established <= \(bind: end.description) OR ps.established LIKE \(bind: end.description + "%"))"
    }

    /// A date counts as on or after `start` when its period ends at or after `start` begins: it sorts after `start`,
    /// or `start` lies within it (a year-only `1985` is on or after `1985-03`).
    static func establishedOnOrAfter(_ start: PartialDate) -> SQLQueryString {
        "(ps.established >= \(bind: start.description) OR \(bind: start.description) LIKE ps.established || '%')"
    }

    /// The ORDER BY clause: the chosen column (empty dates last either way), then id in the same direction, so a
    /// descending list is the ascending one reversed.
    func orderClause(_ query: PartnershipQuery) -> SQLQueryString {
        let direction = query.descending ? "DESC" : "ASC"
        // Levels and statuses sort in their natural order, not by their codes' spelling.
        let column: String =
            switch query.sort {
            case .id: "ps.id"
            case .home: "ps.home_code"
            case .partner: "p.name_key"
            case .partnerZh: "p.name_zh"
            case .country: "p.country"
            case .kind: "ps.kind"
            case .level:
                "CASE ps.home_level WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'district' THEN 3 ELSE 4 END"
            case .established: "ps.established"
            case .status: "CASE ps.status WHEN 'active' THEN 1 WHEN 'suspended' THEN 2 ELSE 3 END"
            }
        let nullsLast = query.sort == .established ? "CASE WHEN ps.established IS NULL THEN 1 ELSE 0 END, " : ""
        // Text sorts by code point on both databases (PostgreSQL would otherwise follow the server's locale).
        let textColumns: Set<PartnershipQuery.SortColumn> = [
            .home, .partner, .partnerZh, .country, .kind, .established,
        ]
        let collate = database.dialect == .postgres && textColumns.contains(query.sort) ? " COLLATE \"C\"" : ""
        return
            " ORDER BY \(unsafeRaw: nullsLast)\(unsafeRaw: column)\(unsafeRaw: collate) \(unsafeRaw: direction), ps.id \(unsafeRaw: direction)"
    }
}
