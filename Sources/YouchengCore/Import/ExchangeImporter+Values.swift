import Foundation

/// Reading the values of an exchanges row: each gives the value, or why the text is refused (a reason that follows
/// the value in a message, as `RegistryValue`'s do).
extension ExchangeImporter {
    typealias Refusal = RegistryValue.Refusal

    /// The longest title accepted.
    static let maxTitleLength = 200
    /// The longest outcomes accepted.
    static let maxOutcomesLength = 4000
    /// The longest new unit name accepted (as a unit's Chinese name must be).
    static let maxUnitNameLength = 100
    /// The largest head count accepted.
    static let maxPeople = 100_000

    /// A whole day, in any spelling `Day(parsing:)` reads.
    static func day(_ text: String) -> Result<Day, Refusal> {
        guard let day = Day(parsing: text) else {
            return .failure(
                Refusal(Bilingual(zh: "不是有效的完整日期（年、月、日）", en: "is not a valid full date (year, month and day)")))
        }
        return .success(day)
    }

    /// A kind, by code or any spelling `ExchangeKind(parsing:)` reads.
    static func kind(_ text: String) -> Result<ExchangeKind, Refusal> {
        guard let kind = ExchangeKind(parsing: text) else {
            let all = ExchangeKind.allCases.map(\.label)
            return .failure(
                Refusal(
                    Bilingual(
                        zh: "不是有效类型（\(all.map(\.zh).joined(separator: " / "))）",
                        en: "is not a kind (\(all.map(\.en).joined(separator: " / ")))")))
        }
        return .success(kind)
    }

    /// A leader rank, by code or any spelling `LeaderRank(parsing:)` reads.
    static func rank(_ text: String) -> Result<LeaderRank, Refusal> {
        guard let rank = LeaderRank(parsing: text) else {
            let all = LeaderRank.allCases.map(\.label)
            return .failure(
                Refusal(
                    Bilingual(
                        zh: "不是有效级别（\(all.map(\.zh).joined(separator: " / "))）",
                        en: "is not a rank (\(all.map(\.en).joined(separator: " / ")))")))
        }
        return .success(rank)
    }

    /// A head count: a whole number from 1 to `maxPeople`.
    static func people(_ text: String) -> Result<Int, Refusal> {
        guard text.allSatisfy(\.isASCII), let count = Int(text), (1...maxPeople).contains(count) else {
            return .failure(
                Refusal(
                    Bilingual(
                        zh: "不是 1 至 \(maxPeople) 之间的整数", en: "is not a whole number from 1 to \(maxPeople)")))
        }
        return .success(count)
    }

    /// An amount in yuan (see ``Money/init(parsing:)``).
    static func money(_ text: String) -> Result<Money, Refusal> {
        guard let amount = Money(parsing: text) else {
            return .failure(
                Refusal(
                    Bilingual(
                        zh: "不是有效金额（元，最多两位小数，不为负）",
                        en: "is not an amount in yuan (at most two decimals, not negative)")))
        }
        return .success(amount)
    }

    /// The one registered partner whose English or Chinese name is `name`.
    func partner(_ name: String) -> Result<Int64, Refusal> {
        partner(name, in: [])
    }

    /// The one registered partner whose English or Chinese name is `name`. A name several partners share (Hamilton
    /// in Canada and in New Zealand) is resolved by `countries`, the row's countries, when exactly one of them lies
    /// there; a name that stays ambiguous is refused with the candidates still in question.
    func partner(_ name: String, in countries: [String]) -> Result<Int64, Refusal> {
        var found = partnersByName[NameKey.fold(name)] ?? []
        if found.count > 1 {
            let there = found.filter { countries.contains($0.country) }
            if !there.isEmpty { found = there }
        }
        switch found.count {
        case 1: return .success(found[0].id)
        case 0: return .failure(Refusal(Bilingual(zh: "不是已登记的外方城市", en: "is not a registered partner")))
        default:
            let names = found.map { "\($0.displayName(.en)) (\($0.country))" }
            return .failure(
                Refusal(
                    Bilingual(
                        zh: "对应多个外方城市：\(names.joined(separator: "、"))",
                        en: "matches several partners: \(names.joined(separator: ", "))")))
        }
    }

    /// A foreign country, as the registry's country column reads it.
    func country(_ name: String) -> Result<String, Refusal> {
        RegistryValue.country(name, in: reference.countries)
    }

    /// The code of the domain `name` names.
    func domain(_ name: String) -> Result<String, Refusal> {
        guard let domain = domainNames.domain(named: name) else { return .failure(unknownDomain) }
        return .success(domain.code)
    }

    /// Why a name no domain has is refused, listing the domains: the same for every name.
    static func unknownDomain(_ domains: [ExchangeDomain]) -> Refusal {
        Refusal(
            Bilingual(
                zh: "不是已知领域（\(domains.map(\.nameZh).joined(separator: "、"))）",
                en: "is not a known domain (\(domains.map(\.nameEn).joined(separator: ", ")))"))
    }

    /// The existing unit whose Chinese or English name is `name` (case and width do not count).
    func unit(named name: String) -> MemberUnit? {
        unitsByName[NameKey.fold(name)]
    }

    /// The names of a list cell: `名古屋、仙台;Perth，Kyoto` → four names; blanks between separators are dropped.
    static func names(_ text: String) -> [String] {
        if let names = plainNames(text) { return names }
        // Most cells name one thing: no separator scalar, so no character to split at.
        if !text.unicodeScalars.contains(where: isSeparator) {
            let name = text.trimmedWhitespace
            return name.isEmpty ? [] : [name]
        }
        return namesByCharacters(text)
    }

    /// ``names(_:)`` split at separator characters, for any text.
    static func namesByCharacters(_ text: String) -> [String] {
        let separators: Set<Character> = ["、", ";", "；", ",", "，"]
        return text.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmedWhitespace }
            .filter { !$0.isEmpty }
    }

    /// Whether `scalar` is one of the separators `names` splits at: `、`, `;`, `；`, `,` or `，` (compared by value:
    /// looking each scalar of every cell up in a set hashed it).
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x3B, 0x3001, 0xFF0C, 0xFF1B: true
        default: false
        }
    }
}
