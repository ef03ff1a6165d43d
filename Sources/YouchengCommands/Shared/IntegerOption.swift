import Foundation
import YouchengCore

/// A whole-number setting of a command: the option when given, else its `YOUCHENG_*` variable, else the default. A
/// variable that is not a number, or a value outside the range, is refused in both languages, naming the option or
/// the variable it came from.
enum IntegerOption {
    /// The value of the setting `option` / `variable`.
    static func resolve(
        _ given: Int?, option: String, variable: String, range: ClosedRange<Int>, default fallback: Int,
        environment: [String: String]
    ) throws -> Int {
        let name: String
        let value: Int
        if let given {
            (name, value) = (option, given)
        } else if let text = environment[variable].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let parsed = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw refusal(variable, text, range)
            }
            (name, value) = (variable, parsed)
        } else {
            return fallback
        }
        guard range.contains(value) else { throw refusal(name, String(value), range) }
        return value
    }

    private static func refusal(_ name: String, _ text: String, _ range: ClosedRange<Int>) -> CommandFailure {
        CommandFailure(
            Bilingual(
                zh: "\(name)「\(text)」无效：应为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                en:
                    "\(name) \"\(text)\" is not valid: use a whole number from \(range.lowerBound) to \(range.upperBound)"
            ))
    }
}
