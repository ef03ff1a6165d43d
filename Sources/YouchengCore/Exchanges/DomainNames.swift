/// The domains of a list by the names a file or a link may give them, folded once: an import looks up a name per
/// domain cell, and folding every domain's names for each would cost more than the rest of the row.
public struct DomainNames: Sendable {
    /// Each folded code, Chinese and English name, to the first domain in the list that has it.
    private let exact: [String: ExchangeDomain]
    /// Each domain with its folded English name, in the list's order.
    private let english: [(name: String, domain: ExchangeDomain)]

    /// The lookup over `domains`, in their order.
    public init(_ domains: [ExchangeDomain]) {
        var exact: [String: ExchangeDomain] = [:]
        for domain in domains {
            for key in [domain.code, domain.nameZh, domain.nameEn].map(NameKey.fold) where exact[key] == nil {
                exact[key] = domain
            }
        }
        self.exact = exact
        english = domains.map { (NameKey.fold($0.nameEn), $0) }
    }

    /// The domain `text` names — its code, Chinese or English name (any case), or the English name's first word
    /// (`trade`, `science`) — or nil.
    public func domain(named text: String) -> ExchangeDomain? {
        let key = NameKey.fold(text)
        guard !key.isEmpty else { return nil }
        if let domain = exact[key] { return domain }
        let word = key + " "
        return english.first { $0.name.hasPrefix(word) }?.domain
    }
}
