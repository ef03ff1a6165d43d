import Foundation
import YouchengCore

/// One part of a `multipart/form-data` body: a form field or an uploaded file.
struct MultipartPart: Sendable {
    /// The form field's name (`file`, `home`).
    var name: String
    /// The uploaded file's name as the browser sent it; nil for plain fields.
    var filename: String?
    /// The part's own content type, if given.
    var contentType: String?
    /// The part's bytes (a `Data` of its own, so an uploaded file goes to the importer without another copy).
    var body: Data

    /// The body as text; throws when it is not UTF-8.
    func text() throws(WebError) -> String {
        guard let text = String(validating: body, as: UTF8.self) else {
            throw WebError.badRequest(
                Bilingual(zh: "字段 \(name) 不是 UTF-8 文本", en: "field \(name) is not UTF-8 text"), field: name)
        }
        return text
    }
}

/// A small, strict reader of `multipart/form-data` (RFC 7578): the boundary from the content type, then
/// each part's `Content-Disposition` name and filename and its bytes. Anything malformed is a 400.
enum Multipart {
    /// At most this many parts; a browser form sends a handful.
    static let maxParts = 100
    /// At most this many bytes of headers per part.
    static let maxHeaderBytes = 16 * 1024

    /// The boundary parameter of a `multipart/form-data` content type, or nil when it is another type or has none.
    static func boundary(contentType: String) -> String? {
        let (type, parameters) = HeaderValue.parse(contentType)
        guard type.lowercased() == "multipart/form-data", let boundary = parameters["boundary"],
            (1...70).contains(boundary.utf8.count)
        else { return nil }
        return boundary
    }

    /// Splits `body` into its parts.
    static func parse(_ body: [UInt8], boundary: String) throws(WebError) -> [MultipartPart] {
        let dash = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        let delimiter = crlf + dash
        // The first delimiter opens the body, or follows a preamble and a line break.
        var position: Int
        if body.starts(with: dash) {
            position = dash.count
        } else if let found = ByteSearch.first(delimiter, in: body, from: 0) {
            position = found + delimiter.count
        } else {
            throw malformed
        }
        var parts: [MultipartPart] = []
        while true {
            if body[position...].starts(with: [45, 45]) { return parts }  // "--": the closing delimiter
            while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }
            guard body[position...].starts(with: crlf) else { throw malformed }
            guard let headerEnd = ByteSearch.first(crlf + crlf, in: body, from: position) else { throw malformed }
            let headerBytes = headerEnd > position ? body[(position + 2)..<headerEnd] : []
            guard headerBytes.count <= maxHeaderBytes else { throw malformed }
            let contentStart = headerEnd + 4
            guard let contentEnd = ByteSearch.first(delimiter, in: body, from: contentStart - 2) else {
                throw malformed
            }
            guard contentEnd >= contentStart - 2 else { throw malformed }
            var part = try part(headers: headerBytes)
            part.body = contentEnd > contentStart ? Data(body[contentStart..<contentEnd]) : Data()
            parts.append(part)
            guard parts.count <= maxParts else { throw malformed }
            position = contentEnd + delimiter.count
            guard position < body.count else { throw malformed }
        }
    }

    private static func part(headers: ArraySlice<UInt8>) throws(WebError) -> MultipartPart {
        var name: String?
        var filename: String?
        var contentType: String?
        // Browsers send UTF-8 names raw; decoding leniently is safe because the filename only picks a format.
        let text = String(decoding: headers, as: UTF8.self)
        for line in unfold(text) {
            guard let colon = line.firstIndex(of: ":") else { throw malformed }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let (disposition, parameters) = HeaderValue.parse(value)
                guard disposition.lowercased() == "form-data" else { throw malformed }
                name = parameters["name"]
                filename = parameters["filename*"].flatMap(HeaderValue.extendedValue) ?? parameters["filename"]
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let name else { throw malformed }
        return MultipartPart(name: name, filename: filename, contentType: contentType, body: Data())
    }

    /// Header lines with obsolete line folding undone.
    private static func unfold(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            if line.first == " " || line.first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    private static var malformed: WebError {
        .badRequest(
            Bilingual(zh: "上传的表单数据格式有误", en: "the uploaded form data is malformed"), field: nil)
    }
}
