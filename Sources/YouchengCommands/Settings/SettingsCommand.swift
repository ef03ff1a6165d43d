import ArgumentParser
import YouchengCore
import YouchengStore

/// `youcheng settings`: the deployment's compliance rules and dormant threshold.
struct SettingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "系统设置 / deployment settings",
        subcommands: [List.self, Change.self], defaultSubcommand: List.self)

    /// `youcheng settings list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出设置 / list the settings")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let values = try await withServices(db) { services in try await services.settings.all() }
            for setting in Setting.allCases {
                print(
                    "\(setting.rawValue) = \(values[setting] ?? setting.defaultValue)\t# \(setting.label.zh) / \(setting.label.en)"
                )
            }
        }
    }

    /// `youcheng settings set KEY VALUE`.
    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "修改一项设置 / change a setting")
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "设置名 / the setting's key") var key: String
        @Argument(help: "新值 / the new value") var value: String

        func run() async throws {
            guard let setting = Setting(rawValue: key) else {
                let keys = Setting.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandFailure(
                    Bilingual(zh: "没有设置「\(key)」；可用：\(keys)", en: "no setting \"\(key)\"; known: \(keys)"))
            }
            let stored = try await withServices(db) { services in
                do {
                    return try await services.settings.set(setting, to: value, actor: .system)
                } catch let error as FieldError {
                    throw CommandFailure(error.message)
                }
            }
            print("\(setting.rawValue) = \(stored)")
        }
    }
}
