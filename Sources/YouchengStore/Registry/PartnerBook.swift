import YouchengCore

/// The partners stored or about to be, and the rule that decides which partner a row's names mean.
///
/// - With an English name, the partner is the one with that name (without case and accents) in that country; if
///   there is none but exactly one partner there is known only by this Chinese name, it is that one, and it gets
///   the English name (and a new identity key).
/// - With only a Chinese name, it is the partner with that Chinese name in that country, if exactly one.
/// - Otherwise it is a new partner.
/// The English spelling of a known partner never changes by import; its Chinese name is set by the first row of
/// a file that gives one.
struct PartnerBook {
    struct Entry {
        var id: Int64?
        var key: String
        var name: String
        var nameZh: String
        var country: String
        /// Whether names or key differ from what is stored (always true for new partners).
        var changed: Bool
    }

    private(set) var entries: [Entry] = []
    private var byKey: [String: Int] = [:]
    private var byId: [Int64: Int] = [:]
    private var byZh: [String: [Int]] = [:]
    private var zhDecided: Set<Int> = []
    /// Identity keys and folded Chinese names already worked out, by the names they came from: a national file
    /// names each partner on many rows, and folding (Foundation's, through NSString) was most of a dry run's time.
    private var keys: [Names: String] = [:]
    private var zhKeys: [Names: String] = [:]

    private struct Names: Hashable {
        var name: String
        var nameZh: String
        var country: String
    }

    init(stored: [RegistryStore.StoredPartner]) {
        for partner in stored {
            add(
                Entry(
                    id: partner.id, key: partner.key, name: partner.name, nameZh: partner.nameZh,
                    country: partner.country, changed: false))
        }
    }

    private static func zhKey(_ nameZh: String, _ country: String) -> String { "\(country)|\(NameKey.fold(nameZh))" }

    @discardableResult
    private mutating func add(_ entry: Entry) -> Int {
        entries.append(entry)
        let index = entries.count - 1
        if let id = entry.id { byId[id] = index }
        byKey[entry.key] = index
        if !entry.nameZh.isEmpty { byZh[Self.zhKey(entry.nameZh, entry.country), default: []].append(index) }
        return index
    }

    /// The index of the partner `name`/`nameZh` in `country` means, creating or completing it as the rule says.
    mutating func resolve(name: String, nameZh: String, country: String) -> Int {
        let key = identityKey(name: name, nameZh: nameZh, country: country)
        let zhKey = nameZh.isEmpty ? "" : zhKey(nameZh, country)
        let sameZh = nameZh.isEmpty ? [] : byZh[zhKey] ?? []
        let index: Int
        if let known = byKey[key] {
            index = known
        } else if !name.isEmpty, let only = sameZh.filter({ entries[$0].name.isEmpty }).onlyElement {
            index = only
            byKey[entries[index].key] = nil
            entries[index].key = key
            entries[index].name = name
            entries[index].changed = true
            byKey[key] = index
        } else if name.isEmpty, let only = sameZh.onlyElement {
            index = only
        } else {
            index = add(Entry(id: nil, key: key, name: name, nameZh: "", country: country, changed: true))
        }
        if !nameZh.isEmpty, !zhDecided.contains(index) {
            zhDecided.insert(index)
            if entries[index].nameZh != nameZh {
                entries[index].nameZh = nameZh
                entries[index].changed = true
                byZh[zhKey, default: []].append(index)
            }
        }
        return index
    }

    /// `Partner.identityKey` of these names, worked out once for each.
    private mutating func identityKey(name: String, nameZh: String, country: String) -> String {
        let names = Names(name: name, nameZh: nameZh, country: country)
        if let key = keys[names] { return key }
        let key = Partner.identityKey(name: name, nameZh: nameZh, country: country)
        keys[names] = key
        return key
    }

    /// `zhKey(_:_:)` of these names, worked out once for each.
    private mutating func zhKey(_ nameZh: String, _ country: String) -> String {
        let names = Names(name: "", nameZh: nameZh, country: country)
        if let key = zhKeys[names] { return key }
        let key = Self.zhKey(nameZh, country)
        zhKeys[names] = key
        return key
    }

    /// Records the id a new partner got when it was inserted.
    mutating func setId(_ id: Int64, at index: Int) {
        entries[index].id = id
        byId[id] = index
    }

    /// The partner with database id `id` as the book holds it (after a write: as stored).
    func partner(id: Int64) -> Partner? {
        byId[id].map {
            Partner(id: id, name: entries[$0].name, nameZh: entries[$0].nameZh, country: entries[$0].country)
        }
    }
}

extension Array {
    /// The element when there is exactly one.
    var onlyElement: Element? { count == 1 ? first : nil }
}
