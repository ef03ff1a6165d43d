import Foundation

/// The tree of home localities, with look-up by code, full name or unambiguous short name.
public struct LocalityDirectory: Sendable {
    /// Localities by code.
    public let byCode: [String: Locality]
    private let children: [String: [String]]
    private let exactNames: [String: [String]]
    private let shortNames: [String: [String]]

    /// Builds the tree from the rows of `china_divisions.csv` (with its header), folding away the
    /// placeholder rows (市辖区, 县, 省直辖县级行政区划) so their children hang under the province; a county-level
    /// placeholder (嘉峪关市's 620201 市辖区, which has no districts) is not a home of its own and is left out.
    public init(divisionsCSV rows: [[String]]) throws {
        var raw: [(code: String, level: String, parent: String, name: String, nameEn: String)] = []
        for row in rows.dropFirst() where row.count >= 5 {
            raw.append((row[0], row[1], row[2], row[3], row[4]))
        }
        let placeholders = Set(
            raw.filter { $0.level != "province" && Self.placeholderNames.contains($0.name) }.map(\.code))
        let parentOf = Dictionary(raw.map { ($0.code, $0.parent) }, uniquingKeysWith: { a, _ in a })
        var byCode: [String: Locality] = [:]
        for entry in raw where !placeholders.contains(entry.code) {
            var parent: String? = entry.parent.isEmpty ? nil : entry.parent
            if let p = parent, placeholders.contains(p) { parent = parentOf[p] }
            let level: LocalityLevel =
                switch entry.level {
                case "province": .province
                case "prefecture": .city
                default: .district
                }
            byCode[entry.code] = Locality(
                code: entry.code, name: entry.name, fullName: entry.name, nameEn: entry.nameEn, level: level,
                parentCode: parent)
        }
        for (code, locality) in byCode where locality.level == .district {
            if let parent = locality.parentCode.flatMap({ byCode[$0] }) {
                byCode[code]?.fullName = parent.name + locality.name
            }
        }
        self.init(localities: Array(byCode.values))
    }

    /// Builds the directory from localities whose `fullName` and `parentCode` are already set.
    public init(localities: [Locality]) {
        var byCode: [String: Locality] = [:]
        var children: [String: [String]] = [:]
        var exact: [String: [String]] = [:]
        var short: [String: [String]] = [:]
        for locality in localities.sorted(by: { $0.code < $1.code }) {
            byCode[locality.code] = locality
            if let parent = locality.parentCode { children[parent, default: []].append(locality.code) }
        }
        for locality in byCode.values.sorted(by: { $0.code < $1.code }) {
            var names: Set<String> = [locality.name, locality.fullName]
            // Also with the province in front: 江苏省南京市, 江苏省南京市鼓楼区.
            var ancestor = locality.parentCode.flatMap { byCode[$0] }
            var prefix = ""
            while let a = ancestor {
                prefix = a.name + prefix
                names.insert(prefix + locality.name)
                ancestor = a.parentCode.flatMap { byCode[$0] }
            }
            for name in names { exact[name, default: []].append(locality.code) }
            if locality.level == .province || locality.level == .city,
                let s = Self.shortName(locality.name), !names.contains(s)
            {
                short[s, default: []].append(locality.code)
            }
        }
        self.byCode = byCode
        self.children = children
        self.exactNames = exact
        self.shortNames = short
    }

    /// The locality written as `text`: a 6-digit code, a full name, or a short name naming one province or city.
    public func resolve(_ text: String) -> Result<Locality, LocalityLookupError> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let locality = byCode[trimmed] { return .success(locality) }
        let compact = trimmed.replacingOccurrences(of: " ", with: "")
        let codes = exactNames[compact] ?? shortNames[compact] ?? []
        let found = codes.compactMap { byCode[$0] }
        switch found.count {
        case 0: return .failure(.unknown(trimmed))
        case 1: return .success(found[0])
        default: return .failure(.ambiguous(trimmed, candidates: found))
        }
    }

    /// The locality with code `code`.
    public func locality(_ code: String) -> Locality? { byCode[code] }

    /// `code` and the codes of every locality under it.
    public func subtree(of code: String) -> [String] {
        var result: [String] = []
        var stack = [code]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: children[next] ?? [])
        }
        return result.sorted()
    }

    /// The direct children of `code`, sorted by code.
    public func children(of code: String) -> [Locality] {
        (children[code] ?? []).compactMap { byCode[$0] }
    }

    /// The chain from the province down to `code`, inclusive.
    public func path(to code: String) -> [Locality] {
        var chain: [Locality] = []
        var current = byCode[code]
        while let c = current {
            chain.insert(c, at: 0)
            current = c.parentCode.flatMap { byCode[$0] }
        }
        return chain
    }
}
