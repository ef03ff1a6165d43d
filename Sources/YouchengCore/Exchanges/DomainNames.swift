/// The domains of a list by the names a file or a link may give them, folded once: an import looks up a name per
/// domain cell, and folding every domain's names for each would cost more than the rest of the row.
public struct DomainNames: Sendable {
    /// Each folded code, Chinese and English name, to the first domain in the list that has it.
    private let exact: [String: ExchangeDomain]
    /// Each run of whole words that begins a folded English name (`science`, `science and` of `science and
    /// technology`), to the first domain in the list whose name begins so: a look-up for a name that is not exact, not
    /// a scan of every domain's name.
    private let firstWords: [String: ExchangeDomain]

    /// The lookup over `domains`, in their order.
    public init(_ domains: [ExchangeDomain]) {
        var exact: [String: ExchangeDomain] = [:]
        for domain in domains {
            for key in [domain.code, domain.nameZh, domain.nameEn].map(NameKey.fold) where exact[key] == nil {
                exact[key] = domain
            }
        }
        self.exact = exact
        var firstWords: [String: ExchangeDomain] = [:]
        for domain in domains {
            let name = NameKey.fold(domain.nameEn)
            for space in name.indices where name[space] == " " && firstWords[String(name[..<space])] == nil {
                firstWords[String(name[..<space])] = domain
            }
        }
        self.firstWords = firstWords
    }

    /// The domain `text` names — its code, Chinese or English name (any case), or the English name's first word
    /// (`trade`, `science`) — or nil.
    public func domain(named text: String) -> ExchangeDomain? {
        let key = NameKey.fold(text)
        guard !key.isEmpty else { return nil }
        return exact[key] ?? firstWords[key]
    }
}
