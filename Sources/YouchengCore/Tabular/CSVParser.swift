/// A single pass over the UTF-8 bytes of CSV text; `CSV.parse` is its public face.
///
/// Works on bytes rather than `Character`s for speed: every byte the grammar cares about is ASCII,
/// and UTF-8 never uses ASCII byte values inside a multi-byte character.
struct CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: TableLimits
    /// Fields read so far, all rows together.
    private var cells = 0
    private var position = 0
    /// The 1-based line of `position`, counting line breaks inside quoted fields too.
    private var line = 1
    private var separator = UInt8(ascii: ",")
    /// Reused storage for quoted fields, which may need `""` collapsed.
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, limits: TableLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Parses all of the text; blank trailing lines come back as `[""]` rows for the caller to drop.
    mutating func parse() -> Result<[[String]], TabularError> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        }
        guard position < bytes.count else { return .success([]) }
        separator = CSVSeparator.detect(in: UnsafeBufferPointer(rebasing: bytes[position...]))
        var rows: [[String]] = []
        var row: [String] = []
        while true {
            if let exceeded = check(row: rows.count + 1, column: row.count + 1) {
                return .failure(.tooLarge(exceeded))
            }
            switch readField() {
            case .success(let field):
                // A scalar takes at least one byte, so only a long field needs counting.
                guard field.utf8.count <= limits.cellLength || field.unicodeScalars.count <= limits.cellLength else {
                    return .failure(
                        .tooLarge(
                            TableLimitExceeded(
                                .cellLength, maximum: limits.cellLength, row: rows.count + 1, column: row.count + 1)))
                }
                row.append(field)
                cells += 1
            case .failure(let error): return .failure(error)
            }
            guard position < bytes.count else {
                rows.append(row)
                return .success(rows)
            }
            if bytes[position] == separator {
                position += 1
                continue
            }
            skipLineBreak()
            rows.append(row)
            row = []
            row.reserveCapacity(rows[rows.count - 1].count)
            if position >= bytes.count {
                return .success(rows)
            }
        }
    }

    /// The limit that a field at `row` and `column` (1-based) would pass, if any.
    private func check(row: Int, column: Int) -> TableLimitExceeded? {
        if row > limits.rows {
            return TableLimitExceeded(.rows, maximum: limits.rows, row: row)
        }
        if column > limits.columns {
            return TableLimitExceeded(.columns, maximum: limits.columns, row: row, column: column)
        }
        if cells >= limits.cells {
            return TableLimitExceeded(.cells, maximum: limits.cells, row: row, column: column)
        }
        return nil
    }

    /// Reads one field, leaving `position` on the separator, a line break or the end.
    private mutating func readField() -> Result<String, TabularError> {
        guard position < bytes.count, bytes[position] == Self.quote else {
            let start = position
            skipToFieldEnd()
            return .success(text(start..<position))
        }
        let startLine = line
        position += 1
        scratch.removeAll(keepingCapacity: true)
        var segment = position
        while true {
            guard position < bytes.count else { return .failure(.unterminatedQuote(line: startLine)) }
            switch bytes[position] {
            case Self.quote:
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<position]))
                position += 1
                guard position < bytes.count, bytes[position] == Self.quote else {
                    // Like Excel, keep any stray text between the closing quote and the separator.
                    let tail = position
                    skipToFieldEnd()
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tail..<position]))
                    return .success(String(decoding: scratch, as: UTF8.self))
                }
                segment = position
                position += 1
            case Self.lineFeed, Self.carriageReturn:
                skipLineBreak()
            default:
                position += 1
            }
        }
    }

    /// Advances to the next separator, line break or the end.
    private mutating func skipToFieldEnd() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn {
                return
            }
            position += 1
        }
    }

    /// Steps over one line break (CRLF, LF or CR) at `position`.
    private mutating func skipLineBreak() {
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
