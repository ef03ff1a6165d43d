/// Chooses the field separator of CSV text from its first line.
enum CSVSeparator {
    /// A comma, unless the first line (outside quotes) has none but has semicolons or tabs;
    /// then whichever of those two is more frequent, semicolons winning a tie.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: "\n") where !inQuotes, UInt8(ascii: "\r") where !inQuotes:
                return choose(commas, semicolons, tabs)
            case UInt8(ascii: ",") where !inQuotes: commas += 1
            case UInt8(ascii: ";") where !inQuotes: semicolons += 1
            case UInt8(ascii: "\t") where !inQuotes: tabs += 1
            default: break
            }
        }
        return choose(commas, semicolons, tabs)
    }

    private static func choose(_ commas: Int, _ semicolons: Int, _ tabs: Int) -> UInt8 {
        if commas > 0 || (semicolons == 0 && tabs == 0) {
            return UInt8(ascii: ",")
        }
        return semicolons >= tabs ? UInt8(ascii: ";") : UInt8(ascii: "\t")
    }
}
