import Foundation

/// Reads header values of the form `type; name=value; name="quoted; value"` (Content-Type, Content-Disposition).
enum HeaderValue {
    /// The leading value and the parameters, names lower-cased, quoted strings unquoted.
    static func parse(_ header: String) -> (value: String, parameters: [String: String]) {
        var scalars = Substring(header).unicodeScalars[...]
        let value = String(String.UnicodeScalarView(scalars.prefix { $0 != ";" })).trimmingCharacters(in: .whitespaces)
        scalars = scalars.drop { $0 != ";" }
        var parameters: [String: String] = [:]
        while scalars.first == ";" {
            scalars = scalars.dropFirst()
            let name = String(String.UnicodeScalarView(scalars.prefix { $0 != "=" && $0 != ";" }))
                .trimmingCharacters(in: .whitespaces).lowercased()
            scalars = scalars.drop { $0 != "=" && $0 != ";" }
            var parameterValue = ""
            if scalars.first == "=" {
                scalars = scalars.dropFirst().drop { $0 == " " || $0 == "\t" }
                if scalars.first == "\"" {
                    scalars = scalars.dropFirst()
                    var escaped = false
                    while let scalar = scalars.first {
                        scalars = scalars.dropFirst()
                        if escaped {
                            parameterValue.unicodeScalars.append(scalar)
                            escaped = false
                        } else if scalar == "\\" {
                            escaped = true
                        } else if scalar == "\"" {
                            break
                        } else {
                            parameterValue.unicodeScalars.append(scalar)
                        }
                    }
                    scalars = scalars.drop { $0 != ";" }
                } else {
                    parameterValue = String(String.UnicodeScalarView(scalars.prefix { $0 != ";" }))
                        .trimmingCharacters(in: .whitespaces)
                    scalars = scalars.drop { $0 != ";" }
                }
            }
            if !name.isEmpty, parameters[name] == nil { parameters[name] = parameterValue }
        }
        return (value, parameters)
    }

    /// Decodes an RFC 8187 extended value (`UTF-8''%E5%90%8D.csv`); nil when it is not UTF-8.
    static func extendedValue(_ text: String) -> String? {
        let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }
}
