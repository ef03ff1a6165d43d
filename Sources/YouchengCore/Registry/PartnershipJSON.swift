/// A partnership as every JSON output gives it — the API, `dormant --json`, `anniversaries --json` and the JSON
/// export: `{"id", "home": {"code", "name"}, "partner": {"id", "name", "nameZh"}, "country", "kind", "established",
/// "status"}`, `established` null (never absent) when unknown. Outputs that say more about a partnership add keys
/// after these (``Extra``); outputs about something else embed this object.
public struct PartnershipJSON: Sendable, Equatable, Encodable {
    /// Keys some outputs add after the common ones.
    public struct Extra: OptionSet, Sendable {
        /// `"notes"`, the free text.
        public static let notes = Extra(rawValue: 1)
        /// `"version"`, for edits.
        public static let version = Extra(rawValue: 2)

        /// The raw bits.
        public let rawValue: Int

        /// Creates the set from its bits.
        public init(rawValue: Int) { self.rawValue = rawValue }
    }

    /// The object, members in the order above.
    public let value: JSONValue

    /// The object of `record`, with `extra` keys after the common ones.
    public init(_ record: PartnershipRecord, extra: Extra = []) {
        let partnership = record.partnership
        var members: [(String, JSONValue)] = [
            ("id", .int(Int(partnership.id))),
            ("home", .object([("code", .string(record.home.code)), ("name", .string(record.home.fullName))])),
            (
                "partner",
                .object([
                    ("id", .int(Int(record.partner.id))), ("name", .string(record.partner.name)),
                    ("nameZh", .string(record.partner.nameZh)),
                ])
            ),
            ("country", .string(record.partner.country)), ("kind", .string(partnership.kind.rawValue)),
            ("established", partnership.established.map { .string($0.description) } ?? .null),
            ("status", .string(partnership.status.rawValue)),
        ]
        if extra.contains(.notes) { members.append(("notes", .string(partnership.notes))) }
        if extra.contains(.version) { members.append(("version", .int(partnership.version))) }
        value = .object(members)
    }

    /// Encodes ``value``.
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
