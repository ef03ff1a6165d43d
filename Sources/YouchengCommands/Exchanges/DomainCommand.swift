import ArgumentParser
import YouchengCore
import YouchengStore

/// `youcheng domain`: the editable list of exchange domains.
struct DomainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "domain", abstract: "交流领域 / the list of exchange domains",
        subcommands: [List.self, Add.self, Change.self], defaultSubcommand: List.self)

    /// `youcheng domain list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出领域 / list the domains")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let domains = try await withServices(db) { services in try await services.exchanges.domains() }
            for d in domains {
                print("\(d.code)\t\(d.nameZh)\t\(d.nameEn)\t\(d.balance.rawValue)\(d.active ? "" : "\t停用 / retired")")
            }
        }
    }

    /// `youcheng domain add CODE --zh … [--en …] [--balance soft|hard|neutral]`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新增领域 / add a domain")
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "代码（小写字母、数字、-）/ code (lowercase letters, digits, -)") var code: String
        @Option(help: "中文名 / Chinese name") var zh: String
        @Option(help: "英文名 / English name") var en: String = ""
        @Option(help: "soft | hard | neutral") var balance: String = "neutral"

        func run() async throws {
            let domain = ExchangeDomain(code: code, nameZh: zh, nameEn: en, balance: try DomainCommand.balance(balance))
            try await DomainCommand.save(domain, db: db, requireNew: true)
        }
    }

    /// `youcheng domain set CODE [--zh …] [--en …] [--balance …] [--active true|false]`.
    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "修改或停用领域 / rename, rebalance or retire a domain")
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "代码 / code") var code: String
        @Option(help: "中文名 / Chinese name") var zh: String?
        @Option(help: "英文名 / English name") var en: String?
        @Option(help: "soft | hard | neutral") var balance: String?
        @Option(help: "true | false（false 为停用）/ false retires it") var active: Bool?

        func run() async throws {
            let stored = try await withServices(db) { services in try await services.exchanges.domains() }
            guard var domain = stored.first(where: { $0.code == code.lowercased() }) else {
                throw CommandFailure(Bilingual(zh: "没有领域「\(code)」", en: "no domain \"\(code)\""))
            }
            domain.nameZh = zh ?? domain.nameZh
            domain.nameEn = en ?? domain.nameEn
            if let balance { domain.balance = try DomainCommand.balance(balance) }
            domain.active = active ?? domain.active
            try await DomainCommand.save(domain, db: db, requireNew: false)
        }
    }

    static func balance(_ text: String) throws -> ExchangeDomain.Balance {
        guard let balance = ExchangeDomain.Balance(rawValue: text.lowercased()) else {
            throw CommandFailure(
                Bilingual(zh: "--balance 应为 soft、hard 或 neutral", en: "--balance must be soft, hard or neutral"))
        }
        return balance
    }

    static func save(_ domain: ExchangeDomain, db: DatabaseOptions, requireNew: Bool) async throws {
        let saved = try await withServices(db) { services in
            let store = services.exchanges
            if requireNew, try await store.domains().contains(where: { $0.code == domain.code.lowercased() }) {
                throw CommandFailure(Bilingual(zh: "领域「\(domain.code)」已存在", en: "domain \"\(domain.code)\" exists"))
            }
            do {
                return try await store.saveDomain(domain, actor: .system)
            } catch let error as FieldError {
                throw CommandFailure(error.message)
            }
        }
        print(
            "\(saved.code)\t\(saved.nameZh)\t\(saved.nameEn)\t\(saved.balance.rawValue)\(saved.active ? "" : "\t停用 / retired")"
        )
    }
}
