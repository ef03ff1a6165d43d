/// A coding key for any member name, for JSON objects whose keys are read or written as they come.
public struct AnyCodingKey: CodingKey {
    /// The member's name.
    public var stringValue: String
    /// Never an index.
    public var intValue: Int? { nil }
    /// The key named `stringValue`.
    public init(stringValue: String) { self.stringValue = stringValue }
    /// Not used: members are named.
    public init?(intValue: Int) { nil }
}
