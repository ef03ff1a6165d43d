/// The distinct values of one text column, numbered in order of first appearance: a filter turns the values it
/// wants into one flag per number once, then tests each row with an array read instead of hashing its text.
struct Symbols: Sendable {
    private var numbers: [String: Int32] = [:]
    /// The values by number.
    private(set) var values: [String] = []
    private var count: Int { values.count }

    /// The number of `value`, given a new one the first time.
    mutating func number(_ value: String) -> Int32 {
        if let known = numbers[value] { return known }
        let next = Int32(count)
        numbers[value] = next
        values.append(value)
        return next
    }

    /// The value numbered `number`.
    subscript(number: Int32) -> String { values[Int(number)] }

    /// One flag per number: whether its value is among `wanted` (values never seen change nothing).
    func flags(_ wanted: some Sequence<String>) -> [Bool] {
        var flags = [Bool](repeating: false, count: count)
        for value in wanted {
            if let number = numbers[value] { flags[Int(number)] = true }
        }
        return flags
    }
}
