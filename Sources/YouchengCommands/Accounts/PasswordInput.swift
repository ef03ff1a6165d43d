import Foundation
import YouchengCore

/// Where a command's password comes from: `--password`, or else the first line of standard input when that is a
/// pipe or a file (`echo … | youcheng user passwd --username U`), which keeps it out of the shell's history and
/// the process list.
public enum PasswordInput {
    /// The password given, or read with `readLine` when `isTerminal` is false.
    public static func resolve(
        option: String?, isTerminal: Bool, readLine: () -> String? = { Swift.readLine(strippingNewline: true) }
    ) throws -> String {
        if let option { return option }
        guard !isTerminal else {
            throw CommandFailure(
                Bilingual(
                    zh: "请用 --password 给出密码，或从标准输入传入（例如 … | youcheng user passwd --username 用户名）",
                    en:
                        "give the password with --password, or on standard input (e.g. … | youcheng user passwd --username U)"
                ))
        }
        guard let line = readLine(), !line.isEmpty else {
            throw CommandFailure(Bilingual(zh: "标准输入中没有密码", en: "no password on standard input"))
        }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    /// Whether standard input is a terminal.
    public static var standardInputIsTerminal: Bool { isatty(FileHandle.standardInput.fileDescriptor) != 0 }
}
